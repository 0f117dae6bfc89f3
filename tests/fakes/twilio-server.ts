/**
 * A local stand-in for Twilio's REST API (Messages and Verify v2), enough for the official SDK to
 * talk to it over real HTTP: it checks Basic auth, reads the SDK's form-encoded bodies and answers
 * in Twilio's JSON shapes. Tests read what was "sent" from it.
 */
export type SentMessage = {
  to: string;
  from: string;
  body: string;
  sid: string;
  contentSid: string | null;
  contentVariables: string | null;
  statusCallback: string | null;
};
export type Verification = { to: string; code: string; status: 'pending' | 'approved' };

export type FakeTwilio = {
  url: string;
  accountSid: string;
  authToken: string;
  verifyServiceSid: string;
  messages: SentMessage[];
  verifications: Verification[];
  /** Makes the next `count` Messages calls fail with this HTTP status (and Twilio error code). */
  failNext(count: number, status: number, code?: number): void;
  onMessage(listener: (message: SentMessage) => void): () => void;
  /** The first message to `to` at or after index `from` of `messages`, waiting for it to arrive. */
  waitForMessage(to: string, from?: number, timeoutMs?: number): Promise<SentMessage>;
  close(): Promise<void>;
};

/** The one fake Twilio API (shared with the WhatsApp simulator), typed for the suites. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fake = require('../../scripts/lib/fake-twilio-api.js') as { startFakeTwilio: (options?: { port?: number }) => Promise<FakeTwilio> };

export const startFakeTwilio = (): Promise<FakeTwilio> => fake.startFakeTwilio();

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
