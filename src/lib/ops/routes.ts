import type { Core } from '@strapi/strapi';

/**
 * The operations endpoints live at the server's root (/health, not /api/health), where load
 * balancers and Prometheus expect them: added to Strapi's root router, which has no /api prefix
 * and no content-API rate limit. They authenticate nobody (`auth: false`); /metrics checks its own
 * bearer token. Each route gets its own config object (Strapi writes into it).
 */
const opsRoute = (path: string, action: 'health' | 'liveness' | 'readiness' | 'metrics') => ({
  method: 'GET' as const,
  path,
  handler: `api::ops.ops.${action}`,
  config: { auth: false as const },
});

export const OPS_PATHS = ['/health', '/healthz', '/ready', '/metrics'];

export const registerOpsRoutes = (strapi: Core.Strapi) => {
  strapi.server.routes([
    opsRoute('/health', 'health'),
    opsRoute('/healthz', 'liveness'),
    opsRoute('/ready', 'readiness'),
    opsRoute('/metrics', 'metrics'),
  ]);
};
