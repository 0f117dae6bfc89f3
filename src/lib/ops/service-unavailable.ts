/**
 * The outage classifier lives in @community-connect/kit (shared with the plugins, which cannot
 * import the app): re-exported here with what only the app's HTTP answer needs.
 */
export { isServiceUnavailableError, unavailableServiceOf } from '@community-connect/kit';

/** Seconds a client is told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;
