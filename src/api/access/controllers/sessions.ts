import type { Context } from 'koa';
import { errors } from '@strapi/utils';

import { parseRequestBody } from '../../../lib/request-validation';
import { getAppService } from '../../../lib/services';
import type { LogoutScope } from '../services/member-sessions';
import { logoutBodySchema, refreshBodySchema } from '../validation/sessions';

/**
 * Runs an action and answers its UnauthorizedError itself: Strapi's authorization step wraps the
 * routes it guards and turns any UnauthorizedError thrown inside into a bare "Unauthorized",
 * which would hide why (a reused token, a session that ended) from the client.
 */
const answeringUnauthorized = (action: (ctx: Context) => Promise<void>) => async (ctx: Context) => {
  try {
    await action(ctx);
  } catch (error) {
    if (!(error instanceof errors.UnauthorizedError)) throw error;
    ctx.unauthorized(error.message, error.details);
  }
};

/**
 * `POST /api/auth/refresh` and `POST /api/auth/logout`: users-permissions' routes, answered by
 * these actions (src/extensions/users-permissions) so a whole login chain can be ended.
 */
export default {
  refresh: answeringUnauthorized(async (ctx) => {
    const { refreshToken } = parseRequestBody(ctx.request.body, refreshBodySchema);
    ctx.body = await getAppService('api::access.member-sessions').refresh(refreshToken);
  }),

  logout: answeringUnauthorized(async (ctx) => {
    const userId = (ctx.state.user as { id?: number } | undefined)?.id;
    if (typeof userId !== 'number') throw new errors.UnauthorizedError('Log in to log out');
    const body = parseRequestBody(ctx.request.body ?? {}, logoutBodySchema);
    const scope: LogoutScope = body.everywhere
      ? { kind: 'everywhere' }
      : body.deviceId !== undefined
        ? { kind: 'device', deviceId: body.deviceId }
        : body.refreshToken !== undefined
          ? { kind: 'refresh-token', refreshToken: body.refreshToken }
          : { kind: 'current' };
    const currentSessionId = (ctx.state.session as { id?: string } | undefined)?.id;
    await getAppService('api::access.member-sessions').logout({ userId, currentSessionId, scope });
    ctx.body = { ok: true };
  }),
};
