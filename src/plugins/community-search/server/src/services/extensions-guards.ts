import { z } from 'zod';

import type { EmbeddingProvider } from './embeddings/types';
import type { ResultHit } from './extensions-types';
import type { ParsedQuery, QueryParser } from './query-parser/types';

/** Names of registered extensions: what config and the admin panel refer to them by. */
export const EXTENSION_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** The pgvector column the index uses takes at most this many dimensions. */
export const MAX_DIMENSIONS = 4000;

const FILTER_FIELDS = [
  'city', 'state', 'country', 'skills', 'industry', 'designation', 'organization', 'degree', 'branch', 'graduationYear', 'annualTurnoverInr',
] as const;

const list = z.array(z.string().min(1).max(200)).max(50);
const range = z.strictObject({ min: z.number().finite().optional(), max: z.number().finite().optional() });

/** Filters become SQL parameters: only the known fields, as plain strings and numbers. */
const parsedQuerySchema = z.object({
  parser: z.string().min(1).max(100),
  filters: z.strictObject({
    city: list.optional(),
    state: list.optional(),
    country: list.optional(),
    skills: list.optional(),
    industry: list.optional(),
    designation: list.optional(),
    organization: list.optional(),
    degree: list.optional(),
    branch: list.optional(),
    graduationYear: range.optional(),
    annualTurnoverInr: range.optional(),
  }),
  text: z.string().max(1000),
  matches: z
    .array(z.strictObject({ field: z.enum(FILTER_FIELDS), value: z.string().max(200), term: z.string().max(500) }))
    .max(100),
});

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs `work` with a deadline; the slow or failing extension is named in the error. */
export const withDeadline = <T>(work: () => T | Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    Promise.resolve()
      .then(work)
      .then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      );
  });

/**
 * A parser from another plugin: its answer is checked (filters reach SQL as parameters, so only
 * known fields and plain values pass) and, when it throws or answers nonsense, the rules parser
 * answers that query instead.
 */
export const guardQueryParser = (name: string, parser: QueryParser, rules: QueryParser, warn: (message: string) => void): QueryParser => ({
  name: parser.name,
  async parse(input) {
    try {
      const parsed = parsedQuerySchema.safeParse(await parser.parse(input));
      if (!parsed.success) throw new Error(`malformed answer: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
      return parsed.data as ParsedQuery;
    } catch (error) {
      warn(`community-search: query parser "${name}" failed (${messageOf(error)}); the rules parser answered`);
      return rules.parse(input);
    }
  },
});

/** Checks what a registered embedder's factory built, so a wrong one stops boot with its name. */
export const checkEmbeddingProvider = (name: string, provider: unknown): EmbeddingProvider => {
  const candidate = provider as Partial<EmbeddingProvider> | null;
  const problem = !candidate || typeof candidate !== 'object'
    ? 'create() must return an object { name, model, dimensions, embed }'
    : typeof candidate.model !== 'string' || candidate.model.length === 0
      ? '`model` must be a non-empty string (it is stored with each vector)'
      : !Number.isInteger(candidate.dimensions) || (candidate.dimensions as number) < 1 || (candidate.dimensions as number) > MAX_DIMENSIONS
        ? `\`dimensions\` must be a whole number from 1 to ${MAX_DIMENSIONS}`
        : typeof candidate.embed !== 'function'
          ? '`embed(texts)` must be a function'
          : null;
  if (problem) throw new Error(`community-search: embedding provider "${name}" is not usable: ${problem}`);
  return candidate as EmbeddingProvider;
};

/** Vectors of the wrong size or count would corrupt the index: refuse them with a clear error. */
export const guardEmbeddingProvider = (name: string, provider: EmbeddingProvider): EmbeddingProvider => ({
  name: typeof provider.name === 'string' && provider.name ? provider.name : name,
  model: provider.model,
  dimensions: provider.dimensions,
  async embed(texts) {
    const vectors = await provider.embed(texts);
    if (!Array.isArray(vectors) || vectors.length !== texts.length) {
      throw new Error(`community-search: embedding provider "${name}" returned ${Array.isArray(vectors) ? vectors.length : 'no'} vectors for ${texts.length} texts`);
    }
    for (const vector of vectors) {
      if (!Array.isArray(vector) || vector.length !== provider.dimensions || vector.some((value) => !Number.isFinite(value))) {
        throw new Error(`community-search: embedding provider "${name}" returned a vector that is not ${provider.dimensions} finite numbers`);
      }
    }
    return vectors;
  },
});

const hitSchema = z.object({ documentId: z.string(), score: z.number().finite().optional(), why: z.array(z.string().max(300)).max(20).optional() });

/**
 * Applies a post-processor's answer to the page: its order, its scores and reasons, but only for
 * members that were on the page (each once), and never anything else from its objects.
 */
export const applyProcessedHits = <THit extends ResultHit>(original: THit[], processed: unknown): THit[] => {
  if (!Array.isArray(processed)) throw new Error('process() must return an array of hits');
  const byId = new Map(original.map((hit) => [hit.documentId, hit]));
  const result: THit[] = [];
  for (const entry of processed) {
    const parsed = hitSchema.safeParse(entry);
    if (!parsed.success) continue;
    const hit = byId.get(parsed.data.documentId);
    if (!hit) continue;
    byId.delete(parsed.data.documentId);
    result.push({ ...hit, score: parsed.data.score ?? hit.score, why: parsed.data.why ?? hit.why });
  }
  return result;
};
