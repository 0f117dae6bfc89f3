import { ForbiddenError } from '@community-connect/kit';
import { errors } from '@strapi/utils';

/** The community a request acts in, as the app's `global::resolve-community` policy leaves it. */
export type RequestTenant = {
  community: { id: number; slug: string };
  access: 'operator' | 'member';
};

/**
 * Billing is for a community's admins: its own API token or a platform token naming it. Members
 * (who reach this only if an admin granted their role the action) are refused.
 */
export const requireOperatorTenant = (ctx: { state: Record<string, unknown> }): RequestTenant => {
  const tenant = ctx.state.tenant as RequestTenant | undefined;
  if (!tenant) throw new errors.ApplicationError('No community was resolved for this request');
  if (tenant.access !== 'operator') throw new ForbiddenError("Billing is managed by the community's admins, not its members");
  return tenant;
};
