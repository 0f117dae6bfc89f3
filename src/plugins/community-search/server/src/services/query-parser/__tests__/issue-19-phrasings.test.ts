import { parseQuery } from '..';
import type { CommunityVocabulary } from '../types';
import { vocabularyWith } from './vocabularies';

/** A community where "civil" is both a branch and part of a skill, and engineers have a job title. */
const vocabulary: CommunityVocabulary = vocabularyWith({
  city: ['Hyderabad', 'Chennai'],
  skills: ['Machine Learning', 'Deep Learning', 'Civil Construction', 'Solar Energy', 'Python'],
  designation: ['Software Engineer', 'Energy Consultant'],
  degree: ['B.E.', 'MBA'],
  branch: ['Civil', 'Mechanical', 'Finance'],
});
const parse = (text: string) => parseQuery({ text, vocabulary });

describe('degree and branch phrasings (issue 19)', () => {
  it.each([
    ['a civil engineering alum', { branch: ['Civil'] }],
    ['civil engineers of the 98 batch', { branch: ['Civil'], graduationYear: { min: 1998, max: 1998 } }],
    ['civil engineering graduates in Chennai', { branch: ['Civil'], city: ['Chennai'] }],
  ])('"%s" reads the branch, not the skill', (text, filters) => {
    expect(parse(text).filters).toEqual(filters);
  });

  it('keeps the skill reading without a word about education', () => {
    expect(parse('civil engineers').filters).toEqual({ skills: ['Civil Construction'] });
  });
});

describe('a generic role word after a skill (issue 19)', () => {
  it.each([
    ['machine learning engineers in hyderabad', { skills: ['Machine Learning', 'Deep Learning'], city: ['Hyderabad'] }],
    ['machine lerning engneers in hydrabad', { skills: ['Machine Learning', 'Deep Learning'], city: ['Hyderabad'] }],
    ['solar energy consultants', { skills: ['Solar Energy'] }],
    ['python engineers', { skills: ['Python'] }],
  ])('"%s" asks for the skill, not also a job title', (text, filters) => {
    expect(parse(text).filters).toMatchObject(filters);
    expect(parse(text).filters.designation).toBeUndefined();
  });

  it('still reads the role alone as a job title', () => {
    expect(parse('engineers in Chennai').filters).toEqual({ designation: ['Software Engineer'], city: ['Chennai'] });
  });
});

describe('needs in everyday words (issue 19)', () => {
  const services: CommunityVocabulary = vocabularyWith({
    city: ['Chennai'],
    country: ['India', 'United Kingdom'],
    skills: ['Chartered Accountancy', 'Bookkeeping', 'Export Import', 'Energy Audit', 'Trademark Registration', 'Digital Marketing'],
  });
  const read = (text: string) => parseQuery({ text, vocabulary: services });

  it.each([
    ['a person to fix our books', ['Chartered Accountancy', 'Bookkeeping']],
    ['someone to take our products to buyers overseas', ['Export Import']],
    ['who can make our office run greener', ['Energy Audit']],
    ['someone to protect our brand name', ['Trademark Registration']],
    ['help to get more customers from the internet', ['Digital Marketing']],
  ])('"%s" → the skill it needs', (text, skills) => {
    const parsed = read(text);
    expect(parsed.filters.skills).toEqual(skills);
    expect(parsed.filters.country).toBeUndefined();
  });

  it('keeps the place beside a need, and "overseas" alone is still a place', () => {
    expect(read('who can fix our books in Chennai').filters).toEqual({ skills: ['Chartered Accountancy', 'Bookkeeping'], city: ['Chennai'] });
    expect(read('alumni overseas').filters.skills).toBeUndefined();
    expect(read('book lovers').filters).toEqual({});
  });
});

describe('a profession nobody in the community has (issue 19)', () => {
  it('is reported as unmet, and stays in the text for full-text search', () => {
    const parsed = parse('veterinary surgeon for my dog');
    expect(parsed.unmet).toContain('veterinary');
    expect(parsed.text).toContain('veterinary');
    expect(parse('dentists in Chennai').unmet).toEqual(['dentists']);
  });

  it('is not reported when the community has it, or for words that mean nothing to the taxonomy', () => {
    expect(parse('python engineers').unmet).toBeUndefined();
    expect(parse('zookeepers').unmet).toBeUndefined();
    const withVets = parseQuery({ text: 'veterinarians', vocabulary: vocabularyWith({ skills: ['Veterinary Medicine'] }) });
    expect(withVets.unmet).toBeUndefined();
    expect(withVets.filters.skills).toEqual(['Veterinary Medicine']);
  });
});

describe('every word of a multi-word skill misspelt, with a misspelt city (issue 19)', () => {
  const typos: CommunityVocabulary = vocabularyWith({
    city: ['Mumbai', 'Hyderabad', 'Coimbatore'],
    skills: ['Digital Marketing', 'Machine Learning', 'Renewable Energy', 'Supply Chain Management'],
  });
  it.each([
    ['digtal marketting agency in mumbay', ['Digital Marketing'], ['Mumbai']],
    ['machin lerning in hydrabad', ['Machine Learning'], ['Hyderabad']],
    ['renewabel enrgy in coimbatore', ['Renewable Energy'], ['Coimbatore']],
  ])('"%s"', (text, skills, city) => {
    expect(parseQuery({ text, vocabulary: typos }).filters).toEqual({ skills, city });
  });
});
