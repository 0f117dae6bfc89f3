import type { Core } from '@strapi/strapi';

import type { CommunitySearchConfig } from '../config/schema';
import { createKvStore, type KvStore } from '../utils/kv-store';
import { PLUGIN_ID } from '../utils/plugin-id';

/** The plugin's key-value store, opened on first use and closed with the app. */
const kvService = ({ strapi }: { strapi: Core.Strapi }) => {
  let store: KvStore | undefined;
  return {
    store(): KvStore {
      if (store === undefined) {
        const { redisUrl } = strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig;
        store = createKvStore({ redisUrl, prefix: `${PLUGIN_ID}:` });
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
