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
