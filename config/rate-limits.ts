import type { Core } from '@strapi/strapi';

/**
 * Request limits (see src/lib/rate-limit). Every number can be overridden by env so operators can
 * tune them and load tests can raise them; `RATE_LIMIT_ENABLED=false` turns all of them off.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  enabled: env.bool('RATE_LIMIT_ENABLED', true),
  /** Content API requests per client IP per hour (the admin panel's own routes are not counted). */
  globalPerHour: env.int('RATE_LIMIT_GLOBAL_PER_HOUR', 1000),
  /** Searches per member per hour, over the API and WhatsApp together. */
  searchPerHour: env.int('RATE_LIMIT_SEARCH_PER_HOUR', 100),
  /** OTP codes sent per phone number per hour. */
  otpPerPhonePerHour: env.int('RATE_LIMIT_OTP_PER_PHONE_PER_HOUR', 3),
  /** OTP requests per client IP per hour. */
  otpPerIpPerHour: env.int('RATE_LIMIT_OTP_PER_IP_PER_HOUR', 10),
  /** Code checks per client IP per hour (spread over many phones, guesses would escape lockouts). */
  otpVerifyPerIpPerHour: env.int('RATE_LIMIT_OTP_VERIFY_PER_IP_PER_HOUR', 30),
  /** Paths that never count against per-IP limits: signed webhooks from Twilio and Stripe. */
  exemptPaths: ['/api/whatsapp-bot/webhook', '/api/whatsapp-bot/status', '/api/billing/webhook'],
});

export default config;
