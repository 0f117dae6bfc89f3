import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

import type { KeyValueStore } from '../kv/key-value-store';
import type { OtpSender } from '../sms/sms-provider';

export type OtpPolicy = {
  ttlSeconds: number;
  maxAttempts: number;
  lockoutBaseSeconds: number;
  lockoutMaxSeconds: number;
  lockoutMemorySeconds: number;
};

export type VerifyOutcome =
  | { status: 'verified' }
  | { status: 'invalid'; attemptsLeft: number }
  | { status: 'locked'; retryAfterSeconds: number };

type StoredCode = { hash?: string; providerCode?: true };

const CODE_DIGITS = 6;

/**
 * One-time login codes per phone number. Only an HMAC of each code is stored, keys are HMACs of
 * the number (no phone numbers in Redis), a new code replaces the old one, a code works once, and
 * a phone gets `maxAttempts` wrong tries per code; each exhausted code locks the phone for twice
 * as long as the one before. Phones that are not members are counted the same way, so attempt
 * counts and lockouts never reveal who is a member.
 */
export const createOtpCodes = ({
  store,
  sender,
  policy,
  secret,
}: {
  store: KeyValueStore;
  sender: OtpSender;
  policy: OtpPolicy;
  secret: string;
}) => {
  const digest = (value: string) => createHmac('sha256', secret).update(value).digest('hex');
  const phoneKey = (phone: string) => digest(`phone:${phone}`).slice(0, 32);
  const keys = (phone: string) => {
    const id = phoneKey(phone);
    return { code: `otp:code:${id}`, attempts: `otp:attempts:${id}`, lock: `otp:lock:${id}`, strikes: `otp:strikes:${id}` };
  };
  const codeHash = (phone: string, code: string) => digest(`code:${phone}:${code}`);

  const sameHash = (a: string, b: string) => {
    const left = Buffer.from(a, 'hex');
    const right = Buffer.from(b, 'hex');
    return left.length === right.length && timingSafeEqual(left, right);
  };

  const matches = async (phone: string, code: string, stored: StoredCode | null): Promise<boolean> => {
    if (!stored) return false;
    if (stored.providerCode) return (await sender.check?.(phone, code)) === true;
    return stored.hash !== undefined && sameHash(stored.hash, codeHash(phone, code));
  };

  const lockAfterExhaustedCode = async (phone: string) => {
    const key = keys(phone);
    await store.take(key.code);
    const strikes = await store.increment(key.strikes, policy.lockoutMemorySeconds);
    const seconds = Math.min(policy.lockoutMaxSeconds, policy.lockoutBaseSeconds * 2 ** (strikes - 1));
    await store.set(key.lock, String(strikes), seconds);
  };

  return {
    /** Seconds the phone stays locked out, or null when it is not. */
    lockedFor: (phone: string) => store.ttlSeconds(keys(phone).lock),

    /**
     * Creates a code for the phone (replacing any earlier one) and returns its delivery, which the
     * caller may run after answering the request.
     */
    async issue(phone: string): Promise<() => Promise<void>> {
      const key = keys(phone);
      const code = String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
      const stored: StoredCode = sender.generatesOwnCode ? { providerCode: true } : { hash: codeHash(phone, code) };
      await store.set(key.code, JSON.stringify(stored), policy.ttlSeconds);
      // Wrong tries are not forgiven by a new code: they count per phone over the code lifetime,
      // so asking for codes cannot reset the lockout (and members and non-members count alike).
      return () => sender.send(phone, code);
    },

    async verify(phone: string, code: string): Promise<VerifyOutcome> {
      const key = keys(phone);
      const lockedFor = await store.ttlSeconds(key.lock);
      if (lockedFor !== null) return { status: 'locked', retryAfterSeconds: lockedFor };

      // Counting before comparing keeps concurrent guesses from sharing one attempt; the count
      // lives as long as a code does, across codes.
      const attempt = await store.increment(key.attempts, policy.ttlSeconds);
      if (attempt > policy.maxAttempts) {
        await lockAfterExhaustedCode(phone);
        return { status: 'locked', retryAfterSeconds: (await store.ttlSeconds(key.lock)) ?? policy.lockoutBaseSeconds };
      }

      const raw = await store.get(key.code);
      const stored = raw ? (JSON.parse(raw) as StoredCode) : null;
      // take() succeeds for exactly one caller, so a code can never be used twice.
      if ((await matches(phone, code, stored)) && (await store.take(key.code))) {
        await store.take(key.attempts);
        await store.take(key.strikes);
        return { status: 'verified' };
      }

      if (attempt >= policy.maxAttempts) await lockAfterExhaustedCode(phone);
      return { status: 'invalid', attemptsLeft: policy.maxAttempts - attempt };
    },
  };
};

export type OtpCodes = ReturnType<typeof createOtpCodes>;
