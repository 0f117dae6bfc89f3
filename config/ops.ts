import type { Core } from '@strapi/strapi';

/** Operations: /metrics access, Sentry, health-check timing. */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  // `all` (one process does everything), `web` (HTTP only) or `worker` (background queues).
  processRole: env('PROCESS_ROLE', 'all'),
  // Unset: /metrics refuses everyone.
  metricsToken: env('METRICS_TOKEN') || undefined,
  sentry: {
    dsn: env('SENTRY_DSN') || undefined,
    environment: env('SENTRY_ENVIRONMENT') || env('NODE_ENV', 'development'),
    release: env('SENTRY_RELEASE') || undefined,
    // Jest runs many apps in one process: crash handlers stay with real processes.
    processHandlers: env('NODE_ENV') !== 'test',
  },
  // A stopping process exits after this long even if Redis or PostgreSQL never answers (below Kubernetes' 30 s).
  shutdownTimeoutMs: env.int('SHUTDOWN_TIMEOUT_MS', 10000),
  health: {
    // A dependency that has not answered within this is reported as down. The probes run side by
    // side, so this bounds the whole answer: under Kubernetes' default 1 s probe timeout.
    probeTimeoutMs: env.int('HEALTH_PROBE_TIMEOUT_MS', 800),
  },
});

export default config;
