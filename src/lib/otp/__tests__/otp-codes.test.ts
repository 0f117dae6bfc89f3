import { createMemoryStore, type KeyValueStore } from '../../kv/key-value-store';
import type { OtpSender } from '../../sms/sms-provider';
import { createOtpCodes, type OtpPolicy } from '../otp-codes';

const POLICY: OtpPolicy = {
  ttlSeconds: 300,
  maxAttempts: 5,
  lockoutBaseSeconds: 900,
  lockoutMaxSeconds: 3600,
  lockoutMemorySeconds: 86400,
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

  it('locks after the 5th wrong code, for twice as long each time a code is exhausted', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-26T10:00:00Z') });
    const setup = setUp();
    store = setup.store;
    const code = await setup.issue();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await expect(setup.codes.verify(PHONE, wrong(code))).resolves.toEqual({ status: 'invalid', attemptsLeft: 5 - attempt });
    }
    await expect(setup.codes.verify(PHONE, wrong(code))).resolves.toEqual({ status: 'invalid', attemptsLeft: 0 });
    await expect(setup.codes.verify(PHONE, code)).resolves.toEqual({ status: 'locked', retryAfterSeconds: 900 });
    await expect(setup.codes.lockedFor(PHONE)).resolves.toBe(900);

    // After the lockout a second exhausted code locks for 1,800 s, then the cap (3,600 s).
    jest.setSystemTime(new Date('2026-11-26T10:15:01Z'));
    const second = await setup.issue();
    for (let attempt = 1; attempt <= 5; attempt += 1) await setup.codes.verify(PHONE, wrong(second));
    await expect(setup.codes.lockedFor(PHONE)).resolves.toBe(1800);
    jest.setSystemTime(new Date('2026-11-26T10:45:02Z'));
    const third = await setup.issue();
    for (let attempt = 1; attempt <= 5; attempt += 1) await setup.codes.verify(PHONE, wrong(third));
    await expect(setup.codes.lockedFor(PHONE)).resolves.toBe(3600);
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
