import type { Core } from '@strapi/strapi';

import { getAppService } from '../services';
import { closeErrorTracking, initErrorTracking, type ErrorTrackingSettings } from './error-tracking';
import { enableProcessMetrics } from './metrics';
import { processRole } from './process-role';
import { registerOpsRoutes } from './routes';

let removeProbes: (() => void) | undefined;

/** Register phase: the root-level operations routes, and Sentry as early as the app can start it. */
export const registerOps = (strapi: Core.Strapi) => {
  // A mistyped PROCESS_ROLE stops start-up instead of leaving the queues without a consumer.
  processRole(strapi);
  registerOpsRoutes(strapi);
  const sentry = strapi.config.get('ops.sentry') as Omit<ErrorTrackingSettings, 'release'> & { release?: string };
  const version = strapi.config.get('info.version') as string | undefined;
  if (initErrorTracking({ ...sentry, release: sentry.release ?? (version ? `community-connect@${version}` : undefined) })) {
    strapi.log.info('Error tracking: Sentry is on (personal data is stripped from events)');
  }
};

/** Bootstrap phase: process metrics and the built-in health probes. */
export const bootstrapOps = (strapi: Core.Strapi) => {
  enableProcessMetrics();
  removeProbes = getAppService('api::ops.health').registerBuiltInProbes();
};

/** Shutdown: stop probing, send what Sentry still holds. */
export const destroyOps = async () => {
  removeProbes?.();
  removeProbes = undefined;
  await closeErrorTracking();
};
