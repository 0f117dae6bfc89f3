/**
 * Errors that say a service the bot depends on (the database, Redis) was unreachable, not that the
 * message itself cannot be answered: a job that fails only with these must not be given up on.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL: shutting down, crashed, starting up; connection exceptions; too many connections.
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

const UNREACHABLE_MESSAGES =
  /connection terminated|timeout acquiring a connection|the database system is (starting up|shutting down|in recovery mode)|connection is closed|client has encountered a connection error|connect econnrefused/i;

export const isServiceUnavailableError = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  return UNREACHABLE_MESSAGES.test(error.message);
};
