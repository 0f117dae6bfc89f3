import { Writable } from 'node:stream';

import { EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER, REDACTED, redactText, redactValue } from '@community-connect/kit';
import { winston } from '@strapi/logger';

import { createLoggerOptions, readLogSettings } from '../log-format';
import { runWithRequestContext } from '../request-context';

/** A logger built exactly as config/logger.ts builds Strapi's, writing its JSON lines into an array. */
const captureLogger = (env: Record<string, string> = {}) => {
  const lines: Array<Record<string, unknown>> = [];
  const read = (name: string, fallback?: string) => env[name] ?? fallback;
  read.int = (name: string, fallback?: number) => (env[name] === undefined ? (fallback as number) : Number(env[name]));
  const options = createLoggerOptions(readLogSettings(read));
  const sink = new winston.transports.Stream({
    stream: new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    }),
    format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  });
  const logger = winston.createLogger({ ...options, transports: [sink] });
  return { logger, lines, text: () => lines.map((line) => JSON.stringify(line)).join('\n') };
};

describe('redaction of log lines and error reports', () => {
  it('replaces phone numbers in E.164 form, also spaced and inside whatsapp: addresses', () => {
    expect(redactText('member +919876543210 asked')).toBe(`member ${PHONE_PLACEHOLDER} asked`);
    expect(redactText('From whatsapp:+14155550123')).toBe(`From whatsapp:${PHONE_PLACEHOLDER}`);
    expect(redactText('call +91 98765 43210 today')).toBe(`call ${PHONE_PLACEHOLDER} today`);
    // Masked numbers (the audit log's form) and plain counts stay.
    expect(redactText('+91******3210 has 1234 members')).toBe('+91******3210 has 1234 members');
  });

  it('replaces e-mail addresses', () => {
    expect(redactText('invite sent to Priya.K+alumni@example.co.in')).toBe(`invite sent to ${EMAIL_PLACEHOLDER}`);
    expect(redactText('masked a***@example.com stays')).toBe('masked a***@example.com stays');
  });

  it('removes login codes from prose and from code fields, keeping error codes', () => {
    expect(redactText('Your login code is 482913')).toBe(`Your login code is ${REDACTED}`);
    expect(redactText('OTP: 482913')).toBe(`OTP: ${REDACTED}`);
    expect(redactValue({ phone: '+919876543210', code: '482913' })).toEqual({ phone: REDACTED, code: REDACTED });
    expect(redactValue({ code: 'ECONNREFUSED' })).toEqual({ code: 'ECONNREFUSED' });
    expect(redactValue({ code: '23505' })).toEqual({ code: '23505' });
  });

  it('removes secrets by field name: authorization, cookies, tokens, keys, passwords, signatures', () => {
    const headers = {
      authorization: 'Bearer abc.def.ghi',
      cookie: 'koa.sess=1',
      'x-twilio-signature': 'c2lnbmF0dXJl',
      'stripe-signature': 't=1,v1=abc',
      'x-api-key': 'k-123',
      'user-agent': 'curl/8',
    };
    expect(redactValue(headers)).toEqual({
      authorization: REDACTED,
      cookie: REDACTED,
      'x-twilio-signature': REDACTED,
      'stripe-signature': REDACTED,
      'x-api-key': REDACTED,
      'user-agent': 'curl/8',
    });
    expect(
      redactValue({ password: 'hunter2', jwtSecret: 's', TWILIO_AUTH_TOKEN: 't', refreshToken: 'r', APP_KEYS: 'a,b', apiTokenId: 7 })
    ).toEqual({ password: REDACTED, jwtSecret: REDACTED, TWILIO_AUTH_TOKEN: REDACTED, refreshToken: REDACTED, APP_KEYS: REDACTED, apiTokenId: 7 });
  });

  it('removes secrets written into text: bearer tokens, JWTs, URL passwords, Stripe keys, query tokens', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2lnbmF0dXJlLXZhbHVl';
    expect(redactText(`header Bearer ${jwt}`)).toBe(`header Bearer ${REDACTED}`);
    expect(redactText(`token ${jwt} expired`)).toBe(`token ${REDACTED} expired`);
    expect(redactText('connect postgres://app:s3cret@db.internal:5432/cc failed')).toBe(
      `connect postgres://${REDACTED}@db.internal:5432/cc failed`
    );
    expect(redactText('key sk_live_51HxYzAbCdEfGh and whsec_abcdefgh1234')).toBe(`key ${REDACTED} and ${REDACTED}`);
    expect(redactText('/api/reset?token=abcdef&page=2')).toBe(`/api/reset?token=${REDACTED}&page=2`);
  });

  it('removes message bodies (Twilio Body, request bodies) whatever they hold', () => {
    expect(redactValue({ Body: 'I am Ravi, call me', From: 'whatsapp:+919876543210', MessageSid: 'SM1' })).toEqual({
      Body: REDACTED,
      From: `whatsapp:${PHONE_PLACEHOLDER}`,
      MessageSid: 'SM1',
    });
    expect(redactValue({ request: { body: { name: 'x' } } })).toEqual({ request: { body: REDACTED } });
  });

  it('copies instead of changing the value it is given, and survives cycles', () => {
    const original: Record<string, unknown> = { phone: '+919876543210', nested: { email: 'a@b.co' } };
    original.self = original;
    const copy = redactValue(original) as Record<string, unknown>;
    expect(original.phone).toBe('+919876543210');
    expect(copy.phone).toBe(REDACTED);
    expect(copy.self).toBe('[circular]');
  });

  it('redacts every line the configured logger writes: message, fields and errors', () => {
    const { logger, text } = captureLogger({ LOG_FORMAT: 'json' });
    logger.info('sent code 482913 to +919876543210 (ravi@example.org)', { authorization: 'Bearer abcdefgh', Body: 'hello' });
    const failure = Object.assign(new Error('insert failed for +919876543210'), { code: '23505' });
    logger.error(failure);
    const written = text();
    expect(written).not.toMatch(/482913|9876543210|ravi@example\.org|abcdefgh|hello/);
    expect(written).toContain(PHONE_PLACEHOLDER);
    expect(written).toContain('23505');
    expect(written).toContain('insert failed for');
  });

  it('keeps the code of the development SMS provider outside production only', () => {
    // The same words from anyone else lose the code in development too.
    const line = '[development SMS] your login code is 482913';
    const development = captureLogger({ NODE_ENV: 'development' });
    development.logger.info(line);
    development.logger.info('provider said: your login code is 482913');
    expect(development.lines[0].message).toBe(line);
    expect(development.lines[1].message).toBe(`provider said: your login code is ${REDACTED}`);
    const production = captureLogger({ NODE_ENV: 'production' });
    production.logger.info(line);
    expect(production.text()).not.toContain('482913');
  });

  it('adds the request id (and the actor) to every line written inside a request', async () => {
    const { logger, lines } = captureLogger({ LOG_FORMAT: 'json' });
    await runWithRequestContext({ requestId: 'req-123', actor: () => ({ userId: 4, community: 'alumni' }) }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.warn('inside');
    });
    logger.warn('outside');
    expect(lines[0]).toMatchObject({ message: 'inside', requestId: 'req-123', userId: 4, community: 'alumni' });
    expect(lines[1].requestId).toBeUndefined();
  });

  it('refuses unknown log levels and formats with the setting name', () => {
    const read = (name: string) => ({ LOG_LEVEL: 'loud' } as Record<string, string>)[name];
    read.int = (_name: string, fallback?: number) => fallback as number;
    expect(() => readLogSettings(read)).toThrow(/LOG_LEVEL/);
    const badFormat = (name: string) => ({ LOG_FORMAT: 'xml' } as Record<string, string>)[name];
    badFormat.int = read.int;
    expect(() => readLogSettings(badFormat)).toThrow(/LOG_FORMAT/);
  });

  it('writes JSON in production and readable lines in development by default', () => {
    const read = (env: Record<string, string>) => {
      const fn = (name: string, fallback?: string) => env[name] ?? fallback;
      fn.int = (_name: string, fallback?: number) => fallback as number;
      return fn;
    };
    expect(readLogSettings(read({ NODE_ENV: 'production' })).format).toBe('json');
    expect(readLogSettings(read({ NODE_ENV: 'development' })).format).toBe('pretty');
    expect(readLogSettings(read({ NODE_ENV: 'development', LOG_FORMAT: 'json' })).format).toBe('json');
  });
});
