import type { Core } from '@strapi/strapi';

import type { CommunitySearchConfig } from '../config/schema';
import { getService } from '../utils';
import { opsMetrics } from '../utils/ops-metrics';
import { PLUGIN_ID } from '../utils/plugin-id';
import type { EmbeddingProvider } from './embeddings/types';
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
 * The query parser and embedder in force, built by the registrations (built-in or another
 * plugin's) that the runtime settings name (admin panel, else the plugin config). Each is rebuilt
 * when its settings change, so a change needs no restart.
 */
const providersService = ({ strapi }: { strapi: Core.Strapi }) => {
  let embedder: { key: string; provider: EmbeddingProvider } | undefined;
  let parser: { key: string; parser: QueryParser } | undefined;
  const warned = new Set<string>();

  const extensions = () => getService('extensions');

  /**
   * Settings saved in the admin panel may name an extension whose plugin has since been removed:
   * the configured one applies instead (said once), rather than search breaking.
   */
  const settings = (): EffectiveSettings => {
    const effective = getService('runtime-settings').effective();
    const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig;
    const fallBack = (setting: 'queryParser' | 'embeddingsProvider', known: boolean) => {
      if (known) return effective[setting];
      const message = `community-search: the saved ${setting} "${effective[setting]}" is not registered (was its plugin removed?); "${config[setting]}" from the config applies`;
      if (!warned.has(message)) strapi.log.warn(message);
      warned.add(message);
      return config[setting];
    };
    return {
      ...effective,
      queryParser: fallBack('queryParser', extensions().hasQueryParser(effective.queryParser)),
      embeddingsProvider: fallBack('embeddingsProvider', extensions().hasEmbeddingProvider(effective.embeddingsProvider)),
    };
  };

  return {
    embedder(): EmbeddingProvider {
      const current = settings();
      const key = JSON.stringify([current.embeddingsProvider, current.embeddings]);
      if (embedder?.key !== key) {
        embedder = { key, provider: observed(extensions().createEmbeddingProvider(current.embeddingsProvider, current)) };
      }
      return embedder.provider;
    },

    /** The configured parser; the `llm` parser (and any registered one) answers with the rules parser whenever it cannot. */
    parser(): QueryParser {
      const current = settings();
      const key = JSON.stringify([current.queryParser, current.llm]);
      if (parser?.key !== key) {
        parser = { key, parser: this.build(current) };
      }
      return parser.parser;
    },

    /** A parser for the given settings (also to try settings before they are saved). */
    build(current: EffectiveSettings): QueryParser {
      return extensions().createQueryParser(current.queryParser, current);
    },

    /** For the health check: is the LLM parser in use, and is its circuit open (LLM skipped)? */
    llmState(): { enabled: boolean; circuitOpen: boolean; consecutiveFailures: number } {
      const { queryParser, llm } = settings();
      const { open, consecutiveFailures } = extensions().llmCircuit();
      return { enabled: queryParser === 'llm' && Boolean(llm.baseUrl && llm.model), circuitOpen: open, consecutiveFailures };
    },
  };
};

export type ProvidersService = ReturnType<typeof providersService>;

export default providersService;
