import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { toE164 } from './phone';
import { getAppService } from './services';

const MEMBER_UID = 'api::member.member';

type RelationRef = { id?: number; documentId?: string };

/**
 * Reads the community a write points at, in any of the forms the document service accepts
 * (id, documentId, `{ connect }`, `{ set }`). `undefined` means the write leaves it unchanged.
 */
export const readRelationRef = (value: unknown): RelationRef | null | undefined => {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === 'number') return { id: value };
  if (typeof value === 'string') return { documentId: value };
  if (Array.isArray(value)) return value.length === 0 ? null : readRelationRef(value[0]);
  if (typeof value === 'object') {
    const relation = value as Record<string, unknown>;
    if ('set' in relation) return readRelationRef(relation.set);
    if ('connect' in relation) {
      const connect = relation.connect as unknown[] | undefined;
      if (Array.isArray(connect) && connect.length > 0) return readRelationRef(connect[connect.length - 1]);
      const disconnect = relation.disconnect as unknown[] | undefined;
      return Array.isArray(disconnect) && disconnect.length > 0 ? null : undefined;
    }
    if ('disconnect' in relation) {
      const disconnect = relation.disconnect as unknown[] | undefined;
      return Array.isArray(disconnect) && disconnect.length > 0 ? null : undefined;
    }
    if (typeof relation.id === 'number' || typeof relation.documentId === 'string') {
      return {
        id: typeof relation.id === 'number' ? relation.id : undefined,
        documentId: typeof relation.documentId === 'string' ? relation.documentId : undefined,
      };
    }
  }
  return undefined;
};

const fieldError = (path: string, message: string) =>
  new errors.ValidationError(`${path} ${message}`, { errors: [{ path: [path], message, name: 'ValidationError' }] });

const normaliseSkills = (value: unknown): string[] => {
  const list = typeof value === 'string' ? value.split(/[;,]/) : value;
  if (!Array.isArray(list) || list.some((skill) => typeof skill !== 'string')) {
    throw fieldError('skills', 'must be a list of strings');
  }
  return [...new Set(list.map((skill: string) => skill.trim()).filter(Boolean))];
};

type MemberWrite = Record<string, unknown>;

/** Normalises a member write in place, whichever way it arrives (REST, admin panel, import, code). */
const normaliseMemberData = (data: MemberWrite) => {
  if (typeof data.phone === 'string') {
    const e164 = toE164(data.phone);
    if (!e164) throw fieldError('phone', 'is not a valid phone number (use E.164, e.g. +919876543210)');
    data.phone = e164;
  }
  if (typeof data.email === 'string') {
    data.email = data.email.trim() === '' ? null : data.email.trim().toLowerCase();
  }
  if (data.skills !== undefined && data.skills !== null) {
    data.skills = normaliseSkills(data.skills);
  }
};

const communityWhere = (ref: RelationRef) => (ref.id !== undefined ? { id: ref.id } : { documentId: ref.documentId });

const assertPhoneUniqueInCommunity = async (
  strapi: Core.Strapi,
  phone: string,
  community: RelationRef,
  exceptDocumentId?: string
) => {
  const clash = await strapi.db.query(MEMBER_UID).findOne({
    select: ['id'],
    where: {
      phone,
      community: communityWhere(community),
      ...(exceptDocumentId ? { documentId: { $ne: exceptDocumentId } } : {}),
    },
  });
  if (clash) throw fieldError('phone', 'already belongs to another member of this community');
};

const resolveCommunityId = async (strapi: Core.Strapi, ref: RelationRef): Promise<number | undefined> => {
  if (ref.id !== undefined) return ref.id;
  const row = (await strapi.db.query('api::community.community').findOne({ select: ['id'], where: communityWhere(ref) })) as {
    id: number;
  } | null;
  return row?.id;
};

/**
 * Rules every member write obeys, registered as a document service middleware so the admin panel,
 * the REST API and imports all go through them: phone in E.164 and unique within its community,
 * skills a clean list, and every member in exactly one community.
 */
export const registerMemberRules = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== MEMBER_UID || (context.action !== 'create' && context.action !== 'update')) {
      return next();
    }
    const params = context.params as { data?: MemberWrite; documentId?: string };
    const data = params.data ?? {};
    normaliseMemberData(data);

    const communityRef = readRelationRef(data.community);
    if (context.action === 'create') {
      if (!communityRef) throw fieldError('community', 'is required: every member belongs to one community');
      if (typeof data.phone === 'string') await assertPhoneUniqueInCommunity(strapi, data.phone, communityRef);
      if (data.isActive !== false) await getAppService('api::community.quotas').assertMemberCapacity(communityRef);
      return next();
    }

    if (communityRef === null) throw fieldError('community', 'cannot be removed: every member belongs to one community');
    if (typeof data.phone === 'string' || communityRef || data.isActive === true) {
      const existing = (await strapi.db.query(MEMBER_UID).findOne({
        select: ['id', 'phone', 'isActive'],
        where: { documentId: params.documentId },
        populate: { community: { select: ['id'] } },
      })) as { phone: string; isActive: boolean; community: { id: number } | null } | null;
      const phone = typeof data.phone === 'string' ? data.phone : existing?.phone;
      const community = communityRef ?? (existing?.community ? { id: existing.community.id } : null);
      if (phone && community) await assertPhoneUniqueInCommunity(strapi, phone, community, params.documentId);
      // A login belongs to the phone that proved it: a record given another number loses its
      // login, or whoever holds the new number would log in to the old owner's account.
      if (typeof data.phone === 'string' && existing && data.phone !== existing.phone && data.user === undefined) {
        data.user = null;
      }
      // Reactivating a member, or moving an active one, takes a place in the target community.
      const becomesActive = data.isActive === true && existing?.isActive === false;
      const targetId = communityRef ? await resolveCommunityId(strapi, communityRef) : existing?.community?.id;
      const moves = targetId !== undefined && existing?.community?.id !== undefined && targetId !== existing.community.id;
      const staysActive = data.isActive !== false && existing?.isActive !== false;
      if (community && (becomesActive || (moves && staysActive))) {
        await getAppService('api::community.quotas').assertMemberCapacity(community);
      }
    }
    return next();
  });
};
