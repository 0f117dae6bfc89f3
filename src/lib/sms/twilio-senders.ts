import type { Twilio as TwilioClient } from 'twilio';
import type { OtpSender } from './sms-provider';

const OTP_MESSAGE = (code: string, ttlMinutes: number) =>
  `${code} is your Community Connect login code. It expires in ${ttlMinutes} minutes. Never share it with anyone.`;

/** Twilio Messaging: we generate the code and send it as an SMS from TWILIO_SMS_FROM. */
export const createTwilioMessagingSender = (client: TwilioClient, from: string, ttlSeconds: number): OtpSender => ({
  name: 'twilio-messaging',
  generatesOwnCode: false,
  async send(phone, code) {
    await client.messages.create({ to: phone, from, body: OTP_MESSAGE(code, Math.round(ttlSeconds / 60)) });
  },
});

/** Twilio Verify: Twilio generates, sends and checks the code; we never hold it. */
export const createTwilioVerifySender = (client: TwilioClient, serviceSid: string): OtpSender => ({
  name: 'twilio-verify',
  generatesOwnCode: true,
  async send(phone) {
    await client.verify.v2.services(serviceSid).verifications.create({ to: phone, channel: 'sms' });
  },
  async check(phone, code) {
    try {
      const result = await client.verify.v2.services(serviceSid).verificationChecks.create({ to: phone, code });
      return result.status === 'approved';
    } catch (error) {
      // Verify answers 404 when no pending verification exists (expired, used or never sent): a wrong code.
      if ((error as { status?: number }).status === 404) return false;
      throw error;
    }
  },
});
