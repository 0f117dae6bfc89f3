import type { Core } from '@strapi/strapi';

/** Redis for OTP codes, rate limits, sessions and caches; unset means in-process fallbacks (one instance only). */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  url: env('REDIS_URL') || undefined,
});

export default config;
