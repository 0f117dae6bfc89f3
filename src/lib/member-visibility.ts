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

/** Removes phone and email from members who keep their contact details for admins only. */
export const redactContacts = <T extends MemberRecord>(member: T, tenant: Tenant): T => {
  if (tenant.access === 'operator') return member;
  if (member.documentId === tenant.memberDocumentId) return member;
  if (member.contactVisibility !== 'admins') return member;
  const redacted: MemberRecord = { ...member };
  for (const field of CONTACT_FIELDS) delete redacted[field];
  return redacted as T;
};

const mentionsContactField = (value: unknown): boolean => {
  if (Array.isArray(value)) return value.some(mentionsContactField);
  if (typeof value === 'string') {
    return CONTACT_FIELDS.some((field) => value === field || value.startsWith(`${field}:`));
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
  if (tenant.access === 'operator') return;
  if (mentionsContactField(query.filters) || mentionsContactField(query.sort)) {
    throw new errors.ValidationError('Filtering or sorting members by phone or email is not allowed');
  }
};
