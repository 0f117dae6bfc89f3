import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';

import { readCommunitySynonyms } from '../utils/community-synonyms';
import type { Synonym } from './query-parser/types';

const COMMUNITY_UID = 'api::community.community';
export const MAX_SYNONYMS = 500;

/** The same bounds the search applies when it reads synonyms, checked up front with field errors. */
export const synonymsInputSchema = z.strictObject({
  synonyms: z
    .array(
      z.strictObject({
        term: z.string().trim().min(1, 'is required').max(100),
        canonical: z.array(z.string().trim().min(1, 'must not be empty').max(200)).min(1, 'needs at least one meaning').max(50),
      })
    )
    .max(MAX_SYNONYMS),
});

export type SynonymsInput = z.infer<typeof synonymsInputSchema>;

/**
 * A community's synonyms ("skin doctor → Dermatology"), kept in its `settings.synonyms`. Saved
 * through the document service, so the admin write guard, the audit log and the search caches
 * (dropped on every community update) all see the change; other settings keys are left as they are.
 */
const synonymsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const load = async (communityId: number) =>
    (await strapi.db.query(COMMUNITY_UID).findOne({ select: ['id', 'documentId', 'settings'], where: { id: communityId } })) as {
      id: number;
      documentId: string;
      settings: unknown;
    } | null;

  return {
    async list(communityId: number): Promise<Synonym[]> {
      const community = await load(communityId);
      return readCommunitySynonyms(community?.settings);
    },

    async replace(communityId: number, input: SynonymsInput): Promise<Synonym[]> {
      const seen = new Map<string, number>();
      input.synonyms.forEach((synonym, index) => {
        const key = synonym.term.toLowerCase().replace(/\s+/g, ' ');
        const first = seen.get(key);
        if (first !== undefined) {
          throw new errors.ValidationError(`"${synonym.term}" is listed twice (rows ${first + 1} and ${index + 1})`, {
            errors: [{ path: ['synonyms', index, 'term'], message: `duplicates row ${first + 1}`, name: 'ValidationError' }],
          });
        }
        seen.set(key, index);
      });
      const community = await load(communityId);
      if (!community) throw new errors.NotFoundError('Community not found');
      const settings =
        community.settings && typeof community.settings === 'object' && !Array.isArray(community.settings)
          ? (community.settings as Record<string, unknown>)
          : {};
      const synonyms = input.synonyms.map(({ term, canonical }) => ({ term, canonical: [...new Set(canonical)] }));
      await strapi.documents(COMMUNITY_UID).update({ documentId: community.documentId, data: { settings: { ...settings, synonyms } } } as never);
      return synonyms;
    },
  };
};

export type SynonymsService = ReturnType<typeof synonymsService>;

export default synonymsService;
