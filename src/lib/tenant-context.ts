import { ForbiddenError } from '@community-connect/kit';
import { errors } from '@strapi/utils';

import type { Tenant } from '../api/community/services/tenancy';

type StateCarrier = { state: Record<string, unknown> };

/** Set by the community-routing middleware from `/api/c/:slug/...` or `<slug>.<BASE_DOMAIN>`. */
export const setRoutedCommunitySlug = (ctx: StateCarrier, slug: string) => {
  ctx.state.routedCommunitySlug = slug;
};

export const getRoutedCommunitySlug = (ctx: StateCarrier): string | undefined =>
  typeof ctx.state.routedCommunitySlug === 'string' ? ctx.state.routedCommunitySlug : undefined;

export const setTenant = (ctx: StateCarrier, tenant: Tenant) => {
  ctx.state.tenant = tenant;
};

/** The community the request acts in, as resolved by the `global::resolve-community` policy. */
export const getTenant = (ctx: StateCarrier): Tenant => {
  const tenant = ctx.state.tenant as Tenant | undefined;
  if (!tenant) {
    // A route that reads the tenant without the policy is a programming error, never a client one.
    throw new errors.ApplicationError('No community was resolved for this request');
  }
  return tenant;
};

/** Routes for a community's admins (API tokens, or an admin the app let act there), not its members. */
export const assertOperatorAccess = (tenant: Tenant) => {
  if (tenant.access !== 'operator') {
    throw new ForbiddenError('Members can change only their own profile, through /api/members/me');
  }
};
