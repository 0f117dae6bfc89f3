import { expandTwoDigitYear, parseQuery } from '..';
import { demoVocabulary } from './vocabularies';

const vocabulary = demoVocabulary();
const parse = (text: string) => parseQuery({ text, vocabulary });
const yearsOf = (text: string) => parse(text).filters.graduationYear;

describe('graduation years', () => {
  it.each([
    ['batch of 98', 1998],
    ['98 batch', 1998],
    ["'98 batch", 1998],
    ['’98 batch', 1998],
    ["batch of '98", 1998],
    ['class of 2005', 2005],
    ["class of '05", 2005],
    ['passed out in 2012', 2012],
    ['graduated in 2012', 2012],
    ['2010 pass-outs', 2010],
    ['2010 passouts', 2010],
    ['2005 grads', 2005],
    ['batch 2015', 2015],
    ['98 ke batch', 1998],
  ])('"%s" is %i', (text, year) => {
    const parsed = parse(text);
    expect(parsed.filters.graduationYear).toEqual({ min: year, max: year });
    expect(parsed.text).toBe('');
    expect(parsed.matches).toEqual([{ field: 'graduationYear', value: String(year), term: text }]);
  });

  it.each([
    ['between 2000 and 2005', { min: 2000, max: 2005 }],
    ['2000-2005 batch', { min: 2000, max: 2005 }],
    ['2000 to 2005', { min: 2000, max: 2005 }],
    ['from 2000 to 2005', { min: 2000, max: 2005 }],
    ['2000-05 batch', { min: 2000, max: 2005 }],
    ['98-02 batch', { min: 1998, max: 2002 }],
    ['batch of 98 or 99', { min: 1998, max: 1999 }],
    ['2005/2006 batch', { min: 2005, max: 2006 }],
    ['after 2015', { min: 2016 }],
    ['graduated after 2015', { min: 2016 }],
    ['before 2000', { max: 1999 }],
    ['since 2010', { min: 2010 }],
    ['till 2010', { max: 2010 }],
    ['2015 batch onwards', { min: 2015 }],
    ['2015 onwards batch', { min: 2015 }],
    ['90s batch', { min: 1990, max: 1999 }],
    ["'90s batch", { min: 1990, max: 1999 }],
    ['1990s', { min: 1990, max: 1999 }],
    ['the 80s', { min: 1980, max: 1989 }],
  ])('"%s" is %j', (text, range) => {
    const parsed = parse(text);
    expect(parsed.filters.graduationYear).toEqual(range);
    expect(parsed.text).toBe('');
  });

  it('reads two-digit years 00–29 as 2000s and 30–99 as 1900s', () => {
    expect(expandTwoDigitYear(0)).toBe(2000);
    expect(expandTwoDigitYear(29)).toBe(2029);
    expect(expandTwoDigitYear(30)).toBe(1930);
    expect(expandTwoDigitYear(98)).toBe(1998);
    expect(yearsOf('batch of 05')).toEqual({ min: 2005, max: 2005 });
    expect(yearsOf('batch of 75')).toEqual({ min: 1975, max: 1975 });
  });

  it('reads a four-digit year beside a degree as when it was earned: "MBA 2005", "2005 MBA", "B.Tech \'98"', () => {
    expect(parse('MBA 2005').filters).toEqual({ degree: ['MBA'], graduationYear: { min: 2005, max: 2005 } });
    expect(parse('2005 MBA').filters).toEqual({ degree: ['MBA'], graduationYear: { min: 2005, max: 2005 } });
    expect(parse("B.Tech '98").filters).toEqual({ degree: ['B.Tech'], graduationYear: { min: 1998, max: 1998 } });
  });

  it('narrows named years with open bounds: "after 2000 and before 2005"', () => {
    expect(yearsOf('graduated after 2000 and before 2005')).toEqual({ min: 2001, max: 2004 });
  });

  it('finds a graduation word a few words before a four-digit year, leaving the words between', () => {
    const parsed = parse('passed out of Anna University in 2005');
    expect(parsed.filters.graduationYear).toEqual({ min: 2005, max: 2005 });
    expect(parsed.text).toBe('Anna University');
  });

  describe('is not fooled by other numbers', () => {
    it.each([
      'top 10 CAs',
      'AI experts 2015',
      'Chennai 2005',
      '10 years of experience',
      'batch of 25 people',
      'turnover above 2000 crore',
      '2 crore turnover',
      'call me at 98',
      '2000 or 2005',
    ])('"%s" has no graduation year', (text) => {
      expect(yearsOf(text)).toBeUndefined();
    });

    it('keeps unused numbers in the text', () => {
      expect(parse('top 10 CAs').text).toBe('10');
      expect(parse('AI experts 2015').text).toBe('experts 2015');
    });
  });

  it('combines with other filters', () => {
    const parsed = parse('MBA founders from the 2011 batch in Ahmedabad');
    expect(parsed.filters).toMatchObject({
      degree: ['MBA'],
      city: ['Ahmedabad'],
      graduationYear: { min: 2011, max: 2011 },
    });
    expect(parsed.filters.designation).toContain('Founder');
  });
});
