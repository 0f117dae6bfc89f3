import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
    },
  },
  'community-search': {
    enabled: true,
    resolve: './src/plugins/community-search',
    config: {
      queryParser: env('QUERY_PARSER', 'rules'),
      embeddingsProvider: env('EMBEDDINGS_PROVIDER', 'local'),
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
    },
  },
});

export default config;
