import { randomUUID } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import type { CommunitySearchConfig } from '../config/schema';
import { createKvStore, type KvRedisConnection, type KvStore } from '../utils/kv-store';
import { PLUGIN_ID } from '../utils/plugin-id';

type AppRedisService = { open(name: string): KvRedisConnection | null };

/** The host app's Redis connections (timeouts, circuit, logging): one factory for the app and its plugins. */
const openAppRedis = (strapi: Core.Strapi): KvRedisConnection | null => {
  const service = strapi.service('api::ops.redis' as never) as unknown as AppRedisService | undefined;
  if (!service) throw new Error('community-search: REDIS_URL is set but the app has no api::ops.redis service to connect with');
  return service.open('search caches');
};

const NAMESPACE_KEY = { type: 'plugin' as const, name: PLUGIN_ID, key: 'kv-namespace' };

/**
 * The plugin's key-value store, opened on first use and closed with the app. Keys carry a
 * namespace kept in the database, so a Redis shared with another (or a reset) database never
 * serves this one's sessions or caches, while app instances on the same database share them.
 */
const kvService = ({ strapi }: { strapi: Core.Strapi }) => {
  let store: KvStore | undefined;
  let namespace = 'unset';
  return {
    async loadNamespace() {
      let stored = (await strapi.store.get(NAMESPACE_KEY)) as string | null;
      if (!stored) {
        stored = randomUUID();
        await strapi.store.set({ ...NAMESPACE_KEY, value: stored });
      }
      namespace = stored;
      // Connect now, not on the first search: that one would otherwise find Redis still connecting.
      this.store();
    },
    store(): KvStore {
      if (store === undefined) {
        const { redisUrl } = strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig;
        store = createKvStore({ connection: redisUrl ? openAppRedis(strapi) : null, prefix: `${PLUGIN_ID}:${namespace}:` });
      }
      return store;
    },
    async close() {
      await store?.close();
      store = undefined;
    },
  };
};

export type KvService = ReturnType<typeof kvService>;

export default kvService;
