import { createHash } from 'node:crypto';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { createContactsRepository } from '../repositories/contacts';
import { readWhatsappSettings, type WhatsappSettings } from '../utils/community-settings';

const DAY_MS = 86_400_000;
const COMMUNITY_UID = 'api::community.community';

export type SettingsUpdate = Partial<{
  requireOtp: boolean;
  greeting: string | null;
  templates: { introductionRequest?: string | null; introductionAccepted?: string | null };
}>;

/** A stable pseudonym, so an admin who may not see members can still follow one conversation. */
const pseudonym = (communityId: number, memberId: number) =>
  `Member ${createHash('sha256').update(`${communityId}:${memberId}`).digest('hex').slice(0, 6)}`;

/** What the WhatsApp admin page shows and edits, always within the admin's communities. */
const adminViewsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const assertInScope = (communityId: number, communityIds: number[] | null) => {
    if (communityIds && !communityIds.includes(communityId)) throw new errors.NotFoundError('Community not found');
  };

  const loadCommunity = async (communityId: number) => {
    const row = (await strapi.db.query(COMMUNITY_UID).findOne({ select: ['id', 'name', 'settings'], where: { id: communityId } })) as {
      id: number;
      name: string;
      settings: unknown;
    } | null;
    if (!row) throw new errors.NotFoundError('Community not found');
    return row;
  };

  return {
    async conversations(communityIds: number[] | null, showMembers: boolean, page: { page: number; pageSize: number }) {
      const { rows, total } = await createContactsRepository(strapi.db.connection).recent(communityIds, new Date(Date.now() - 7 * DAY_MS), {
        limit: page.pageSize,
        offset: (page.page - 1) * page.pageSize,
      });
      const names = new Map<number, string>();
      if (showMembers && rows.length > 0) {
        const members = (await strapi.db.query('api::member.member').findMany({
          select: ['id', 'name'],
          where: { id: { $in: rows.map((row) => row.memberId) } },
        })) as Array<{ id: number; name: string }>;
        for (const member of members) names.set(member.id, member.name);
      }
      return {
        data: rows.map((row) => ({
          communityId: row.communityId,
          member: showMembers ? (names.get(row.memberId) ?? '(removed member)') : pseudonym(row.communityId, row.memberId),
          lastInboundAt: row.lastInboundAt,
          lastOutboundAt: row.lastOutboundAt,
          optedOut: row.optedOutAt !== null,
          verified: row.verifiedAt !== null,
        })),
        meta: { ...page, total, anonymised: !showMembers },
      };
    },

    /**
     * The templates are Twilio Content SIDs approved on the platform's sender: operator details a
     * community's admin can neither read nor act on, so only `operator` (super admin) answers have them.
     */
    async settings(
      communityId: number,
      communityIds: number[] | null,
      { operator }: { operator: boolean }
    ): Promise<Omit<WhatsappSettings, 'templates'> & Partial<Pick<WhatsappSettings, 'templates'>> & { communityId: number }> {
      assertInScope(communityId, communityIds);
      const community = await loadCommunity(communityId);
      const { templates, ...settings } = readWhatsappSettings(community.settings);
      return { communityId, ...settings, ...(operator ? { templates } : {}) };
    },

    /** Merges the bot's keys into the community's settings, leaving the others (e.g. synonyms) alone. */
    async updateSettings(communityId: number, communityIds: number[] | null, update: SettingsUpdate, { operator }: { operator: boolean }) {
      assertInScope(communityId, communityIds);
      if (update.templates !== undefined && !operator) {
        throw new errors.ForbiddenError('Only the platform operator sets the WhatsApp message templates', { field: 'templates' });
      }
      const community = await loadCommunity(communityId);
      const current = (community.settings && typeof community.settings === 'object' ? community.settings : {}) as Record<string, unknown>;
      const next: Record<string, unknown> = { ...current };
      if (update.requireOtp !== undefined) next.whatsappRequireOtp = update.requireOtp;
      if (update.greeting !== undefined) {
        if (update.greeting === null || update.greeting.trim() === '') delete next.whatsappGreeting;
        else next.whatsappGreeting = update.greeting.trim();
      }
      if (update.templates !== undefined) {
        const templates = { ...((current.whatsappTemplates as Record<string, string> | undefined) ?? {}) };
        for (const [name, sid] of Object.entries(update.templates)) {
          if (sid) templates[name] = sid;
          else delete templates[name];
        }
        next.whatsappTemplates = templates;
      }
      // Through the document service, so the change is audited like any other community edit.
      const { documentId } = (await strapi.db.query(COMMUNITY_UID).findOne({ select: ['documentId'], where: { id: communityId } })) as {
        documentId: string;
      };
      await strapi.documents(COMMUNITY_UID).update({ documentId, data: { settings: next } } as never);
      return this.settings(communityId, communityIds, { operator });
    },
  };
};

export type AdminViewsService = ReturnType<typeof adminViewsService>;

export default adminViewsService;
