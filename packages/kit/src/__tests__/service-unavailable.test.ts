import { MaxRetriesPerRequestError } from 'ioredis/built/errors';
import { KnexTimeoutError } from 'knex';

import { isServiceUnavailableError, unavailableServiceOf } from '..';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
// ioredis's declarations lose Error's fields on the way through redis-errors' AbortError.
const redisGaveUp = () => new MaxRetriesPerRequestError(20) as unknown as Error;

/** The one outage classifier of the app and the plugins (the WhatsApp bot's copy had drifted). */
describe('isServiceUnavailableError', () => {
  it.each([
    ['a database starting up', withCode('the database system is starting up', '57P03')],
    ['PostgreSQL shutting down', withCode('terminating connection due to administrator command', '57P01')],
    ['PostgreSQL refusing connections', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a closed Redis connection', new Error('Connection is closed.')],
    ['a full connection pool', new KnexTimeoutError('Knex: Timeout acquiring a connection. The pool is probably full.')],
    ['a knex timeout of any wording', new KnexTimeoutError('Defined query timeout of 5000ms exceeded when running query.')],
    ['a transaction whose connection died', new Error('Transaction query already complete, run with DEBUG=knex:tx for more info')],
    ['a pg client closed under the query', new Error('Client was closed and is not queryable')],
    ['a pg client after a connection error', new Error('Client has encountered a connection error and is not queryable')],
    ['Redis away without an offline queue', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['Redis away past its retries', redisGaveUp()],
  ])('recognises %s', (_name, error) => {
    expect(isServiceUnavailableError(error)).toBe(true);
  });

  it.each([
    ['another worker holding the message', new Error('The message is being answered by another worker')],
    ['a constraint violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'name')")],
    ['a non-error', 'ECONNREFUSED'],
  ])('leaves %s alone', (_name, error) => {
    expect(isServiceUnavailableError(error)).toBe(false);
  });

  it('names the service without repeating the driver’s message', () => {
    expect(unavailableServiceOf(new KnexTimeoutError('Knex: Timeout acquiring a connection.'))).toBe('database');
    expect(unavailableServiceOf(redisGaveUp())).toBe('redis');
    expect(unavailableServiceOf(new Error('socket hang up'))).toBe('a dependency');
  });
});
