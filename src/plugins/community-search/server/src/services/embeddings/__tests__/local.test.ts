import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createLocalEmbeddingProvider, LOCAL_EMBEDDING_DIMENSIONS, type LocalEmbeddingProvider } from '../local';
import { LOCAL_EMBEDDING_MODEL } from '../local-model';
import { cosineSimilarity } from '../vector-math';

const norm = (vector: number[]) => Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));

describe('local embedding provider', () => {
  // Uses the data distilled by "npm run build -w @community-connect/community-search".
  const provider: LocalEmbeddingProvider = createLocalEmbeddingProvider();

  beforeAll(() => provider.load());

  async function similarity(a: string, b: string): Promise<number> {
    const [first, second] = await provider.embed([a, b]);
    return cosineSimilarity(first, second);
  }

  it('describes itself', () => {
    expect(provider.name).toBe('local');
    expect(provider.model).toBe(LOCAL_EMBEDDING_MODEL);
    expect(provider.model).toMatch(/-v\d+$/);
    expect(provider.dimensions).toBe(256);
    expect(LOCAL_EMBEDDING_DIMENSIONS).toBe(256);
  });

  it('returns one unit vector of the stated length per text, in order', async () => {
    const texts = [
      'Python developer in Pune',
      'Chartered accountant',
      'Ravi Shankar, MBA 2012',
      'ünïcödé café',
      'नमस्ते',
    ];
    const vectors = await provider.embed(texts);
    expect(vectors).toHaveLength(texts.length);
    for (const vector of vectors) {
      expect(vector).toHaveLength(provider.dimensions);
      expect(vector.every(Number.isFinite)).toBe(true);
      expect(norm(vector)).toBeCloseTo(1, 10);
    }
    const [single] = await provider.embed([texts[1]]);
    expect(single).toEqual(vectors[1]);
  });

  it('is deterministic across calls and provider instances', async () => {
    const texts = ['textile exporter from Surat', 'machine learning engineer'];
    const first = await provider.embed(texts);
    const second = await provider.embed(texts);
    const other = await createLocalEmbeddingProvider().embed(texts);
    expect(second).toEqual(first);
    expect(other).toEqual(first);
  });

  it('ignores case, punctuation and accents', async () => {
    expect(await similarity('Python Developer!', 'python developer')).toBeCloseTo(1, 10);
    expect(await similarity('José', 'jose')).toBeCloseTo(1, 10);
  });

  it('gives empty and punctuation-only texts a fixed unit vector without zeros or NaN', async () => {
    const [empty, blank, punctuation] = await provider.embed(['', '   ', '?!,.']);
    expect(empty.every((value) => Number.isFinite(value) && value !== 0)).toBe(true);
    expect(norm(empty)).toBeCloseTo(1, 10);
    expect(blank).toEqual(empty);
    expect(punctuation).toEqual(empty);
  });

  it('gives texts of stopwords only a vector of their own', async () => {
    const [empty, stopwords] = await provider.embed(['', 'The Who']);
    expect(stopwords.every(Number.isFinite)).toBe(true);
    expect(norm(stopwords)).toBeCloseTo(1, 10);
    expect(stopwords).not.toEqual(empty);
  });

  it('embeds an empty list as an empty list', async () => {
    await expect(provider.embed([])).resolves.toEqual([]);
  });

  it('places related phrases closer than unrelated ones', async () => {
    expect(await similarity('machine learning', 'artificial intelligence')).toBeGreaterThan(
      await similarity('machine learning', 'textile dyeing'),
    );
    expect(await similarity('doctor', 'physician')).toBeGreaterThan(await similarity('doctor', 'lawyer'));
    expect(await similarity('cardiologist', 'heart doctor')).toBeGreaterThan(
      await similarity('cardiologist', 'web developer'),
    );
    expect(await similarity('real estate', 'property developer')).toBeGreaterThan(
      await similarity('real estate', 'software engineer'),
    );
  });

  it('keeps a typo close to the word it misspells', async () => {
    const typo = await similarity('pyhton developer', 'python developer');
    expect(typo).toBeGreaterThan(await similarity('pyhton developer', 'garment export'));
    expect(typo).toBeGreaterThan(0.5);
  });

  it('matches names and words it has no vector for by their spelling', async () => {
    expect(await similarity('Kubernetes', 'kubernetes consultant')).toBeGreaterThan(
      await similarity('Kubernetes', 'bakery owner'),
    );
    expect(await similarity('Venkataraman', 'Venkatraman')).toBeGreaterThan(
      await similarity('Venkataraman', 'Fernandes'),
    );
  });
});

describe('local embedding provider without its data', () => {
  let emptyDir: string;

  beforeAll(() => {
    emptyDir = mkdtempSync(path.join(os.tmpdir(), 'community-search-embeddings-'));
  });

  afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

  it('says how to build the data, on load and on embed', async () => {
    const provider = createLocalEmbeddingProvider({ dataDir: emptyDir });
    await expect(provider.load()).rejects.toThrow(/npm run build:plugins/);
    await expect(provider.embed(['anything'])).rejects.toThrow(emptyDir);
  });

  it('is created without touching the file system', () => {
    expect(() => createLocalEmbeddingProvider({ dataDir: path.join(emptyDir, 'does-not-exist') })).not.toThrow();
  });
});
