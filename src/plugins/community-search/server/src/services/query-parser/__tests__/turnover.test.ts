import { CRORE, LAKH, parseQuery } from '..';
import { demoVocabulary } from './vocabularies';

const vocabulary = demoVocabulary();
const parse = (text: string) => parseQuery({ text, vocabulary });

describe('annual turnover in Indian units', () => {
  it('has 1 lakh = 100,000 and 1 crore = 10,000,000', () => {
    expect(LAKH).toBe(100_000);
    expect(CRORE).toBe(10_000_000);
  });

  it.each([
    ['over 2 crore', { min: 2 * CRORE }],
    ['above 2 cr', { min: 2 * CRORE }],
    ['more than 2 crores', { min: 2 * CRORE }],
    ['at least 75 lakh', { min: 75 * LAKH }],
    ['50 lakh+', { min: 50 * LAKH }],
    ['50L+', { min: 50 * LAKH }],
    ['5 cr plus', { min: 5 * CRORE }],
    ['1.5cr turnover', { min: (15 * CRORE) / 10 }],
    ['1-5 Cr', { min: 1 * CRORE, max: 5 * CRORE }],
    ['between 1 and 5 crore', { min: 1 * CRORE, max: 5 * CRORE }],
    ['50 lakh to 2 crore', { min: 50 * LAKH, max: 2 * CRORE }],
    ['turnover 5-10 cr', { min: 5 * CRORE, max: 10 * CRORE }],
    ['under 10 lakh', { max: 10 * LAKH }],
    ['less than 50 lakhs', { max: 50 * LAKH }],
    ['upto 1 cr', { max: 1 * CRORE }],
    ['turnover more than 100 crore', { min: 100 * CRORE }],
    ['₹5 crore', { min: 5 * CRORE }],
    ['Rs. 5 crore', { min: 5 * CRORE }],
    ['10 lakhs', { min: 10 * LAKH }],
    ['Rs 50,00,000 turnover', { min: 50 * LAKH }],
    ['revenue of 50000000', { min: 5 * CRORE }],
    ['do crore se zyada', { min: 2 * CRORE }],
    ['5 crore tak', { max: 5 * CRORE }],
    ['two crore+', { min: 2 * CRORE }],
  ])('"%s" is %j', (text, range) => {
    const parsed = parse(text);
    expect(parsed.filters.annualTurnoverInr).toEqual(range);
    expect(parsed.filters.graduationYear).toBeUndefined();
    expect(parsed.text).toBe('');
  });

  it('narrows with several conditions: "above 1 crore and below 5 crore"', () => {
    expect(parse('above 1 crore and below 5 crore').filters.annualTurnoverInr).toEqual({ min: CRORE, max: 5 * CRORE });
  });

  it('explains the value in Indian units', () => {
    expect(parse('turnover over 2 crore').matches).toEqual([
      { field: 'annualTurnoverInr', value: 'at least ₹2 crore', term: 'turnover over 2 crore' },
    ]);
    expect(parse('between 50 lakh and 2 crore').matches[0].value).toBe('₹50 lakh – ₹2 crore');
    expect(parse('under 10 lakh').matches[0].value).toBe('up to ₹10 lakh');
  });

  it.each(['top 10 founders', '2005 batch', '10 years experience', '$2 million revenue', 'B2B sales'])(
    '"%s" has no turnover',
    (text) => {
      expect(parse(text).filters.annualTurnoverInr).toBeUndefined();
    }
  );

  it('works together with the other filters', () => {
    const parsed = parse('textile founders in Mumbai with 50 cr+ turnover, 98 batch');
    expect(parsed.filters).toMatchObject({
      industry: ['Textiles & Apparel'],
      city: ['Mumbai'],
      annualTurnoverInr: { min: 50 * CRORE },
      graduationYear: { min: 1998, max: 1998 },
    });
  });
});
