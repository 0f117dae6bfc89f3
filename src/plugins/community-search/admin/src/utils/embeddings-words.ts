/**
 * The embeddings provider as a community admin reads it: what finds members by meaning and where
 * it runs, not a provider id and model name (those are for the platform's operators).
 */
const PROVIDER_WORDS: Record<string, string> = {
  local: 'Matching by meaning runs on this platform’s own server',
  openai: 'Matching by meaning uses OpenAI’s service',
};

export const embeddingsInWords = (provider: string) => PROVIDER_WORDS[provider] ?? 'Matching by meaning uses a service your platform operator chose';
