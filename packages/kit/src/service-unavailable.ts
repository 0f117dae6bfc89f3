/**
 * Errors that mean a service the request needs (PostgreSQL, Redis) could not be reached, not that
 * the request was wrong or the code is broken: the caller should try again shortly (the app answers
 * 503; the WhatsApp bot leaves the message for its sweep), and nothing of the driver's message
 * (which may name hosts or SQL) is shown to anyone. One list for the app and every plugin: the
 * bot's own copy once lacked the knex, pg and ioredis entries below and apologised for outages.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL: admin shutdown, crash shutdown, cannot connect now; connection exceptions; too many connections.
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
]);

const UNREACHABLE_MESSAGES = new RegExp(
  [
    'connection terminated',
    'timeout acquiring a connection',
    'the database system is (starting up|shutting down|in recovery mode)',
    'connection is closed',
    'client has encountered a connection error',
    'client was closed and is not queryable',
    // knex, for a query in a transaction whose connection the outage killed (rolled back under it)
    'transaction query already complete',
    'connect econnrefused',
    // ioredis, when it gives up on a command while Redis is away
    "stream isn't writeable",
    'reached the max retries per request limit',
  ].join('|'),
  'i'
);

export const isServiceUnavailableError = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  if (error.name === 'KnexTimeoutError' || error.name === 'MaxRetriesPerRequestError') return true;
  return UNREACHABLE_MESSAGES.test(error.message);
};

/** Which service an unreachable-service error is about, for the log line (never the raw message). */
export const unavailableServiceOf = (error: Error): 'database' | 'redis' | 'a dependency' => {
  const text = `${error.name} ${error.message} ${error.stack ?? ''}`;
  // ioredis names its give-up error, whose stack need not pass through ioredis itself.
  if (/ioredis|redis|MaxRetriesPerRequestError/i.test(text)) return 'redis';
  if (/knex|pg-pool|postgres|[/\\]pg[/\\]|database/i.test(text)) return 'database';
  return 'a dependency';
};
