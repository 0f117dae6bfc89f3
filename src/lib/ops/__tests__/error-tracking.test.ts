import type { Event } from '@sentry/node';

import { scrubEvent } from '../error-tracking';
import { EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER, REDACTED } from '@community-connect/kit';

describe('Sentry event scrubbing', () => {
  const event = (): Event => ({
    message: 'lookup failed for +919876543210',
    exception: {
      values: [
        {
          type: 'Error',
          value: 'member ravi@example.org (+14155550123) not saved',
          stacktrace: { frames: [{ filename: 'member.js', function: 'save', vars: { phone: '+919876543210', otp: '123456' } }] },
        },
      ],
    },
    request: {
      method: 'POST',
      url: 'https://cc.example.org/api/auth/verify-otp?phone=%2B919876543210',
      query_string: 'phone=%2B919876543210',
      data: { phone: '+919876543210', code: '482913' },
      cookies: { 'koa.sess': 'abc' },
      headers: {
        authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2lnbmF0dXJlLXZhbHVl',
        cookie: 'koa.sess=abc',
        'user-agent': 'WhatsApp/2.0',
        'x-request-id': 'req-1',
        'x-forwarded-for': '203.0.113.9',
      },
    },
    user: { id: 42, email: 'ravi@example.org', ip_address: '203.0.113.9', username: 'ravi' },
    breadcrumbs: [{ message: 'sms to +919876543210', data: { Body: 'your code is 482913' } }],
    extra: { body: { name: 'Ravi' }, note: 'mail ravi@example.org' },
    contexts: { actor: { memberId: 'abc123', email: 'ravi@example.org' } },
    tags: { route: '/api/auth/verify-otp' },
  });

  it('leaves no phone number, e-mail, code, credential or body anywhere in the event', () => {
    const scrubbed = scrubEvent(event());
    const text = JSON.stringify(scrubbed);
    expect(text).not.toMatch(/9876543210|4155550123|ravi@example\.org|482913|123456|eyJhbGci|koa\.sess|203\.0\.113\.9|Ravi/);
    expect(scrubbed.message).toBe(`lookup failed for ${PHONE_PLACEHOLDER}`);
    expect(scrubbed.exception?.values?.[0].value).toBe(`member ${EMAIL_PLACEHOLDER} (${PHONE_PLACEHOLDER}) not saved`);
  });

  it('keeps the request to method, path and harmless headers, and the user to an id', () => {
    const scrubbed = scrubEvent(event());
    expect(scrubbed.request).toEqual({
      method: 'POST',
      url: 'https://cc.example.org/api/auth/verify-otp',
      headers: { 'user-agent': 'WhatsApp/2.0', 'x-request-id': 'req-1' },
    });
    expect(scrubbed.user).toEqual({ id: '42' });
    expect(scrubbed.exception?.values?.[0].stacktrace?.frames?.[0]).toEqual({ filename: 'member.js', function: 'save' });
    expect(scrubbed.extra).toEqual({ body: REDACTED, note: `mail ${EMAIL_PLACEHOLDER}` });
    expect(scrubbed.tags).toEqual({ route: '/api/auth/verify-otp' });
    expect(scrubbed.contexts?.actor).toEqual({ memberId: 'abc123', email: REDACTED });
  });

  it('does not change the event it is given', () => {
    const original = event();
    scrubEvent(original);
    expect(original.user?.email).toBe('ravi@example.org');
  });
});
