import { parseQuery } from '..';
import type { CommunityVocabulary, ListFilterField, ParsedQuery } from '../types';
import { demoVocabulary, valuesByField, vocabularyWith } from './vocabularies';

const demo = demoVocabulary();

/** A spread of realistic queries, typos and Hinglish included. */
const QUERIES = [
  'AI experts in Chennai',
  'who from the batch of 98 runs a factory?',
  'someone who can audit my accounts',
  'Pune mein koi CA chahiye',
  'doctors in Bombay',
  'founders with turnover over 2 crore in Chennai or Coimbatore',
  'zookeepers in Delhi',
  'eye doctor in Kochi',
  'skin specialist in Madras',
  'pyhton developers in hyderbad',
  'lawyers in South India',
  'NRIs in the Gulf who run a business',
  'MBA finance 2011 batch in Ahmedabad',
  'IT companies in Bangalore with 50L+ revenue',
  'textile exporters in Tirupur',
  'solar or wind energy consultants',
  'CNC fabrication units in Coimbatore',
  'real estate builders 1-5 Cr',
  'investment bankers from ICICI',
  'people at Zoho or Freshworks',
  'hotel management graduates after 2015',
  'B.Tech CSE from the 90s batch',
  'koi accha lawyer hai kya Chennai mein',
  'Bay Area founders in AI',
  'teachers in NCR',
  'pharma regulatory affairs Hyderabad',
  'cybersecurity blockchain cloud devops',
  'interior designers in Madurai under 10 lakh',
  'near Chennai best logistics people',
  '',
  '   ',
  '???',
  '₹',
  'and or ya',
];

function expectOnlyVocabularyValues(parsed: ParsedQuery, vocabulary: CommunityVocabulary): void {
  const allowed = valuesByField(vocabulary);
  for (const [field, values] of Object.entries(parsed.filters)) {
    if (field === 'graduationYear' || field === 'annualTurnoverInr') continue;
    for (const value of values as string[]) expect(allowed.get(field as ListFilterField)?.has(value)).toBe(true);
  }
}

describe('invariants', () => {
  it.each(QUERIES)('"%s": filters hold only vocabulary values, each explained by a match', (text) => {
    const parsed = parseQuery({ text, vocabulary: demo });
    expect(parsed.parser).toBe('rules');
    expectOnlyVocabularyValues(parsed, demo);
    for (const [field, values] of Object.entries(parsed.filters)) {
      if (Array.isArray(values)) {
        for (const value of values) expect(parsed.matches).toContainEqual(expect.objectContaining({ field, value }));
        expect(new Set(values).size).toBe(values.length);
      } else {
        expect(parsed.matches.some((match) => match.field === field)).toBe(true);
      }
    }
    for (const match of parsed.matches) expect(text).toContain(match.term);
  });

  it('gives empty filters and text for empty or filler-only queries', () => {
    for (const text of ['', '   ', 'please help', 'koi hai kya', 'who are the people']) {
      expect(parseQuery({ text, vocabulary: demo })).toEqual({ parser: 'rules', filters: {}, text: '', matches: [] });
    }
  });

  it('works with an empty vocabulary: only ranges, the rest stays text', () => {
    const parsed = parseQuery({
      text: 'AI experts in Chennai, batch of 98, over 2 crore',
      vocabulary: vocabularyWith({}),
    });
    expect(parsed.filters).toEqual({
      graduationYear: { min: 1998, max: 1998 },
      annualTurnoverInr: { min: 20_000_000 },
    });
    expect(parsed.text).toBe('AI experts Chennai');
  });

  it('tolerates a vocabulary with missing fields or blank values', () => {
    const partial = { city: ['Chennai', '', '  '], skills: ['Python'] } as unknown as CommunityVocabulary;
    expect(parseQuery({ text: 'python in chennai', vocabulary: partial }).filters).toEqual({
      skills: ['Python'],
      city: ['Chennai'],
    });
  });

  describe('text', () => {
    it.each([
      ['AI experts in Chennai', 'experts'],
      ['experienced mentors for my startup in Chennai', 'experienced mentors startup'],
      ['Dr Sharma in Chennai', 'Sharma'],
      ['find me someone who knows Tally and Kannada', 'Kannada'],
      ['women entrepreneurs in Pune', 'women'],
      ['angel investors for my edtech startup', 'angel investors startup'],
      ['Chennai.', ''],
      ['top 10 CAs', '10'],
    ])('"%s" keeps "%s"', (text, remaining) => {
      expect(parseQuery({ text, vocabulary: demo }).text).toBe(remaining);
    });

    it('keeps the words of concepts the community has no values for', () => {
      const parsed = parseQuery({ text: 'dentists and zookeepers in Pune', vocabulary: demo });
      expect(parsed.filters).toEqual({ city: ['Pune'] });
      expect(parsed.text).toBe('dentists zookeepers');
    });
  });

  describe('determinism and caching', () => {
    it('returns the same result every time', () => {
      for (const text of QUERIES) {
        const first = parseQuery({ text, vocabulary: demo });
        expect(parseQuery({ text, vocabulary: demo })).toEqual(first);
        expect(parseQuery({ text, vocabulary: demoVocabulary() })).toEqual(first);
      }
    });

    it('follows a changed vocabulary rather than a stale cache', () => {
      const before = vocabularyWith({ city: ['Chennai'] });
      expect(parseQuery({ text: 'Pune', vocabulary: before }).filters).toEqual({});
      const after = vocabularyWith({ city: ['Chennai', 'Pune'] });
      expect(parseQuery({ text: 'Pune', vocabulary: after }).filters).toEqual({ city: ['Pune'] });
    });

    it('follows changed synonyms for the same vocabulary', () => {
      const vocabulary = vocabularyWith({ skills: ['Dermatology', 'Cosmetology'] });
      expect(parseQuery({ text: 'glow expert', vocabulary }).filters).toEqual({});
      const synonyms = [{ term: 'glow expert', canonical: ['Cosmetology'] }];
      expect(parseQuery({ text: 'glow expert', vocabulary, synonyms }).filters).toEqual({ skills: ['Cosmetology'] });
    });
  });

  it("keeps the values in the community's own order", () => {
    const vocabulary = vocabularyWith({ skills: ['Machine Learning', 'Artificial Intelligence', 'Computer Vision'] });
    expect(parseQuery({ text: 'AI', vocabulary }).filters.skills).toEqual([
      'Machine Learning',
      'Artificial Intelligence',
      'Computer Vision',
    ]);
  });

  it('handles a long query', () => {
    const text = Array.from({ length: 80 }, () => 'doctors in Chennai or Madurai').join(' and ');
    const parsed = parseQuery({ text, vocabulary: demo });
    expect(parsed.filters.city).toEqual(['Chennai', 'Madurai']);
  });
});
