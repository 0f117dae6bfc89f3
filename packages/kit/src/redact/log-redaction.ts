/**
 * Removes what must never leave the process in a log line or an error report: credentials
 * (authorization headers, tokens, keys, passwords, signatures), login codes, phone numbers,
 * e-mail addresses and message bodies. Applied to every log line and every Sentry event.
 */

export const REDACTED = '[redacted]';
export const PHONE_PLACEHOLDER = '[phone]';
export const EMAIL_PLACEHOLDER = '[email]';

export type RedactOptions = {
  /**
   * Development only: the `log` SMS provider writes login codes to the log on purpose (there is no
   * phone to text them to). Lines it writes keep their code; everything else is still redacted.
   */
  keepDevelopmentCodes?: boolean;
};

/** The prefix the app's development SMS provider (src/lib/sms/log-sender.ts) writes its lines with. */
export const DEVELOPMENT_SMS_PREFIX = '[development SMS]';

const MAX_DEPTH = 8;
const MAX_ARRAY_ITEMS = 100;

/** Field names (lower-cased, without `-`/`_`) whose whole value is secret or personal. */
const SECRET_FIELDS = new Set([
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'password',
  'passwd',
  'pwd',
  'secret',
  'token',
  'jwt',
  'key',
  'keys',
  'appkeys',
  'salt',
  'otp',
  'otpcode',
  'verificationcode',
  'passcode',
  'pin',
  'dsn',
  // Message bodies: Twilio's `Body`, request bodies, e-mail and SMS bodies.
  'body',
  'rawbody',
  'phone',
  'phonenumber',
  'mobile',
  'email',
  'emailaddress',
]);

/** Field-name endings that mark a secret: authToken, jwtSecret, x-api-key, stripe-signature, ... */
const SECRET_SUFFIXES = [
  'token',
  'secret',
  'password',
  'apikey',
  'accesskey',
  'privatekey',
  'signature',
  'authorization',
  'cookie',
  'salt',
  'credentials',
];

/** A `code` field is redacted when it looks like a login code (error codes such as `ECONNREFUSED` or SQLSTATE stay). */
const OTP_CODE_VALUE = /^\d{6,8}$/;

const normaliseKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

const isSecretKey = (key: string): boolean => {
  const normalised = normaliseKey(key);
  if (normalised === '') return false;
  return SECRET_FIELDS.has(normalised) || SECRET_SUFFIXES.some((suffix) => normalised.endsWith(suffix));
};

type TextRule = { pattern: RegExp; replace: string | ((...groups: string[]) => string); otp?: boolean };

/** Order matters: credentials inside URLs go before e-mail addresses (`user:pass@host` looks like one). */
const TEXT_RULES: TextRule[] = [
  // postgres://user:password@host, redis://:password@host
  { pattern: /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/:@]*:[^\s/@]+@/gi, replace: `$1${REDACTED}@` },
  { pattern: /\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{6,}/g, replace: `$1 ${REDACTED}` },
  // JSON Web Tokens (session and refresh tokens).
  { pattern: /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, replace: REDACTED },
  // Stripe secret/restricted keys and webhook secrets.
  { pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{8,}/g, replace: REDACTED },
  { pattern: /\bwhsec_[A-Za-z0-9]{8,}/g, replace: REDACTED },
  // Secrets in query strings: ?token=..., &api_key=..., &code=...
  {
    pattern: /([?&](?:access_token|refresh_token|token|api_key|apikey|key|code|otp|password|secret|signature)=)[^&\s#]+/gi,
    replace: `$1${REDACTED}`,
  },
  // Passwords written as settings or into JSON text: password=..., DB_PASSWORD=..., "password": "...".
  { pattern: /\b([A-Za-z0-9_-]*(?:password|passwd|pwd)=)(?!\[redacted\])[^\s&,;'"()]+/gi, replace: `$1${REDACTED}` },
  { pattern: /("[A-Za-z0-9_-]*(?:password|passwd|pwd)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi, replace: `$1"${REDACTED}"` },
  { pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, replace: EMAIL_PLACEHOLDER },
  // E.164 numbers, also written with spaces or dashes (+91 98765 43210) and inside whatsapp:+91...
  { pattern: /\+[1-9](?:[ -]?\d){7,14}(?!\d)/g, replace: PHONE_PLACEHOLDER },
  // Login codes in prose: "code is 123456", "OTP: 123456", "passcode=123456".
  {
    pattern: /\b(code|otp|passcode|pin)\b(\s+(?:is|was))?(\s*[:=#-]?\s*)\d{4,10}\b/gi,
    replace: (_match: string, word: string, verb = '', separator = '') => `${word}${verb}${separator}${REDACTED}`,
    otp: true,
  },
];

export const redactText = (text: string, options: RedactOptions = {}): string => {
  const keepCodes = options.keepDevelopmentCodes === true && text.startsWith(DEVELOPMENT_SMS_PREFIX);
  let result = text;
  for (const rule of TEXT_RULES) {
    if (rule.otp && keepCodes) continue;
    result = result.replace(rule.pattern, rule.replace as (substring: string, ...args: string[]) => string);
  }
  return result;
};

const redactField = (key: string, value: unknown, options: RedactOptions, depth: number, seen: WeakSet<object>): unknown => {
  if (value === null || value === undefined) return value;
  if (isSecretKey(key)) return REDACTED;
  if (normaliseKey(key) === 'code' && OTP_CODE_VALUE.test(String(value))) return REDACTED;
  return redactValue(value, options, depth + 1, seen);
};

/**
 * A redacted copy of any value: strings are scrubbed, objects and arrays copied with secret
 * fields replaced, Errors turned into plain `{ name, message, stack, ... }`. Inputs are never changed.
 */
export const redactValue = (value: unknown, options: RedactOptions = {}, depth = 0, seen = new WeakSet<object>()): unknown => {
  if (typeof value === 'string') return redactText(value, options);
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return '[depth limit]';
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  try {
    if (value instanceof Date) return value;
    if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
    if (Array.isArray(value)) {
      const items = value.slice(0, MAX_ARRAY_ITEMS).map((item) => redactValue(item, options, depth + 1, seen));
      if (value.length > MAX_ARRAY_ITEMS) items.push(`[${value.length - MAX_ARRAY_ITEMS} more]`);
      return items;
    }
    const source: Record<string, unknown> =
      value instanceof Error ? { ...value, name: value.name, message: value.message, stack: value.stack } : (value as Record<string, unknown>);
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(source)) copy[key] = redactField(key, field, options, depth, seen);
    return copy;
  } finally {
    seen.delete(value);
  }
};

/** Redacts a header map (Sentry's request.headers, access logs): secret headers go, the rest is scrubbed. */
export const redactHeaders = (headers: Record<string, unknown>): Record<string, unknown> =>
  redactValue(headers) as Record<string, unknown>;
