import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Twilio's REST API (Messages and Verify v2), enough for the official SDK to
 * talk to it over real HTTP: it checks Basic auth, reads the SDK's form-encoded bodies and answers
 * in Twilio's JSON shapes. Tests read what was "sent" from it.
 */
export type SentMessage = { to: string; from: string; body: string; sid: string };
export type Verification = { to: string; code: string; status: 'pending' | 'approved' };

export type FakeTwilio = {
  url: string;
  accountSid: string;
  authToken: string;
  verifyServiceSid: string;
  messages: SentMessage[];
  verifications: Verification[];
  /** Makes the next `count` Messages calls fail with this HTTP status. */
  failNext(count: number, status: number): void;
  /** The first message to `to` at or after index `from` of `messages`, waiting for it to arrive. */
  waitForMessage(to: string, from?: number, timeoutMs?: number): Promise<SentMessage>;
  close(): Promise<void>;
};

const sid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

const readForm = async (request: IncomingMessage): Promise<URLSearchParams> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
};

const send = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
};

export const startFakeTwilio = async (): Promise<FakeTwilio> => {
  const accountSid = sid('AC');
  const authToken = randomBytes(16).toString('hex');
  const verifyServiceSid = sid('VA');
  const messages: SentMessage[] = [];
  const verifications: Verification[] = [];
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;

  const server: Server = createServer(async (request, response) => {
    if (request.headers.authorization !== expectedAuth) {
      return send(response, 401, { code: 20003, message: 'Authenticate', status: 401 });
    }
    const path = (request.url ?? '').split('?')[0];
    const form = await readForm(request);

    if (request.method === 'POST' && path === `/2010-04-01/Accounts/${accountSid}/Messages.json`) {
      if (failures.count > 0) {
        failures = { ...failures, count: failures.count - 1 };
        return send(response, failures.status, { code: 20500, message: 'Internal failure', status: failures.status });
      }
      const message = { to: form.get('To') ?? '', from: form.get('From') ?? '', body: form.get('Body') ?? '', sid: sid('SM') };
      messages.push(message);
      return send(response, 201, { ...message, account_sid: accountSid, status: 'queued', num_segments: '1' });
    }

    if (request.method === 'POST' && path === `/v2/Services/${verifyServiceSid}/Verifications`) {
      const to = form.get('To') ?? '';
      for (const earlier of verifications) if (earlier.to === to) earlier.status = 'approved';
      const verification: Verification = { to, code: String(randomInt(0, 1_000_000)).padStart(6, '0'), status: 'pending' };
      verifications.push(verification);
      return send(response, 201, { sid: sid('VE'), service_sid: verifyServiceSid, to, channel: form.get('Channel'), status: 'pending' });
    }

    if (request.method === 'POST' && path === `/v2/Services/${verifyServiceSid}/VerificationCheck`) {
      const to = form.get('To') ?? '';
      const pending = verifications.filter((verification) => verification.to === to && verification.status === 'pending').at(-1);
      if (!pending) return send(response, 404, { code: 20404, message: 'The requested resource was not found', status: 404 });
      if (pending.code === form.get('Code')) pending.status = 'approved';
      return send(response, 200, { sid: sid('VE'), to, status: pending.status, valid: pending.status === 'approved' });
    }

    return send(response, 404, { code: 20404, message: `No fake for ${request.method} ${path}`, status: 404 });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    verifyServiceSid,
    messages,
    verifications,
    failNext(count, status) {
      failures = { count, status };
    },
    async waitForMessage(to, from = 0, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.slice(from).find((message) => message.to === to);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No SMS to ${to} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** The 6-digit code in an OTP SMS body. */
export const codeIn = (message: SentMessage): string => {
  const match = /\b(\d{6})\b/.exec(message.body);
  if (!match) throw new Error(`No code in SMS "${message.body}"`);
  return match[1];
};

/** The sender number the OTP tests configure (Twilio's magic test "from" number). */
export const TEST_SMS_FROM = '+15005550006';

/** Points the app's SMS provider at the fake (set before booting Strapi). */
export const useFakeTwilioForSms = (twilio: FakeTwilio) => {
  Object.assign(process.env, {
    SMS_PROVIDER: 'twilio',
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_SMS_FROM: TEST_SMS_FROM,
    TWILIO_API_BASE_URL: twilio.url,
    // Tests call from their own X-Forwarded-For addresses so per-IP limits never couple them.
    TRUST_PROXY: 'true',
  });
};
