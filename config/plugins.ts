import type { Core } from '@strapi/strapi';

import { readConfiguredPublicUrl, readPublicUrl } from '../src/lib/public-url';

/** A comma-separated list of registered extensions; unset means every registered one. */
const extensionList = (value: string | undefined): string[] | undefined => {
  if (value === undefined || value.trim() === '') return undefined;
  if (value.trim() === 'none') return [];
  return value.split(',').map((name) => name.trim()).filter(Boolean);
};

/** STRIPE_PRICE_<PLAN>_<INTERVAL> for every plan (a plan id's dashes are underscores in the name). */
const stripePrices = () => {
  const prices: Record<string, { monthly?: string; yearly?: string }> = { basic: {}, pro: {} };
  for (const [name, value] of Object.entries(process.env)) {
    const match = /^STRIPE_PRICE_([A-Z][A-Z0-9_]*)_(MONTHLY|YEARLY)$/.exec(name);
    if (!match || !value) continue;
    const plan = match[1].toLowerCase().replace(/_/g, '-');
    prices[plan] = { ...prices[plan], [match[2].toLowerCase()]: value };
  }
  return prices;
};

/**
 * TEST ONLY: EXAMPLE_PLUGINS=mentors loads examples/mentors-plugin (the extension example the
 * integration tests drive). Never set it in production, where it is refused.
 */
const examplePlugins = (names: string[]): Core.Config.Plugin => {
  if (names.length > 0 && process.env.NODE_ENV === 'production') {
    throw new Error('EXAMPLE_PLUGINS loads test fixtures and is refused in production: unset it');
  }
  return Object.fromEntries(
    names.map((name) => {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`EXAMPLE_PLUGINS: "${name}" is not an example plugin name`);
      return [name, { enabled: true, resolve: `./examples/${name}-plugin` }];
    })
  );
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  // Invitations and other mail go out over SMTP when SMTP_HOST is set; without it nothing is mailed
  // (links are still returned to whoever onboards a community).
  ...(env('SMTP_HOST')
    ? {
        email: {
          config: {
            provider: 'nodemailer',
            providerOptions: {
              host: env('SMTP_HOST'),
              port: env.int('SMTP_PORT', 587),
              secure: env.bool('SMTP_SECURE', false),
              ...(env('SMTP_USER') ? { auth: { user: env('SMTP_USER'), pass: env('SMTP_PASSWORD') } } : {}),
            },
            settings: {
              defaultFrom: env('EMAIL_FROM', 'Community Connect <no-reply@localhost>'),
              defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'no-reply@localhost')),
            },
          },
        },
      }
    : {}),
  // OpenAPI + Swagger UI at /documentation (docs/api.md). The app's routes are described in
  // src/extensions/documentation (registered as overrides); no plugin gets generic generated docs.
  documentation: {
    enabled: env.bool('DOCUMENTATION_ENABLED', true),
    config: {
      openapi: '3.0.3',
      info: {
        version: '1.0.0',
        title: 'Community Connect API',
        description:
          'Member directory with natural-language search, a WhatsApp bot and Stripe billing. Members log in with a phone code (JWT + refresh token); community admins and platform operators use API tokens, naming the community with X-Community where needed. Errors always use the envelope {data: null, error: {status, name, message, details}}.',
      },
      servers: [{ url: `${readPublicUrl(env).replace(/\/+$/, '')}/api`, description: 'This deployment (content API)' }],
      'x-strapi-config': {
        plugins: [],
        // The plugin's defaults hold placeholders (terms of service, a contact e-mail, Strapi's docs).
        mutateDocumentation: (draft: { info: Record<string, unknown>; externalDocs?: unknown }) => {
          delete draft.info.termsOfService;
          delete draft.info.license;
          draft.info.contact = { name: 'Community Connect' };
          delete draft.externalDocs;
          // The plugin's generic Error schema: every error answer here references ErrorEnvelope, and an
          // unreferenced component fails linters (redocly's no-unused-components).
          const schemas = (draft as { components?: { schemas?: Record<string, unknown> } }).components?.schemas;
          if (schemas && !JSON.stringify(draft).includes('"#/components/schemas/Error"')) delete schemas.Error;
        },
      },
    },
  },
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
      // Registered by other plugins; unset: all of them, `none`: none.
      synonymSources: extensionList(env('SEARCH_SYNONYM_SOURCES')),
      resultPostProcessors: extensionList(env('SEARCH_RESULT_PROCESSORS')),
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
      publicUrl: readPublicUrl(env),
      publicUrlFromRequest: readConfiguredPublicUrl(env) === null,
      twilioAccountSid: env('TWILIO_ACCOUNT_SID') || undefined,
      twilioAuthToken: env('TWILIO_AUTH_TOKEN') || undefined,
      twilioApiBaseUrl: env('TWILIO_API_BASE_URL') || undefined,
      redisUrl: env('REDIS_URL') || undefined,
      processRole: env('PROCESS_ROLE', 'all'),
      conversation: { ttlMinutes: 30, resultsPerPage: 5, historySize: 5 },
      inbound: { attempts: 3, backoffMs: env.int('WHATSAPP_INBOUND_BACKOFF_MS', 1000), concurrency: 4 },
      outbound: {
        maxBodyLength: 1600,
        attempts: env.int('WHATSAPP_SEND_ATTEMPTS', 5),
        backoffMs: env.int('WHATSAPP_SEND_BACKOFF_MS', 2000),
        concurrency: 4,
      },
      serviceWindowHours: 24,
      strangerReplyHours: 24,
      introductions: { expiryHours: 72, maxRequestsPerTargetPerDay: 3, maxRequestsPerRequesterPerDay: env.int('WHATSAPP_INTRODUCTIONS_PER_DAY', 10) },
      bodyRetentionDays: env.int('WHATSAPP_BODY_RETENTION_DAYS', 7),
      sweepIntervalSeconds: 60,
      sweepMinAgeSeconds: env.int('WHATSAPP_SWEEP_MIN_AGE_SECONDS', 60),
    },
  },
  billing: {
    enabled: true,
    resolve: './src/plugins/billing',
    config: {
      stripeSecretKey: env('STRIPE_SECRET_KEY') || undefined,
      stripeWebhookSecret: env('STRIPE_WEBHOOK_SECRET') || undefined,
      apiBaseUrl: env('STRIPE_API_BASE_URL') || undefined,
      // `npm run billing:sync-prices` creates these in Stripe and prints the lines to set; plans
      // that plugins register take theirs the same way (STRIPE_PRICE_MENTOR_CIRCLE_MONTHLY).
      prices: stripePrices(),
      // Checkout and the portal send customers back only to the app's own origins.
      returnOrigins: env.array('ALLOWED_ORIGINS', []),
    },
  },
  ...examplePlugins(env.array('EXAMPLE_PLUGINS', []).filter(Boolean)),
});

export default config;
