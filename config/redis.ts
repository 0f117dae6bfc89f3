import type { Core } from '@strapi/strapi';

/** Redis for OTP codes, rate limits, sessions and caches; unset means in-process fallbacks (one instance only). */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  url: env('REDIS_URL') || undefined,
  // A request never waits longer than this for one Redis command (then its in-process fallback is used).
  commandTimeoutMs: env.int('REDIS_COMMAND_TIMEOUT_MS', 250),
});

export default config;
