import { z } from 'zod';

/** A registered extension's name (see services/extensions.ts); whether one is registered is checked at bootstrap. */
const extensionName = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be the name of a registered extension (lower-case letters, digits and dashes)');

const openAiCompatible = z.strictObject({
  baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  apiKey: z.string().min(1).optional(),
  model: z.string().min(1).optional(),
});

const baseConfigSchema = z.strictObject({
  /** Shared caches and search sessions live in Redis when set, in process otherwise. */
  redisUrl: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
  /** `rules`, `llm`, or a parser another plugin registered. */
  queryParser: extensionName,
  /** `local`, `openai`, or an embedder another plugin registered. */
  embeddingsProvider: extensionName,
  /** Registered synonym sources to use, in order; unset: every registered one. */
  synonymSources: z.array(extensionName).optional(),
  /** Registered result post-processors to run, in order; unset: every registered one. */
  resultPostProcessors: z.array(extensionName).optional(),
  llm: openAiCompatible.extend({
    timeoutMs: z.number().int().positive().max(60_000),
    temperature: z.number().min(0).max(2),
  }),
  embeddings: openAiCompatible.extend({
    dimensions: z.number().int().positive().max(4000).optional(),
  }),
  search: z.strictObject({
    defaultPageSize: z.number().int().min(1).max(50),
    maxPageSize: z.number().int().min(1).max(50),
    /** Below this cosine similarity a member that matches no query word is not a close match. */
    minSimilarity: z.number().min(0).max(1),
    /** Reciprocal Rank Fusion constant: larger values flatten the difference between ranks. */
    rrfK: z.number().int().positive(),
    /** How many candidates each ranker contributes before fusion. */
    candidateLimit: z.number().int().min(10).max(5000),
  }),
  searchLog: z.strictObject({
    /** Searches older than this many days are deleted; the log holds what members typed. */
    retentionDays: z.number().int().min(1).max(3650),
    /** How often the prune runs, in minutes. */
    pruneIntervalMinutes: z.number().int().min(1).max(7 * 24 * 60),
  }),
  indexing: z.strictObject({
    /** Attempts for a failed index batch before it is left for `npm run search:reindex` (the first try counts). */
    retryAttempts: z.number().int().min(1).max(20),
    /** Delay before the first retry; each further retry waits twice as long, up to `retryMaxDelayMs`. */
    retryBaseDelayMs: z.number().int().min(1).max(600_000),
    retryMaxDelayMs: z.number().int().min(1).max(3_600_000),
    /** Concurrent write statements (connections) per index batch; about the database's cores. */
    writeConcurrency: z.number().int().min(1).max(16),
    /**
     * A reindex that first loads at least this many members of one community, which will then hold
     * nearly all index rows, builds the vector index once at the end instead of row by row.
     */
    bulkVectorIndexMinMembers: z.number().int().min(1),
  }),
});

/** Choosing a remote parser or embedder without saying where it is stops boot, not the first search. */
export const configSchema = baseConfigSchema.superRefine((config, ctx) => {
  if (config.queryParser === 'llm') {
    for (const key of ['baseUrl', 'model'] as const) {
      if (!config.llm[key]) {
        ctx.addIssue({ code: 'custom', path: ['llm', key], message: `is required when queryParser is "llm"` });
      }
    }
  }
  if (config.embeddingsProvider === 'openai') {
    for (const key of ['baseUrl', 'model', 'dimensions'] as const) {
      if (!config.embeddings[key]) {
        ctx.addIssue({ code: 'custom', path: ['embeddings', key], message: `is required when embeddingsProvider is "openai"` });
      }
    }
  }
});

export type CommunitySearchConfig = z.infer<typeof configSchema>;

export const defaultConfig: CommunitySearchConfig = {
  queryParser: 'rules',
  embeddingsProvider: 'local',
  llm: { timeoutMs: 2500, temperature: 0 },
  embeddings: {},
  search: {
    defaultPageSize: 10,
    maxPageSize: 50,
    minSimilarity: 0.35,
    rrfK: 60,
    candidateLimit: 200,
  },
  searchLog: {
    retentionDays: 180,
    pruneIntervalMinutes: 60,
  },
  indexing: {
    retryAttempts: 5,
    retryBaseDelayMs: 1000,
    retryMaxDelayMs: 60_000,
    writeConcurrency: 2,
    bulkVectorIndexMinMembers: 20_000,
  },
};
