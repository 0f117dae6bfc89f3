/**
 * How hard the load tests push. CI runs them small (the defaults); locally, e.g.
 *   LOAD_DURATION_SECONDS=30 LOAD_MEMBERS=10000 npm run test:load
 */
const number = (name: string, fallback: number, { zeroAllowed = false } = {}) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !zeroAllowed)) throw new Error(`${name} must be a positive number`);
  return value;
};

export const LOAD = {
  /** concurrent clients per scenario */
  connections: number('LOAD_CONNECTIONS', 50),
  /** seconds of traffic per scenario */
  durationSeconds: number('LOAD_DURATION_SECONDS', 4),
  /**
   * messages per second offered to the webhook across all clients (0: as fast as it acknowledges).
   * Acknowledging is far faster than answering (a search and a reply each), so an unthrottled run
   * leaves a backlog that takes minutes to answer.
   */
  webhookRate: number('LOAD_WEBHOOK_RATE', 150, { zeroAllowed: true }),
  /** synthetic members in the searched community */
  members: number('LOAD_MEMBERS', 300),
  /** seconds of traffic around each fault (the service is down for the middle third) */
  faultSeconds: number('LOAD_FAULT_SECONDS', 12),
  /** the app must serve again within this long after the service is back */
  recoverySeconds: number('LOAD_RECOVERY_SECONDS', 10),
  /** how long accepted messages may take to be answered after faults (the sweep runs every minute) */
  drainSeconds: number('LOAD_DRAIN_SECONDS', 150),
};
