import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

import type { Tenant } from '../../community/services/tenancy';
import { memberSearchData } from '../../../lib/community-search';
import { getAppService } from '../../../lib/services';
import { whatsappMemberData } from '../../../lib/whatsapp-bot';

const MEMBER_UID = 'api::member.member';
const USER_UID = 'plugin::users-permissions.user';

type MemberRow = Record<string, unknown> & {
  id: number;
  documentId: string;
  name: string;
  phone: string;
  email: string | null;
  erasureRequestedAt: string | Date | null;
  community: { id: number; slug: string; name: string } | null;
  user: { id: number } | null;
};

/**
 * Members' privacy rights (India's DPDP Act, GDPR-style): a copy of everything held about them,
 * and erasure on request — asked for by the member, carried out by their community's admins.
 */
const privacyService = ({ strapi }: { strapi: Core.Strapi }) => {
  const findMember = async (where: Record<string, unknown>): Promise<MemberRow | null> =>
    (await strapi.db.query(MEMBER_UID).findOne({
      where,
      populate: { community: { select: ['id', 'slug', 'name'] }, user: { select: ['id'] } },
    })) as MemberRow | null;

  const withoutInternals = ({ id: _id, user: _user, community, ...fields }: MemberRow) => ({
    ...fields,
    community: community ? { slug: community.slug, name: community.name } : null,
  });

  return {
    /** Everything held about the member: every membership of their account, its audit trail and searches. */
    async exportOwn(tenant: Tenant, userId: number) {
      const own = await findMember({ documentId: tenant.memberDocumentId });
      if (!own) throw new errors.NotFoundError('Member not found');
      const memberships = (await strapi.db.query(MEMBER_UID).findMany({
        where: { user: { id: userId } },
        populate: { community: { select: ['id', 'slug', 'name'] }, user: { select: ['id'] } },
      })) as MemberRow[];
      const records = memberships.length > 0 ? memberships : [own];
      const account = (await strapi.db.query(USER_UID).findOne({
        select: ['username', 'provider', 'createdAt'],
        where: { id: userId },
      })) as Record<string, unknown> | null;
      const searches = await Promise.all(
        records.map(async (record) => ({
          community: record.community?.slug ?? null,
          searches: record.community ? await memberSearchData(strapi).searchesOf(record.community.id, record.documentId) : [],
        }))
      );
      return {
        exportedAt: new Date().toISOString(),
        account,
        memberships: records.map(withoutInternals),
        auditEntries: (await getAppService('api::audit-log.audit-log').entriesFor(records.map((record) => record.documentId))).map(
          (entry: Record<string, unknown>) => {
            // Who else acted on the member (an admin, a token) is theirs to keep: only the kind is shown.
            const byMember = entry.actorType === 'member' && records.some((record) => record.documentId === entry.actorId);
            return {
              occurredAt: entry.occurredAt,
              action: entry.action,
              entityType: entry.entityType,
              about: entry.entityDocumentId,
              actorType: entry.actorType,
              actorLabel: byMember ? entry.actorLabel : null,
              changes: entry.changes,
              ip: byMember ? entry.ip : null,
              userAgent: byMember ? entry.userAgent : null,
            };
          }
        ),
        searchLog: searches,
      };
    },

    /** Records the member's request; their admins review it. Asking twice keeps the first date. */
    async requestErasure(tenant: Tenant) {
      const own = await findMember({ documentId: tenant.memberDocumentId });
      if (!own) throw new errors.NotFoundError('Member not found');
      const requestedAt = own.erasureRequestedAt ?? new Date();
      if (!own.erasureRequestedAt) {
        await strapi.documents(MEMBER_UID).update({ documentId: own.documentId, data: { erasureRequestedAt: requestedAt } } as never);
      }
      return {
        status: 'requested' as const,
        requestedAt: new Date(requestedAt).toISOString(),
        message: `Your request to erase your data from ${tenant.community.name} has been sent to its admins.`,
      };
    },

    /** Pending requests in the community, for its admins. */
    async pendingErasures(tenant: Tenant) {
      const rows = (await strapi.db.query(MEMBER_UID).findMany({
        select: ['documentId', 'name', 'erasureRequestedAt'],
        where: { community: { id: tenant.community.id }, erasureRequestedAt: { $notNull: true } },
        orderBy: { erasureRequestedAt: 'asc' },
      })) as Array<{ documentId: string; name: string; erasureRequestedAt: Date }>;
      return rows;
    },

    /**
     * Carries out an erasure the member asked for: the record goes (and with it the search index
     * row), their searches stay only as anonymous counts, audit entries stay with every personal
     * value replaced, and their login goes when no other community holds them.
     */
    async erase(tenant: Tenant, documentId: string) {
      const member = await findMember({ documentId, community: { id: tenant.community.id } });
      if (!member) throw new errors.NotFoundError('Member not found');
      if (!member.erasureRequestedAt) {
        throw new errors.ApplicationError('This member has not asked for erasure: they ask with DELETE /api/members/me', {
          reason: 'no-request',
        });
      }
      await strapi.documents(MEMBER_UID).delete({ documentId } as never);
      await memberSearchData(strapi).forget(tenant.community.id, documentId);
      await whatsappMemberData(strapi).forget({
        id: member.id,
        communityId: tenant.community.id,
        phone: member.phone,
        nationalNumber: parsePhoneNumberFromString(member.phone)?.nationalNumber ?? null,
        email: member.email,
      });
      const redacted = await getAppService('api::audit-log.audit-log').redactSubject(documentId);

      let accountRemoved = false;
      if (member.user) {
        const others = await strapi.db.query(MEMBER_UID).count({ where: { user: { id: member.user.id } } });
        if (others === 0) {
          await strapi.sessionManager('users-permissions').invalidateRefreshToken(String(member.user.id));
          await strapi.db.query(USER_UID).delete({ where: { id: member.user.id } });
          accountRemoved = true;
        }
      }
      getAppService('api::audit-log.audit-log').record({
        action: 'delete',
        entityType: 'member',
        entityDocumentId: documentId,
        entityLabel: '[erased member]',
        communityId: tenant.community.id,
        changes: { erasure: { old: null, new: 'carried out' } },
      });
      return { erased: true, documentId, auditEntriesRedacted: redacted, accountRemoved };
    },
  };
};

export type PrivacyService = ReturnType<typeof privacyService>;

export default privacyService;
