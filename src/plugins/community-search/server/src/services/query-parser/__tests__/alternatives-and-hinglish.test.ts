import { parseQuery } from '..';
import { demoVocabulary } from './vocabularies';

const vocabulary = demoVocabulary();
const parse = (text: string) => parseQuery({ text, vocabulary });

describe('alternatives within a field', () => {
  it.each([
    'Chennai or Coimbatore',
    'Chennai/Coimbatore',
    'Chennai / Coimbatore',
    'Chennai, Coimbatore',
    'Chennai and Coimbatore',
    'Chennai & Coimbatore',
    'Chennai ya Coimbatore',
    'either Chennai or in Coimbatore',
  ])('"%s" → both cities', (text) => {
    const parsed = parse(`founders in ${text}`);
    expect(parsed.filters.city).toEqual(['Chennai', 'Coimbatore']);
    expect(parsed.text).toBe('');
  });

  it('takes any number of alternatives: "Chennai, Coimbatore or Madurai"', () => {
    expect(parse('Chennai, Coimbatore or Madurai').filters.city).toEqual(['Chennai', 'Coimbatore', 'Madurai']);
  });

  it('reads alternatives of different kinds in a field they share: "doctors or lawyers"', () => {
    // No member's title says lawyer, so both are read as skills, not as a doctor's title AND legal skills.
    const parsed = parse('doctors or lawyers');
    expect(Object.keys(parsed.filters)).toEqual(['skills']);
    expect(parsed.filters.skills).toEqual(
      expect.arrayContaining(['Cardiology', 'Dermatology', 'Litigation', 'Arbitration'])
    );
  });

  it('keeps a union asked for with "or", even when one side contains the other', () => {
    expect(parse('Chennai or South India').filters.city).toEqual(
      expect.arrayContaining(['Chennai', 'Bengaluru', 'Hyderabad', 'Kochi'])
    );
  });

  it('AI/ML and B.E./B.Tech', () => {
    expect(parse('AI/ML').filters.skills).toContain('Machine Learning');
    expect(parse('B.E./B.Tech 2001 batch').filters).toEqual({
      degree: ['B.E.', 'B.Tech'],
      graduationYear: { min: 2001, max: 2001 },
    });
  });
});

describe('Hinglish', () => {
  it.each([
    ['Pune mein koi CA chahiye', { city: ['Pune'] }],
    ['Hyderabad mein pharma wale log batao', { city: ['Hyderabad'], industry: ['Pharmaceuticals'] }],
    ['koi accha doctor hai kya Kochi mein', { city: ['Kochi'] }],
    ['Mumbai ya Pune se koi founder', { city: ['Mumbai', 'Pune'] }],
    ['bhai Chennai ke builders kaun hai', { city: ['Chennai'], designation: ['Builder'] }],
    ['Coimbatore mein factory wale', { city: ['Coimbatore'] }],
  ])('"%s"', (text, expected) => {
    const parsed = parse(text);
    expect(parsed.filters).toMatchObject(expected);
    expect(parsed.text).toBe(text.includes('factory') ? 'factory' : '');
  });

  it('reads "do crore se zyada" and "98 ke batch"', () => {
    expect(parse('do crore se zyada turnover wale, 98 ke batch').filters).toEqual({
      annualTurnoverInr: { min: 20_000_000 },
      graduationYear: { min: 1998, max: 1998 },
    });
  });

  it('reads "apna business" as a business owner', () => {
    expect(parse('jinka apna business hai').filters.designation).toContain('Owner');
  });
});
