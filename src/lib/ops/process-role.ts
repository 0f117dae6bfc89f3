import type { Core } from '@strapi/strapi';

/**
 * What this process does (PROCESS_ROLE): `all` serves HTTP and runs the background queues (one
 * process, the default), `web` serves HTTP only, `worker` runs the queues (it still answers
 * /healthz and /ready for its orchestrator). Queue consumers start only where
 * `runsBackgroundWork(strapi)` is true; web instances only enqueue.
 */
export type ProcessRole = 'all' | 'web' | 'worker';

const ROLES: readonly ProcessRole[] = ['all', 'web', 'worker'];

export const parseProcessRole = (value: unknown): ProcessRole => {
  const role = String(value ?? 'all').trim().toLowerCase();
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new Error(`PROCESS_ROLE must be one of ${ROLES.join(', ')} (got "${String(value)}")`);
  }
  return role as ProcessRole;
};

export const processRole = (strapi: Core.Strapi): ProcessRole => parseProcessRole(strapi.config.get('ops.processRole'));

export const runsBackgroundWork = (strapi: Core.Strapi): boolean => processRole(strapi) !== 'web';
