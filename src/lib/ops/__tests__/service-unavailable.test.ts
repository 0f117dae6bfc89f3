import type { Context } from 'koa';
import { KnexTimeoutError } from 'knex';

import serviceUnavailable from '../../../middlewares/service-unavailable';
import { isServiceUnavailableError, RETRY_AFTER_SECONDS, unavailableServiceOf } from '../service-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isServiceUnavailableError', () => {
  it.each([
    ['PostgreSQL shutting down', withCode('terminating connection due to administrator command', '57P01')],
    ['PostgreSQL refusing connections', withCode('connect ECONNREFUSED 10.0.0.5:5432', 'ECONNREFUSED')],
    ['a full connection pool', new KnexTimeoutError('Knex: Timeout acquiring a connection. The pool is probably full.')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a transaction whose connection died', new Error('Transaction query already complete, run with DEBUG=knex:tx for more info')],
    ['Redis away', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
  ])('recognises %s', (_name, error) => {
    expect(isServiceUnavailableError(error)).toBe(true);
  });

  it.each([
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a constraint violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a non-error', 'ECONNREFUSED'],
  ])('leaves %s alone', (_name, error) => {
    expect(isServiceUnavailableError(error)).toBe(false);
  });

  it('names the service without repeating the driver’s message', () => {
    expect(unavailableServiceOf(new KnexTimeoutError('Knex: Timeout acquiring a connection.'))).toBe('database');
    const redisError = new Error('Reached the max retries per request limit');
    redisError.stack = 'MaxRetriesPerRequestError\n    at /app/node_modules/ioredis/built/redis/event_handler.js:1:1';
    expect(unavailableServiceOf(redisError)).toBe('redis');
  });
});

describe('service-unavailable middleware', () => {
  const warn = jest.fn();
  beforeAll(() => {
    (globalThis as unknown as { strapi: unknown }).strapi = { log: { warn } };
  });
  afterAll(() => {
    delete (globalThis as unknown as { strapi?: unknown }).strapi;
  });

  const contextFor = () => {
    const headers: Record<string, string> = {};
    const ctx = { method: 'GET', path: '/api/members', status: 404, body: undefined as unknown, set: (name: string, value: string) => (headers[name] = value) };
    return { ctx, headers };
  };

  it('answers 503 with Retry-After in Strapi’s envelope, without the driver’s message', async () => {
    const { ctx, headers } = contextFor();
    await serviceUnavailable()(ctx as unknown as Context, async () => {
      const refused = withCode('connect ECONNREFUSED 10.0.0.5:5432 (password=secret)', 'ECONNREFUSED');
      refused.stack = `Error: ${refused.message}\n    at Client._connectionCallback (/app/node_modules/pg-pool/index.js:1:1)`;
      throw refused;
    });
    expect(ctx.status).toBe(503);
    expect(headers['Retry-After']).toBe(String(RETRY_AFTER_SECONDS));
    expect(ctx.body).toEqual({
      data: null,
      error: { status: 503, name: 'ServiceUnavailableError', message: expect.stringMatching(/try again/), details: {} },
    });
    expect(JSON.stringify(ctx.body)).not.toMatch(/10\.0\.0\.5|secret/);
    expect(warn.mock.calls.at(-1)?.[0]).toBe('GET /api/members: database unreachable (ECONNREFUSED)');
  });

  it('passes every other error on to strapi::errors', async () => {
    const { ctx } = contextFor();
    const bug = new TypeError('boom');
    await expect(
      serviceUnavailable()(ctx as unknown as Context, async () => {
        throw bug;
      })
    ).rejects.toBe(bug);
    expect(ctx.status).toBe(404);
  });
});
