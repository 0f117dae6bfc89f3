import { charNgrams, hashedCharNgrams } from '../char-ngrams';
import { defaultEmbeddingsDataDir } from '../data-dir';
import { isStopword, tokenize } from '../text-tokens';
import { cosineSimilarity } from '../vector-math';

describe('tokenize', () => {
  it('lowercases, folds Latin accents and splits on anything but letters and digits', () => {
    expect(tokenize("José O'Brien, B.Tech (2015) — Ünïcode!")).toEqual([
      'jose',
      'o',
      'brien',
      'b',
      'tech',
      '2015',
      'unicode',
    ]);
  });

  it('keeps words of other scripts whole', () => {
    expect(tokenize('नमस्ते दुनिया')).toEqual(['नमस्ते', 'दुनिया']);
  });

  it('returns nothing for blank text', () => {
    expect(tokenize('  ?! ')).toEqual([]);
  });
});

describe('isStopword', () => {
  it('knows common English function words but keeps "it" (the industry)', () => {
    expect(isStopword('the')).toBe(true);
    expect(isStopword('with')).toBe(true);
    expect(isStopword('it')).toBe(false);
    expect(isStopword('python')).toBe(false);
  });
});

describe('character n-grams', () => {
  it('are the 3- and 4-grams of the token between boundary markers', () => {
    expect(charNgrams('cat')).toEqual(['<ca', 'cat', 'at>', '<cat', 'cat>']);
    expect(charNgrams('a')).toEqual(['<a>']);
  });

  it('hash into a fixed number of buckets, deterministically', () => {
    const first = hashedCharNgrams(['python', 'developer'], 156);
    expect(first).toHaveLength(156);
    expect(hashedCharNgrams(['python', 'developer'], 156)).toEqual(first);
  });

  it('make a typo closer to its word than to another word', () => {
    const python = hashedCharNgrams(['python'], 156);
    expect(cosineSimilarity(hashedCharNgrams(['pyhton'], 156), python)).toBeGreaterThan(
      cosineSimilarity(hashedCharNgrams(['garment'], 156), python),
    );
  });
});

describe('defaultEmbeddingsDataDir', () => {
  it("finds the plugin package's dist/embeddings from the TypeScript sources", () => {
    expect(defaultEmbeddingsDataDir()).toMatch(/community-search[\\/]dist[\\/]embeddings$/);
  });
});
