import { parseQuery } from '..';
import { translateHinglish } from '../hinglish';
import type { CommunityVocabulary } from '../types';
import { vocabularyWith } from './vocabularies';

const vocabulary: CommunityVocabulary = vocabularyWith({
  city: ['Chennai', 'Pune', 'Bengaluru'],
  state: ['Tamil Nadu', 'Karnataka'],
  skills: ['Cardiology', 'Paediatrics', 'Interior Design', 'Wealth Management', 'Litigation', 'Freight Forwarding', 'Lean Manufacturing'],
  designation: ['Cardiologist', 'Physician', 'Advocate'],
  industry: ['Healthcare', 'Legal', 'Textiles & Apparel'],
});
const parse = (text: string) => parseQuery({ text, vocabulary });

describe('Hinglish content words (issue 19)', () => {
  it('reads Hindi words for what is asked as the English the parser knows, possessives and all', () => {
    expect(translateHinglish('Chennai mein dil ka doctor chahiye')).toBe('Chennai mein heart doctor chahiye');
    expect(translateHinglish('bacchon ka doctor')).toBe('child doctor');
    // Capitals "KA" (Karnataka) are not the particle.
    expect(translateHinglish('doctors in Bengaluru KA')).toBe('doctors in Bengaluru KA');
  });

  it.each([
    ['Chennai mein dil ka doctor chahiye', { city: ['Chennai'], skills: ['Cardiology'] }],
    ['bacchon ka doctor batao', { skills: ['Paediatrics'] }],
    ['ghar ka interior karwana hai', { skills: ['Interior Design'] }],
    ['kapde ka business karne wale', { industry: ['Textiles & Apparel'] }],
    ['Bangalore mein koi vakil hai?', { city: ['Bengaluru'], designation: ['Advocate'] }],
  ])('"%s"', (text, filters) => {
    expect(parse(text).filters).toEqual(filters);
  });

  it('leaves no Hinglish verb behind as a word every profile must contain', () => {
    expect(parse('Pune mein koi CA chahiye jo GST file kare').text).not.toMatch(/kare/);
    expect(parse('Mumbai mein export ka kaam karne wale log').text).not.toMatch(/kaam|karne/);
  });

  it('keeps a word the community has as a name, though it is also Hinglish', () => {
    const withShop = vocabularyWith({ city: ['Pune'], organization: ['Dukaan'] });
    expect(parseQuery({ text: 'people at Dukaan', vocabulary: withShop }).filters).toEqual({ organization: ['Dukaan'] });
  });
});

describe('needs in everyday words, second round (issue 19)', () => {
  it.each([
    ['someone to move our goods to the port', { skills: ['Freight Forwarding'] }],
    ['someone to make our home look beautiful inside', { skills: ['Interior Design'] }],
    ['someone to cut waste on our shop floor', { skills: ['Lean Manufacturing'] }],
    ['where should I invest my money', { skills: ['Wealth Management'] }],
    ['help with a legal dispute with a supplier', { skills: ['Litigation'] }],
  ])('"%s"', (text, filters) => {
    expect(parse(text).filters).toMatchObject(filters);
  });
});
