import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export type LimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface Limiter {
  readonly name: string;
  readonly points: number;
  /** Counts one request for `key` and says whether it is within the limit. */
  consume(key: string): Promise<LimitDecision>;
}

const HOUR_SECONDS = 3600;

/**
 * A fixed-window limit over an hour: Redis when present, so every instance shares the count, with
 * an in-memory "insurance" limiter that takes over while Redis is unreachable instead of letting
 * every request through (or none).
 */
export const createHourlyLimiter = ({
  name,
  points,
  redis,
  keyPrefix,
}: {
  name: string;
  points: number;
  redis: Redis | null;
  keyPrefix: string;
}): Limiter => {
  const memory = new RateLimiterMemory({ points, duration: HOUR_SECONDS, keyPrefix: `${keyPrefix}${name}` });
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({
        storeClient: redis,
        points,
        duration: HOUR_SECONDS,
        keyPrefix: `${keyPrefix}${name}`,
        insuranceLimiter: memory,
        rejectIfRedisNotReady: true,
      })
    : memory;

  return {
    name,
    points,
    async consume(key) {
      try {
        const result = await limiter.consume(key);
        return { allowed: true, remaining: result.remainingPoints };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        throw rejection;
      }
    },
  };
};
