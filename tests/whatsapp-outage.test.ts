import type { Core } from '@strapi/strapi';
import { MaxRetriesPerRequestError } from 'ioredis/built/errors';
import { KnexTimeoutError } from 'knex';

import { startFakeTwilio, type FakeTwilio } from './fakes/twilio-server';
import { createCommunity, createMember } from './helpers/fixtures';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import { messageSid, PUBLIC_URL, randomWhatsappNumber } from './helpers/whatsapp';

type InboundService = { giveUp(inboundId: number, error: Error): Promise<void> };

/**
 * A message whose every attempt failed because the database (or Redis) was down is not closed
 * with an apology: it stays for the sweep, which answers it once the service is back. Other
 * failures still end with the apology (tests/load covers the outage end to end).
 */
describe('WhatsApp: giving up on a message after an outage', () => {
  let strapi: Core.Strapi;
  let fake: FakeTwilio;

  beforeAll(async () => {
    fake = await startFakeTwilio();
    Object.assign(process.env, { TWILIO_ACCOUNT_SID: fake.accountSid, TWILIO_AUTH_TOKEN: fake.authToken, TWILIO_API_BASE_URL: fake.url, PUBLIC_URL });
    strapi = await bootStrapi();
  });

  afterAll(async () => {
    await stopStrapi(strapi);
    await fake.close();
  });

  const storeUnanswered = async () => {
    const community = await createCommunity(strapi, { whatsappNumber: randomWhatsappNumber() });
    const member = await createMember(strapi, community);
    const [row] = await strapi.db
      .connection('whatsapp_inbound_messages')
      .insert({ message_sid: messageSid(), community_id: community.id, from_phone: member.phone, body: 'doctors in Pune', status: 'pending' })
      .returning('id');
    return { id: Number((row as { id: number | string }).id ?? row), member };
  };
  const statusOf = async (id: number) => ((await strapi.db.connection('whatsapp_inbound_messages').where({ id }).first()) as { status: string }).status;
  const apologiesTo = async (memberId: number) =>
    strapi.db.connection('whatsapp_outbound_messages').where({ member_id: memberId }).whereILike('body', '%something went wrong%').count('* as count').first();
  const inbound = () => strapi.plugin('whatsapp-bot').service('inbound') as InboundService;

  it('leaves a message whose attempts met a database that was starting up for the sweep', async () => {
    const { id, member } = await storeUnanswered();
    await inbound().giveUp(id, Object.assign(new Error('the database system is starting up'), { code: '57P03' }));
    expect(await statusOf(id)).toBe('pending');
    expect(Number((await apologiesTo(member.id))?.count)).toBe(0);
  });

  // The errors the app's outage classifier learned from outages (knex, pg, ioredis): the bot's answer
  // to each must be the same as to a database that is starting up.
  it.each([
    ['a transaction whose connection the outage killed', new Error('Transaction query already complete, run with DEBUG=knex:tx for more info')],
    ['a pg client closed under the query', new Error('Client was closed and is not queryable')],
    ['a full connection pool', new KnexTimeoutError('Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?')],
    // ioredis's declarations lose Error's fields on the way through redis-errors' AbortError.
    ['Redis away past its retries', new MaxRetriesPerRequestError(20) as unknown as Error],
  ])('leaves a message whose attempts met %s for the sweep', async (_name, error) => {
    const { id, member } = await storeUnanswered();
    await inbound().giveUp(id, error);
    expect(await statusOf(id)).toBe('pending');
    expect(Number((await apologiesTo(member.id))?.count)).toBe(0);
  });

  it('closes a message that failed for another reason, with an apology to the member', async () => {
    const { id, member } = await storeUnanswered();
    await inbound().giveUp(id, new TypeError("Cannot read properties of undefined (reading 'name')"));
    expect(await statusOf(id)).toBe('failed');
    expect(Number((await apologiesTo(member.id))?.count)).toBe(1);
  });
});
