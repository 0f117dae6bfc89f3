import { createLocalEmbeddingProvider } from './local';
import { createOpenAIEmbeddingProvider } from './openai';
import type { EmbeddingProvider } from './types';

export type { EmbeddingProvider } from './types';
export { createLocalEmbeddingProvider, LOCAL_EMBEDDING_DIMENSIONS } from './local';
export type { LocalEmbeddingOptions, LocalEmbeddingProvider } from './local';
export { LOCAL_EMBEDDING_MODEL } from './local-model';
export { createOpenAIEmbeddingProvider, EmbeddingRequestError } from './openai';
export type { OpenAIEmbeddingOptions } from './openai';
export { cosineSimilarity } from './vector-math';

export interface EmbeddingProviderConfig {
  provider: 'local' | 'openai';
  local?: { dataDir?: string };
  /** Optional fields, as in the plugin config; the openai provider checks the ones it needs. */
  openai?: {
    baseUrl?: string;
    apiKey?: string;
    model?: string;
    dimensions?: number;
    timeoutMs?: number;
  };
}

export function createEmbeddingProvider(config: EmbeddingProviderConfig): EmbeddingProvider {
  if (config.provider === 'local') return createLocalEmbeddingProvider(config.local);
  if (config.provider === 'openai') {
    const { baseUrl, apiKey, model, dimensions, timeoutMs } = config.openai ?? {};
    if (!baseUrl || !model || !dimensions) {
      const missing = Object.entries({ baseUrl, model, dimensions }).filter(([, value]) => !value);
      throw new Error(
        `The "openai" embeddings provider needs embeddings ${missing.map(([key]) => key).join(', ')} ` +
          'in the community-search plugin config.',
      );
    }
    return createOpenAIEmbeddingProvider({ baseUrl, apiKey, model, dimensions, timeoutMs });
  }
  throw new Error(
    `Unknown embeddings provider "${String((config as { provider: unknown }).provider)}"; use "local" or "openai".`,
  );
}
