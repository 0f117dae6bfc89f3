import type { RedisConnection } from '../redis/redis-connection';
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
 * an in-memory limiter that takes over while Redis is unavailable instead of letting every request
 * through (or none). While the connection's circuit is open the in-memory limiter is used without
 * trying Redis (no wait); a command that fails or times out falls to it too ("insurance"). Each
 * switch to it is logged: a per-process limit is weaker than the shared one.
 */
export const createHourlyLimiter = ({
  name,
  points,
  redis,
  keyPrefix,
  log,
}: {
  name: string;
  points: number;
  redis: RedisConnection | null;
  keyPrefix: string;
  log: { warn(message: string): void };
}): Limiter => {
  const memory = new RateLimiterMemory({ points, duration: HOUR_SECONDS, keyPrefix: `${keyPrefix}${name}` });
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({
        storeClient: redis.client,
        points,
        duration: HOUR_SECONDS,
        keyPrefix: `${keyPrefix}${name}`,
        insuranceLimiter: memory,
        rejectIfRedisNotReady: true,
      })
    : memory;

  let inProcess = false;
  const pick = (): RateLimiterAbstract => {
    const unavailable = redis?.isOpen() ?? false;
    if (unavailable && !inProcess) log.warn(`rate limit "${name}": Redis is unavailable; counting in this process until it answers`);
    inProcess = unavailable;
    return unavailable ? memory : limiter;
  };

  return {
    name,
    points,
    async consume(key) {
      try {
        const result = await pick().consume(key);
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
