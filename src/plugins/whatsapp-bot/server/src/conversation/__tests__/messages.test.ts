import { searchResults } from '../messages';

const hit = { documentId: 'm1', name: 'Divya Fernandes', city: 'Kochi', designation: 'Energy Consultant', organization: null, industry: 'Energy', skills: ['Energy Audit'], graduationYear: 2001, score: 1, why: [] };
const meta = { total: 1, page: 1, pageSize: 5, noCloseMatch: true, relaxed: ['city'], followUp: false };

describe('the search reply', () => {
  it('tells the member in a sentence what the search relaxed (issue 19)', () => {
    const reply = searchResults({ data: [hit], meta: { ...meta, relaxedExplanation: 'Nobody in Chennai; nearest matches elsewhere.' } }, false);
    expect(reply).toContain('(Nobody in Chennai; nearest matches elsewhere.)');
    expect(reply).not.toContain('No exact match for city');
  });

  it('falls back to the relaxed field names from an older search service', () => {
    expect(searchResults({ data: [hit], meta }, false)).toContain('(No exact match for city; these are the closest.)');
  });
});
