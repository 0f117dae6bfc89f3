import { createRulesParser, parseQuery } from '..';
import { demoVocabulary } from './vocabularies';

const vocabulary = demoVocabulary();
const parse = (text: string) => parseQuery({ text, vocabulary });

describe('rules parser on the sample community (database/seed/demo-community.csv)', () => {
  it('is the "rules" parser and answers through the QueryParser interface', async () => {
    const parser = createRulesParser();
    expect(parser.name).toBe('rules');
    const parsed = await parser.parse({ text: 'AI experts in Chennai', vocabulary });
    expect(parsed).toEqual(parse('AI experts in Chennai'));
    expect(parsed.parser).toBe('rules');
  });

  it('"AI experts in Chennai": city, the whole AI family of skills, and "experts" left for ranking', () => {
    const parsed = parse('AI experts in Chennai');
    expect(parsed.filters.city).toEqual(['Chennai']);
    expect([...(parsed.filters.skills ?? [])].sort()).toEqual([
      'Artificial Intelligence',
      'Computer Vision',
      'Data Science',
      'Deep Learning',
      'Machine Learning',
      'Natural Language Processing',
    ]);
    expect(Object.keys(parsed.filters).sort()).toEqual(['city', 'skills']);
    expect(parsed.text).toBe('experts');
    expect(parsed.matches).toContainEqual({ field: 'skills', value: 'Machine Learning', term: 'AI' });
    expect(parsed.matches).toContainEqual({ field: 'city', value: 'Chennai', term: 'Chennai' });
  });

  it('"who from the batch of 98 runs a factory?": 1998 and business owners, "factory" kept for ranking', () => {
    const parsed = parse('who from the batch of 98 runs a factory?');
    expect(parsed.filters.graduationYear).toEqual({ min: 1998, max: 1998 });
    expect([...(parsed.filters.designation ?? [])].sort()).toEqual([
      'Founder',
      'Founder & CEO',
      'Managing Director',
      'Owner',
      'Proprietor',
    ]);
    expect(parsed.filters.industry).toBeUndefined();
    expect(parsed.text).toBe('factory');
    expect(parsed.matches).toContainEqual({ field: 'graduationYear', value: '1998', term: 'the batch of 98' });
    expect(parsed.matches).toContainEqual({ field: 'designation', value: 'Owner', term: 'runs a factory' });
  });

  it('"someone who can audit my accounts": audit and chartered accountancy skills, nothing left over', () => {
    const parsed = parse('someone who can audit my accounts');
    expect(parsed.filters.skills).toEqual(expect.arrayContaining(['Audit', 'Chartered Accountancy']));
    expect(parsed.filters.skills).not.toContain('Energy Audit');
    expect(Object.keys(parsed.filters)).toEqual(['skills']);
    expect(parsed.text).toBe('');
  });

  it('"Pune mein koi CA chahiye": Pune, CA skills, and the Hinglish filler dropped', () => {
    const parsed = parse('Pune mein koi CA chahiye');
    expect(parsed.filters.city).toEqual(['Pune']);
    expect([...(parsed.filters.skills ?? [])].sort()).toEqual(['Audit', 'Chartered Accountancy', 'GST', 'Taxation']);
    expect(parsed.text).toBe('');
    expect(parsed.matches).toContainEqual({ field: 'skills', value: 'Chartered Accountancy', term: 'CA' });
  });

  it('"doctors in Bombay": Mumbai and the doctors among the designations', () => {
    const parsed = parse('doctors in Bombay');
    expect(parsed.filters.city).toEqual(['Mumbai']);
    expect([...(parsed.filters.designation ?? [])].sort()).toEqual([
      'Medical Director',
      'Orthopaedic Surgeon',
      'Physician',
    ]);
    expect(parsed.text).toBe('');
    expect(parsed.matches).toContainEqual({ field: 'city', value: 'Mumbai', term: 'Bombay' });
  });

  it('"founders with turnover over 2 crore in Chennai or Coimbatore"', () => {
    const parsed = parse('founders with turnover over 2 crore in Chennai or Coimbatore');
    expect(parsed.filters).toEqual({
      designation: ['Founder', 'Founder & CEO'],
      annualTurnoverInr: { min: 20_000_000 },
      city: ['Chennai', 'Coimbatore'],
    });
    expect(parsed.text).toBe('');
    expect(parsed.matches).toContainEqual({
      field: 'annualTurnoverInr',
      value: 'at least ₹2 crore',
      term: 'turnover over 2 crore',
    });
  });

  it('"zookeepers in Delhi": the city only; an unknown profession stays in the text', () => {
    const parsed = parse('zookeepers in Delhi');
    expect(parsed.filters).toEqual({ city: ['Delhi'] });
    expect(parsed.text).toBe('zookeepers');
    expect(parsed.matches).toEqual([{ field: 'city', value: 'Delhi', term: 'Delhi' }]);
  });

  it('lists matches in the order their words were typed', () => {
    const terms = parse('founders in Chennai from the 98 batch').matches.map((match) => match.term);
    expect([...new Set(terms)]).toEqual(['founders', 'Chennai', '98 batch']);
  });
});
