import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';
import twilio from 'twilio';

import type { FakeTwilio, SentMessage } from '../fakes/twilio-server';
import { http } from './strapi';

export const PUBLIC_URL = 'https://bot.example.org';

/** A US number no real community uses, unique per call. */
export const randomWhatsappNumber = () => `+1415${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;

export const messageSid = () => `SM${randomBytes(16).toString('hex')}`;

/** Signs and posts a form to the bot exactly as Twilio does (the SDK computes the signature). */
export const postSigned = (strapi: Core.Strapi, fake: FakeTwilio, path: string, params: Record<string, string>) => {
  const signature = twilio.getExpectedTwilioSignature(fake.authToken, `${PUBLIC_URL}/api/whatsapp-bot${path}`, params);
  return http(strapi).post(`/api/whatsapp-bot${path}`).type('form').set('X-Twilio-Signature', signature).send(params);
};

export type Chat = {
  /** Sends a message and returns the bot's reply (all parts joined), waiting for it. */
  say(text: string, extra?: Record<string, string>): Promise<string>;
  /** Sends a message and returns the parts of the reply. */
  sayParts(text: string, extra?: Record<string, string>): Promise<SentMessage[]>;
  /** Sends a message that should get no reply, and checks none comes. */
  sayUnanswered(text: string): Promise<void>;
  address: string;
};

const QUIET_MS = 250;

/** Waits for messages to `to` after index `from`, until none has come for a moment. */
export const collectReplies = async (fake: FakeTwilio, to: string, from: number, timeoutMs = 8000): Promise<SentMessage[]> => {
  await fake.waitForMessage(to, from, timeoutMs);
  let count = 0;
  for (;;) {
    const current = fake.messages.slice(from).filter((message) => message.to === to);
    if (current.length === count) return current;
    count = current.length;
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  }
};

export const chatAs = (strapi: Core.Strapi, fake: FakeTwilio, phone: string, communityNumber: string): Chat => {
  const address = `whatsapp:${phone}`;
  const post = (text: string, extra: Record<string, string> = {}, sid = messageSid()) =>
    postSigned(strapi, fake, '/webhook', {
      MessageSid: sid,
      AccountSid: fake.accountSid,
      From: address,
      To: `whatsapp:${communityNumber}`,
      Body: text,
      NumMedia: '0',
      ProfileName: 'Test',
      WaId: phone.slice(1),
      ...extra,
    }).expect(200);
  return {
    address,
    async sayParts(text, extra) {
      const from = fake.messages.length;
      await post(text, extra);
      return collectReplies(fake, address, from);
    },
    async say(text, extra) {
      return (await this.sayParts(text, extra)).map((message) => message.body).join('\n');
    },
    async sayUnanswered(text) {
      const from = fake.messages.length;
      const sid = messageSid();
      await post(text, {}, sid);
      await waitUntilAnswered(strapi, sid);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const replies = fake.messages.slice(from).filter((message) => message.to === address);
      if (replies.length > 0) throw new Error(`Expected no reply to "${text}", got "${replies[0].body}"`);
    },
  };
};

/** Waits until the bot has finished with an inbound message (answered or given up). */
export const waitUntilAnswered = async (strapi: Core.Strapi, sid: string, timeoutMs = 8000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = (await strapi.db.connection('whatsapp_inbound_messages').select('status').where({ message_sid: sid }).first()) as
      | { status: string }
      | undefined;
    if (row && (row.status === 'done' || row.status === 'failed')) return row.status;
    if (Date.now() > deadline) throw new Error(`Message ${sid} not answered within ${timeoutMs} ms (status ${row?.status ?? 'none'})`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};
