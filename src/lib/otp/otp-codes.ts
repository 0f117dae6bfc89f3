import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

import type { KeyValueStore } from '../kv/key-value-store';
import type { OtpSender } from '../sms/sms-provider';

export type OtpPolicy = {
  ttlSeconds: number;
  maxAttempts: number;
  /** A source range that sent `maxAttempts` wrong codes within an hour is locked: base × 2^(n-1), capped. */
  lockoutBaseSeconds: number;
  lockoutMaxSeconds: number;
  /** How long the growing-lockout counts (of sources and phones) are remembered. */
  lockoutMemorySeconds: number;
  /** A phone whose code ran out of tries is only slowed: short locks, doubling, capped low. */
  phoneLockoutBaseSeconds: number;
  phoneLockoutMaxSeconds: number;
};

export type LockScope = 'phone' | 'source';

export type VerifyOutcome =
  | { status: 'verified' }
  | { status: 'invalid'; attemptsLeft: number }
  | { status: 'locked'; scope: LockScope; retryAfterSeconds: number };

type StoredCode = { hash?: string; providerCode?: true };

const CODE_DIGITS = 6;
/** The window over which a source's wrong codes are counted towards its lockout. */
const SOURCE_FAILURE_WINDOW_SECONDS = 3600;

/**
 * One-time login codes per phone number. Only an HMAC of each code is stored, keys are HMACs of
 * the number (no phone numbers in Redis), a new code replaces the old one, a code works once, and
 * a phone gets `maxAttempts` wrong tries per code; each exhausted code locks the phone for twice
 * as long as the one before. Phones that are not members are counted the same way, so attempt
 * counts and lockouts never reveal who is a member.
 *
 * Lockouts are aimed at whoever sends the wrong codes: the source address range (see
 * rate-limit/client-address.ts) that sent `maxAttempts` of them within an hour is locked for long (up to
 * `lockoutMaxSeconds`), while the phone is only slowed (`phoneLockout*`, minutes), so an attacker
 * elsewhere cannot keep a member out for a day. A locked source's tries are refused before they
 * count against the phone.
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

  const sourceKeys = (source: string) => {
    const id = digest(`source:${source}`).slice(0, 32);
    return { failures: `otp:source-failures:${id}`, lock: `otp:source-lock:${id}`, strikes: `otp:source-strikes:${id}` };
  };

  const lockAfterExhaustedCode = async (phone: string) => {
    const key = keys(phone);
    await store.take(key.code);
    // The lock is the penalty: once it ends the phone starts again with a full set of tries.
    await store.take(key.attempts);
    const strikes = await store.increment(key.strikes, policy.lockoutMemorySeconds);
    const seconds = Math.min(policy.phoneLockoutMaxSeconds, policy.phoneLockoutBaseSeconds * 2 ** (strikes - 1));
    await store.set(key.lock, String(strikes), seconds);
  };

  const countSourceFailure = async (source: string) => {
    const key = sourceKeys(source);
    const failures = await store.increment(key.failures, SOURCE_FAILURE_WINDOW_SECONDS);
    if (failures < policy.maxAttempts) return;
    await store.take(key.failures);
    const strikes = await store.increment(key.strikes, policy.lockoutMemorySeconds);
    const seconds = Math.min(policy.lockoutMaxSeconds, policy.lockoutBaseSeconds * 2 ** (strikes - 1));
    await store.set(key.lock, String(strikes), seconds);
  };

  return {
    /** Seconds the phone stays locked out, or null when it is not. */
    lockedFor: (phone: string) => store.ttlSeconds(keys(phone).lock),

    /** Seconds the source range stays locked out, or null when it is not. */
    sourceLockedFor: (source: string) => store.ttlSeconds(sourceKeys(source).lock),

    /** Lifts a phone's lockout and forgets its wrong tries and strikes; true when it was locked. */
    async clearPhoneLockout(phone: string): Promise<boolean> {
      const key = keys(phone);
      const wasLocked = await store.take(key.lock);
      await store.take(key.attempts);
      await store.take(key.strikes);
      return wasLocked;
    },

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

    /** Checks a code sent from `source` (a key from clientAddressKey; none for channels without one). */
    async verify(phone: string, code: string, source?: string): Promise<VerifyOutcome> {
      const key = keys(phone);
      if (source !== undefined) {
        const sourceLockedFor = await store.ttlSeconds(sourceKeys(source).lock);
        if (sourceLockedFor !== null) return { status: 'locked', scope: 'source', retryAfterSeconds: sourceLockedFor };
      }
      const lockedFor = await store.ttlSeconds(key.lock);
      if (lockedFor !== null) return { status: 'locked', scope: 'phone', retryAfterSeconds: lockedFor };

      // Counting before comparing keeps concurrent guesses from sharing one attempt; the count
      // lives as long as a code does, across codes.
      const attempt = await store.increment(key.attempts, policy.ttlSeconds);
      if (attempt > policy.maxAttempts) {
        await lockAfterExhaustedCode(phone);
        return { status: 'locked', scope: 'phone', retryAfterSeconds: (await store.ttlSeconds(key.lock)) ?? policy.phoneLockoutBaseSeconds };
      }

      const raw = await store.get(key.code);
      const stored = raw ? (JSON.parse(raw) as StoredCode) : null;
      // take() succeeds for exactly one caller, so a code can never be used twice.
      if ((await matches(phone, code, stored)) && (await store.take(key.code))) {
        await store.take(key.attempts);
        await store.take(key.strikes);
        return { status: 'verified' };
      }

      if (source !== undefined) await countSourceFailure(source);
      if (attempt >= policy.maxAttempts) await lockAfterExhaustedCode(phone);
      return { status: 'invalid', attemptsLeft: policy.maxAttempts - attempt };
    },
  };
};

export type OtpCodes = ReturnType<typeof createOtpCodes>;
