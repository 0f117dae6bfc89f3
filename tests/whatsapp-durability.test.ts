import type { Core } from '@strapi/strapi';

import { startFakeTwilio, type FakeTwilio } from './fakes/twilio-server';
import { createCommunity, createMember } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';
import { collectReplies, messageSid, postSigned, PUBLIC_URL, randomWhatsappNumber } from './helpers/whatsapp';

/**
 * A message Twilio handed over is never lost: when the queue cannot take it (Redis away, the
 * process stopping) it stays stored, and the next process answers it.
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
  });

  it('answers after a restart what was accepted while the queue was unavailable', async () => {
    strapi = await bootStrapi();
    const number = randomWhatsappNumber();
    const community = await createCommunity(strapi, { whatsappNumber: number });
    const member = await createMember(strapi, community, { name: 'Patient Member' });
    const sid = messageSid();
    // The queue goes away (as when Redis is unreachable or the process is stopping).
    await (strapi.plugin('whatsapp-bot').service('queues') as { stop(): Promise<void> }).stop();
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past /health's one-second cache
    const health = await http(strapi).get('/health');
    expect(health.body.queue).toBe('down');
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

    strapi = await bootStrapi();
    const replies = await collectReplies(fake, `whatsapp:${member.phone}`, 0, 15_000);
    expect(replies.map((message) => message.body).join('\n')).toContain('what I understand');
    const answered = await strapi.db.connection('whatsapp_inbound_messages').where({ message_sid: sid }).first();
    expect(answered.status).toBe('done');
  });
});
