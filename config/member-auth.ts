import type { Core } from '@strapi/strapi';

/** Phone OTP login for members (src/api/access). Validated at start-up by src/lib/member-auth-config.ts. */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  sms: {
    // `log` writes codes to the server log: development only, refused in production.
    provider: env('SMS_PROVIDER', env('NODE_ENV') === 'production' ? 'twilio' : 'log'),
    twilio: {
      accountSid: env('TWILIO_ACCOUNT_SID') || undefined,
      authToken: env('TWILIO_AUTH_TOKEN') || undefined,
      from: env('TWILIO_SMS_FROM') || undefined,
      verifyServiceSid: env('TWILIO_VERIFY_SERVICE_SID') || undefined,
      apiBaseUrl: env('TWILIO_API_BASE_URL') || undefined,
    },
  },
  otp: {
    ttlSeconds: env.int('OTP_TTL_SECONDS', 300),
    maxAttempts: 5,
    // The address range (IPv4 address, IPv6 /64) that sends maxAttempts wrong codes within an hour
    // is locked, each time for longer: base × 2^(n-1), capped.
    lockoutBaseSeconds: env.int('OTP_LOCKOUT_BASE_SECONDS', 900),
    lockoutMaxSeconds: env.int('OTP_LOCKOUT_MAX_SECONDS', 86400),
    // How long the growing-lockout counts of sources and phones are remembered.
    lockoutMemorySeconds: 86400,
    // A phone whose code runs out of attempts is only slowed (anyone can send wrong codes for it):
    // short locks, doubling, capped at minutes.
    phoneLockoutBaseSeconds: env.int('OTP_PHONE_LOCKOUT_BASE_SECONDS', 60),
    phoneLockoutMaxSeconds: env.int('OTP_PHONE_LOCKOUT_MAX_SECONDS', 900),
  },
});

export default config;
