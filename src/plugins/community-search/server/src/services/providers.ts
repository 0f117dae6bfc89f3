import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { opsMetrics } from '../utils/ops-metrics';
import { createEmbeddingProvider } from './embeddings';
import type { EmbeddingProvider } from './embeddings/types';
import { createCircuitBreaker } from './llm-parser/circuit-breaker';
import { createLlmParser } from './llm-parser/llm-parser';
import { createRulesParser } from './query-parser';
import type { QueryParser } from './query-parser/types';
import type { EffectiveSettings } from './runtime-settings';

/** Times every embedding request for the app's metrics; the provider itself is unchanged. */
const observed = (provider: EmbeddingProvider): EmbeddingProvider => ({
  name: provider.name,
  model: provider.model,
  dimensions: provider.dimensions,
  async embed(texts) {
    const started = performance.now();
    let outcome: 'success' | 'failure' = 'failure';
    try {
      const vectors = await provider.embed(texts);
      outcome = 'success';
      return vectors;
    } finally {
      opsMetrics()?.observeEmbedding({ provider: provider.name, durationMs: performance.now() - started, outcome });
    }
  },
});

/**
 * The query parser and embedder in force. They follow the runtime settings (admin panel, else
 * the plugin config): each is rebuilt when its settings change, so a change needs no restart.
 */
const providersService = ({ strapi }: { strapi: Core.Strapi }) => {
  let embedder: { key: string; provider: EmbeddingProvider } | undefined;
  let parser: { key: string; parser: QueryParser } | undefined;
  // Owned here, shared by every rebuilt parser, so health checks can read whether the LLM is being skipped.
  const llmBreaker = createCircuitBreaker({ failureThreshold: 3, coolDownMs: 60_000 });

  const settings = (): EffectiveSettings => getService('runtime-settings').effective();
  const llmConfigured = () => {
    const { queryParser, llm } = settings();
    return queryParser === 'llm' && Boolean(llm.baseUrl && llm.model);
  };

  return {
    embedder(): EmbeddingProvider {
      const { embeddingsProvider, embeddings } = settings();
      const key = JSON.stringify([embeddingsProvider, embeddings]);
      if (embedder?.key !== key) {
        embedder = { key, provider: observed(createEmbeddingProvider({ provider: embeddingsProvider, openai: embeddings })) };
      }
      return embedder.provider;
    },

    /** The configured parser; the `llm` parser answers with the rules parser whenever the LLM cannot. */
    parser(): QueryParser {
      const { queryParser, llm } = settings();
      const key = JSON.stringify([queryParser, llm]);
      if (parser?.key !== key) {
        parser = { key, parser: this.build({ queryParser, llm }) };
      }
      return parser.parser;
    },

    /** A parser for the given settings (also to try settings before they are saved). */
    build({ queryParser, llm }: Pick<EffectiveSettings, 'queryParser' | 'llm'>): QueryParser {
      const rules = createRulesParser();
      return queryParser === 'llm' && llm.baseUrl && llm.model
        ? createLlmParser({
            baseUrl: llm.baseUrl,
            apiKey: llm.apiKey,
            model: llm.model,
            timeoutMs: llm.timeoutMs,
            temperature: llm.temperature,
            fallback: rules,
            breaker: llmBreaker,
            onFallback: (reason) => strapi.log.warn(`community-search: LLM parser fell back to rules (${reason})`),
            onCall: (call) => opsMetrics()?.observeLlmCall({ purpose: 'search_query', ...call }),
          })
        : rules;
    },

    /** For the health check: is the LLM parser configured, and is its circuit open (LLM skipped)? */
    llmState(): { enabled: boolean; circuitOpen: boolean; consecutiveFailures: number } {
      const { open, consecutiveFailures } = llmBreaker.state();
      return { enabled: llmConfigured(), circuitOpen: open, consecutiveFailures };
    },
  };
};

export type ProvidersService = ReturnType<typeof providersService>;

export default providersService;
