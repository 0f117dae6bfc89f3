import type { Core } from '@strapi/strapi';

import { closeUnavailableRedisConnections } from '../redis/redis-connection';

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

let armed = false;

/**
 * A process told to stop (SIGTERM, SIGINT) exits within SHUTDOWN_TIMEOUT_MS whatever the state of
 * Redis and PostgreSQL: Strapi's destroy closes the server, the queues and the database, but any
 * of those can wait on a connection that never answers. The timer forces the exit, below
 * Kubernetes' 30 s grace period. Registered once per process (Jest boots many apps in one).
 */
export const armShutdownDeadline = (strapi: Core.Strapi) => {
  const timeoutMs = (strapi.config.get('ops.shutdownTimeoutMs') as number | undefined) ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new Error('SHUTDOWN_TIMEOUT_MS must be a positive whole number of milliseconds');
  if (armed) return;
  armed = true;
  const onSignal = (signal: NodeJS.Signals) => {
    // Nobody else stops the app on this signal (e.g. Jest, which boots apps in its own process):
    // a listener would cancel Node's default exit, so let the signal act as if none was here.
    if (process.listenerCount(signal) === 0) {
      process.kill(process.pid, signal);
      return;
    }
    const startedAt = Date.now();
    const deadline = setTimeout(() => {
      strapi.log.error(`Shutdown did not finish within SHUTDOWN_TIMEOUT_MS (${timeoutMs} ms) after ${signal}: exiting anyway`);
      process.exit(1);
    }, timeoutMs);
    // The timer must not keep a process alive that has finished stopping by itself.
    deadline.unref();
    // Drop the Redis connections that are down at once: the destroy lifecycles then never wait on
    // their reconnect attempts. Connected ones close in order with their owners (jobs finish).
    void closeUnavailableRedisConnections().then((closed) => {
      if (closed > 0) strapi.log.info(`${closed} unavailable Redis connection(s) dropped ${Date.now() - startedAt} ms after ${signal}`);
    });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
};
