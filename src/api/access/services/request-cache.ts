import type { Core } from '@strapi/strapi';

import { createGenerationCache, createSharedGeneration, type GenerationCache } from '../../../lib/cache/generation-cache';
import { getAppService } from '../../../lib/services';

/**
 * Models whose rows the request cache holds (API tokens with their permissions, communities); any
 * write to them, on any instance, moves the generation. The token → community binding is bumped
 * by the api-tokens service, which writes it.
 */
const WATCHED_MODELS = ['admin::api-token', 'admin::api-token-permission', 'api::community.community'];
const WRITE_EVENTS = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;
const GENERATION_KEY = 'request-cache:generation';

/**
 * What every API request reads before it does anything (its API token and permissions, the
 * token's community, the community itself), kept in this process until anything of it changes:
 * a revoked or regenerated token, new permissions or a changed community take effect at once on
 * every instance (a shared generation, in Redis when configured).
 */
const requestCacheService = ({ strapi }: { strapi: Core.Strapi }) => {
  let cache: GenerationCache | undefined;
  let bumpGeneration: (() => Promise<void>) | undefined;

  const open = () => {
    if (!cache || !bumpGeneration) {
      const store = getAppService('api::access.security-store');
      const source = createSharedGeneration({
        redis: store.store().redis,
        key: `${store.keyPrefix()}${GENERATION_KEY}`,
        onBumpFailed: (error) =>
          strapi.log.warn(`request cache: a change could not be announced to other instances (${error.name}); they see it within a minute`),
      });
      cache = createGenerationCache({ source });
      bumpGeneration = () => source.bump();
    }
    return { cache, bump: bumpGeneration };
  };

  return {
    /** Moves the generation on every write to the watched models (bootstrap, after the security store opens). */
    watchChanges() {
      const bump = () => this.invalidate();
      strapi.db.lifecycles.subscribe({ models: WATCHED_MODELS, ...Object.fromEntries(WRITE_EVENTS.map((event) => [event, bump])) });
    },

    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      // Before the security store opens (start-up work), there is nothing to share a generation with.
      if (!cache && !getAppService('api::access.security-store').isOpen()) return load();
      return open().cache.get(key, load);
    },

    /** Drops everything cached, here and on every instance. */
    async invalidate() {
      await open().bump();
    },
  };
};

export type RequestCacheService = ReturnType<typeof requestCacheService>;

export default requestCacheService;
