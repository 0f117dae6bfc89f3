import { isServiceUnavailableError } from '../unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isServiceUnavailableError', () => {
  it('recognises an unreachable or restarting database or Redis', () => {
    expect(isServiceUnavailableError(withCode('the database system is starting up', '57P03'))).toBe(true);
    expect(isServiceUnavailableError(withCode('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(isServiceUnavailableError(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isServiceUnavailableError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isServiceUnavailableError(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'))).toBe(true);
    expect(isServiceUnavailableError(new Error('Connection is closed.'))).toBe(true);
  });

  it('leaves other failures to the normal give-up', () => {
    expect(isServiceUnavailableError(new Error('The message is being answered by another worker'))).toBe(false);
    expect(isServiceUnavailableError(withCode('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(isServiceUnavailableError(new TypeError("Cannot read properties of undefined (reading 'name')"))).toBe(false);
    expect(isServiceUnavailableError('ECONNREFUSED')).toBe(false);
  });
});
