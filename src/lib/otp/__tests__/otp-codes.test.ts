import { createMemoryStore, type KeyValueStore } from '../../kv/key-value-store';
import type { OtpSender } from '../../sms/sms-provider';
import { createOtpCodes, type OtpPolicy } from '../otp-codes';

const POLICY: OtpPolicy = {
  ttlSeconds: 300,
  maxAttempts: 5,
  lockoutBaseSeconds: 900,
  lockoutMaxSeconds: 3600,
  lockoutMemorySeconds: 86400,
  phoneLockoutBaseSeconds: 60,
  phoneLockoutMaxSeconds: 240,
};
const PHONE = '+919876543210';

/** Records what would have been texted. */
const capturingSender = () => {
  const sent: Array<{ phone: string; code: string }> = [];
  const sender: OtpSender = {
    name: 'log',
    generatesOwnCode: false,
    async send(phone, code) {
      sent.push({ phone, code });
    },
  };
  return { sender, sent };
};

const setUp = () => {
  const store = createMemoryStore();
  const { sender, sent } = capturingSender();
  const codes = createOtpCodes({ store, sender, policy: POLICY, secret: 'unit-test-secret' });
  const issue = async (phone = PHONE) => {
    await (await codes.issue(phone))();
    return sent[sent.length - 1].code;
  };
  return { store, codes, issue, sent };
};

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('OTP codes', () => {
  let store: KeyValueStore;
  afterEach(async () => {
    jest.useRealTimers();
    await store?.close();
  });

  it('issues 6-digit codes and stores neither the code nor the phone number', async () => {
    store = createMemoryStore();
    const writes: string[] = [];
    const recording: KeyValueStore = {
      ...store,
      async set(key, value, ttlSeconds) {
        writes.push(key, value);
        return store.set(key, value, ttlSeconds);
      },
    };
    const { sender, sent } = capturingSender();
    const codes = createOtpCodes({ store: recording, sender, policy: POLICY, secret: 'unit-test-secret' });
    await (await codes.issue(PHONE))();
    const { code } = sent[0];
    expect(code).toMatch(/^\d{6}$/);
    expect(writes.length).toBeGreaterThan(0);
    for (const written of writes) {
      expect(written).not.toContain(code);
      expect(written).not.toContain(PHONE.slice(3));
    }
    await expect(codes.verify(PHONE, code)).resolves.toEqual({ status: 'verified' });
  });

  it('accepts each code once', async () => {
    const setup = setUp();
    store = setup.store;
    const code = await setup.issue();
    await expect(setup.codes.verify(PHONE, code)).resolves.toEqual({ status: 'verified' });
    await expect(setup.codes.verify(PHONE, code)).resolves.toEqual({ status: 'invalid', attemptsLeft: 4 });
  });

  it('expires codes after the TTL', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-26T10:00:00Z') });
    const setup = setUp();
    store = setup.store;
    const code = await setup.issue();
    jest.setSystemTime(new Date('2026-11-26T10:05:01Z'));
    await expect(setup.codes.verify(PHONE, code)).resolves.toEqual({ status: 'invalid', attemptsLeft: 4 });
  });

  it('lets only one of two concurrent checks of the same code succeed', async () => {
    const setup = setUp();
    store = setup.store;
    const code = await setup.issue();
    const outcomes = await Promise.all([setup.codes.verify(PHONE, code), setup.codes.verify(PHONE, code)]);
    expect(outcomes.filter((outcome) => outcome.status === 'verified')).toHaveLength(1);
  });

  it('locks the phone briefly after the 5th wrong code, twice as long each time, capped at minutes', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-26T10:00:00Z') });
    const setup = setUp();
    store = setup.store;
    const code = await setup.issue();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await expect(setup.codes.verify(PHONE, wrong(code))).resolves.toEqual({ status: 'invalid', attemptsLeft: 5 - attempt });
    }
    await expect(setup.codes.verify(PHONE, wrong(code))).resolves.toEqual({ status: 'invalid', attemptsLeft: 0 });
    await expect(setup.codes.verify(PHONE, code)).resolves.toEqual({ status: 'locked', scope: 'phone', retryAfterSeconds: 60 });
    await expect(setup.codes.lockedFor(PHONE)).resolves.toBe(60);

    // After the lockout a second exhausted code locks for 120 s, then 240 s, then never longer (the cap).
    let now = new Date('2026-11-26T10:00:00Z').getTime();
    for (const expected of [120, 240, 240]) {
      now += 10 * 60 * 1000;
      jest.setSystemTime(new Date(now));
      const next = await setup.issue();
      for (let attempt = 1; attempt <= 5; attempt += 1) await setup.codes.verify(PHONE, wrong(next));
      await expect(setup.codes.lockedFor(PHONE)).resolves.toBe(expected);
    }
  });

  it('locks the source range that sends 5 wrong codes, across phones, for long and longer; its later tries do not touch the phone', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-26T10:00:00Z') });
    const setup = setUp();
    store = setup.store;
    const attacker = '198.51.100.7';
    const phones = ['+919876500001', '+919876500002', '+919876500003', '+919876500004', '+919876500005'];
    for (const phone of phones) {
      await expect(setup.codes.verify(phone, '000000', attacker)).resolves.toEqual({ status: 'invalid', attemptsLeft: 4 });
    }
    await expect(setup.codes.sourceLockedFor(attacker)).resolves.toBe(900);
    // Refused before counting: the victim's attempts are untouched by the locked source.
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      await expect(setup.codes.verify(PHONE, '000000', attacker)).resolves.toEqual({ status: 'locked', scope: 'source', retryAfterSeconds: 900 });
    }
    const code = await setup.issue();
    await expect(setup.codes.verify(PHONE, wrong(code), '203.0.113.9')).resolves.toEqual({ status: 'invalid', attemptsLeft: 4 });
    await expect(setup.codes.verify(PHONE, code, '203.0.113.9')).resolves.toEqual({ status: 'verified' });
    await expect(setup.codes.sourceLockedFor('203.0.113.9')).resolves.toBeNull();

    // Each later lock of the same source doubles, up to lockoutMaxSeconds.
    let now = new Date('2026-11-26T10:00:00Z').getTime();
    for (const expected of [1800, 3600, 3600]) {
      now += 2 * 60 * 60 * 1000;
      jest.setSystemTime(new Date(now));
      for (let attempt = 1; attempt <= 5; attempt += 1) await setup.codes.verify(`+91987650010${attempt}`, '000000', attacker);
      await expect(setup.codes.sourceLockedFor(attacker)).resolves.toBe(expected);
    }
  });

  it('lets the member in from another network soon after an attacker exhausted their code', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-26T10:00:00Z') });
    const setup = setUp();
    store = setup.store;
    const first = await setup.issue();
    for (let attempt = 1; attempt <= 5; attempt += 1) await setup.codes.verify(PHONE, wrong(first), '2001:db8:bad::1');
    await expect(setup.codes.verify(PHONE, first, '203.0.113.9')).resolves.toMatchObject({ status: 'locked', scope: 'phone' });
    jest.setSystemTime(new Date('2026-11-26T10:01:01Z'));
    const second = await setup.issue();
    await expect(setup.codes.verify(PHONE, second, '203.0.113.9')).resolves.toEqual({ status: 'verified' });
    await expect(setup.codes.verify(PHONE, second, '2001:db8:bad::1')).resolves.toMatchObject({ status: 'locked', scope: 'source' });
  });

  it('clears a phone lockout and its history', async () => {
    const setup = setUp();
    store = setup.store;
    const code = await setup.issue();
    for (let attempt = 1; attempt <= 5; attempt += 1) await setup.codes.verify(PHONE, wrong(code));
    await expect(setup.codes.clearPhoneLockout(PHONE)).resolves.toBe(true);
    await expect(setup.codes.lockedFor(PHONE)).resolves.toBeNull();
    await expect(setup.codes.clearPhoneLockout(PHONE)).resolves.toBe(false);
    const next = await setup.issue();
    await expect(setup.codes.verify(PHONE, wrong(next))).resolves.toEqual({ status: 'invalid', attemptsLeft: 4 });
    await expect(setup.codes.verify(PHONE, next)).resolves.toEqual({ status: 'verified' });
  });

  it('does not forgive wrong tries when a new code is asked for', async () => {
    const setup = setUp();
    store = setup.store;
    const first = await setup.issue();
    for (let attempt = 1; attempt <= 4; attempt += 1) await setup.codes.verify(PHONE, wrong(first));
    const second = await setup.issue();
    await expect(setup.codes.verify(PHONE, wrong(second))).resolves.toEqual({ status: 'invalid', attemptsLeft: 0 });
    await expect(setup.codes.verify(PHONE, second)).resolves.toMatchObject({ status: 'locked' });
  });

  it('keeps phones apart and forgets the lockout history after a successful login', async () => {
    const setup = setUp();
    store = setup.store;
    const other = '+919812345678';
    const mine = await setup.issue();
    const theirs = await setup.issue(other);
    await expect(setup.codes.verify(other, mine === theirs ? wrong(theirs) : mine)).resolves.toEqual({ status: 'invalid', attemptsLeft: 4 });
    await expect(setup.codes.verify(PHONE, mine)).resolves.toEqual({ status: 'verified' });
    await expect(setup.codes.verify(other, theirs)).resolves.toEqual({ status: 'verified' });
  });

  it('asks the provider to check codes it generated itself (Twilio Verify)', async () => {
    store = createMemoryStore();
    const checked: string[] = [];
    const sender: OtpSender = {
      name: 'twilio-verify',
      generatesOwnCode: true,
      async send() {},
      async check(_phone, code) {
        checked.push(code);
        return code === '424242';
      },
    };
    const codes = createOtpCodes({ store, sender, policy: POLICY, secret: 's' });
    await expect(codes.verify(PHONE, '424242')).resolves.toEqual({ status: 'invalid', attemptsLeft: 4 });
    expect(checked).toEqual([]); // nothing pending: the provider is not asked
    await (await codes.issue(PHONE))();
    await expect(codes.verify(PHONE, '111111')).resolves.toEqual({ status: 'invalid', attemptsLeft: 3 });
    await expect(codes.verify(PHONE, '424242')).resolves.toEqual({ status: 'verified' });
    expect(checked).toEqual(['111111', '424242']);
  });
});
