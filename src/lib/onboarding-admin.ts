import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { onboardingSchema } from '../api/community/validation/onboarding';
import { readPlans } from './plans';
import { parseRequestData } from './request-validation';
import { getAppService } from './services';

/** Super admins hold every registered action; no other role is given this one. */
export const ONBOARD_ACTION = 'api::communities.onboard';

const guarded = () => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [ONBOARD_ACTION] } }],
});

/** The plan catalogue, for the onboarding form. */
const listPlans = (strapi: Core.Strapi) => async (ctx: Context) => {
  const { catalogue } = readPlans(strapi);
  ctx.body = { data: Object.entries(catalogue).map(([id, plan]) => ({ id, ...plan })) };
};

/** The same onboarding as `POST /api/communities`, for a super admin signed in to the admin panel. */
const onboard = (_strapi: Core.Strapi) => async (ctx: Context) => {
  const input = parseRequestData(ctx.request.body, onboardingSchema, 'community');
  const { community, ...meta } = await getAppService('api::community.onboarding').onboard(input, ctx);
  const { id, documentId, name, slug, plan, memberLimit, searchLimitPerMonth, whatsappNumber } = community as Record<string, unknown>;
  ctx.status = 201;
  ctx.body = { data: { id, documentId, name, slug, plan, memberLimit, searchLimitPerMonth, whatsappNumber }, meta };
};

/**
 * The admin panel's "New community" screen talks to these routes (admin auth, the onboarding
 * action). API routes cannot be admin routes in Strapi, so they are registered on the server here.
 */
export const registerOnboardingAdmin = async (strapi: Core.Strapi) => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'settings', category: 'Community Connect', subCategory: 'Communities', displayName: 'Onboard communities', uid: 'communities.onboard' },
  ]);
  strapi.server.routes({
    type: 'admin',
    prefix: '/community-onboarding',
    routes: [
      { method: 'GET', path: '/plans', handler: listPlans(strapi), config: guarded(), info: { type: 'admin' } },
      { method: 'POST', path: '/communities', handler: onboard(strapi), config: guarded(), info: { type: 'admin' } },
    ],
  });
};
