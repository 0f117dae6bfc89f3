import type { Core } from '@strapi/strapi';

import { hostOf } from '../utils/host';

export type { CommunityUsage } from '@community-connect/kit';

const DEFAULT_WARNING_THRESHOLD = 0.8;

/** A community's usage against its plan, as the app counts it. */
export const communityUsage = (strapi: Core.Strapi, communityId: number) => hostOf(strapi).quotas.usage({ id: communityId });

/** The share of a limit at which admins are warned (config/plans.ts, 0.8 by default). */
export const warningThreshold = (strapi: Core.Strapi): number => {
  const value = strapi.config.get('plans.warningThreshold');
  return typeof value === 'number' && value > 0 && value < 1 ? value : DEFAULT_WARNING_THRESHOLD;
};
