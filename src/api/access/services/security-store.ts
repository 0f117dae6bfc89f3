import { randomUUID } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { createMemoryStore, createRedisStore, withInProcessFallback, type KeyValueStore } from '../../../lib/kv/key-value-store';
import { openRedisConnection } from '../../../lib/redis/redis-connection';

/** How long start-up waits for Redis before going on without it. */
const STARTUP_WAIT_MS = 2000;

const NAMESPACE_KEY = { type: 'core' as const, name: 'community-connect', key: 'security-store-namespace' };

/**
 * The store behind OTP codes, lockouts and rate limits, opened at bootstrap and closed with the
 * app. Keys carry a namespace kept in the database, so app instances on one database share
 * limits while a Redis shared with another database never mixes their counts.
 */
const securityStoreService = ({ strapi }: { strapi: Core.Strapi }) => {
  let store: KeyValueStore | undefined;
  let prefix = '';

  return {
    async open() {
      let namespace = (await strapi.store.get(NAMESPACE_KEY)) as string | null;
      if (!namespace) {
        namespace = randomUUID();
        await strapi.store.set({ ...NAMESPACE_KEY, value: namespace });
      }
      prefix = `cc:${namespace}:`;
      const { url, commandTimeoutMs } = strapi.config.get('redis') as { url?: string; commandTimeoutMs: number };
      if (!url) {
        store = createMemoryStore();
        return;
      }
      const connection = openRedisConnection({ url, name: 'security store', log: strapi.log, commandTimeoutMs });
      // A Redis that is down at start-up leaves the app degraded (in-process fallbacks), not stopped.
      if (!(await connection.whenReady(STARTUP_WAIT_MS))) strapi.log.warn('security store: Redis did not answer at start-up; starting with in-process fallbacks');
      store = withInProcessFallback(createRedisStore(connection, prefix), strapi.log);
    },

    isOpen: () => store !== undefined,

    /** Key prefix for libraries that write their own Redis keys. */
    keyPrefix: () => prefix,

    store(): KeyValueStore {
      if (!store) throw new Error('The security store is used before bootstrap opened it');
      return store;
    },

    async close() {
      await store?.close();
      store = undefined;
    },
  };
};

export type SecurityStoreService = ReturnType<typeof securityStoreService>;

export default securityStoreService;
