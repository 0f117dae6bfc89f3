import OpenAI from 'openai';

import type { EmbeddingProvider } from './types';
import { normaliseInPlace } from './vector-math';

export interface OpenAIEmbeddingOptions {
  /** An OpenAI-compatible API root, e.g. https://api.openai.com/v1. */
  baseUrl: string;
  apiKey?: string;
  model: string;
  dimensions: number;
  timeoutMs?: number;
  maxRetries?: number;
  /** Texts sent in one request. */
  batchSize?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_BATCH_SIZE = 96;

/** A failed embeddings request; `status` is the HTTP status when the server answered. */
export class EmbeddingRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly cause: unknown,
  ) {
    super(message);
    this.name = 'EmbeddingRequestError';
  }
}

function validateOptions(options: OpenAIEmbeddingOptions): void {
  if (!options.baseUrl) throw new Error('OpenAI embeddings need a baseUrl.');
  if (!options.model) throw new Error('OpenAI embeddings need a model.');
  if (!Number.isInteger(options.dimensions) || options.dimensions <= 0) {
    throw new Error(`OpenAI embeddings need dimensions as a positive integer, got ${String(options.dimensions)}.`);
  }
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize <= 0) {
    throw new Error(`OpenAI embeddings need batchSize as a positive integer, got ${String(batchSize)}.`);
  }
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

export function createOpenAIEmbeddingProvider(options: OpenAIEmbeddingOptions): EmbeddingProvider {
  validateOptions(options);
  const { baseUrl, model, dimensions } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const client = new OpenAI({
    baseURL: baseUrl,
    // Keyless servers (Ollama, LM Studio) still need a value; and without one the SDK would fall
    // back to OPENAI_API_KEY from the environment and send it to whatever baseUrl is configured.
    apiKey: options.apiKey || 'no-key',
    organization: null,
    project: null,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
  });

  async function requestBatch(input: string[]): Promise<number[][]> {
    let response: OpenAI.CreateEmbeddingResponse;
    try {
      // "float" because the SDK otherwise asks for base64, which not every compatible server supports.
      response = await client.embeddings.create({ model, input, dimensions, encoding_format: 'float' });
    } catch (error) {
      const status = error instanceof OpenAI.APIError ? error.status : undefined;
      const reason = error instanceof Error ? error.message : String(error);
      throw new EmbeddingRequestError(
        `Embedding request to ${baseUrl} (model "${model}") failed: ${reason}`,
        status,
        error,
      );
    }
    return toUnitVectors(response, input.length);
  }

  function toUnitVectors(response: OpenAI.CreateEmbeddingResponse, expected: number): number[][] {
    const items = Array.isArray(response?.data) ? [...response.data] : [];
    if (items.length !== expected) {
      throw new Error(`Embedding model "${model}" returned ${items.length} vectors for ${expected} texts.`);
    }
    items.sort((a, b) => a.index - b.index);
    return items.map(({ embedding }) => {
      if (!Array.isArray(embedding) || embedding.length !== dimensions) {
        const got = Array.isArray(embedding)
          ? `${embedding.length}-dimensional vectors`
          : 'something other than a vector';
        throw new Error(
          `Embedding model "${model}" returned ${got}, but ${dimensions} dimensions are configured. ` +
            'Set the embeddings dimensions to what the model produces.',
        );
      }
      const vector = [...embedding];
      if (!vector.every(Number.isFinite) || !normaliseInPlace(vector)) {
        throw new Error(`Embedding model "${model}" returned a zero or non-numeric vector.`);
      }
      return vector;
    });
  }

  return {
    name: 'openai',
    model,
    dimensions,
    async embed(texts) {
      const vectors: number[][] = [];
      // One batch at a time, to stay within the server's rate limits.
      for (const batch of chunk(texts, batchSize)) vectors.push(...(await requestBatch(batch)));
      return vectors;
    },
  };
}
