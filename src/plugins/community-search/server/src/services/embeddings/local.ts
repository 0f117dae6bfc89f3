import { hashedCharNgrams } from './char-ngrams';
import { defaultEmbeddingsDataDir } from './data-dir';
import { LOCAL_EMBEDDING_MODEL } from './local-model';
import { isStopword, tokenize } from './text-tokens';
import type { EmbeddingProvider } from './types';
import { normaliseInPlace } from './vector-math';
import { loadWordVectors, type WordVectors } from './word-vectors';

const WORD_DIMENSIONS = 100;
const NGRAM_BUCKETS = 156;
export const LOCAL_EMBEDDING_DIMENSIONS = WORD_DIMENSIONS + NGRAM_BUCKETS;

/**
 * Shares of the final vector's squared length: meaning (word vectors) over spelling (character
 * n-grams). Tuned so related phrases outrank unrelated ones while typos and names still match.
 */
const WORD_SHARE = 0.7;
const WORD_WEIGHT = Math.sqrt(WORD_SHARE);
const NGRAM_WEIGHT = Math.sqrt(1 - WORD_SHARE);

/** What a text with no words at all becomes: any fixed unit vector would do, this one has no zeros. */
const EMPTY_TEXT_VECTOR: readonly number[] = new Array<number>(LOCAL_EMBEDDING_DIMENSIONS).fill(
  1 / Math.sqrt(LOCAL_EMBEDDING_DIMENSIONS),
);

export interface LocalEmbeddingOptions {
  /** Folder holding the distilled word vectors; defaults to this plugin's dist/embeddings. */
  dataDir?: string;
}

export interface LocalEmbeddingProvider extends EmbeddingProvider {
  /** Loads the word vectors now instead of on the first embed; safe to call more than once. */
  load(): Promise<void>;
}

/** Mean of the unit word vectors of the known tokens, as a unit vector; undefined when none is known. */
function meanWordVector(tokens: string[], wordVectors: WordVectors): Float64Array | undefined {
  const sum = new Float64Array(WORD_DIMENSIONS);
  let known = 0;
  for (const token of tokens) {
    if (wordVectors.addUnitVector(token, sum)) known += 1;
  }
  return known > 0 && normaliseInPlace(sum) ? sum : undefined;
}

function embedText(text: string, wordVectors: WordVectors): number[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [...EMPTY_TEXT_VECTOR];
  const contentTokens = tokens.filter((token) => !isStopword(token));
  // A text of stopwords only ("The Who") is still told apart from others by its spelling.
  const spelledTokens = contentTokens.length > 0 ? contentTokens : tokens;

  const meaning = meanWordVector(contentTokens, wordVectors);
  const spelling = hashedCharNgrams(spelledTokens, NGRAM_BUCKETS);
  normaliseInPlace(spelling);

  const vector = new Array<number>(LOCAL_EMBEDDING_DIMENSIONS);
  for (let i = 0; i < WORD_DIMENSIONS; i += 1) vector[i] = meaning ? meaning[i] * WORD_WEIGHT : 0;
  for (let i = 0; i < NGRAM_BUCKETS; i += 1) vector[WORD_DIMENSIONS + i] = spelling[i] * NGRAM_WEIGHT;
  return normaliseInPlace(vector) ? vector : [...EMPTY_TEXT_VECTOR];
}

/**
 * Offline, deterministic embeddings: the meaning of a text from GloVe word vectors, plus a hashed
 * bag of character n-grams so that names, product names and typos still match.
 */
export function createLocalEmbeddingProvider(options: LocalEmbeddingOptions = {}): LocalEmbeddingProvider {
  let loading: Promise<WordVectors> | undefined;

  const wordVectors = (): Promise<WordVectors> => {
    if (!loading) {
      loading = (async () => {
        const vectors = await loadWordVectors(options.dataDir ?? defaultEmbeddingsDataDir());
        if (vectors.dimensions !== WORD_DIMENSIONS) {
          throw new Error(
            `Local embedding data has ${vectors.dimensions}-dimensional word vectors; ${WORD_DIMENSIONS} are expected.`,
          );
        }
        return vectors;
      })();
      // Forget a failed load so that a later call, e.g. after the plugin is built, tries again.
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };

  return {
    name: 'local',
    model: LOCAL_EMBEDDING_MODEL,
    dimensions: LOCAL_EMBEDDING_DIMENSIONS,
    async load() {
      await wordVectors();
    },
    async embed(texts) {
      const vectors = await wordVectors();
      return texts.map((text) => embedText(text, vectors));
    },
  };
}
