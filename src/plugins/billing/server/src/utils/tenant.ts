import { ForbiddenError, type HostRequest, type HostTenant } from '@community-connect/kit';

import { hostOf } from './host';

/**
 * Billing is for a community's admins: its own API token or a platform token naming it (the
 * community the app's `global::resolve-community` policy decided). Members (who reach this only
 * if an admin granted their role the action) are refused.
 */
export const requireOperatorTenant = (ctx: HostRequest): HostTenant => {
  const tenant = hostOf(strapi).tenancy.tenantOf(ctx);
  if (tenant.access !== 'operator') throw new ForbiddenError("Billing is managed by the community's admins, not its members");
  return tenant;
};
