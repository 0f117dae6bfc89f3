import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { createEmbeddingProvider } from './embeddings';
import type { EmbeddingProvider } from './embeddings/types';
import { createLlmParser } from './llm-parser/llm-parser';
import { createRulesParser } from './query-parser';
import type { QueryParser } from './query-parser/types';
import type { EffectiveSettings } from './runtime-settings';

/**
 * The query parser and embedder in force. They follow the runtime settings (admin panel, else
 * the plugin config): each is rebuilt when its settings change, so a change needs no restart.
 */
const providersService = ({ strapi }: { strapi: Core.Strapi }) => {
  let embedder: { key: string; provider: EmbeddingProvider } | undefined;
  let parser: { key: string; parser: QueryParser } | undefined;

  const settings = (): EffectiveSettings => getService('runtime-settings').effective();

  return {
    embedder(): EmbeddingProvider {
      const { embeddingsProvider, embeddings } = settings();
      const key = JSON.stringify([embeddingsProvider, embeddings]);
      if (embedder?.key !== key) {
        embedder = { key, provider: createEmbeddingProvider({ provider: embeddingsProvider, openai: embeddings }) };
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
            onFallback: (reason) => strapi.log.warn(`community-search: LLM parser fell back to rules (${reason})`),
          })
        : rules;
    },
  };
};

export type ProvidersService = ReturnType<typeof providersService>;

export default providersService;
