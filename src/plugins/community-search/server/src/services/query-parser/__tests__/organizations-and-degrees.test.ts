import { parseQuery } from '..';
import type { CommunityVocabulary } from '../types';
import { demoVocabulary, vocabularyWith } from './vocabularies';

const demo = demoVocabulary();
const parse = (text: string, vocabulary: CommunityVocabulary = demo) => parseQuery({ text, vocabulary });

describe('organisations', () => {
  it.each([
    ['people at Zoho', 'Zoho'],
    ['anyone from TCS', 'TCS'],
    ['anyone from tcs', 'TCS'],
    ['ZOHO folks', 'Zoho'],
    ['Apollo Hospitals doctors', 'Apollo Hospitals'],
    ['people at HDFC', 'HDFC Bank'],
    ["D'Souza Industries", "D'Souza Industries"],
    ['dsouza industries', "D'Souza Industries"],
  ])('"%s" → %s', (text, organization) => {
    expect(parse(text).filters.organization).toEqual([organization]);
  });

  it('takes several: "Zoho or Freshworks"', () => {
    expect(parse('Zoho or Freshworks engineers').filters.organization).toEqual(['Zoho', 'Freshworks']);
  });

  it('does not read a family name as the family firm without "at": "connect with Sharma"', () => {
    const parsed = parse('connect with Sharma');
    expect(parsed.filters.organization).toBeUndefined();
    expect(parsed.text).toBe('Sharma');
  });

  it('needs "at"/"from" before a firm whose name is an everyday word', () => {
    const vocabulary = vocabularyWith({ organization: ['Star', 'Zoho'] });
    expect(parse('star performers', vocabulary).filters).toEqual({});
    expect(parse('people at Star', vocabulary).filters).toEqual({ organization: ['Star'] });
  });
});

describe('degrees and branches', () => {
  it.each([
    ['MBA', 'MBA'],
    ['mba', 'MBA'],
    ['MBBS', 'MBBS'],
    ['BE', 'B.E.'],
    ['B.E.', 'B.E.'],
    ['B.E', 'B.E.'],
    ['B.Tech', 'B.Tech'],
    ['btech', 'B.Tech'],
    ['B Tech', 'B.Tech'],
    ['M.Tech', 'M.Tech'],
    ['mtech', 'M.Tech'],
    ['B.Com', 'B.Com'],
    ['bcom', 'B.Com'],
    ['LLB', 'LLB'],
    ['LL.B.', 'LLB'],
    ['B.Arch', 'B.Arch'],
    ['barch', 'B.Arch'],
    ['M.Sc', 'M.Sc'],
    ['MSc', 'M.Sc'],
    ['bachelor of commerce', 'B.Com'],
  ])('"%s" → %s', (typed, degree) => {
    expect(parse(`${typed} graduates`).filters.degree).toEqual([degree]);
  });

  it("matches the community's own spelling of a degree", () => {
    const vocabulary = vocabularyWith({ degree: ['BE', 'BTech', 'M.B.A.'] });
    expect(parse('B.E.', vocabulary).filters.degree).toEqual(['BE']);
    expect(parse('B.Tech', vocabulary).filters.degree).toEqual(['BTech']);
    expect(parse('MBA', vocabulary).filters.degree).toEqual(['M.B.A.']);
  });

  it('counts PGDM as an MBA', () => {
    expect(parse('MBA', vocabularyWith({ degree: ['MBA', 'PGDM', 'B.E.'] })).filters.degree).toEqual(['MBA', 'PGDM']);
  });

  it('reads the everyday words "be" and "me" as degrees only when written as abbreviations', () => {
    expect(parse('who can be a mentor').filters.degree).toBeUndefined();
    expect(parse('BE mechanical').filters.degree).toEqual(['B.E.']);
    expect(parse('help me', vocabularyWith({ degree: ['M.E.'] })).filters).toEqual({});
    expect(parse('M.E. structural', vocabularyWith({ degree: ['M.E.'] })).filters).toEqual({ degree: ['M.E.'] });
  });

  it.each([
    ['computer science', 'Computer Science'],
    ['CS', 'Computer Science'],
    ['CSE', 'Computer Science'],
    ['mechanical', 'Mechanical'],
    ['mech', 'Mechanical'],
    ['ECE', 'Electronics'],
    ['electronics', 'Electronics'],
    ['chemical', 'Chemical'],
    ['civil', 'Civil'],
  ])('branch "%s" → %s', (typed, branch) => {
    const vocabulary = vocabularyWith({
      branch: ['Computer Science', 'Mechanical', 'Electronics', 'Chemical', 'Civil', 'Finance'],
    });
    expect(parse(`${typed} 2005 batch`, vocabulary).filters.branch).toEqual([branch]);
  });

  it('a subject right beside a degree is the branch: "MBA in finance", "BE mechanical", "B.Tech CSE"', () => {
    expect(parse('MBA in finance').filters).toEqual({ degree: ['MBA'], branch: ['Finance'] });
    expect(parse('MBA marketing').filters).toEqual({ degree: ['MBA'], branch: ['Marketing'] });
    expect(parse('LLB law').filters).toEqual({ degree: ['LLB'], branch: ['Law'] });
    expect(parse('B.Tech CSE').filters).toEqual({ degree: ['B.Tech'], branch: ['Computer Science'] });
    expect(parse('B.Tech in information technology').filters).toEqual({
      degree: ['B.Tech'],
      branch: ['Information Technology'],
    });
  });

  it('the same subject without a degree keeps its usual reading', () => {
    expect(parse('finance people').filters).toEqual({ industry: ['Finance & Accounting'] });
    expect(parse('information technology').filters).toEqual({ industry: ['Information Technology'] });
  });
});

describe('"<branch> engineers"', () => {
  const vocabulary = vocabularyWith({
    designation: ['Software Engineer'],
    branch: ['Mechanical', 'Electronics', 'Chemical'],
  });

  it.each([
    ['mechanical engineers', 'Mechanical'],
    ['electronics engineer', 'Electronics'],
    ['chemical engineers', 'Chemical'],
  ])('"%s" names the branch %s, not a job title', (text, branch) => {
    const { filters } = parse(text, vocabulary);
    expect(filters.branch).toEqual([branch]);
    expect(filters.designation).toBeUndefined();
  });

  it('still reads "software engineers" as the job title', () => {
    expect(parse('software engineers', vocabulary).filters.designation).toEqual(['Software Engineer']);
  });
});
