/**
 * Named health probes that GET /health reports. The app registers `database`, `redis` and `llm`
 * at start-up; other modules add theirs, e.g. the WhatsApp worker:
 *
 *   registerHealthProbe('queue', async () => ((await queue.ping()) ? 'connected' : 'down'));
 *
 * A name nobody registered is reported as `disabled`.
 */
export type HealthState = 'connected' | 'degraded' | 'down' | 'disabled';

export type HealthProbe = () => Promise<HealthState> | HealthState;

/** The components GET /health always lists, in this order. */
export const REPORTED_COMPONENTS = ['database', 'redis', 'llm', 'queue'] as const;
export type ReportedComponent = (typeof REPORTED_COMPONENTS)[number];

const PROBE_NAME = /^[a-z][a-z0-9_]{0,31}$/;
const RESERVED = new Set(['status', 'timestamp', 'uptime', 'version']);
const STATES = new Set<HealthState>(['connected', 'degraded', 'down', 'disabled']);

const probes = new Map<string, HealthProbe>();

/** Registers (or replaces) a probe; the returned function unregisters it, e.g. when a worker stops. */
export const registerHealthProbe = (name: string, probe: HealthProbe): (() => void) => {
  if (!PROBE_NAME.test(name) || RESERVED.has(name)) {
    throw new Error(`Health probe names are lower-case words (not ${[...RESERVED].join(', ')}); got "${name}"`);
  }
  probes.set(name, probe);
  return () => {
    if (probes.get(name) === probe) probes.delete(name);
  };
};

export const registeredProbeNames = (): string[] => [...probes.keys()];

/**
 * Runs one probe within `timeoutMs`: a probe that throws, hangs or answers something else is `down`.
 */
export const runProbe = async (name: string, timeoutMs: number): Promise<HealthState> => {
  const probe = probes.get(name);
  if (!probe) return 'disabled';
  let timer: NodeJS.Timeout | undefined;
  try {
    const state = await Promise.race([
      Promise.resolve().then(probe),
      new Promise<HealthState>((resolve) => {
        timer = setTimeout(() => resolve('down'), timeoutMs);
      }),
    ]);
    return STATES.has(state) ? state : 'down';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
};

export type OverallStatus = 'ok' | 'degraded' | 'down';

/** Down when the database is; degraded when any other component is degraded or down. */
export const overallStatus = (states: Record<string, HealthState>): OverallStatus => {
  if (states.database !== 'connected' && states.database !== 'degraded') return 'down';
  return Object.values(states).every((state) => state === 'connected' || state === 'disabled') ? 'ok' : 'degraded';
};
