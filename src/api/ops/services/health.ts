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
import { getAppService } from '../../../lib/services';

export type HealthReport = {
  status: OverallStatus;
  timestamp: string;
  uptime: number;
  version: string;
} & Record<string, HealthState | OverallStatus | string | number>;

export type Readiness = { ready: boolean; database: HealthState; migrations: 'applied' | 'pending' | 'unknown' };

/** Reports are shared for this long, so a burst of probes costs one round of checks. */
const REPORT_TTL_MS = 1000;

type LlmState = { enabled: boolean; circuitOpen: boolean };

const healthService = ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { report: HealthReport; at: number } | null = null;
  let pending: Promise<HealthReport> | null = null;
  let migrationsApplied = false;

  const timeoutMs = () => (strapi.config.get('ops.health.probeTimeoutMs') as number | undefined) ?? 2000;

  const pingDatabase = async (): Promise<HealthState> => {
    await strapi.db.connection.raw('select 1');
    return 'connected';
  };

  const build = async (): Promise<HealthReport> => {
    const names = [...new Set([...REPORTED_COMPONENTS, ...registeredProbeNames()])];
    const states = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await runProbe(name, timeoutMs())] as const)));
    return {
      status: overallStatus(states),
      timestamp: new Date().toISOString(),
      uptime: Math.round(process.uptime()),
      version: String((strapi.config.get('info.version') as string | undefined) ?? 'unknown'),
      ...states,
    };
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
      if (cached && Date.now() - cached.at < REPORT_TTL_MS) return cached.report;
      pending ??= build()
        .then((report) => {
          cached = { report, at: Date.now() };
          return report;
        })
        .finally(() => {
          pending = null;
        });
      return pending;
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
