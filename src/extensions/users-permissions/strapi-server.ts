import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import sessionActions from '../../api/access/controllers/sessions';
import { getAppService } from '../../lib/services';

type ControllerFactory = (deps: { strapi: Core.Strapi }) => Record<string, (ctx: Context) => unknown>;
type JwtService = { verify(token: string): Promise<{ id?: number; sessionId?: string }> } & Record<string, unknown>;
type ServiceFactory = (deps: { strapi: Core.Strapi }) => JwtService;
type UsersPermissionsPlugin = { controllers: Record<string, ControllerFactory>; services: Record<string, ServiceFactory> };

/**
 * Extends @strapi/plugin-users-permissions (Strapi's plugin extension mechanism), which members'
 * sessions belong to:
 * - `POST /api/auth/refresh` and `POST /api/auth/logout` are answered by the access API
 *   (src/api/access/controllers/sessions.ts): reuse of a rotated refresh token ends the whole
 *   session, logout ends the whole session it names (or all of them), bodies are validated;
 * - an access token is honoured only while its session exists, on every route (not only those
 *   that resolve a community), so a logout or a detected reuse takes effect at once.
 */
export default (plugin: UsersPermissionsPlugin): UsersPermissionsPlugin => {
  const authController = plugin.controllers.auth;
  plugin.controllers.auth = (deps) => ({
    ...authController(deps),
    refresh: sessionActions.refresh,
    logout: sessionActions.logout,
  });

  const jwtService = plugin.services.jwt;
  plugin.services.jwt = (deps) => {
    const service = jwtService(deps);
    const verify = service.verify.bind(service);
    return {
      ...service,
      async verify(token: string) {
        const payload = await verify(token);
        // Refresh mode only: legacy jwts carry no session.
        if (payload.sessionId && !(await getAppService('api::access.member-sessions').isActive(payload.sessionId))) {
          throw new Error('Invalid token.');
        }
        return payload;
      },
    };
  };
  return plugin;
};
