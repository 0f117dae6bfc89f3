import Redis, { ReplyError } from 'ioredis';

/**
 * The one way this app opens Redis connections. Redis holds caches, limits, OTP codes and queues,
 * never the truth, so a request must not wait for it: commands are not queued while it is away
 * (`enableOfflineQueue: false`), time out after REDIS_COMMAND_TIMEOUT_MS, and a circuit opens on
 * the first lost connection (or a few timeouts in a row) so later calls fail at once (callers then use their in-process fallbacks)
 * until Redis answers again (ioredis reconnects in the background; a half-open probe every few
 * seconds catches a Redis that is connected but not answering). Every ioredis error goes through
 * the app's logger, summarised per outage instead of one line per reconnect attempt.
 */

export type RedisLogger = { info(message: string): void; warn(message: string): void };

export type RedisConnectionSettings = {
  url: string;
  /** Who uses the connection, for log lines (never the URL, which may hold a password). */
  name: string;
  log: RedisLogger;
  commandTimeoutMs: number;
  /** While the circuit is open, one command is let through this often to see whether Redis answers again. */
  probeIntervalMs?: number;
  /**
   * For BullMQ workers, whose blocking commands wait on purpose: no command timeout and no retry
   * limit (BullMQ requires both). Never used on a request path.
   */
  blocking?: boolean;
};

/** Thrown instead of a Redis command while the circuit is open: the caller falls back or answers 503. */
export class RedisUnavailableError extends Error {
  readonly code = 'REDIS_UNAVAILABLE';
  constructor(readonly connectionName: string) {
    super(`Redis (${connectionName}) is unavailable`);
    this.name = 'RedisUnavailableError';
  }
}

export const isRedisUnavailableError = (error: unknown): error is RedisUnavailableError =>
  error instanceof Error && (error as { code?: unknown }).code === 'REDIS_UNAVAILABLE';

export type RedisConnection = {
  readonly name: string;
  readonly client: Redis;
  /** True while commands are refused at once (Redis failed and has not answered since). */
  isOpen(): boolean;
  /**
   * Runs a command through the circuit: refused at once (RedisUnavailableError) while it is open,
   * and a failure to reach Redis (timeout, lost connection) opens it. Redis' own error replies
   * (wrong type, script errors) are answers: they pass through and leave the circuit closed.
   */
  run<T>(command: (client: Redis) => Promise<T>): Promise<T>;
  /** Resolves true once connected, false after `timeoutMs` (the app starts degraded then). */
  whenReady(timeoutMs: number): Promise<boolean>;
  /** Called each time Redis answers again after an outage. */
  onRecovered(listener: () => void): () => void;
  /** Closes without waiting on a dead connection: QUIT (bounded) when connected, else drop the socket. */
  close(): Promise<void>;
};

const DEFAULT_PROBE_INTERVAL_MS = 3000;
/** While an outage lasts, a reminder with the number of connection errors since the last line. */
const OUTAGE_REMINDER_MS = 60_000;
const QUIT_TIMEOUT_MS = 500;
const MAX_RECONNECT_DELAY_MS = 2000;
/**
 * Timeouts in a row that open the circuit while the connection is up. A lost connection opens it
 * at once; a single timeout may be this process's own event loop stalling (a busy CPU runs the
 * timer before reading the reply that arrived), and opening on it would move OTP codes and limits
 * into the process for a few seconds without need.
 */
const TIMEOUTS_TO_OPEN = 3;

const open = new Set<RedisConnection>();

const reasonOf = (error: Error) => {
  const code = (error as Error & { code?: unknown }).code;
  // The code (ECONNREFUSED...) says enough; messages may name the host and port.
  return typeof code === 'string' ? code : error.name === 'Error' ? error.message.replace(/\d+\.\d+\.\d+\.\d+(:\d+)?|\[[0-9a-f:]+\](:\d+)?/gi, '<host>') : error.name;
};

export const openRedisConnection = (settings: RedisConnectionSettings): RedisConnection => {
  const { name, log } = settings;
  if (!Number.isInteger(settings.commandTimeoutMs) || settings.commandTimeoutMs <= 0) {
    throw new Error('REDIS_COMMAND_TIMEOUT_MS must be a positive whole number of milliseconds');
  }
  const probeIntervalMs = settings.probeIntervalMs ?? DEFAULT_PROBE_INTERVAL_MS;
  let stopping = false;
  let circuitOpen = false;
  let lastProbeAt = 0;
  let outageErrors = 0;
  let lastReminderAt = 0;
  let timeoutsInARow = 0;
  const recoveredListeners = new Set<() => void>();

  const client = new Redis(settings.url, {
    lazyConnect: false,
    connectTimeout: Math.max(1000, settings.commandTimeoutMs * 4),
    retryStrategy: (attempt) => (stopping ? null : Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS)),
    ...(settings.blocking
      ? { maxRetriesPerRequest: null, enableOfflineQueue: true }
      : {
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          commandTimeout: settings.commandTimeoutMs,
          autoResendUnfulfilledCommands: false,
        }),
  });

  const openCircuit = (reason: string) => {
    outageErrors += 1;
    if (circuitOpen || stopping) {
      if (!stopping && Date.now() - lastReminderAt >= OUTAGE_REMINDER_MS) {
        lastReminderAt = Date.now();
        log.warn(`redis (${name}): still unavailable (${outageErrors} errors so far, last: ${reason}); in-process fallbacks in use`);
      }
      return;
    }
    circuitOpen = true;
    lastProbeAt = Date.now();
    lastReminderAt = Date.now();
    outageErrors = 1;
    log.warn(`redis (${name}): unavailable (${reason}); in-process fallbacks in use until it answers again`);
  };

  const closeCircuit = () => {
    if (!circuitOpen) return;
    circuitOpen = false;
    log.info(`redis (${name}): answering again after ${outageErrors} error(s)`);
    for (const listener of recoveredListeners) {
      try {
        listener();
      } catch (error) {
        log.warn(`redis (${name}): a recovery listener failed: ${(error as Error).message}`);
      }
    }
  };

  client.on('error', (error: Error) => openCircuit(reasonOf(error)));
  client.on('close', () => {
    if (!stopping) openCircuit('connection closed');
  });
  client.on('ready', closeCircuit);

  const connection: RedisConnection = {
    name,
    client,
    isOpen: () => circuitOpen || client.status !== 'ready',
    async run(command) {
      if (stopping || client.status !== 'ready') throw new RedisUnavailableError(name);
      if (circuitOpen) {
        // Half-open: connected, but it failed lately; one command in a while finds out whether it answers.
        if (Date.now() - lastProbeAt < probeIntervalMs) throw new RedisUnavailableError(name);
        lastProbeAt = Date.now();
      }
      try {
        const result = await command(client);
        timeoutsInARow = 0;
        closeCircuit();
        return result;
      } catch (error) {
        if (error instanceof ReplyError) throw error;
        const timedOut = /timed out/i.test((error as Error).message) && client.status === 'ready';
        timeoutsInARow = timedOut ? timeoutsInARow + 1 : 0;
        if (!timedOut || timeoutsInARow >= TIMEOUTS_TO_OPEN || circuitOpen) openCircuit(reasonOf(error as Error));
        throw new RedisUnavailableError(name);
      }
    },
    whenReady: (timeoutMs) =>
      client.status === 'ready'
        ? Promise.resolve(true)
        : new Promise((resolve) => {
            const timer = setTimeout(() => {
              client.off('ready', ready);
              resolve(false);
            }, timeoutMs);
            const ready = () => {
              clearTimeout(timer);
              resolve(true);
            };
            client.once('ready', ready);
          }),
    onRecovered(listener) {
      recoveredListeners.add(listener);
      return () => recoveredListeners.delete(listener);
    },
    async close() {
      if (stopping) return;
      stopping = true;
      open.delete(connection);
      recoveredListeners.clear();
      if (client.status === 'ready') {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          client.quit().catch(() => undefined),
          new Promise((resolve) => {
            timer = setTimeout(resolve, QUIT_TIMEOUT_MS);
          }),
        ]);
        clearTimeout(timer);
      }
      client.disconnect(false);
    },
  };
  open.add(connection);
  return connection;
};

/** A stopping process drops the connections that are down, so nothing waits on their reconnects; returns how many. */
export const closeUnavailableRedisConnections = async () => {
  const unavailable = [...open].filter((connection) => connection.isOpen());
  await Promise.all(unavailable.map((connection) => connection.close()));
  return unavailable.length;
};
