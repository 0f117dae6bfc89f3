import type { Core } from '@strapi/strapi';

/** Strapi's own secrets; `npm run dev` generates missing ones into `.env`, production must provide them. */
export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
] as const;

type Env = Core.Config.Shared.ConfigParams['env'];

export const assertProductionSecrets = (env: Env) => {
  if (env('NODE_ENV') !== 'production') return;
  const missing = REQUIRED_SECRETS.filter((name) => !env(name));
  if (missing.length > 0) {
    throw new Error(
      `Refusing to start in production without these secrets: ${missing.join(', ')}. ` +
        'Set them in the environment (see .env.example); they are only generated automatically in development.'
    );
  }
};
