import type { Core } from '@strapi/strapi';

import { communitiesOfAdmin } from './communities-of';
import { CONDITION_NAMES } from './constants';

/** The admin user Strapi hands a condition handler (the session's user, roles populated). */
type ConditionUser = { id: number };

type Condition = {
  displayName: string;
  name: string;
  category?: string;
  handler: (user: ConditionUser) => Promise<Record<string, unknown>>;
};

type ConditionProvider = { register(condition: Condition): Promise<unknown> };

/**
 * Strapi evaluates every condition of a user's permissions with the same user object while it
 * builds the request's ability: remembering the lookup per object costs one query per request
 * instead of one per permission, and never outlives the request.
 */
const lookups = new WeakMap<object, Promise<number[]>>();

const myCommunities = (strapi: Core.Strapi, user: ConditionUser) => {
  let ids = lookups.get(user);
  if (!ids) {
    ids = communitiesOfAdmin(strapi, user.id);
    lookups.set(user, ids);
  }
  return ids;
};

/**
 * `$in: []` matches nothing both in the database query and in Strapi's in-memory check, so an
 * admin linked to no community gets empty lists rather than a permission error. (A handler
 * returning `false` would drop the permission altogether: the panel would answer 403.)
 */
const scoped = (strapi: Core.Strapi, path: string) => async (user: ConditionUser) => ({
  [path]: { $in: await myCommunities(strapi, user) },
});

/**
 * The "is in one of my communities" conditions of the Community Admin role. Registered in the
 * register phase (Strapi refuses new conditions once loaded) so they exist before the role is
 * created: Strapi drops unknown conditions from permissions it stores.
 */
export const registerCommunityConditions = async (strapi: Core.Strapi) => {
  const provider = strapi.admin.services.permission.conditionProvider as ConditionProvider;
  const category = 'Community';
  await provider.register({
    displayName: 'Member is in one of my communities',
    name: CONDITION_NAMES.member,
    category,
    handler: scoped(strapi, 'community.id'),
  });
  await provider.register({
    displayName: 'Community is one of mine',
    name: CONDITION_NAMES.community,
    category,
    handler: scoped(strapi, 'id'),
  });
  await provider.register({
    displayName: 'Audit entry is about one of my communities',
    name: CONDITION_NAMES.auditLog,
    category,
    handler: scoped(strapi, 'communityId'),
  });
};
