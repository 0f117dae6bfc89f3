import type { Core } from '@strapi/strapi';

import { openRedisConnection, type RedisConnection } from '../../../lib/redis/redis-connection';

/**
 * Redis connections for the app and its plugins, all from the one factory in src/lib/redis (short
 * command timeouts, a circuit, errors through strapi.log), so no caller can block a request on a
 * Redis that is away. Plugins reach it as `strapi.service('api::ops.redis')`.
 */
const redisService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Null when REDIS_URL is not set: the caller uses its in-process store. */
  open(name: string, options: { blocking?: boolean } = {}): RedisConnection | null {
    const { url, commandTimeoutMs } = strapi.config.get('redis') as { url?: string; commandTimeoutMs: number };
    if (!url) return null;
    return openRedisConnection({ url, name, log: strapi.log, commandTimeoutMs, blocking: options.blocking });
  },
});

export type RedisService = ReturnType<typeof redisService>;

export default redisService;
