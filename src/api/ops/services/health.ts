import type { Core } from '@strapi/strapi';

import {
  overallStatus,
  REPORTED_COMPONENTS,
  registeredProbeNames,
  registerHealthProbe,
  runProbe,
  type HealthState,
  type OverallStatus,
} from '../../../lib/ops/health-probes';
import { proxyTrustWarning } from '../../../lib/rate-limit/proxy-trust';
import { getAppService } from '../../../lib/services';

export type HealthReport = {
  status: OverallStatus;
  timestamp: string;
  uptime: number;
  version: string;
  /** Configuration problems that do not stop the app, by topic (present only when there is one). */
  warnings?: { proxy?: string };
} & Record<string, HealthState | OverallStatus | string | number | { proxy?: string } | undefined>;

/** One component's entry in an application/health+json answer (draft-inadarei-api-health-check). */
export type HealthCheckEntry = {
  componentType: string;
  status: HealthCheckStatus;
  observedValue?: number;
  observedUnit?: string;
  time: string;
  output?: string;
};
export type HealthCheckStatus = 'pass' | 'warn' | 'fail';
export type HealthCheckDocument = {
  status: HealthCheckStatus;
  version: string;
  description: string;
  checks: Record<string, HealthCheckEntry[]>;
};

export type Readiness = { ready: boolean; database: HealthState; migrations: 'applied' | 'pending' | 'unknown' };

/** What kind of thing each component is, in the health-check draft's vocabulary. */
const COMPONENT_TYPES: Record<string, string> = { database: 'datastore', redis: 'datastore', llm: 'component', queue: 'component' };
const OVERALL_CHECK_STATUS: Record<OverallStatus, HealthCheckStatus> = { ok: 'pass', degraded: 'warn', down: 'fail' };
const COMPONENT_CHECK_STATUS: Record<Exclude<HealthState, 'disabled'>, HealthCheckStatus> = { connected: 'pass', degraded: 'warn', down: 'fail' };

/** Reports are shared for this long, so a burst of probes costs one round of checks. */
const REPORT_TTL_MS = 1000;

type LlmState = { enabled: boolean; circuitOpen: boolean };

const healthService = ({ strapi }: { strapi: Core.Strapi }) => {
  type Measured = { report: HealthReport; durationsMs: Record<string, number> };
  let cached: { measured: Measured; at: number } | null = null;
  let pending: Promise<Measured> | null = null;
  let migrationsApplied = false;

  const timeoutMs = () => (strapi.config.get('ops.health.probeTimeoutMs') as number | undefined) ?? 800;

  const pingDatabase = async (): Promise<HealthState> => {
    await strapi.db.connection.raw('select 1');
    return 'connected';
  };

  const build = async (): Promise<Measured> => {
    const names = [...new Set([...REPORTED_COMPONENTS, ...registeredProbeNames()])];
    const durationsMs: Record<string, number> = {};
    const states = Object.fromEntries(
      await Promise.all(
        names.map(async (name) => {
          const startedAt = performance.now();
          const state = await runProbe(name, timeoutMs());
          durationsMs[name] = Math.round(performance.now() - startedAt);
          return [name, state] as const;
        })
      )
    );
    const proxy = proxyTrustWarning();
    const report: HealthReport = {
      status: overallStatus(states),
      timestamp: new Date().toISOString(),
      uptime: Math.round(process.uptime()),
      version: String((strapi.config.get('info.version') as string | undefined) ?? 'unknown'),
      ...states,
      ...(proxy ? { warnings: { proxy } } : {}),
    };
    return { report, durationsMs };
  };

  const measure = async (): Promise<Measured> => {
    if (cached && Date.now() - cached.at < REPORT_TTL_MS) return cached.measured;
    pending ??= build()
      .then((measured) => {
        cached = { measured, at: Date.now() };
        return measured;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };

  return {
    /**
     * The probes this app always has: the database; Redis when REDIS_URL is set; the search LLM
     * (disabled unless the llm parser is configured, degraded while its circuit is open). Others
     * (e.g. `queue`) are registered by the modules that own them.
     */
    registerBuiltInProbes() {
      const unregister = [registerHealthProbe('database', pingDatabase)];
      if (strapi.config.get('redis.url')) {
        unregister.push(
          registerHealthProbe('redis', async () => {
            const redis = getAppService('api::access.security-store').store().redis;
            if (!redis) return 'disabled';
            // While the circuit is open the app runs on in-process fallbacks: report down at once.
            if (redis.isOpen()) return 'down';
            return (await redis.run((client) => client.ping()).catch(() => 'unavailable')) === 'PONG' ? 'connected' : 'down';
          })
        );
      }
      // The search plugin says whether its LLM parser is in use (QUERY_PARSER=llm with an endpoint) and
      // whether its circuit breaker is skipping the LLM after repeated failures.
      unregister.push(
        registerHealthProbe('llm', () => {
          const state = strapi.plugin('community-search')?.service('providers')?.llmState?.() as LlmState | undefined;
          if (!state?.enabled) return 'disabled';
          return state.circuitOpen ? 'degraded' : 'connected';
        })
      );
      // The WhatsApp bot's queues (BullMQ on Redis, or in-process): answering members depends on them.
      unregister.push(
        registerHealthProbe('queue', async () => {
          const queues = strapi.plugin('whatsapp-bot')?.service('queues') as { health(): Promise<{ status: HealthState }> } | undefined;
          return queues ? (await queues.health()).status : 'disabled';
        })
      );
      return () => unregister.forEach((remove) => remove());
    },

    async report(): Promise<HealthReport> {
      return (await measure()).report;
    },

    /**
     * The same report as application/health+json (draft-inadarei-api-health-check): one check per
     * configured component with how long its probe took; components that are not configured
     * (`disabled`) are left out, as they cannot fail.
     */
    async healthCheckDocument(): Promise<HealthCheckDocument> {
      const { report, durationsMs } = await measure();
      const checks: Record<string, HealthCheckEntry[]> = {};
      for (const [name, observedValue] of Object.entries(durationsMs)) {
        const state = report[name] as HealthState;
        if (state === 'disabled') continue;
        const entry: HealthCheckEntry = {
          componentType: COMPONENT_TYPES[name] ?? 'component',
          status: COMPONENT_CHECK_STATUS[state] ?? 'fail',
          observedValue,
          observedUnit: 'ms',
          time: report.timestamp,
        };
        if (state !== 'connected') entry.output = state === 'down' ? `${name} did not answer within ${timeoutMs()} ms or failed` : `${name} is degraded`;
        checks[`${name}:responseTime`] = [entry];
      }
      return { status: OVERALL_CHECK_STATUS[report.status], version: report.version, description: 'Community Connect', checks };
    },

    /** Ready to serve: the database answers and every migration has run (checked until it has, then remembered). */
    async readiness(): Promise<Readiness> {
      const database = await runProbe('database', timeoutMs());
      if (database !== 'connected') return { ready: false, database, migrations: 'unknown' };
      if (!migrationsApplied) {
        try {
          migrationsApplied = !(await strapi.db.migrations.shouldRun());
        } catch {
          return { ready: false, database, migrations: 'unknown' };
        }
      }
      return { ready: migrationsApplied, database, migrations: migrationsApplied ? 'applied' : 'pending' };
    },
  };
};

export type HealthService = ReturnType<typeof healthService>;

export default healthService;
