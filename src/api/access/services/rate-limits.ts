import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { readRateLimitConfig, type RateLimitConfig } from '../../../lib/access-config';
import { createHourlyLimiter, type Limiter } from '../../../lib/rate-limit/limiter';
import { getAppService } from '../../../lib/services';

export type LimitName = 'global' | 'search' | 'otpPerPhone' | 'otpPerIp' | 'otpVerifyPerIp' | 'phoneChange';

type HeaderTarget = { set(name: string, value: string): void };

const MESSAGES: Record<LimitName, (config: RateLimitConfig) => string> = {
  global: (config) => `Too many requests from this address (limit ${config.globalPerHour} per hour)`,
  search: (config) => `Search limit reached (${config.searchPerHour} searches per hour)`,
  otpPerPhone: (config) => `Too many login codes requested for this number (limit ${config.otpPerPhonePerHour} per hour)`,
  otpPerIp: (config) => `Too many login codes requested from this address (limit ${config.otpPerIpPerHour} per hour)`,
  otpVerifyPerIp: (config) => `Too many code checks from this address (limit ${config.otpVerifyPerIpPerHour} per hour)`,
  phoneChange: (config) => `Too many phone changes asked for (limit ${config.otpPerPhonePerHour} per hour)`,
};

const POINTS: Record<LimitName, (config: RateLimitConfig) => number> = {
  global: (config) => config.globalPerHour,
  search: (config) => config.searchPerHour,
  otpPerPhone: (config) => config.otpPerPhonePerHour,
  otpPerIp: (config) => config.otpPerIpPerHour,
  otpVerifyPerIp: (config) => config.otpVerifyPerIpPerHour,
  // Each phone change texts a code to a number of the requester's choosing.
  phoneChange: (config) => config.otpPerPhonePerHour,
};

/** The app's request limits (config/rate-limits.ts), shared by every instance through Redis. */
const rateLimitsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let config: RateLimitConfig | undefined;
  const limiters = new Map<LimitName, Limiter>();

  const settings = () => (config ??= readRateLimitConfig(strapi));

  const limiter = (name: LimitName) => {
    let existing = limiters.get(name);
    if (!existing) {
      const securityStore = getAppService('api::access.security-store');
      existing = createHourlyLimiter({
        name,
        points: POINTS[name](settings()),
        redis: securityStore.store().redis,
        keyPrefix: `${securityStore.keyPrefix()}rl:`,
        log: strapi.log,
      });
      limiters.set(name, existing);
    }
    return existing;
  };

  return {
    settings,

    /**
     * Counts one request against a limit; over the limit it sets Retry-After and throws a 429
     * in Strapi's error envelope.
     */
    async enforce(name: LimitName, key: string, response?: HeaderTarget) {
      if (!settings().enabled) return;
      const decision = await limiter(name).consume(key);
      if (decision.allowed) return;
      response?.set('Retry-After', String(decision.retryAfterSeconds));
      throw new errors.RateLimitError(MESSAGES[name](settings()), {
        limit: name,
        retryAfterSeconds: decision.retryAfterSeconds,
      });
    },
  };
};

export type RateLimitsService = ReturnType<typeof rateLimitsService>;

export default rateLimitsService;
