import type { Core } from '@strapi/strapi';

import { startFakeTwilio, type FakeTwilio } from './fakes/twilio-server';
import { createCommunity, createMember } from './helpers/fixtures';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import { collectReplies, messageSid, postSigned, PUBLIC_URL, randomWhatsappNumber } from './helpers/whatsapp';

/**
 * A message Twilio handed over is never lost: a web-only process (or one that stops before
 * answering) leaves it stored, and the next worker process answers it.
 */
describe('WhatsApp messages survive a restart', () => {
  let strapi: Core.Strapi | undefined;
  let fake: FakeTwilio;

  beforeAll(async () => {
    fake = await startFakeTwilio();
    Object.assign(process.env, {
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_API_BASE_URL: fake.url,
      PUBLIC_URL,
      WHATSAPP_SWEEP_MIN_AGE_SECONDS: '0',
    });
  });

  afterAll(async () => {
    await stopStrapi(strapi);
    await fake.close();
    delete process.env.PROCESS_ROLE;
  });

  it('answers after a restart what a web-only process accepted', async () => {
    process.env.PROCESS_ROLE = 'web';
    strapi = await bootStrapi();
    const number = randomWhatsappNumber();
    const community = await createCommunity(strapi, { whatsappNumber: number });
    const member = await createMember(strapi, community, { name: 'Patient Member' });
    const sid = messageSid();
    await postSigned(strapi, fake, '/webhook', {
      MessageSid: sid,
      AccountSid: fake.accountSid,
      From: `whatsapp:${member.phone}`,
      To: `whatsapp:${number}`,
      Body: 'help',
      NumMedia: '0',
    }).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fake.messages.filter((message) => message.to === `whatsapp:${member.phone}`)).toHaveLength(0);
    const stored = await strapi.db.connection('whatsapp_inbound_messages').where({ message_sid: sid }).first();
    expect(stored.status).toBe('pending');
    await stopStrapi(strapi);

    process.env.PROCESS_ROLE = 'all';
    strapi = await bootStrapi();
    const replies = await collectReplies(fake, `whatsapp:${member.phone}`, 0, 15_000);
    expect(replies.map((message) => message.body).join('\n')).toContain('what I understand');
    const answered = await strapi.db.connection('whatsapp_inbound_messages').where({ message_sid: sid }).first();
    expect(answered.status).toBe('done');
  });
});
