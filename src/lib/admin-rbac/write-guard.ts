import { ForbiddenError } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';

import { readCommunityRelationWrite } from '../tenancy/community-relation';
import { readRelationWrite } from '../tenancy/relation-payload';
import { COMMUNITY_LOCKED_FIELDS, COMMUNITY_UID, MEMBER_UID } from './constants';
import { scopedAdminOfRequest, type ScopedAdmin } from './request-admin';

type Params = { documentId?: string; data?: Record<string, unknown> };

const GUARDED_ACTIONS = new Set(['create', 'update', 'delete', 'clone']);

const memberCommunityId = async (strapi: Core.Strapi, documentId: string): Promise<number | null | undefined> => {
  const row = (await strapi.db.query(MEMBER_UID).findOne({
    select: ['id'],
    where: { documentId },
    populate: { community: { select: ['id'] } },
  })) as { community?: { id: number } | null } | null;
  return row ? (row.community?.id ?? null) : undefined;
};

const checkMemberWrite = async (strapi: Core.Strapi, admin: ScopedAdmin, action: string, params: Params) => {
  const manages = (id: number | null | undefined) => typeof id === 'number' && admin.communityIds.has(id);

  if (action !== 'create' && params.documentId) {
    const current = await memberCommunityId(strapi, params.documentId);
    // An unknown member is left to the document service's own "not found".
    if (current !== undefined && !manages(current)) {
      throw new ForbiddenError('You can only change members of communities you manage');
    }
  }
  if (action === 'delete') return;

  // Every community the payload names must be one the admin manages: Strapi keeps one entry of a
  // many-valued payload, and which one depends on its shape, so checking one entry is not enough.
  const { namedIds } = await readCommunityRelationWrite(strapi, params.data?.community);
  if (!namedIds.every(manages)) {
    throw new ForbiddenError(
      action === 'create' ? 'You can only add members to communities you manage' : 'You can only move members into communities you manage'
    );
  }
};

/** Whether a relation value in a write would connect, disconnect or replace anything. */
const changesRelation = (field: string, value: unknown) => readRelationWrite(field, value).kind !== 'unchanged';

const RELATION_FIELDS = new Set<string>(['admins', 'members']);

const checkCommunityWrite = async (strapi: Core.Strapi, admin: ScopedAdmin, action: string, params: Params) => {
  if (action !== 'update') throw new ForbiddenError('Only a super admin can create, copy or delete communities');

  const current = (await strapi.db.query(COMMUNITY_UID).findOne({ where: { documentId: params.documentId } })) as Record<
    string,
    unknown
  > | null;
  if (!current) return;
  if (!admin.communityIds.has(current.id as number)) throw new ForbiddenError('You can only change communities you manage');

  const data = params.data ?? {};
  // A field sent with its current value (a whole form saved) is not a change.
  const changed = COMMUNITY_LOCKED_FIELDS.filter((field) =>
    RELATION_FIELDS.has(field) ? changesRelation(field, data[field]) : data[field] !== undefined && data[field] !== current[field]
  );
  if (changed.length > 0) {
    throw new ForbiddenError(`Only a super admin can change a community's ${changed.join(', ')}`, { fields: changed });
  }
};

/**
 * Defence in depth behind the Community Admin role's conditions: the Content Manager checks
 * conditions against the stored document but not against what a write sets, so without this an
 * admin could create a member in, or move one into, a community they do not manage. Also keeps
 * plan, limits, status, slug and admins for super admins whatever the role's fields say.
 * Registered before the other document middlewares, so a refused write changes nothing.
 */
export const registerCommunityAdminGuard = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if ((context.uid !== MEMBER_UID && context.uid !== COMMUNITY_UID) || !GUARDED_ACTIONS.has(context.action)) return next();
    const admin = await scopedAdminOfRequest(strapi);
    if (!admin) return next();
    const params = context.params as Params;
    if (context.uid === MEMBER_UID) await checkMemberWrite(strapi, admin, context.action, params);
    else await checkCommunityWrite(strapi, admin, context.action, params);
    return next();
  });
};
