import type { Core } from '@strapi/strapi';

/**
 * Natural-language profile updates use the same parser choice and LLM endpoint as search
 * (QUERY_PARSER, LLM_*): `rules` offline, or `llm` with the rules as fallback.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  parser: env('QUERY_PARSER', 'rules'),
  llm: {
    baseUrl: env('LLM_BASE_URL') || undefined,
    apiKey: env('LLM_API_KEY') || undefined,
    model: env('LLM_MODEL') || undefined,
    timeoutMs: env.int('LLM_TIMEOUT_MS', 2500),
  },
});

export default config;
