import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { clearLockoutBodySchema } from '../api/access/validation/otp';
import { scopedAdminOfRequest } from './admin-rbac/request-admin';
import { parseRequestBody } from './request-validation';
import { getAppService } from './services';

/** Lifts a phone's login lockout: super admins for any number, community admins for their members. */
const clearLockout = (strapi: Core.Strapi) => async (ctx: Context) => {
  const { phone } = parseRequestBody(ctx.request.body, clearLockoutBodySchema);
  const result = await getAppService('api::access.otp').clearLockout(phone, await scopedAdminOfRequest(strapi));
  ctx.body = { data: { cleared: true, wasLocked: result.wasLocked } };
};

/**
 * `POST /community-access/lockouts/clear {phone}` for signed-in admins (the admin panel's auth).
 * API routes cannot be admin routes in Strapi, so it is registered on the server here; who may
 * clear which number is decided by the OTP service.
 */
export const registerLockoutAdmin = (strapi: Core.Strapi) => {
  strapi.server.routes({
    type: 'admin',
    prefix: '/community-access',
    routes: [
      {
        method: 'POST',
        path: '/lockouts/clear',
        handler: clearLockout(strapi),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin' },
      },
    ],
  });
};
