import { suggestSynonym } from '../synonym-suggestions';
import type { CommunityVocabulary } from '../types';
import { vocabularyWith } from './vocabularies';

const vocabulary: CommunityVocabulary = vocabularyWith({
  city: ['Chennai', 'Pune'],
  skills: ['Bookkeeping', 'Accountancy', 'Pottery', 'Welding'],
  designation: ['Potter', 'Chartered Accountant'],
  industry: ['Crafts'],
});

describe('synonyms suggested for queries that found nobody (issue 19 §3)', () => {
  it("suggests the community's own values spelled closest to the words the parser could not read", () => {
    // Words typed together, which no phrase of the parser matches; the city is understood and left out.
    expect(suggestSynonym('potterymaking classes in Pune', vocabulary)).toEqual({ term: 'potterymaking classes', canonical: ['Potter', 'Pottery'] });
    expect(suggestSynonym('accountants for bookkeepingwork', vocabulary)).toEqual({ term: 'bookkeepingwork', canonical: ['Bookkeeping'] });
  });

  it('suggests nothing when every word was understood, or no value is close', () => {
    expect(suggestSynonym('pottery in Pune', vocabulary)).toBeNull();
    expect(suggestSynonym('xyzzy quux flibbertigibbet', vocabulary)).toBeNull();
    expect(suggestSynonym('', vocabulary)).toBeNull();
  });

  it("reads the query with the community's synonyms first: a word they cover needs no suggestion", () => {
    expect(suggestSynonym('ceramicist', vocabulary, [{ term: 'ceramicist', canonical: ['Pottery'] }])).toBeNull();
  });
});
