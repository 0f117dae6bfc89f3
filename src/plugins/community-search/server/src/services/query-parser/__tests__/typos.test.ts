import { maxTypoEdits, parseQuery, typoDistance } from '..';
import { FuzzyIndex } from '../fuzzy';
import { demoVocabulary, vocabularyWith } from './vocabularies';

const vocabulary = demoVocabulary();
const parse = (text: string) => parseQuery({ text, vocabulary });

describe('typo distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(typoDistance('python', 'python', 2)).toBe(0);
    expect(typoDistance('pyhton', 'python', 2)).toBe(1);
    expect(typoDistance('chenai', 'chennai', 2)).toBe(1);
    expect(typoDistance('hyderbad', 'hyderabad', 2)).toBe(1);
    expect(typoDistance('mumbay', 'mumbai', 2)).toBe(1);
    expect(typoDistance('banglore', 'bengaluru', 4)).toBe(4);
  });

  it('stops at the limit', () => {
    expect(typoDistance('kolkata', 'chennai', 2)).toBe(3);
    expect(typoDistance('a', 'abcdef', 1)).toBe(2);
  });

  it('allows no typo under 4 characters, one up to 7, two from 8', () => {
    expect([3, 4, 7, 8, 12].map(maxTypoEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it('a fuzzy index finds the closest keys with the same first letter only', () => {
    const index = new FuzzyIndex();
    ['chennai', 'coimbatore', 'machine learning'].forEach((key) => index.add(key));
    const anyWord = () => true;
    expect(index.closest(['chenai'], anyWord)).toEqual({ keys: ['chennai'], distance: 1 });
    expect(index.closest(['hennai'], anyWord)).toBeNull();
    expect(index.closest(['machine', 'lerning'], anyWord)).toEqual({ keys: ['machine learning'], distance: 1 });
    expect(index.closest(['machine', 'lerning'], () => false)).toBeNull();
  });
});

describe('typos in queries', () => {
  it.each([
    ['pyhton', 'skills', 'Python'],
    ['hyderbad', 'city', 'Hyderabad'],
    ['chenai', 'city', 'Chennai'],
    ['chennnai', 'city', 'Chennai'],
    ['Coimbtore', 'city', 'Coimbatore'],
    ['Banglore', 'city', 'Bengaluru'],
    ['Kerla', 'state', 'Kerala'],
    ['docters', 'designation', 'Physician'],
    ['blockchian', 'skills', 'Blockchain'],
  ])('"%s" → %s %s', (typed, field, value) => {
    const parsed = parse(`${typed} people`);
    expect(parsed.filters[field as 'city']).toContain(value);
    expect(parsed.matches.find((match) => match.value === value)?.term).toBe(typed);
    expect(parsed.text).toBe('');
  });

  it('corrects a misspelt word inside a phrase: "machine lerning", "data sciense"', () => {
    expect(parse('machine lerning experts').filters.skills).toContain('Machine Learning');
    expect(parse('data sciense').filters.skills).toContain('Data Science');
    expect(parse('tamil nadu').filters.state).toEqual(['Tamil Nadu']);
  });

  it('ignores case', () => {
    expect(parse('PYHTON developers in CHENAI').filters).toEqual({ skills: ['Python'], city: ['Chennai'] });
  });

  it('never corrects words under four characters, and allows one edit from four', () => {
    for (const text of ['pun', 'mum', 'kch', 'GTS']) {
      expect(parse(text).filters).toEqual({});
    }
    expect(parse('Dbai').filters).toEqual({ city: ['Dubai'] });
  });

  it('never turns everyday words into names: near, best, experts, great, people', () => {
    for (const text of [
      'near',
      'best',
      'experts',
      'great',
      'people',
      'expert',
      'person',
      'mentor',
      'house',
      'place',
      'sales',
    ]) {
      const parsed = parseQuery({
        text: `${text} Chennai`,
        vocabulary: vocabularyWith({
          city: ['Chennai', 'Nehru Nagar', 'Bess', 'Bear'],
          skills: ['Exports', 'Mentoring'],
        }),
      });
      expect(parsed.filters).toEqual({ city: ['Chennai'] });
    }
  });

  it('does not guess between two equally close names that mean different things', () => {
    const twins = vocabularyWith({ city: ['Karur', 'Kanur'] });
    expect(parseQuery({ text: 'Kaxur', vocabulary: twins }).filters).toEqual({});
  });

  it('never reads a typo as an organisation', () => {
    expect(parse('people at Zohoo').filters.organization).toBeUndefined();
  });
});
