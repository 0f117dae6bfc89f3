import { errors } from '@strapi/utils';
import { z } from 'zod';

import { AppError, ForbiddenError } from '../app-error';
import { ERROR_CATALOGUE } from '../catalogue';
import { sendErrorResponse, toErrorResponse } from '../envelope';
import { humanValidationError, issuesValidationError, parseForPeople } from '../validation';

const refusal = <TSchema extends z.ZodType>(schema: TSchema, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return result.error;
};

describe('the error family', () => {
  it('takes status and name of an AppError from its catalogue entry, details default to {}', () => {
    const error = new AppError('CONFLICT', 'Already subscribed', { plan: 'pro' });
    expect([error.code, error.status, error.name, error.message, error.details]).toEqual(['CONFLICT', 409, 'ConflictError', 'Already subscribed', { plan: 'pro' }]);
    expect(toErrorResponse(new AppError('SERVICE_UNAVAILABLE', 'Try again'))).toEqual({
      status: 503,
      body: { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: 'Try again', details: {} } },
    });
  });

  it('keeps every catalogue status an HTTP error status and every name distinct', () => {
    const entries = Object.values(ERROR_CATALOGUE);
    expect(entries.every(({ status }) => status >= 400 && status < 600)).toBe(true);
    expect(new Set(entries.map(({ name }) => name)).size).toBe(entries.length);
  });

  it('makes ForbiddenError a PolicyError (its message reaches the client) named ForbiddenError with a 403', () => {
    const error = new ForbiddenError('You do not manage this community', { field: 'plan' });
    expect(error).toBeInstanceOf(errors.PolicyError);
    expect(toErrorResponse(error)).toEqual({
      status: 403,
      body: { data: null, error: { status: 403, name: 'ForbiddenError', message: 'You do not manage this community', details: { field: 'plan' } } },
    });
    expect(toErrorResponse(new ForbiddenError('No'))?.body.error.details).toEqual({});
  });

  it('gives Strapi’s own errors the status Strapi’s error middleware gives them', () => {
    const statusOf = (error: Error) => toErrorResponse(error)?.status;
    expect(statusOf(new errors.ValidationError('bad'))).toBe(400);
    expect(statusOf(new errors.ApplicationError('bad'))).toBe(400);
    expect(statusOf(new errors.UnauthorizedError('who?'))).toBe(401);
    expect(statusOf(new errors.NotFoundError('gone'))).toBe(404);
    expect(statusOf(new errors.PayloadTooLargeError('big'))).toBe(413);
    expect(statusOf(new errors.RateLimitError('slow down'))).toBe(429);
    expect(statusOf(new errors.NotImplementedError('later'))).toBe(501);
  });

  it('answers a stray zod failure as a 400 and leaves anything else to Strapi (500 without its text)', () => {
    const zodError = refusal(z.strictObject({ q: z.string() }), { q: 1 });
    expect(toErrorResponse(zodError)?.body.error).toMatchObject({ status: 400, name: 'ValidationError', details: { errors: [{ path: ['q'] }] } });
    expect(toErrorResponse(new Error('connect ECONNREFUSED 10.0.0.5:5432'))).toBeNull();
    expect(toErrorResponse('a string')).toBeNull();
  });

  it('sets the response only for errors it can answer', () => {
    const ctx = { status: 404, body: undefined as unknown };
    expect(sendErrorResponse(ctx, new Error('internal'))).toBe(false);
    expect(ctx).toEqual({ status: 404, body: undefined });
    expect(sendErrorResponse(ctx, new AppError('LENGTH_REQUIRED', 'Send the length'))).toBe(true);
    expect(ctx).toEqual({ status: 411, body: { data: null, error: { status: 411, name: 'LengthRequired', message: 'Send the length', details: {} } } });
  });
});

describe('zod failures as validation errors', () => {
  const schema = z.strictObject({ pageSize: z.number().max(50), phone: z.string().min(8) });

  it('words each field for people, masks personal data and names each entry', () => {
    let thrown: unknown;
    try {
      parseForPeople(schema, { pageSize: 80, phone: '+9198' }, { labels: { pageSize: 'Results per page' }, subject: 'the request' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(errors.ValidationError);
    const { message, details } = thrown as errors.ValidationError;
    expect(message).toBe('Results per page "80" is too large: enter 50 or less. Phone "•••••" is too short: enter at least 8 characters.');
    expect(details).toEqual({
      errors: [
        { path: ['pageSize'], code: 'too_big', message: 'Results per page "80" is too large: enter 50 or less', name: 'ValidationError' },
        { path: ['phone'], code: 'too_small', message: 'Phone "•••••" is too short: enter at least 8 characters', name: 'ValidationError' },
      ],
    });
  });

  it('returns the parsed data when the input is accepted', () => {
    expect(parseForPeople(schema, { pageSize: 10, phone: '+919811114116' })).toEqual({ pageSize: 10, phone: '+919811114116' });
  });

  it('leaves the entries unnamed when asked (the WhatsApp admin API’s format)', () => {
    const error = humanValidationError(refusal(schema, { pageSize: 80, phone: '+919811114116' }), { pageSize: 80 }, { nameEachEntry: false });
    expect(error.details).toEqual({ errors: [{ path: ['pageSize'], code: 'too_big', message: expect.stringMatching(/^Page size "80" /) }] });
  });

  it('lists zod’s own messages for machine input, joined or under the given message', () => {
    const zodError = refusal(z.object({ MessageSid: z.string(), To: z.string() }), {});
    const joined = issuesValidationError(zodError);
    expect(joined.message).toBe(zodError.issues.map((issue) => issue.message).join('; '));
    expect(joined.details).toEqual({ errors: zodError.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })) });
    expect(issuesValidationError(zodError, 'Invalid Twilio request').message).toBe('Invalid Twilio request');
  });
});
