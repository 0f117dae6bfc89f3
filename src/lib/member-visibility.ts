import type { ContactHolder, ContactViewer } from '@community-connect/kit';
import { errors } from '@strapi/utils';

import type { Tenant } from '../api/community/services/tenancy';

/** Fields that identify how to reach a member; members may hide them from other members. */
export const CONTACT_FIELDS = ['phone', 'email'] as const;

type MemberRecord = Record<string, unknown> & {
  documentId?: string;
  contactVisibility?: string;
};

/** Query filters that limit a request to the members the caller may see in its community. */
export const visibilityFilters = (tenant: Tenant): Record<string, unknown> => {
  const inCommunity = { community: { id: tenant.community.id } };
  if (tenant.access === 'operator') return inCommunity;
  return {
    ...inCommunity,
    isActive: true,
    $or: [{ directoryVisible: true }, { documentId: tenant.memberDocumentId }],
  };
};

/**
 * Whether the viewer may see the member's phone and email: a community's operator always, a
 * member their own and those of members who share them with members. The one rule for the REST
 * API, search results and the WhatsApp bot's details. Fails closed: a record whose visibility is
 * unknown (e.g. not selected) is not shown.
 */
export const mayViewContact = (viewer: ContactViewer, member: ContactHolder): boolean =>
  viewer.access === 'operator' ||
  (typeof member.documentId === 'string' && member.documentId === viewer.memberDocumentId) ||
  member.contactVisibility === 'members';

/** Removes phone and email from members whose contact details the viewer may not see. */
export const redactContacts = <T extends MemberRecord>(member: T, tenant: Tenant): T => {
  if (mayViewContact(tenant, member)) return member;
  const redacted: MemberRecord = { ...member };
  for (const field of CONTACT_FIELDS) delete redacted[field];
  return redacted as T;
};

const mentionsContactField = (value: unknown): boolean => {
  if (Array.isArray(value)) return value.some(mentionsContactField);
  if (typeof value === 'string') {
    // "name,phone:desc" sorts by two fields.
    return value
      .split(',')
      .map((part) => part.trim().split(':')[0].trim())
      .some((field) => (CONTACT_FIELDS as readonly string[]).includes(field));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).some(
      ([key, nested]) => (CONTACT_FIELDS as readonly string[]).includes(key) || mentionsContactField(nested)
    );
  }
  return false;
};

/**
 * Members may not filter or sort by phone or email: that would reveal the contact details of
 * members who hid them (ask "is +91… here?" and read the count).
 */
export const assertMemberQueryAllowed = (tenant: Tenant, query: Record<string, unknown>) => {
  if (query._q !== undefined && typeof query._q !== 'string') {
    throw new errors.ValidationError('_q must be a single text value');
  }
  if (tenant.access === 'operator') return;
  // Strapi's _q matches every text column, phone and email included.
  if (query._q !== undefined) {
    throw new errors.ValidationError('Members search the directory with /api/community-search/search, not _q');
  }
  if (mentionsContactField(query.filters) || mentionsContactField(query.sort)) {
    throw new errors.ValidationError('Filtering or sorting members by phone or email is not allowed');
  }
};

/** When a client picks fields, contactVisibility is read too, so redaction can decide. */
export const withVisibilityField = (query: Record<string, unknown>) => {
  const fields = query.fields;
  if (fields === undefined) return query;
  const list = (Array.isArray(fields) ? fields : String(fields).split(',')).map((field) => String(field).trim());
  return list.includes('contactVisibility') ? query : { ...query, fields: [...list, 'contactVisibility'] };
};
