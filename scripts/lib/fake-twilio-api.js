// @ts-check
'use strict';

/**
 * A local stand-in for Twilio's REST API (Messages, including WhatsApp and Content templates,
 * and Verify v2), enough for the official SDK to talk to it over real HTTP: it checks Basic auth,
 * reads the SDK's form-encoded bodies and answers in Twilio's JSON shapes. The test suites and
 * the WhatsApp simulator (`npm run whatsapp:sim`) read what was "sent" from it.
 */
const { randomBytes, randomInt } = require('node:crypto');
const { createServer } = require('node:http');

/** @typedef {{ to: string; from: string; body: string; sid: string; contentSid: string | null; contentVariables: string | null; statusCallback: string | null }} SentMessage */
/** @typedef {{ to: string; code: string; status: 'pending' | 'approved' }} Verification */

/** @param {string} prefix */
const sid = (prefix) => `${prefix}${randomBytes(16).toString('hex')}`;

/** @param {import('node:http').IncomingMessage} request */
const readForm = async (request) => {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
};

/** @param {import('node:http').ServerResponse} response @param {number} status @param {unknown} body */
const send = (response, status, body) => {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
};

/**
 * @param {{ accountSid?: string; authToken?: string; port?: number }} [options]
 */
const startFakeTwilio = async (options = {}) => {
  const accountSid = options.accountSid ?? sid('AC');
  const authToken = options.authToken ?? randomBytes(16).toString('hex');
  const verifyServiceSid = sid('VA');
  /** @type {SentMessage[]} */
  const messages = [];
  /** @type {Verification[]} */
  const verifications = [];
  /** @type {Array<(message: SentMessage) => void>} */
  const listeners = [];
  let failures = { count: 0, status: 500, code: 20500 };
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;

  const server = createServer(async (request, response) => {
    if (request.headers.authorization !== expectedAuth) {
      return send(response, 401, { code: 20003, message: 'Authenticate', status: 401 });
    }
    const path = (request.url ?? '').split('?')[0];
    const form = await readForm(request);

    if (request.method === 'POST' && path === `/2010-04-01/Accounts/${accountSid}/Messages.json`) {
      if (failures.count > 0) {
        failures = { ...failures, count: failures.count - 1 };
        return send(response, failures.status, { code: failures.code, message: 'Simulated failure', status: failures.status });
      }
      if (!form.get('Body') && !form.get('ContentSid')) {
        return send(response, 400, { code: 21619, message: 'A text message body or media URL must be specified.', status: 400 });
      }
      /** @type {SentMessage} */
      const message = {
        to: form.get('To') ?? '',
        from: form.get('From') ?? '',
        body: form.get('Body') ?? '',
        sid: sid('SM'),
        contentSid: form.get('ContentSid'),
        contentVariables: form.get('ContentVariables'),
        statusCallback: form.get('StatusCallback'),
      };
      messages.push(message);
      for (const listener of listeners) listener(message);
      return send(response, 201, {
        sid: message.sid,
        to: message.to,
        from: message.from,
        body: message.body,
        account_sid: accountSid,
        status: 'queued',
        num_segments: '1',
      });
    }

    if (request.method === 'POST' && path === `/v2/Services/${verifyServiceSid}/Verifications`) {
      const to = form.get('To') ?? '';
      for (const earlier of verifications) if (earlier.to === to) earlier.status = 'approved';
      /** @type {Verification} */
      const verification = { to, code: String(randomInt(0, 1_000_000)).padStart(6, '0'), status: 'pending' };
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

  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    url: `http://127.0.0.1:${address.port}`,
    accountSid,
    authToken,
    verifyServiceSid,
    messages,
    verifications,
    /** Makes the next `count` Messages calls fail with this HTTP status (and Twilio error code). */
    failNext(/** @type {number} */ count, /** @type {number} */ status, code = 20500) {
      failures = { count, status, code };
    },
    /** Calls `listener` for every message sent from now on; returns a function that stops it. */
    onMessage(/** @type {(message: SentMessage) => void} */ listener) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    /** The first message to `to` at or after index `from` of `messages`, waiting for it to arrive. */
    async waitForMessage(/** @type {string} */ to, from = 0, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.slice(from).find((message) => message.to === to);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No message to ${to} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
};

module.exports = { startFakeTwilio };
