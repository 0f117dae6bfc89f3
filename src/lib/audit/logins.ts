import type { Core } from '@strapi/strapi';

import { getAppService } from '../services';
import { maskEmail } from './mask';

type AdminUser = { id?: number | string; email?: string };

/** The email a failed admin login tried, masked: it may belong to nobody, or be mistyped. */
const attemptedEmail = (strapi: Core.Strapi): string | undefined => {
  const body = strapi.requestContext.get()?.request?.body as { email?: unknown } | undefined;
  return typeof body?.email === 'string' && body.email.includes('@') ? maskEmail(body.email.trim().toLowerCase()) : undefined;
};

/**
 * Admin panel logins, failed logins and logouts, from the events @strapi/admin emits during the
 * request (so the IP and user agent are the admin's). Members' logins are recorded by the code
 * that logs them in, with `record({ action: 'login', entityType: 'session', actor: { type: 'member', … } })`.
 */
export const registerLoginAudit = (strapi: Core.Strapi) => {
  const audit = () => getAppService('api::audit-log.audit-log');

  strapi.eventHub.on('admin.auth.success', async ({ user }: { user?: AdminUser }) => {
    audit().record({
      action: 'login',
      entityType: 'session',
      actor: { type: 'admin', id: user?.id, label: user?.email },
    });
  });

  strapi.eventHub.on('admin.auth.error', async () => {
    audit().record({
      action: 'login_failed',
      entityType: 'session',
      actor: { type: 'admin', label: attemptedEmail(strapi) },
    });
  });

  strapi.eventHub.on('admin.logout', async ({ user }: { user?: AdminUser }) => {
    audit().record({
      action: 'logout',
      entityType: 'session',
      actor: { type: 'admin', id: user?.id, label: user?.email },
    });
  });
};
