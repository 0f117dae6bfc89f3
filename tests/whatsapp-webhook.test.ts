import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { startFakeTwilio, type FakeTwilio } from './fakes/twilio-server';
import { createCommunity, createMember, randomMobile, type CommunityFixture, type MemberFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';
import { chatAs, collectReplies, messageSid, postSigned, PUBLIC_URL, randomWhatsappNumber, waitUntilAnswered } from './helpers/whatsapp';

const PASSWORD = 'Whatsapp-Test-Passw0rd';

describe('WhatsApp webhook, outbound queue and admin view', () => {
  let strapi: Core.Strapi;
  let fake: FakeTwilio;
  let community: CommunityFixture;
  let otherCommunity: CommunityFixture;
  let member: MemberFixture;
  const number = randomWhatsappNumber();
  const otherNumber = randomWhatsappNumber();

  const inboundRows = (sid: string) => strapi.db.connection('whatsapp_inbound_messages').where({ message_sid: sid });
  const indexer = () => strapi.plugin('community-search').service('indexer') as { flush(): Promise<void> };

  beforeAll(async () => {
    fake = await startFakeTwilio();
    Object.assign(process.env, {
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_API_BASE_URL: fake.url,
      PUBLIC_URL,
      WHATSAPP_SEND_ATTEMPTS: '3',
      WHATSAPP_SEND_BACKOFF_MS: '40',
    });
    strapi = await bootStrapi();
    community = await createCommunity(strapi, { name: `Alpha Alumni ${randomBytes(2).toString('hex')}`, whatsappNumber: number });
    otherCommunity = await createCommunity(strapi, { name: `Beta Business ${randomBytes(2).toString('hex')}`, whatsappNumber: otherNumber });
    member = await createMember(strapi, community, { name: 'Asha Accountant', city: 'Chennai', skills: ['Accounting', 'Audit'] });
    await indexer().flush();
  });

  afterAll(async () => {
    await stopStrapi(strapi);
    await fake.close();
  });

  const baseParams = (from: string, to: string, body: string) => ({
    MessageSid: messageSid(),
    AccountSid: fake.accountSid,
    From: `whatsapp:${from}`,
    To: `whatsapp:${to}`,
    Body: body,
    NumMedia: '0',
  });

  it('refuses unsigned, wrongly signed and wrong-URL requests with 403 and processes nothing', async () => {
    const params = baseParams(member.phone, number, 'hello');
    const unsigned = await http(strapi).post('/api/whatsapp-bot/webhook').type('form').send(params).expect(403);
    expect(unsigned.body).toMatchObject({ data: null, error: { status: 403 } });

    await http(strapi).post('/api/whatsapp-bot/webhook').type('form').set('X-Twilio-Signature', 'bm90LWEtc2lnbmF0dXJl').send(params).expect(403);

    const twilio = (await import('twilio')).default;
    const elsewhere = twilio.getExpectedTwilioSignature(fake.authToken, 'https://attacker.example.org/api/whatsapp-bot/webhook', params);
    await http(strapi).post('/api/whatsapp-bot/webhook').type('form').set('X-Twilio-Signature', elsewhere).send(params).expect(403);

    // A signature over other fields (e.g. a changed Body) does not carry over.
    const signedOriginal = twilio.getExpectedTwilioSignature(fake.authToken, `${PUBLIC_URL}/api/whatsapp-bot/webhook`, params);
    await http(strapi)
      .post('/api/whatsapp-bot/webhook')
      .type('form')
      .set('X-Twilio-Signature', signedOriginal)
      .send({ ...params, Body: 'tampered' })
      .expect(403);

    expect(await inboundRows(params.MessageSid)).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.messages.filter((message) => message.to === `whatsapp:${member.phone}`)).toHaveLength(0);
  });

  it('acknowledges with empty TwiML and answers a retried MessageSid exactly once', async () => {
    const params = baseParams(member.phone, number, 'accountants in Chennai');
    const from = fake.messages.length;
    const first = await postSigned(strapi, fake, '/webhook', params).expect(200);
    expect(first.headers['content-type']).toMatch(/text\/xml/);
    expect(first.text).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    await postSigned(strapi, fake, '/webhook', params).expect(200);
    await postSigned(strapi, fake, '/webhook', params).expect(200);
    await waitUntilAnswered(strapi, params.MessageSid);
    const replies = await collectReplies(fake, `whatsapp:${member.phone}`, from);
    // First contact: the greeting and the results go out as one ordered batch, once.
    const greetings = replies.filter((reply) => reply.body.includes('Welcome to the'));
    expect(greetings).toHaveLength(1);
    expect(replies.filter((reply) => reply.body.includes('🔍 Found'))).toHaveLength(1);
    expect(await inboundRows(params.MessageSid)).toHaveLength(1);
    const [row] = await inboundRows(params.MessageSid);
    // Answered messages keep no number or text.
    expect(row).toMatchObject({ status: 'done', from_phone: null, body: null });
  });

  it('rejects malformed Twilio fields with 400 in the envelope', async () => {
    const params = { ...baseParams(member.phone, number, 'hi'), MessageSid: 'not-a-sid' };
    const response = await postSigned(strapi, fake, '/webhook', params).expect(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
  });

  it('routes by the To number: each community answers as itself, with its own members only', async () => {
    const shared = randomMobile();
    await createMember(strapi, community, { name: 'Shared Person', phone: shared, city: 'Pune', skills: ['Farming'] });
    await createMember(strapi, otherCommunity, { name: 'Shared Person', phone: shared, city: 'Delhi', skills: ['Farming'] });
    await createMember(strapi, otherCommunity, { name: 'Beta Only Farmer', city: 'Delhi', skills: ['Farming'] });
    await indexer().flush();

    const inAlpha = await chatAs(strapi, fake, shared, number).say('farming experts');
    expect(inAlpha).toContain(community.name);
    expect(inAlpha).not.toContain('Beta Only Farmer');

    const inBeta = await chatAs(strapi, fake, shared, otherNumber).say('farming experts');
    expect(inBeta).toContain(otherCommunity.name);
    expect(inBeta).toContain('Beta Only Farmer');
  });

  it('gives a stranger one polite reply and no directory data', async () => {
    const stranger = chatAs(strapi, fake, randomMobile(), number);
    const reply = await stranger.say('accountants in Chennai');
    expect(reply).toContain('isn’t registered as a member');
    expect(reply).not.toContain('Asha');
    expect(reply).not.toContain(member.phone);
    await stranger.sayUnanswered('please tell me who the accountants are');
  });

  it('answers media messages with a text-only note', async () => {
    const reply = await chatAs(strapi, fake, member.phone, number).say('', { NumMedia: '1', MediaUrl0: 'https://example.org/voice.ogg', MediaContentType0: 'audio/ogg' });
    expect(reply).toContain('I can only read text for now');
  });

  it('retries a Twilio 500 with backoff and delivers; refuses to resend after a 4xx', async () => {
    const chat = chatAs(strapi, fake, member.phone, number);
    fake.failNext(2, 500);
    const reply = await chat.say('help');
    expect(reply).toContain('what I understand');
    const sent = await strapi.db.connection('whatsapp_outbound_messages').where({ member_id: member.id }).orderBy('id', 'desc').first();
    expect(sent).toMatchObject({ status: 'sent', attempts: 3 });

    fake.failNext(1, 400, 21211);
    const from = fake.messages.length;
    await chat.sayUnanswered('help');
    expect(fake.messages.length).toBe(from);
    const dead = await strapi.db.connection('whatsapp_outbound_messages').where({ member_id: member.id }).orderBy('id', 'desc').first();
    expect(dead).toMatchObject({ status: 'dead', attempts: 1, error_code: '21211' });
  });

  /**
   * The latest reply to a member once it has stopped being worked on: its send attempts back off
   * between tries, and on a busy machine the last one can land after the inbound message is done.
   */
  const settledReplyTo = async (memberId: number, timeoutMs = 15_000) => {
    const latest = () => strapi.db.connection('whatsapp_outbound_messages').where({ member_id: memberId }).orderBy('id', 'desc').first();
    const deadline = Date.now() + timeoutMs;
    let reply = await latest();
    while (reply && ['queued', 'sending'].includes(reply.status) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      reply = await latest();
    }
    return reply;
  };

  it('dead-letters a reply after the last failed attempt, shows it to admins and lets them retry it', async () => {
    const chat = chatAs(strapi, fake, member.phone, number);
    fake.failNext(3, 503);
    await chat.sayUnanswered('help');
    const dead = await settledReplyTo(member.id);
    expect(dead).toMatchObject({ status: 'dead', attempts: 3 });

    const superAdminRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
    const email = `wa-${randomBytes(4).toString('hex')}@example.org`;
    await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Wa', isActive: true, roles: [superAdminRole.id] });
    const login = await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200);
    const token = login.body.data.token as string;

    await http(strapi).get('/whatsapp-bot/messages?status=dead').expect(401);
    const list = await http(strapi).get('/whatsapp-bot/messages?status=dead&pageSize=100').set('Authorization', `Bearer ${token}`).expect(200);
    const listed = (list.body.data as Array<{ id: number; to: string; retryable: boolean }>).find((row) => row.id === Number(dead.id));
    expect(listed).toMatchObject({ retryable: true });
    expect(listed!.to).not.toBe(member.phone);
    expect(JSON.stringify(list.body)).not.toContain(member.phone);

    const overview = await http(strapi).get('/whatsapp-bot/overview').set('Authorization', `Bearer ${token}`).expect(200);
    expect(overview.body.data).toMatchObject({ configured: true, webhookUrl: `${PUBLIC_URL}/api/whatsapp-bot/webhook` });
    expect(overview.body.data.deadLetters).toBeGreaterThanOrEqual(1);

    const from = fake.messages.length;
    await http(strapi).post(`/whatsapp-bot/messages/${dead.id}/retry`).set('Authorization', `Bearer ${token}`).expect(200);
    const retried = await collectReplies(fake, chat.address, from);
    expect(retried.map((message) => message.body).join('\n')).toContain('what I understand');
    await http(strapi).post(`/whatsapp-bot/messages/${dead.id}/retry`).set('Authorization', `Bearer ${token}`).expect(404);
    const bad = await http(strapi).get('/whatsapp-bot/messages?status=nonsense').set('Authorization', `Bearer ${token}`).expect(400);
    expect(bad.body.error.name).toBe('ValidationError');
  });

  it('lets admins read recent conversations and edit a community\'s bot settings, with validation', async () => {
    const superAdminRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
    const email = `wa-settings-${randomBytes(4).toString('hex')}@example.org`;
    await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Wa', isActive: true, roles: [superAdminRole.id] });
    const token = (await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200)).body.data.token as string;
    const as = (request: ReturnType<ReturnType<typeof http>['get']>) => request.set('Authorization', `Bearer ${token}`);

    const conversations = await as(http(strapi).get('/whatsapp-bot/conversations?pageSize=100')).expect(200);
    expect(conversations.body.meta.anonymised).toBe(false);
    expect((conversations.body.data as Array<{ member: string }>).map((row) => row.member)).toContain('Asha Accountant');
    expect(JSON.stringify(conversations.body)).not.toContain(member.phone);

    const templateSid = `HX${'0f'.repeat(16)}`;
    const saved = await as(http(strapi).put(`/whatsapp-bot/settings?communityId=${otherCommunity.id}`))
      .send({ requireOtp: true, greeting: 'Welcome to Beta!', templates: { introductionRequest: templateSid } })
      .expect(200);
    expect(saved.body.data).toMatchObject({ requireOtp: true, greeting: 'Welcome to Beta!', templates: { introductionRequest: templateSid } });
    const stored = await strapi.db.query('api::community.community').findOne({ where: { id: otherCommunity.id } });
    expect(stored.settings).toMatchObject({ whatsappRequireOtp: true, whatsappGreeting: 'Welcome to Beta!' });

    const bad = await as(http(strapi).put(`/whatsapp-bot/settings?communityId=${otherCommunity.id}`))
      .send({ templates: { introductionRequest: 'not-a-sid' }, unknown: 1 })
      .expect(400);
    expect(bad.body.error.name).toBe('ValidationError');
    await as(http(strapi).put(`/whatsapp-bot/settings?communityId=${otherCommunity.id}`)).send({ requireOtp: false, greeting: null }).expect(200);
    await as(http(strapi).get('/whatsapp-bot/settings?communityId=999999999')).expect(404);

    // An admin whose role lacks the bot's actions is refused.
    const roles = strapi.service('admin::role') as unknown as { create(attributes: Record<string, string>): Promise<{ id: number }> };
    const bareRole = await roles.create({ name: `No bot ${randomBytes(3).toString('hex')}`, code: `no-bot-${randomBytes(3).toString('hex')}`, description: 'test' });
    const bareEmail = `wa-bare-${randomBytes(4).toString('hex')}@example.org`;
    await strapi.service('admin::user').create({ email: bareEmail, password: PASSWORD, firstname: 'Bare', isActive: true, roles: [bareRole.id] });
    const bareToken = (await http(strapi).post('/admin/login').send({ email: bareEmail, password: PASSWORD }).expect(200)).body.data.token as string;
    await http(strapi).get('/whatsapp-bot/overview').set('Authorization', `Bearer ${bareToken}`).expect(403);
    await http(strapi).get('/whatsapp-bot/conversations').set('Authorization', `Bearer ${bareToken}`).expect(403);
    await http(strapi).put(`/whatsapp-bot/settings?communityId=${otherCommunity.id}`).set('Authorization', `Bearer ${bareToken}`).send({ requireOtp: true }).expect(403);
  });

  it('keeps a Community Admin to their own communities', async () => {
    const roleId = await (strapi.service('api::community.community-admins') as unknown as { findOrCreateRole(): Promise<number> }).findOrCreateRole();
    const email = `wa-community-admin-${randomBytes(4).toString('hex')}@example.org`;
    const user = (await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Alpha', isActive: true, roles: [roleId] })) as { id: number };
    await (strapi.service('api::community.community-admins') as unknown as { link(community: number, user: number): Promise<void> }).link(community.id, user.id);
    const token = (await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200)).body.data.token as string;
    const as = <T extends { set(name: string, value: string): T }>(request: T) => request.set('Authorization', `Bearer ${token}`);

    const overview = await as(http(strapi).get('/whatsapp-bot/overview')).expect(200);
    expect((overview.body.data.communities as Array<{ id: number }>).map((entry) => entry.id)).toEqual([community.id]);
    // How the platform is wired is the operator's: no webhook URLs, no queue state, no template ids.
    expect(overview.body.data).toMatchObject({ configured: true });
    expect(Object.keys(overview.body.data)).not.toEqual(expect.arrayContaining(['webhookUrl']));
    expect(overview.body.data).not.toHaveProperty('statusCallbackUrl');
    expect(overview.body.data).not.toHaveProperty('queue');
    const settings = await as(http(strapi).get(`/whatsapp-bot/settings?communityId=${community.id}`)).expect(200);
    expect(settings.body.data).not.toHaveProperty('templates');
    const templates = await as(http(strapi).put(`/whatsapp-bot/settings?communityId=${community.id}`))
      .send({ templates: { introductionRequest: `HX${'0e'.repeat(16)}` } })
      .expect(403);
    expect(templates.body).toMatchObject({ data: null, error: { status: 403, name: 'ForbiddenError' } });

    // A reply in the other community that died: invisible and not retryable for Alpha's admin.
    const other = await createMember(strapi, otherCommunity, { name: 'Beta Member' });
    fake.failNext(3, 503);
    await chatAs(strapi, fake, other.phone, otherNumber).sayUnanswered('help');
    const dead = await settledReplyTo(other.id);
    expect(dead.status).toBe('dead');
    const list = await as(http(strapi).get('/whatsapp-bot/messages?status=dead&pageSize=100')).expect(200);
    expect((list.body.data as Array<{ communityId: number }>).every((row) => row.communityId === community.id)).toBe(true);
    await as(http(strapi).post(`/whatsapp-bot/messages/${dead.id}/retry`)).expect(404);
    const conversations = await as(http(strapi).get('/whatsapp-bot/conversations?pageSize=100')).expect(200);
    expect((conversations.body.data as Array<{ communityId: number }>).every((row) => row.communityId === community.id)).toBe(true);

    await as(http(strapi).get(`/whatsapp-bot/settings?communityId=${otherCommunity.id}`)).expect(404);
    await as(http(strapi).put(`/whatsapp-bot/settings?communityId=${otherCommunity.id}`)).send({ requireOtp: true }).expect(404);
    await as(http(strapi).put(`/whatsapp-bot/settings?communityId=${community.id}`)).send({ greeting: 'Hello from Alpha' }).expect(200);
    const own = await strapi.db.query('api::community.community').findOne({ where: { id: community.id } });
    expect(own.settings.whatsappGreeting).toBe('Hello from Alpha');
    await as(http(strapi).put(`/whatsapp-bot/settings?communityId=${community.id}`)).send({ greeting: null }).expect(200);
  });

  it('records signed status callbacks and never moves a message backwards', async () => {
    const chat = chatAs(strapi, fake, member.phone, number);
    const [part] = await chat.sayParts('help');
    expect(part.statusCallback).toBe(`${PUBLIC_URL}/api/whatsapp-bot/status`);
    const status = (value: string) => postSigned(strapi, fake, '/status', { MessageSid: part.sid, MessageStatus: value, AccountSid: fake.accountSid });
    await http(strapi).post('/api/whatsapp-bot/status').type('form').send({ MessageSid: part.sid, MessageStatus: 'failed' }).expect(403);
    await status('read').expect(204);
    await status('delivered').expect(204);
    const row = await strapi.db.connection('whatsapp_outbound_messages').where({ twilio_sid: part.sid }).first();
    expect(row.status).toBe('read');
    expect(row.read_at).not.toBeNull();
  });

  it('erases a member\'s WhatsApp traces with them, including texts that carried their number', async () => {
    const leaving = await createMember(strapi, community, { name: 'Leaving Lena', city: 'Chennai', skills: ['Accounting'] });
    await indexer().flush();
    await chatAs(strapi, fake, leaving.phone, number).say('hi');
    // A reply to someone else that carries Lena's number (as an introduction card would).
    const [row] = await strapi.db
      .connection('whatsapp_outbound_messages')
      .insert({ community_id: community.id, member_id: member.id, batch_id: `test-${randomBytes(4).toString('hex')}`, kind: 'introduction', to_phone: member.phone, body: `Card: ${leaving.phone}`, status: 'dead' })
      .returning('id');
    await strapi.db.query('api::member.member').update({ where: { id: leaving.id }, data: { erasureRequestedAt: new Date() } });
    const tenant = { community: { id: community.id, documentId: community.documentId, slug: community.slug, name: community.name, plan: 'enterprise', accountStatus: 'active' }, access: 'operator' };
    await (strapi.service('api::member.privacy') as unknown as { erase(tenant: unknown, documentId: string): Promise<unknown> }).erase(tenant, leaving.documentId);

    expect(await strapi.db.connection('whatsapp_contacts').where({ member_id: leaving.id })).toHaveLength(0);
    const toLena = await strapi.db.connection('whatsapp_outbound_messages').whereRaw('body LIKE ?', [`%${leaving.phone}%`]);
    expect(toLena).toHaveLength(0);
    const card = await strapi.db.connection('whatsapp_outbound_messages').where({ id: typeof row === 'object' ? row.id : row }).first();
    expect(card).toMatchObject({ body: null, to_phone: null, status: 'suppressed' });
  });

  it('splits replies over 1,600 characters on line boundaries', async () => {
    const greeting = Array.from({ length: 14 }, (_, index) => `Line ${index + 1} of our welcome: ${'x'.repeat(60)}`).join('\n');
    await strapi.db.query('api::community.community').update({ where: { id: community.id }, data: { settings: { whatsappGreeting: greeting } } });
    const newcomer = await createMember(strapi, community, { name: 'New Comer' });
    const parts = await chatAs(strapi, fake, newcomer.phone, number).sayParts('help');
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const message of parts) {
      expect(message.body.length).toBeLessThanOrEqual(1600);
      expect(message.body.startsWith(' ')).toBe(false);
    }
    const whole = parts.map((message) => message.body).join('\n');
    expect(whole).toContain('Line 14 of our welcome');
    expect(whole).toContain('what I understand');
    // No line was cut in half.
    for (let line = 1; line <= 14; line += 1) expect(whole).toContain(`Line ${line} of our welcome: ${'x'.repeat(60)}`);
  });
});
