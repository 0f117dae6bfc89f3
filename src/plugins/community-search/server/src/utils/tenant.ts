import type { HostRequest, HostTenant } from '@community-connect/kit';

import { hostOf } from './host';

/** The community a request acts in, as the app's `global::resolve-community` policy decided it. */
export type RequestTenant = HostTenant;

export const requireTenant = (ctx: HostRequest): RequestTenant => hostOf(strapi).tenancy.tenantOf(ctx);
