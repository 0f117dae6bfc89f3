import type { Core } from '@strapi/strapi';

import type { CommunitySearchConfig } from '../config/schema';
import { PLUGIN_ID } from '../utils/plugin-id';
import { createEmbeddingProvider } from './embeddings';
import type { EmbeddingProvider } from './embeddings/types';
import { createLlmParser } from './llm-parser/llm-parser';
import { createRulesParser } from './query-parser';
import type { QueryParser } from './query-parser/types';

/** Builds the configured query parser and embedder once, on first use. */
const providersService = ({ strapi }: { strapi: Core.Strapi }) => {
  let embedder: EmbeddingProvider | undefined;
  let parser: QueryParser | undefined;

  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig;

  return {
    embedder(): EmbeddingProvider {
      if (embedder === undefined) {
        const { embeddingsProvider, embeddings } = config();
        embedder = createEmbeddingProvider({ provider: embeddingsProvider, openai: embeddings });
      }
      return embedder;
    },

    /** The configured parser; the `llm` parser answers with the rules parser whenever the LLM cannot. */
    parser(): QueryParser {
      if (parser === undefined) {
        const { queryParser, llm } = config();
        const rules = createRulesParser();
        parser =
          queryParser === 'llm' && llm.baseUrl && llm.model
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
      }
      return parser;
    },
  };
};

export type ProvidersService = ReturnType<typeof providersService>;

export default providersService;
