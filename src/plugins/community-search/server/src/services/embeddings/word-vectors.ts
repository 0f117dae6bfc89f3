import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { DISTILLED_FORMAT, LOCAL_EMBEDDING_MODEL, REBUILD_HINT } from './local-model';

/** Word vectors distilled by scripts/distill-embeddings.js. */
export interface WordVectors {
  readonly dimensions: number;
  readonly size: number;
  has(word: string): boolean;
  /** Adds the unit vector of `word` to `target`; returns false when the word is unknown. */
  addUnitVector(word: string, target: Float64Array): boolean;
}

interface DistilledManifest {
  model: string;
  format: string;
  dimensions: number;
  words: number;
  files: { vocabulary: string; vectors: string };
  checksum: string;
}

export const MANIFEST_FILE = 'manifest.json';

function dataError(dataDir: string, problem: string): Error {
  return new Error(`Local embedding data in ${dataDir} ${problem}. ${REBUILD_HINT}`);
}

async function readDataFile(dataDir: string, file: string): Promise<Buffer> {
  try {
    return await readFile(path.join(dataDir, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw dataError(dataDir, `is missing (no ${file})`);
    throw error;
  }
}

function parseManifest(dataDir: string, content: Buffer): DistilledManifest {
  let manifest: DistilledManifest;
  try {
    manifest = JSON.parse(content.toString('utf8')) as DistilledManifest;
  } catch {
    throw dataError(dataDir, `has an unreadable ${MANIFEST_FILE}`);
  }
  if (manifest.model !== LOCAL_EMBEDDING_MODEL || manifest.format !== DISTILLED_FORMAT) {
    throw dataError(
      dataDir,
      `is "${manifest.model}" (${manifest.format}) but "${LOCAL_EMBEDDING_MODEL}" (${DISTILLED_FORMAT}) is needed`,
    );
  }
  if (!(manifest.dimensions > 0) || !(manifest.words > 0) || !manifest.files) {
    throw dataError(dataDir, `has an incomplete ${MANIFEST_FILE}`);
  }
  return manifest;
}

function checksumOf(vocabulary: Buffer, vectors: Buffer): string {
  return `sha256:${createHash('sha256').update(vocabulary).update(vectors).digest('hex')}`;
}

/** One scale a row: quantised rows keep only direction, so 1 / |row| turns a row back into a unit vector. */
function rowScales(matrix: Int8Array, dimensions: number): Float64Array {
  const rows = matrix.length / dimensions;
  const scales = new Float64Array(rows);
  for (let row = 0; row < rows; row += 1) {
    let sumOfSquares = 0;
    for (let i = row * dimensions; i < (row + 1) * dimensions; i += 1) sumOfSquares += matrix[i] * matrix[i];
    scales[row] = sumOfSquares > 0 ? 1 / Math.sqrt(sumOfSquares) : 0;
  }
  return scales;
}

export async function loadWordVectors(dataDir: string): Promise<WordVectors> {
  const manifest = parseManifest(dataDir, await readDataFile(dataDir, MANIFEST_FILE));
  const [vocabularyFile, vectorsFile] = await Promise.all([
    readDataFile(dataDir, manifest.files.vocabulary),
    readDataFile(dataDir, manifest.files.vectors),
  ]);
  if (checksumOf(vocabularyFile, vectorsFile) !== manifest.checksum) {
    throw dataError(dataDir, 'does not match the checksum in its manifest');
  }
  const words = vocabularyFile.toString('utf8').split('\n');
  if (words[words.length - 1] === '') words.pop();
  const { dimensions } = manifest;
  if (words.length !== manifest.words || vectorsFile.length !== words.length * dimensions) {
    throw dataError(dataDir, 'does not have the sizes its manifest states');
  }

  const rowOf = new Map<string, number>();
  words.forEach((word, row) => rowOf.set(word, row));
  const matrix = new Int8Array(vectorsFile.buffer, vectorsFile.byteOffset, vectorsFile.length);
  const scales = rowScales(matrix, dimensions);

  return {
    dimensions,
    size: words.length,
    has: (word) => rowOf.has(word),
    addUnitVector(word, target) {
      const row = rowOf.get(word);
      if (row === undefined) return false;
      const offset = row * dimensions;
      const scale = scales[row];
      for (let i = 0; i < dimensions; i += 1) target[i] += matrix[offset + i] * scale;
      return true;
    },
  };
}
