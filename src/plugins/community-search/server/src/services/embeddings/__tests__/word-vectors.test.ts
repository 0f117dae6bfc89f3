import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { DISTILLED_FORMAT, LOCAL_EMBEDDING_MODEL } from '../local-model';
import { loadWordVectors } from '../word-vectors';

const DIMENSIONS = 4;
const WORDS = ['alpha', 'beta'];
// Rows as the distil script writes them: direction only, largest component ±127.
const ROWS = [
  [127, 0, 0, 0],
  [64, -127, 0, 32],
];

function writeDataSet(dir: string, manifestChanges: Record<string, unknown> = {}): void {
  const vocabulary = Buffer.from(`${WORDS.join('\n')}\n`);
  const vectors = Buffer.from(Int8Array.from(ROWS.flat()).buffer);
  writeFileSync(path.join(dir, 'vocabulary.txt'), vocabulary);
  writeFileSync(path.join(dir, 'vectors.i8'), vectors);
  const manifest = {
    model: LOCAL_EMBEDDING_MODEL,
    format: DISTILLED_FORMAT,
    dimensions: DIMENSIONS,
    words: WORDS.length,
    files: { vocabulary: 'vocabulary.txt', vectors: 'vectors.i8' },
    checksum: `sha256:${createHash('sha256').update(vocabulary).update(vectors).digest('hex')}`,
    ...manifestChanges,
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
}

describe('loadWordVectors', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'community-search-word-vectors-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the vocabulary and adds unit vectors of known words', async () => {
    writeDataSet(dir);
    const vectors = await loadWordVectors(dir);
    expect(vectors.size).toBe(2);
    expect(vectors.dimensions).toBe(DIMENSIONS);
    expect(vectors.has('beta')).toBe(true);
    expect(vectors.has('gamma')).toBe(false);

    const sum = new Float64Array(DIMENSIONS);
    expect(vectors.addUnitVector('alpha', sum)).toBe(true);
    expect(vectors.addUnitVector('gamma', sum)).toBe(false);
    Array.from(sum).forEach((value, i) => expect(value).toBeCloseTo([1, 0, 0, 0][i], 12));

    const beta = new Float64Array(DIMENSIONS);
    vectors.addUnitVector('beta', beta);
    const length = Math.hypot(...ROWS[1]);
    Array.from(beta).forEach((value, i) => expect(value).toBeCloseTo(ROWS[1][i] / length, 12));
  });

  it('rejects data whose checksum does not match', async () => {
    writeDataSet(dir, { checksum: 'sha256:0000' });
    await expect(loadWordVectors(dir)).rejects.toThrow(/checksum.*npm run build:plugins/);
  });

  it('rejects data made for another model version', async () => {
    writeDataSet(dir, { model: 'local-glove100-ngram-v0' });
    await expect(loadWordVectors(dir)).rejects.toThrow(/"local-glove100-ngram-v0".*npm run build:plugins/);
  });

  it('rejects data whose sizes differ from the manifest', async () => {
    writeDataSet(dir, { words: 3 });
    await expect(loadWordVectors(dir)).rejects.toThrow(/sizes/);
  });

  it('names the missing file', async () => {
    await expect(loadWordVectors(dir)).rejects.toThrow(/no manifest\.json.*npm run build:plugins/);
  });
});
