import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { emitEvent } from '../../../lib/events';
import { memberSearchShareOf, readPlans, type PlansConfig } from '../../../lib/plans';
import { MemberQuotaExceededError, MemberSearchShareExceededError, SearchQuotaExceededError } from '../../../lib/quota-errors';
import { getAppService } from '../../../lib/services';
import { findCommunityRow } from '../repositories/community-rows';
import { createMemberSearchCounters } from '../repositories/member-search-counters';
import { createUsageCounters } from '../repositories/usage-counters';

const COMMUNITY_UID = 'api::community.community';
const MEMBER_UID = 'api::member.member';

export type CommunityRef = { id?: number; documentId?: string };

/** The member a search is for (API tokens and admins search for nobody's share). */
export type SearchRequester = { memberDocumentId: string };

/** How many of the community's top searchers the usage report lists. */
const TOP_SEARCHERS = 10;

type CommunityLimitsRow = {
  id: number;
  slug: string;
  plan: string;
  memberLimit: number | null;
  searchLimitPerMonth: number | null;
};

export type Limits = { memberLimit: number | null; searchLimitPerMonth: number | null };

export type MemberSearchUsage = { documentId: string; name: string; used: number; share: number | null };

export type Usage = {
  plan: string;
  members: { used: number; limit: number | null };
  searches: { used: number; limit: number | null };
  /** Each member's share of the monthly searches (null when unlimited) and the top searchers. */
  memberSearches: { share: number | null; top: MemberSearchUsage[] };
  period: { start: string; end: string };
  warnings: string[];
};

/** Calendar months in UTC: `2026-11`, and the instants the month starts and ends. */
export const monthOf = (now: Date) => {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { key: start.toISOString().slice(0, 7), start, end };
};

/**
 * Plans and quotas: a community's member and monthly search limits (its own override, else its
 * plan's), enforced on every path that adds members or searches, with a warning at the
 * configured share of a limit.
 */
const quotasService = ({ strapi }: { strapi: Core.Strapi }) => {
  let clock = () => new Date();
  let plans: PlansConfig | undefined;
  const counters = createUsageCounters(strapi);
  const memberCounters = createMemberSearchCounters(strapi);
  const catalogue = () => (plans ??= readPlans(strapi));

  const loadCommunity = async (ref: CommunityRef): Promise<CommunityLimitsRow> => {
    const row = (await strapi.db.query(COMMUNITY_UID).findOne({
      select: ['id', 'slug', 'plan', 'memberLimit', 'searchLimitPerMonth'],
      where: ref.id !== undefined ? { id: ref.id } : { documentId: ref.documentId },
    })) as CommunityLimitsRow | null;
    if (!row) throw new errors.NotFoundError('Community not found');
    return row;
  };

  const limitsOf = (community: Pick<CommunityLimitsRow, 'plan' | 'memberLimit' | 'searchLimitPerMonth'>): Limits => {
    // Plugins' plans are in the catalogue too; an id nobody knows has no plan limits.
    const plan = Object.prototype.hasOwnProperty.call(catalogue().catalogue, community.plan) ? catalogue().catalogue[community.plan] : null;
    return {
      memberLimit: community.memberLimit ?? plan?.memberLimit ?? null,
      searchLimitPerMonth: community.searchLimitPerMonth ?? plan?.searchLimitPerMonth ?? null,
    };
  };

  const countActiveMembers = (communityId: number) =>
    strapi.db.query(MEMBER_UID).count({ where: { community: { id: communityId }, isActive: true } });

  const warnAt = (limit: number) => Math.ceil(limit * catalogue().warningThreshold);

  const memberShareOf = (searchLimitPerMonth: number | null) =>
    searchLimitPerMonth === null ? null : memberSearchShareOf(searchLimitPerMonth, catalogue().memberSearchShare);

  /** Names of the community's members among `documentIds` (others' ids, or deleted members, give none). */
  const memberNames = async (communityId: number, documentIds: string[]): Promise<Map<string, string>> => {
    if (documentIds.length === 0) return new Map();
    const rows = (await strapi.db.query(MEMBER_UID).findMany({
      select: ['documentId', 'name'],
      where: { documentId: { $in: documentIds }, community: { id: communityId } },
    })) as Array<{ documentId: string; name: string }>;
    return new Map(rows.map((row) => [row.documentId, row.name]));
  };

  /** Limits reached and refusals are also events (quota.warning, quota.exceeded), with counts only. */
  const announce = (
    name: 'quota.warning' | 'quota.exceeded',
    community: CommunityLimitsRow,
    detail: { quota: 'members' | 'searches'; limit: number; used: number; period: string | null }
  ) =>
    name === 'quota.warning'
      ? emitEvent(strapi, name, { communityId: community.id, ...detail, threshold: catalogue().warningThreshold })
      : emitEvent(strapi, name, { communityId: community.id, ...detail });

  /**
   * A community out of searches may be asked many times a second (a bot, a busy WhatsApp group):
   * its first refusal of the month is announced, once across every instance.
   */
  const firstRefusalThisMonth = async (communityId: number, month: { key: string; end: Date }) => {
    try {
      const ttlSeconds = Math.max(60, Math.ceil((month.end.getTime() - Date.now()) / 1000) + 86_400);
      return await getAppService('api::access.security-store').store().claim(`quota-exceeded:searches:${communityId}:${month.key}`, ttlSeconds);
    } catch (error) {
      strapi.log.warn(`quota.exceeded not announced: ${(error as Error).message}`);
      return false;
    }
  };

  return {
    /** Tests move time forward to see monthly counters reset. */
    useClock(next: () => Date) {
      clock = next;
    },

    /** The limits a plan gives (for new communities and plan changes). */
    planLimits(plan: string): Limits {
      return limitsOf({ plan, memberLimit: null, searchLimitPerMonth: null });
    },

    async limits(ref: CommunityRef): Promise<Limits> {
      return limitsOf(await loadCommunity(ref));
    },

    /**
     * Refuses to add `adding` active members beyond the community's limit (403 QuotaExceeded);
     * warns admins in the log when the community passes the warning share.
     */
    async assertMemberCapacity(ref: CommunityRef, adding = 1): Promise<void> {
      const community = await loadCommunity(ref);
      const { memberLimit } = limitsOf(community);
      if (memberLimit === null) return;
      const used = await countActiveMembers(community.id);
      if (used + adding > memberLimit) {
        announce('quota.exceeded', community, { quota: 'members', limit: memberLimit, used, period: null });
        throw new MemberQuotaExceededError(
          `The ${community.plan} plan allows ${memberLimit} active members and "${community.slug}" has ${used}: upgrade the plan to add more`,
          { quota: 'members', limit: memberLimit, used, upgrade: true }
        );
      }
      if (used < warnAt(memberLimit) && used + adding >= warnAt(memberLimit)) {
        strapi.log.warn(`Community "${community.slug}" is at ${used + adding} of its ${memberLimit} member limit`);
        announce('quota.warning', community, { quota: 'members', limit: memberLimit, used: used + adding, period: null });
      }
    },

    /** The members left before the limit (null when unlimited), for imports that add many at once. */
    async memberCapacityLeft(ref: CommunityRef): Promise<number | null> {
      const community = await loadCommunity(ref);
      const { memberLimit } = limitsOf(community);
      if (memberLimit === null) return null;
      return Math.max(0, memberLimit - (await countActiveMembers(community.id)));
    },

    /**
     * Counts one search against this month's allowance, or refuses it (429 QuotaExceeded). A
     * member's search also counts against their share of the allowance, checked first, so a
     * member past their share leaves the community's searches to the others.
     */
    async consumeSearch(ref: CommunityRef, requester?: SearchRequester): Promise<void> {
      // Every search asks: the row tenancy read for this request (cached), not a read of its own.
      const cached = ref.id === undefined ? null : await findCommunityRow(strapi, { id: ref.id });
      const community = cached ?? (await loadCommunity(ref));
      const { searchLimitPerMonth } = limitsOf(community);
      const month = monthOf(clock());
      const share = memberShareOf(searchLimitPerMonth);
      if (requester) {
        // A share as large as the whole limit holds nobody back: the community's own limit (and its
        // message) applies. Either way the count shows admins who searches most.
        if (share !== null && searchLimitPerMonth !== null && share < searchLimitPerMonth) {
          const memberCount = await memberCounters.incrementBelow(community.id, month.key, requester.memberDocumentId, share);
          if (memberCount === null) {
            throw new MemberSearchShareExceededError({ limit: share, used: share, renewsOn: month.end.toISOString().slice(0, 10) });
          }
        } else {
          await memberCounters.increment(community.id, month.key, requester.memberDocumentId);
        }
      }
      if (searchLimitPerMonth === null) {
        await counters.increment(community.id, month.key, 'searches');
        return;
      }
      const count = await counters.incrementBelow(community.id, month.key, 'searches', searchLimitPerMonth);
      if (count === null) {
        if (requester) await memberCounters.decrement(community.id, month.key, requester.memberDocumentId);
        if (await firstRefusalThisMonth(community.id, month)) {
          announce('quota.exceeded', community, { quota: 'searches', limit: searchLimitPerMonth, used: searchLimitPerMonth, period: month.key });
        }
        throw new SearchQuotaExceededError(
          `"${community.slug}" has used all ${searchLimitPerMonth} searches of its ${community.plan} plan this month; they renew on ${month.end.toISOString().slice(0, 10)}`,
          { quota: 'searches', limit: searchLimitPerMonth, used: searchLimitPerMonth, upgrade: true }
        );
      }
      if (count >= warnAt(searchLimitPerMonth) && (await counters.markWarned(community.id, month.key, 'searches'))) {
        strapi.log.warn(`Community "${community.slug}" has used ${count} of its ${searchLimitPerMonth} searches this month`);
        announce('quota.warning', community, { quota: 'searches', limit: searchLimitPerMonth, used: count, period: month.key });
      }
    },

    /** Gives back a search that was counted but not performed (to the member's share too). */
    async refundSearch(ref: CommunityRef, requester?: SearchRequester): Promise<void> {
      if (ref.id === undefined) return;
      const period = monthOf(clock()).key;
      await counters.decrement(ref.id, period, 'searches');
      if (requester) await memberCounters.decrement(ref.id, period, requester.memberDocumentId);
    },

    async usage(ref: CommunityRef): Promise<Usage> {
      const community = await loadCommunity(ref);
      const limits = limitsOf(community);
      const month = monthOf(clock());
      const members = await countActiveMembers(community.id);
      const searches = await counters.read(community.id, month.key, 'searches');
      const share = memberShareOf(limits.searchLimitPerMonth);
      const topCounts = await memberCounters.top(community.id, month.key, TOP_SEARCHERS);
      const names = await memberNames(community.id, topCounts.map((entry) => entry.memberDocumentId));
      const top = topCounts.flatMap((entry): MemberSearchUsage[] => {
        const name = names.get(entry.memberDocumentId);
        return name === undefined ? [] : [{ documentId: entry.memberDocumentId, name, used: entry.used, share }];
      });
      const warnings: string[] = [];
      if (limits.memberLimit !== null && members >= warnAt(limits.memberLimit)) {
        warnings.push(`${members} of ${limits.memberLimit} members used`);
      }
      if (limits.searchLimitPerMonth !== null && searches >= warnAt(limits.searchLimitPerMonth)) {
        warnings.push(`${searches} of ${limits.searchLimitPerMonth} searches used this month`);
      }
      return {
        plan: community.plan,
        members: { used: members, limit: limits.memberLimit },
        searches: { used: searches, limit: limits.searchLimitPerMonth },
        memberSearches: { share, top },
        period: { start: month.start.toISOString(), end: month.end.toISOString() },
        warnings,
      };
    },
  };
};

export type QuotasService = ReturnType<typeof quotasService>;

export default quotasService;
