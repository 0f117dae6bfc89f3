import { createHash } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import type { ParsedQuery } from './query-parser/types';

const PARSE_TTL_MS = 10 * 60_000;
/** How long an instance trusts its copy of a community's cache generation. */
const GENERATION_TRUST_MS = 2_000;

/**
 * Parsed queries, cached per community (in Redis when configured). A parse depends on the
 * community's vocabulary and synonyms, so each community has a generation number that any
 * change bumps; entries of older generations are simply never read again and expire.
 */
const parseCacheService = (_context: { strapi: Core.Strapi }) => {
  const generations = new Map<number, { value: string; until: number }>();
  const store = () => getService('kv').store();

  const generation = async (communityId: number) => {
    const known = generations.get(communityId);
    if (known && known.until > Date.now()) return known.value;
    const value = (await store().get(`generation:${communityId}`)) ?? '0';
    generations.set(communityId, { value, until: Date.now() + GENERATION_TRUST_MS });
    return value;
  };

  const key = async (communityId: number, text: string) =>
    `parse:${communityId}:${await generation(communityId)}:${createHash('sha256').update(text.toLowerCase()).digest('hex')}`;

  return {
    /** The community's current cache generation (what else it caches, e.g. vocabularies, keys on it too). */
    generation,

    async get(communityId: number, text: string): Promise<ParsedQuery | null> {
      const stored = await store().get(await key(communityId, text));
      if (!stored) return null;
      try {
        return JSON.parse(stored) as ParsedQuery;
      } catch {
        return null;
      }
    },

    async set(communityId: number, text: string, parsed: ParsedQuery) {
      await store().set(await key(communityId, text), JSON.stringify(parsed), PARSE_TTL_MS);
    },

    async invalidate(communityId: number) {
      generations.delete(communityId);
      await store().increment(`generation:${communityId}`);
    },
  };
};

export type ParseCacheService = ReturnType<typeof parseCacheService>;

export default parseCacheService;
