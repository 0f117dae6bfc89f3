import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { memberFieldMessage, PHONE_INVALID } from './member-input';
import { canReceiveCodes, toE164 } from './phone';
import { getAppService } from './services';
import { readCommunityRelationWrite, singleLinkedCommunity } from './tenancy/community-relation';

const MEMBER_UID = 'api::member.member';

/**
 * A 400 on one field, worded as the API words it (label, value masked for phones, what to do), so
 * the admin panel shows the same message under the field; `code` is for programs.
 */
const fieldError = (path: string, value: unknown, code: string, problem: string) => {
  const message = memberFieldMessage([path], value, problem);
  return new errors.ValidationError(message, { errors: [{ path: [path], code, message, name: 'ValidationError' }] });
};

const normaliseSkills = (value: unknown): string[] => {
  const list = typeof value === 'string' ? value.split(/[;,]/) : value;
  if (!Array.isArray(list) || list.some((skill) => typeof skill !== 'string')) {
    throw fieldError('skills', undefined, 'invalid_type', 'must be a list of skills (text), e.g. ["Exports", "Supply chain"]');
  }
  return [...new Set(list.map((skill: string) => skill.trim()).filter(Boolean))];
};

type MemberWrite = Record<string, unknown>;

/** Normalises a member write in place, whichever way it arrives (REST, admin panel, import, code). */
const normaliseMemberData = (data: MemberWrite) => {
  if (typeof data.phone === 'string') {
    const e164 = toE164(data.phone);
    if (!e164) throw fieldError('phone', data.phone, 'invalid_phone', PHONE_INVALID);
    data.phone = e164;
  }
  if (typeof data.email === 'string') {
    data.email = data.email.trim() === '' ? null : data.email.trim().toLowerCase();
  }
  if (data.skills !== undefined && data.skills !== null) {
    data.skills = normaliseSkills(data.skills);
  }
};

const assertPhoneUniqueInCommunity = async (
  strapi: Core.Strapi,
  phone: string,
  communityId: number,
  exceptDocumentId?: string
) => {
  const clash = await strapi.db.query(MEMBER_UID).findOne({
    select: ['id'],
    where: {
      phone,
      community: { id: communityId },
      ...(exceptDocumentId ? { documentId: { $ne: exceptDocumentId } } : {}),
    },
  });
  if (clash) throw fieldError('phone', phone, 'phone_taken', 'already belongs to another member of this community: find that member instead, or use another number');
};

type ExistingMember = { phone: string; isActive: boolean; community: { id: number } | null };

const findExisting = async (strapi: Core.Strapi, documentId: string | undefined) =>
  documentId
    ? ((await strapi.db.query(MEMBER_UID).findOne({
        select: ['id', 'phone', 'isActive'],
        where: { documentId },
        populate: { community: { select: ['id'] } },
      })) as ExistingMember | null)
    : null;

/**
 * The community a create, update or clone leaves the member in, after refusing a payload that
 * empties the relation or links several communities. The payload is rewritten to that one id, so
 * Strapi stores exactly the community every rule below was checked against.
 */
const landingCommunityId = async (
  strapi: Core.Strapi,
  action: string,
  data: MemberWrite,
  existing: ExistingMember | null
): Promise<number | undefined> => {
  const write = await readCommunityRelationWrite(strapi, data.community);
  if (write.kind === 'targets') {
    const id = singleLinkedCommunity(write);
    data.community = id;
    return id;
  }
  if (write.kind === 'cleared' || action === 'create') {
    throw fieldError(
      'community',
      undefined,
      action === 'create' ? 'required' : 'cannot_remove',
      action === 'create' ? 'is required: choose the community this member belongs to' : 'cannot be removed: every member belongs to one community'
    );
  }
  // Unchanged: `{ connect: [], disconnect: [] }` and the like would be a no-op; leave nothing to interpret.
  delete data.community;
  return existing?.community?.id;
};

const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);

/**
 * Rules every member write obeys, registered as a document service middleware so the admin panel,
 * the REST API and imports all go through them: phone in E.164 and unique within its community,
 * skills a clean list, every member in exactly one community, and the member limit of the
 * community the member actually lands in.
 */
export const registerMemberRules = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== MEMBER_UID || !WRITE_ACTIONS.has(context.action)) return next();
    const params = context.params as { data?: MemberWrite; documentId?: string };
    params.data ??= {};
    const data = params.data;
    normaliseMemberData(data);

    const existing = context.action === 'create' ? null : await findExisting(strapi, params.documentId);
    // An unknown member is left to the document service's own "not found".
    if (context.action !== 'create' && !existing) return next();
    // Derived from the phone, whatever the payload says (the flag is the app's): set on a new
    // member, when the phone changes, and over any value a payload sends; an update that touches
    // neither leaves it out, so it does not read as a changed field (member.updated events).
    if (context.action !== 'update' || typeof data.phone === 'string' || 'canReceiveCodes' in data) {
      data.canReceiveCodes = canReceiveCodes(typeof data.phone === 'string' ? data.phone : existing?.phone);
    }
    const communityId = await landingCommunityId(strapi, context.action, data, existing);
    if (communityId === undefined) return next();

    // A clone is a new member: it needs its own place and its own phone number.
    const isNew = context.action !== 'update';
    const phone = typeof data.phone === 'string' ? data.phone : existing?.phone;
    const movesPhone = typeof data.phone === 'string' || communityId !== existing?.community?.id;
    if (phone && (isNew || movesPhone)) {
      await assertPhoneUniqueInCommunity(strapi, phone, communityId, context.action === 'update' ? params.documentId : undefined);
    }

    if (context.action === 'update' && existing) {
      // A login belongs to the phone that proved it: a record given another number loses its
      // login, or whoever holds the new number would log in to the old owner's account.
      if (typeof data.phone === 'string' && data.phone !== existing.phone && data.user === undefined) {
        data.user = null;
      }
    }

    const willBeActive = data.isActive !== undefined ? data.isActive !== false : (existing?.isActive ?? true) !== false;
    const takesAPlace = isNew
      ? willBeActive
      : willBeActive && (existing?.isActive === false || communityId !== existing?.community?.id);
    if (takesAPlace) await getAppService('api::community.quotas').assertMemberCapacity({ id: communityId });
    return next();
  });
};
