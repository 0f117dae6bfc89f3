import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      // Members get a short-lived access token and a rotating refresh token (sessions can be revoked).
      jwtManagement: 'refresh',
    },
  },
  'community-search': {
    enabled: true,
    resolve: './src/plugins/community-search',
    config: {
      redisUrl: env('REDIS_URL') || undefined,
      queryParser: env('QUERY_PARSER', 'rules'),
      embeddingsProvider: env('EMBEDDINGS_PROVIDER', 'local'),
      llm: {
        baseUrl: env('LLM_BASE_URL') || undefined,
        apiKey: env('LLM_API_KEY') || undefined,
        model: env('LLM_MODEL') || undefined,
        timeoutMs: env.int('LLM_TIMEOUT_MS', 2500),
        temperature: env.float('LLM_TEMPERATURE', 0),
      },
      embeddings: {
        baseUrl: env('EMBEDDINGS_BASE_URL') || undefined,
        apiKey: env('EMBEDDINGS_API_KEY') || undefined,
        model: env('EMBEDDINGS_MODEL') || undefined,
        dimensions: env('EMBEDDINGS_DIMENSIONS') ? env.int('EMBEDDINGS_DIMENSIONS') : undefined,
      },
      search: {
        defaultPageSize: 10,
        maxPageSize: 50,
        minSimilarity: env.float('SEARCH_MIN_SIMILARITY', 0.35),
        rrfK: 60,
        candidateLimit: 200,
      },
      searchLog: {
        retentionDays: env.int('SEARCH_LOG_RETENTION_DAYS', 180),
        pruneIntervalMinutes: 60,
      },
      indexing: {
        retryAttempts: 5,
        retryBaseDelayMs: 1000,
        retryMaxDelayMs: 60_000,
        writeConcurrency: env.int('SEARCH_INDEX_WRITE_CONCURRENCY', 2),
        bulkVectorIndexMinMembers: 20_000,
      },
    },
  },
  'whatsapp-bot': {
    enabled: true,
    resolve: './src/plugins/whatsapp-bot',
    config: {
      publicUrl: env('PUBLIC_URL', 'http://localhost:1337'),
      twilioAccountSid: env('TWILIO_ACCOUNT_SID') || undefined,
      twilioAuthToken: env('TWILIO_AUTH_TOKEN') || undefined,
    },
  },
  billing: {
    enabled: true,
    resolve: './src/plugins/billing',
    config: {
      stripeSecretKey: env('STRIPE_SECRET_KEY') || undefined,
      stripeWebhookSecret: env('STRIPE_WEBHOOK_SECRET') || undefined,
      apiBaseUrl: env('STRIPE_API_BASE_URL') || undefined,
      // `npm run billing:sync-prices` creates these in Stripe and prints the lines to set.
      prices: {
        basic: { monthly: env('STRIPE_PRICE_BASIC_MONTHLY') || undefined, yearly: env('STRIPE_PRICE_BASIC_YEARLY') || undefined },
        pro: { monthly: env('STRIPE_PRICE_PRO_MONTHLY') || undefined, yearly: env('STRIPE_PRICE_PRO_YEARLY') || undefined },
      },
      // Checkout and the portal send customers back only to the app's own origins.
      returnOrigins: env.array('ALLOWED_ORIGINS', []),
    },
  },
});

export default config;
