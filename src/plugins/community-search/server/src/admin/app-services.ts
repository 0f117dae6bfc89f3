import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

/**
 * The app services the admin routes build on, typed here once (the plugin reaches the app only
 * through these names, as the app reaches the plugin through `src/lib/community-search.ts`).
 */
export type CommunityUsage = {
  plan: string;
  members: { used: number; limit: number | null };
  searches: { used: number; limit: number | null };
  /** Each member's share of the monthly searches (null when unlimited) and the top searchers (hosts without shares leave it out). */
  memberSearches?: { share: number | null; top: Array<{ documentId: string; name: string; used: number; share: number | null }> };
  period: { start: string; end: string };
  warnings: string[];
};

type QuotasService = { usage(ref: { id: number }): Promise<CommunityUsage> };

/** The member controller's import/export actions, run for a community the admin manages. */
type MemberTransferController = {
  import(ctx: Context): Promise<void>;
  export(ctx: Context): Promise<void>;
};

const DEFAULT_WARNING_THRESHOLD = 0.8;

export const communityUsage = (strapi: Core.Strapi, communityId: number) =>
  (strapi.service('api::community.quotas') as unknown as QuotasService).usage({ id: communityId });

/** The share of a limit at which admins are warned (config/plans.ts, 0.8 by default). */
export const warningThreshold = (strapi: Core.Strapi): number => {
  const value = strapi.config.get('plans.warningThreshold');
  return typeof value === 'number' && value > 0 && value < 1 ? value : DEFAULT_WARNING_THRESHOLD;
};

export const memberTransfer = (strapi: Core.Strapi) =>
  strapi.controller('api::member.member') as unknown as MemberTransferController;
