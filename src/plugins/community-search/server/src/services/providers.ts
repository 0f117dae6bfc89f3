import type { Core } from '@strapi/strapi';

import type { CommunitySearchConfig } from '../config/schema';
import { opsMetrics } from '../utils/ops-metrics';
import { PLUGIN_ID } from '../utils/plugin-id';
import { createEmbeddingProvider } from './embeddings';
import type { EmbeddingProvider } from './embeddings/types';
import { createCircuitBreaker } from './llm-parser/circuit-breaker';
import { createLlmParser } from './llm-parser/llm-parser';
import { createRulesParser } from './query-parser';
import type { QueryParser } from './query-parser/types';

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

/** Builds the configured query parser and embedder once, on first use. */
const providersService = ({ strapi }: { strapi: Core.Strapi }) => {
  let embedder: EmbeddingProvider | undefined;
  let parser: QueryParser | undefined;
  // Owned here (not inside the parser) so health checks can read whether the LLM is being skipped.
  const llmBreaker = createCircuitBreaker({ failureThreshold: 3, coolDownMs: 60_000 });

  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig;
  const llmConfigured = () => {
    const { queryParser, llm } = config();
    return queryParser === 'llm' && Boolean(llm.baseUrl && llm.model);
  };

  return {
    embedder(): EmbeddingProvider {
      if (embedder === undefined) {
        const { embeddingsProvider, embeddings } = config();
        embedder = observed(createEmbeddingProvider({ provider: embeddingsProvider, openai: embeddings }));
      }
      return embedder;
    },

    /** The configured parser; the `llm` parser answers with the rules parser whenever the LLM cannot. */
    parser(): QueryParser {
      if (parser === undefined) {
        const { llm } = config();
        const rules = createRulesParser();
        parser =
          llmConfigured() && llm.baseUrl && llm.model
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
      }
      return parser;
    },

    /** Read-only view for health checks: is the LLM parser configured, and is its circuit open (LLM skipped)? */
    llmState(): { enabled: boolean; circuitOpen: boolean; consecutiveFailures: number } {
      const { open, consecutiveFailures } = llmBreaker.state();
      return { enabled: llmConfigured(), circuitOpen: open, consecutiveFailures };
    },
  };
};

export type ProvidersService = ReturnType<typeof providersService>;

export default providersService;
