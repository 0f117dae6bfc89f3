import type { HostPort, HostRequest } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { COMMUNITY_UID, MEMBER_UID } from '../../../lib/admin-rbac/constants';
import { getAppService } from '../../../lib/services';
import { getTenant } from '../../../lib/tenant-context';

/**
 * The app's side of the host port (`@community-connect/kit`'s `HostPort`): the one door through
 * which the plugins reach the app. Every decision stays with the service that owns it (tenancy
 * with `api::community.tenancy`, transfers with the member services); this only hands them over,
 * typed, so the compiler checks the app keeps the promises the plugins rely on.
 */
const hostPortService = ({ strapi }: { strapi: Core.Strapi }): HostPort => {
  const tenancy = () => getAppService('api::community.tenancy');
  const transfer = () => getAppService('api::member.member-transfer');
  const collectionName = (uid: typeof MEMBER_UID | typeof COMMUNITY_UID): string => {
    const name = strapi.getModel(uid).collectionName;
    if (!name) throw new Error(`${uid} has no collection name`);
    return name;
  };
  // Plugins' routes run on Strapi's Koa server: the request they hand over is its context.
  const koaContext = (request: HostRequest) => request as Context;
  return {
    tenancy: {
      tenantOf: (request) => getTenant(request),
      adminScope: (user) => tenancy().adminScope(user),
      mayViewContact: (viewer, member) => tenancy().mayViewContact(viewer, member),
    },
    tables: () => ({ members: collectionName(MEMBER_UID), communities: collectionName(COMMUNITY_UID) }),
    members: {
      import: (request, tenant, query) => transfer().import(koaContext(request), tenant, query),
      export: (request, tenant, query) => transfer().export(koaContext(request), tenant, query),
    },
    quotas: {
      usage: (ref) => getAppService('api::community.quotas').usage(ref),
      consumeSearch: (ref, requester) => getAppService('api::community.quotas').consumeSearch(ref, requester),
      refundSearch: (ref, requester) => getAppService('api::community.quotas').refundSearch(ref, requester),
    },
    rateLimits: { enforce: (name, key) => getAppService('api::access.rate-limits').enforce(name, key) },
    otp: {
      requestCode: (phone, clientKey) => getAppService('api::access.otp').requestCode(phone, clientKey),
      verifyCode: (phone, code) => getAppService('api::access.otp').verifyCode(phone, code),
    },
    nlUpdate: {
      propose: (input) => getAppService('api::member.nl-update').propose(input),
      confirm: (input) => getAppService('api::member.nl-update').confirm(input),
      undo: (input) => getAppService('api::member.nl-update').undo(input),
    },
    store: () => getAppService('api::access.security-store').store(),
  };
};

export type HostPortService = ReturnType<typeof hostPortService>;

export default hostPortService;
