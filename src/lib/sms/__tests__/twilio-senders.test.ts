import { createTwilioClient } from '@community-connect/kit';
import twilioSdk from 'twilio';

import { codeIn, startFakeTwilio, type FakeTwilio } from '../../../../tests/fakes/twilio-server';
import { createTwilioMessagingSender, createTwilioVerifySender } from '../twilio-senders';

/** The official SDK over real HTTP, pointed at a local fake Twilio with TWILIO_API_BASE_URL's mechanism. */
describe('Twilio OTP senders', () => {
  let twilio: FakeTwilio;

  beforeAll(async () => {
    twilio = await startFakeTwilio();
  });
  afterAll(() => twilio.close());

  const client = () => createTwilioClient(twilioSdk, { accountSid: twilio.accountSid, authToken: twilio.authToken, apiBaseUrl: twilio.url });

  it('Messaging mode texts our code from the configured number', async () => {
    const sender = createTwilioMessagingSender(client(), '+15005550006', 300);
    await sender.send('+919876543210', '482913');
    const sms = await twilio.waitForMessage('+919876543210');
    expect(sms.from).toBe('+15005550006');
    expect(codeIn(sms)).toBe('482913');
    expect(sms.body).toMatch(/expires in 5 minutes/);
  });

  it('Verify mode lets Twilio generate and check the code', async () => {
    const sender = createTwilioVerifySender(client(), twilio.verifyServiceSid);
    await sender.send('+919812345678', 'ignored');
    const pending = twilio.verifications.find((verification) => verification.to === '+919812345678');
    expect(pending?.code).toMatch(/^\d{6}$/);
    const wrongCode = pending?.code === '000000' ? '000001' : '000000';
    await expect(sender.check?.('+919812345678', wrongCode)).resolves.toBe(false);
    await expect(sender.check?.('+919812345678', pending?.code ?? '')).resolves.toBe(true);
    // Nothing pending any more: Twilio answers 404, which is just a wrong code.
    await expect(sender.check?.('+919812345678', pending?.code ?? '')).resolves.toBe(false);
  });

  it('surfaces authentication failures instead of pretending the SMS went out', async () => {
    const badClient = createTwilioClient(twilioSdk, { accountSid: twilio.accountSid, authToken: 'wrong-token', apiBaseUrl: twilio.url });
    await expect(createTwilioMessagingSender(badClient, '+15005550006', 300).send('+919876543210', '123456')).rejects.toThrow();
  });
});
