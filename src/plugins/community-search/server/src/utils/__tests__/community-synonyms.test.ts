import { readCommunitySynonyms } from '../community-synonyms';

describe('readCommunitySynonyms', () => {
  it('reads the synonyms admins keep in the community settings', () => {
    expect(
      readCommunitySynonyms({ greeting: 'hi', synonyms: [{ term: 'skin doctor', canonical: ['Dermatology'] }] })
    ).toEqual([{ term: 'skin doctor', canonical: ['Dermatology'] }]);
  });

  it('skips malformed entries instead of failing the search', () => {
    expect(
      readCommunitySynonyms({
        synonyms: [{ term: '', canonical: ['X'] }, { term: 'ok', canonical: [] }, 'text', { term: 'CA', canonical: ['Audit'] }],
      })
    ).toEqual([{ term: 'CA', canonical: ['Audit'] }]);
    expect(readCommunitySynonyms(null)).toEqual([]);
    expect(readCommunitySynonyms({ synonyms: 'skin doctor=Dermatology' })).toEqual([]);
  });
});
