import { normalizePhrase, phraseVariants, singular } from '../normalize';
import { tokenize } from '../tokenize';

describe('normalisation', () => {
  it('folds case, accents, dots, apostrophes and ampersands', () => {
    expect(normalizePhrase('B.Tech')).toBe('btech');
    expect(normalizePhrase("D'Souza Industries")).toBe('dsouza industries');
    expect(normalizePhrase('Founder & CEO')).toBe('founder and ceo');
    expect(normalizePhrase('Zürich')).toBe('zurich');
    expect(normalizePhrase('Co-founder')).toBe('co founder');
    expect(normalizePhrase('C++ / C#')).toBe('c++ c#');
  });

  it('offers the spaced and run-together spellings of a value', () => {
    expect(phraseVariants('B.Tech')).toEqual(['btech', 'b tech']);
    expect(phraseVariants('Tamil Nadu')).toEqual(['tamil nadu', 'tamilnadu']);
    expect(phraseVariants('Co-founder')).toEqual(['co founder', 'cofounder']);
  });

  it('makes plurals singular for matching', () => {
    expect(['doctors', 'factories', 'businesses', 'taxes', 'cas', 'physics', 'analysis', 'boss'].map(singular)).toEqual(
      ['doctor', 'factory', 'business', 'tax', 'ca', 'physic', 'analysis', 'boss']
    );
  });
});

describe('tokenize', () => {
  const forms = (text: string) =>
    tokenize(text).map((token) => `${token.kind}:${token.norm}${token.suffix ? `+${token.suffix}` : ''}`);

  it('keeps units and decades glued to numbers', () => {
    expect(forms('50L+ 2cr 1.5 crore 90s')).toEqual([
      'number:50+l',
      'symbol:+',
      'number:2+cr',
      'number:1.5',
      'word:crore',
      'number:90+s',
    ]);
  });

  it('reads Indian and Western digit grouping, but not a list of numbers', () => {
    expect(tokenize('1,50,00,000')[0].value).toBe(15_000_000);
    expect(tokenize('5,000,000')[0].value).toBe(5_000_000);
    expect(forms('98,99')).toEqual(['number:98', 'symbol:,', 'number:99']);
  });

  it('treats a hyphen between numbers as a range and inside a word as a space', () => {
    expect(forms('2000-2005')).toEqual(['number:2000', 'symbol:-', 'number:2005']);
    expect(forms('pass-outs co-founder')).toEqual(['word:pass', 'word:outs', 'word:co', 'word:founder']);
  });

  it('keeps dotted abbreviations whole and marks capitals', () => {
    const [be, tech, it] = tokenize('B.E. b.tech IT');
    expect([be.norm, be.caps, tech.norm, it.caps]).toEqual(['be', true, 'btech', true]);
    expect(tokenize('IT PEOPLE').every((token) => !token.caps)).toBe(true);
  });

  it('reads a leading apostrophe as its own symbol and words starting with a digit as words', () => {
    expect(forms("'98 3D B2B")).toEqual(["symbol:'", 'number:98', 'word:3d', 'word:b2b']);
  });

  it('remembers where each token is in the query', () => {
    const [first, second] = tokenize('  Pune  mein');
    expect([first.start, first.end, second.start, second.end]).toEqual([2, 6, 8, 12]);
  });
});
