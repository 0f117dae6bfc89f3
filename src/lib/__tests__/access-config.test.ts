import type { Core } from '@strapi/strapi';

import memberAuthConfig from '../../../config/member-auth';
import rateLimitConfig from '../../../config/rate-limits';
import { readMemberAuthConfig, readRateLimitConfig } from '../access-config';

type EnvReader = Core.Config.Shared.ConfigParams['env'];

/** Strapi's env helper over a plain object, so config files can be read as they are at start-up. */
const envFrom = (values: Record<string, string>): EnvReader => {
  const env = ((name: string, fallback?: unknown) => values[name] ?? fallback) as EnvReader;
  Object.assign(env, {
    int: (name: string, fallback?: number) => (values[name] !== undefined ? Number.parseInt(values[name], 10) : fallback),
    bool: (name: string, fallback?: boolean) => (values[name] !== undefined ? values[name] === 'true' : fallback),
  });
  return env;
};

const strapiWith = (config: Record<string, unknown>) =>
  ({ config: { get: (key: string) => config[key] } }) as unknown as Core.Strapi;

const read = (values: Record<string, string>) =>
  readMemberAuthConfig(strapiWith({ 'member-auth': memberAuthConfig({ env: envFrom(values) }) }));

describe('member login settings', () => {
  const originalNodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = originalNodeEnv;
  });

  it('defaults to the log provider and 5-minute, 5-attempt codes in development', () => {
    const config = read({});
    expect(config.sms.provider).toBe('log');
    expect(config.otp).toEqual(expect.objectContaining({ ttlSeconds: 300, maxAttempts: 5 }));
  });

  it('refuses the log provider in production', () => {
    process.env.NODE_ENV = 'production';
    expect(() => read({ NODE_ENV: 'production', SMS_PROVIDER: 'log' })).toThrow(/SMS_PROVIDER=log .* refused in production/);
  });

  it('names the missing Twilio settings', () => {
    expect(() => read({ SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: 'AC1' })).toThrow(/TWILIO_AUTH_TOKEN, TWILIO_SMS_FROM/);
    expect(read({ SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't', TWILIO_VERIFY_SERVICE_SID: 'VA1' }).sms.provider).toBe('twilio');
  });

  it('rejects unknown providers and malformed base URLs with the setting\'s name', () => {
    expect(() => read({ SMS_PROVIDER: 'carrier-pigeon' })).toThrow(/config\/member-auth.ts: sms.provider/);
    expect(() => read({ TWILIO_API_BASE_URL: 'not a url' })).toThrow(/sms.twilio.apiBaseUrl/);
  });
});

describe('rate limit settings', () => {
  const readLimits = (values: Record<string, string>) =>
    readRateLimitConfig(strapiWith({ 'rate-limits': rateLimitConfig({ env: envFrom(values) }) }));

  it('defaults to the documented limits', () => {
    expect(readLimits({})).toEqual(
      expect.objectContaining({ enabled: true, globalPerHour: 1000, searchPerHour: 100, otpPerPhonePerHour: 3, otpPerIpPerHour: 10, otpVerifyPerIpPerHour: 30 })
    );
  });

  it('takes env overrides and refuses nonsense', () => {
    expect(readLimits({ RATE_LIMIT_ENABLED: 'false', RATE_LIMIT_GLOBAL_PER_HOUR: '50000' })).toEqual(
      expect.objectContaining({ enabled: false, globalPerHour: 50000 })
    );
    expect(() => readLimits({ RATE_LIMIT_SEARCH_PER_HOUR: '0' })).toThrow(/searchPerHour/);
    expect(() => readLimits({ RATE_LIMIT_OTP_PER_IP_PER_HOUR: 'lots' })).toThrow(/otpPerIpPerHour/);
  });
});
