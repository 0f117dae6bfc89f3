import type { Core } from '@strapi/strapi';

import { communityUsage, warningThreshold } from '../admin/app-services';
import { addDays, localDayStart, localToday } from '../admin/dates';
import { communitiesInScope, countCommunitiesInScope, type AdminCommunity, type AdminScope } from '../admin/scope';
import { createSearchAnalyticsRepository } from '../repositories/search-analytics';
import { getService } from '../utils';

const MEMBER_UID = 'api::member.member';
/** Widgets list at most this many communities (a super admin's many are summed, not listed). */
export const WIDGET_COMMUNITIES = 50;
const ZERO_RESULT_DAYS = 7;
/** Members per community the searches widget lists by searches used this month. */
const TOP_MEMBERS_SHOWN = 3;

type Limit = { used: number; limit: number | null; ratio: number | null; warning: boolean };

/**
 * The numbers behind the homepage widgets, for the communities the admin manages. Quota figures
 * come from the app's usage counters (what the 429 enforces), searches today and zero results
 * from the plugin's search log.
 */
const dashboardService = ({ strapi }: { strapi: Core.Strapi }) => {
  const limitOf = (used: number, limit: number | null): Limit => {
    const ratio = limit === null ? null : limit === 0 ? 1 : used / limit;
    return { used, limit, ratio, warning: limit !== null && used >= Math.ceil(limit * warningThreshold(strapi)) };
  };
  const listed = async (scope: AdminScope) => {
    const [communities, total] = await Promise.all([
      communitiesInScope(strapi, scope, WIDGET_COMMUNITIES),
      countCommunitiesInScope(strapi, scope),
    ]);
    return { communities, total };
  };
  const countMembers = (community: AdminCommunity, where: Record<string, unknown>) =>
    strapi.db.query(MEMBER_UID).count({ where: { community: { id: community.id }, ...where } });
  /** Most pressing first: over the warning share, then by how full they are. */
  const byPressure = <T extends { warning: boolean; ratio: number | null; name: string }>(rows: T[]) =>
    [...rows].sort((a, b) => Number(b.warning) - Number(a.warning) || (b.ratio ?? -1) - (a.ratio ?? -1) || a.name.localeCompare(b.name));

  return {
    async members(scope: AdminScope) {
      const { communities, total } = await listed(scope);
      const rows = await Promise.all(
        communities.map(async (community) => {
          const [active, hidden, usage] = await Promise.all([
            countMembers(community, { isActive: true }),
            countMembers(community, { isActive: true, directoryVisible: false }),
            communityUsage(strapi, community.id),
          ]);
          return { id: community.id, name: community.name, slug: community.slug, plan: usage.plan, active, hidden, ...limitOf(usage.members.used, usage.members.limit) };
        })
      );
      return {
        communities: byPressure(rows),
        totalCommunities: total,
        totals: { active: rows.reduce((sum, row) => sum + row.active, 0), hidden: rows.reduce((sum, row) => sum + row.hidden, 0) },
        warningThreshold: warningThreshold(strapi),
      };
    },

    /** Searches since local midnight (`offsetMinutes` east of UTC) and this calendar month (UTC, as quotas count). */
    async searches(scope: AdminScope, offsetMinutes: number, now = new Date()) {
      const { communities, total } = await listed(scope);
      await getService('search-log').flush();
      const today = localToday(now, offsetMinutes);
      const perCommunity = await createSearchAnalyticsRepository(strapi.db.connection).perCommunity({
        communityIds: communities.map((community) => community.id),
        from: localDayStart(today, offsetMinutes),
        to: localDayStart(addDays(today, 1), offsetMinutes),
      });
      const todayBy = new Map(perCommunity.map((row) => [row.communityId, row.searches]));
      let period: { start: string; end: string } | null = null;
      const rows = await Promise.all(
        communities.map(async (community) => {
          const usage = await communityUsage(strapi, community.id);
          period ??= usage.period;
          return {
            id: community.id,
            name: community.name,
            slug: community.slug,
            plan: usage.plan,
            today: todayBy.get(community.id) ?? 0,
            ...limitOf(usage.searches.used, usage.searches.limit),
            // Members nearest their share of the month's searches (one member cannot use the whole month).
            topMembers: (usage.memberSearches?.top ?? []).slice(0, TOP_MEMBERS_SHOWN).map(({ documentId, name, used, share }) => ({ documentId, name, used, share })),
          };
        })
      );
      return {
        communities: byPressure(rows),
        totalCommunities: total,
        totals: { today: rows.reduce((sum, row) => sum + row.today, 0), month: rows.reduce((sum, row) => sum + row.used, 0) },
        period,
        warningThreshold: warningThreshold(strapi),
      };
    },

    /** The share of searches that found nobody over the last 7 days, against the 7 days before. */
    async zeroResults(scope: AdminScope, now = new Date()) {
      const communityIds = scope.communityIds;
      await getService('search-log').flush();
      const repository = createSearchAnalyticsRepository(strapi.db.connection);
      const weekAgo = new Date(now.getTime() - ZERO_RESULT_DAYS * 86_400_000);
      const twoWeeksAgo = new Date(now.getTime() - 2 * ZERO_RESULT_DAYS * 86_400_000);
      if (communityIds !== null && communityIds.length === 0) {
        return { days: ZERO_RESULT_DAYS, searches: 0, zeroResults: 0, rate: null, previousRate: null, topZeroQueries: [] };
      }
      const window = { communityIds, from: weekAgo, to: now };
      const [current, previous, topZeroQueries] = await Promise.all([
        repository.totals(window),
        repository.totals({ communityIds, from: twoWeeksAgo, to: weekAgo }),
        repository.topQueries(window, { limit: 3, zeroOnly: true }),
      ]);
      return {
        days: ZERO_RESULT_DAYS,
        searches: current.searches,
        zeroResults: current.zeroResults,
        rate: current.searches === 0 ? null : current.zeroResults / current.searches,
        previousRate: previous.searches === 0 ? null : previous.zeroResults / previous.searches,
        topZeroQueries: topZeroQueries.map(({ query, searches }) => ({ query, searches })),
      };
    },
  };
};

export type DashboardService = ReturnType<typeof dashboardService>;

export default dashboardService;
