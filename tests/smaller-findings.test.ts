import { randomBytes, randomInt } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { codeIn, startFakeTwilio, useFakeTwilioForSms, type FakeTwilio } from './fakes/twilio-server';
import { createApiToken, createCommunity, createMember, loginAsMember, randomMobile, type CommunityFixture, type MemberFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';
import { chatAs, PUBLIC_URL, randomWhatsappNumber } from './helpers/whatsapp';

/**
 * Issue 17's smaller findings, each over real HTTP (and the WhatsApp webhook) on one booted app:
 * what a tenant may see of the index, what an erasure touches, phone-change answers, the SMS check
 * before contact cards, bulk error texts, CSV formula escaping, search depth and update lengths.
 */
let strapi: Core.Strapi;
let twilio: FakeTwilio;
let token: string;

const MEMBER_UID = 'api::member.member';
const PLUGIN = 'plugin::community-search';
const PASSWORD = 'Smaller-Findings-Passw0rd';

const suffix = () => randomBytes(3).toString('hex');
const asAdmin = (community: CommunityFixture) => ({ Authorization: `Bearer ${token}`, 'X-Community': community.slug });
const indexer = () => strapi.plugin('community-search').service('indexer');
const waitFor = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};
const whatsappNumberOf = async (community: CommunityFixture) =>
  (await strapi.db.query('api::community.community').findOne({ where: { id: community.id } })).whatsappNumber as string;

beforeAll(async () => {
  twilio = await startFakeTwilio();
  useFakeTwilioForSms(twilio);
  Object.assign(process.env, { PUBLIC_URL, WHATSAPP_SEND_BACKOFF_MS: '40' });
  strapi = await bootStrapi();
  token = await createApiToken(strapi);
});

afterAll(async () => {
  await stopStrapi(strapi);
  await twilio?.close();
});

describe('GET /api/community-search/status', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    strapi.config.set(`${PLUGIN}.indexing.retryBaseDelayMs`, 1000);
    strapi.config.set(`${PLUGIN}.indexing.retryAttempts`, 5);
  });

  it("shows a community its own backlog only, and indexing failures as a code without the provider's text", async () => {
    const failing = await createCommunity(strapi);
    const bystander = await createCommunity(strapi);
    await createMember(strapi, bystander, { name: 'Bystander Bina' });
    await indexer().flush();

    strapi.config.set(`${PLUGIN}.indexing.retryAttempts`, 1);
    // The embedding provider is the outside service that fails; its message names internals.
    const rawMessage = 'connect ECONNREFUSED 10.0.0.5:5432 for user "cc_admin" password=hunter2';
    const embed = jest.spyOn(strapi.plugin('community-search').service('providers').embedder(), 'embed');
    embed.mockRejectedValue(new Error(rawMessage));
    await createMember(strapi, failing, { name: 'Stuck Sita' });
    await createMember(strapi, failing, { name: 'Stuck Sanjay' });
    await waitFor(async () => indexer().lastFailure()?.gaveUp === true);

    const statusOf = async (community: CommunityFixture) =>
      (await http(strapi).get('/api/community-search/status').set(asAdmin(community)).expect(200)).body.data;
    const own = await statusOf(failing);
    expect(own.pending).toBe(2);
    expect(own.indexingError).toEqual({
      code: 'INDEXING_STALLED',
      message: expect.stringMatching(/^Indexing stopped after repeated failures/),
      at: expect.any(String),
      gaveUp: true,
      retrying: false,
    });
    for (const internal of ['ECONNREFUSED', '10.0.0.5', 'cc_admin', 'hunter2', '5432']) expect(JSON.stringify(own)).not.toContain(internal);

    // Another tenant sees neither the platform's backlog nor a failure that is not theirs.
    const other = await statusOf(bystander);
    expect(other.pending).toBe(0);
    expect(other.indexingError).toBeNull();

    // Operators find the provider's text in the super admin's panel; a community admin does not.
    const superRole = (await strapi.service('admin::role').getSuperAdmin()) as { id: number };
    const communityAdminRole = await (strapi.service('api::community.community-admins') as unknown as { findOrCreateRole(): Promise<number> }).findOrCreateRole();
    const adminToken = async (roles: number[]) => {
      const email = `findings-${suffix()}@example.org`;
      const user = (await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Findings', isActive: true, roles })) as { id: number };
      const login = await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200);
      return { id: user.id, token: login.body.data.token as string };
    };
    const root = await adminToken([superRole.id]);
    const tenantAdmin = await adminToken([communityAdminRole]);
    await (strapi.service('api::community.community-admins') as unknown as { link(c: string, id: number): Promise<void> }).link(failing.documentId, tenantAdmin.id);
    const panel = (admin: { token: string }) =>
      http(strapi).get('/community-search/index/status').query({ community: failing.id }).set('Authorization', `Bearer ${admin.token}`).expect(200);
    const rootView = (await panel(root)).body.data;
    expect(rootView.indexingFailure).toMatchObject({ message: rawMessage, gaveUp: true });
    expect(rootView.index.indexingError.code).toBe('INDEXING_STALLED');
    const tenantView = (await panel(tenantAdmin)).body.data;
    expect(tenantView).not.toHaveProperty('indexingFailure');
    expect(JSON.stringify(tenantView)).not.toContain('hunter2');

    embed.mockRestore();
    await indexer().reindex({ communityId: failing.id });
    await indexer().flush();
    const recovered = await statusOf(failing);
    expect(recovered).toMatchObject({ pending: 0, indexingError: null });
  });
});

describe('erasure and the WhatsApp outbox', () => {
  it('suppresses only texts of the member\'s community that carry their exact number or address', async () => {
    const community = await createCommunity(strapi);
    const elsewhere = await createCommunity(strapi);
    const local = `erase.${suffix()}`;
    const member = await createMember(strapi, community, { name: 'Erased Esha', email: `${local}@mail.example`, phone: '+917512393704' });
    const national = '75123 93704';
    const knex = strapi.db.connection;
    const insert = async (communityId: number, body: string | null, extra: Record<string, unknown> = {}) => {
      const [row] = (await knex('whatsapp_outbound_messages')
        .insert({ community_id: communityId, batch_id: `b-${suffix()}`, kind: 'introduction', to_phone: randomMobile(), body, status: 'dead', ...extra })
        .returning('id')) as Array<{ id: number } | number>;
      return Number(typeof row === 'object' ? row.id : row);
    };
    const carrying = {
      exactEmail: await insert(community.id, `✉️ ${local}@mail.example`),
      upperCaseEmail: await insert(community.id, `Write to ${local.toUpperCase()}@MAIL.EXAMPLE.`),
      bracketedEmail: await insert(community.id, `<${local}@mail.example>`),
      e164: await insert(community.id, '📞 +917512393704', { status: 'sent' }),
      spacedPhone: await insert(community.id, 'Call +91 75123 93704 after six'),
      nationalPhone: await insert(community.id, `Call ${national}`),
      templateVariable: await insert(community.id, null, { content_sid: `HX${'ab'.repeat(16)}`, content_variables: JSON.stringify({ 1: 'Esha', 2: '+917512393704' }) }),
    };
    const untouched = {
      longerLocalPart: await insert(community.id, `✉️ x${local}@mail.example`),
      longerDomain: await insert(community.id, `✉️ ${local}@mail.example.org`),
      sameDomain: await insert(community.id, '✉️ someone@mail.example'),
      longerNumber: await insert(community.id, '📞 +9175123937041'),
      otherCountry: await insert(community.id, '📞 +17512393704'),
      unrelated: await insert(community.id, 'Reply *help* to see what I can do.'),
      otherCommunityEmail: await insert(elsewhere.id, `✉️ ${local}@mail.example`),
      otherCommunityPhone: await insert(elsewhere.id, '📞 +917512393704'),
    };

    const { jwt } = await loginAsMember(strapi, member);
    await http(strapi).delete('/api/members/me').set('Authorization', `Bearer ${jwt}`).expect(202);
    await http(strapi).post(`/api/members/${member.documentId}/erase`).set(asAdmin(community)).expect(200);

    const rows = new Map(
      ((await knex('whatsapp_outbound_messages')
        .select('id', 'body', 'content_variables', 'to_phone', 'status')
        .whereIn('id', [...Object.values(carrying), ...Object.values(untouched)])) as Array<{ id: number | string; body: string | null; content_variables: unknown; to_phone: string | null; status: string }>).map((row) => [Number(row.id), row])
    );
    for (const [name, id] of Object.entries(carrying)) {
      expect({ name, body: rows.get(id)!.body, variables: rows.get(id)!.content_variables, to: rows.get(id)!.to_phone }).toEqual({ name, body: null, variables: null, to: null });
    }
    expect(rows.get(carrying.exactEmail)!.status).toBe('suppressed');
    expect(rows.get(carrying.e164)!.status).toBe('sent');
    for (const [name, id] of Object.entries(untouched)) {
      expect({ name, status: rows.get(id)!.status, hasBody: rows.get(id)!.body !== null, hasRecipient: rows.get(id)!.to_phone !== null }).toEqual({
        name,
        status: 'dead',
        hasBody: true,
        hasRecipient: true,
      });
    }
  });
});

describe('changing one\'s phone number in plain language', () => {
  it('answers the same whether the number is free or another (even hidden) member\'s, after the rate limit', async () => {
    const community = await createCommunity(strapi);
    const visible = await createMember(strapi, community, { name: 'Visible Vani' });
    const hidden = await createMember(strapi, community, { name: 'Hidden Hari', directoryVisible: false, contactVisibility: 'admins' });
    const asker = await createMember(strapi, community, { name: 'Asking Arun' });
    const { jwt } = await loginAsMember(strapi, asker);
    const auth = { Authorization: `Bearer ${jwt}`, 'X-Forwarded-For': `10.17.${randomInt(0, 255)}.${randomInt(1, 254)}` };
    const propose = (text: string) => http(strapi).post('/api/members/me/nl-update').set(auth).send({ text });
    /** The answer with the number itself taken out: what is left must not depend on whose it is. */
    const shapeOf = (data: Record<string, unknown>, phone: string) => ({
      ...data,
      token: typeof data.token,
      after: data.after === phone ? 'the number' : data.after,
      change: JSON.parse(JSON.stringify(data.change).replace(phone, 'the number')),
      summary: String(data.summary).replace(phone, 'the number'),
    });

    const free = randomMobile();
    const answers = [];
    for (const [phone, text] of [
      [visible.phone, `my phone number is now ${visible.phone}`],
      [hidden.phone, `my phone number is now ${hidden.phone}`],
      [free, `update my phone number to ${free}`],
    ]) {
      const from = twilio.messages.length;
      const response = await propose(text).expect(200);
      answers.push(shapeOf(response.body.data, phone));
      // Each number gets its code: only whoever holds it can go on.
      expect(codeIn(await twilio.waitForMessage(phone, from))).toMatch(/^\d{6}$/);
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({ field: 'phone', requiresCode: true, summary: expect.stringContaining('Confirm with the code we sent to the new number') });

    // The limit is counted first: a further try is refused whoever's number it is.
    for (const phone of [visible.phone, randomMobile()]) {
      const refused = await propose(`my phone number is now ${phone}`).expect(429);
      expect(refused.body.error).toMatchObject({ name: 'RateLimitError', message: expect.stringMatching(/Too many phone changes/) });
    }
  });

  it('lets only the holder of a taken number learn that it is taken, after proving it', async () => {
    const community = await createCommunity(strapi);
    const owner = await createMember(strapi, community, { name: 'Owner Omana' });
    const asker = await createMember(strapi, community, { name: 'Second Sim Siva' });
    const { jwt } = await loginAsMember(strapi, asker);
    const auth = { Authorization: `Bearer ${jwt}`, 'X-Forwarded-For': `10.18.${randomInt(0, 255)}.${randomInt(1, 254)}` };
    const from = twilio.messages.length;
    const proposal = await http(strapi).post('/api/members/me/nl-update').set(auth).send({ text: `my phone number is now ${owner.phone}` }).expect(200);
    const code = codeIn(await twilio.waitForMessage(owner.phone, from));
    const confirmed = await http(strapi).post('/api/members/me/nl-update/confirm').set(auth).send({ token: proposal.body.data.token, code }).expect(400);
    expect(confirmed.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', message: expect.stringMatching(/already belongs to another member/) } });
    expect((await strapi.db.query(MEMBER_UID).findOne({ where: { id: asker.id } })).phone).toBe(asker.phone);
  });

  it('gives the same answer on WhatsApp for a taken and a free number', async () => {
    const community = await createCommunity(strapi, { whatsappNumber: randomWhatsappNumber() });
    const number = await whatsappNumberOf(community);
    const taken = await createMember(strapi, community, { name: 'Taken Tara', directoryVisible: false });
    const asker = await createMember(strapi, community, { name: 'Chatting Chitra' });
    const chat = chatAs(strapi, twilio, asker.phone, number);
    await chat.say('hi');
    const free = randomMobile();
    const toTaken = (await chat.say(`my phone number is now ${taken.phone}`)).replace(taken.phone, 'N');
    expect(await chat.say('no')).toContain('haven’t changed anything');
    const toFree = (await chat.say(`my phone number is now ${free}`)).replace(free, 'N');
    expect(toTaken).toBe(toFree);
    expect(toTaken).toContain('Change phone from');
    expect(toTaken).not.toMatch(/belongs/);
  });
});

describe('WhatsApp: the SMS check before anything that shows directory data', () => {
  it('holds an accepted introduction card until the member has confirmed their number', async () => {
    const community = await createCommunity(strapi, { whatsappNumber: randomWhatsappNumber() });
    const number = await whatsappNumberOf(community);
    const requester = await createMember(strapi, community, { name: 'Returning Rekha' });
    const target = await createMember(strapi, community, { name: 'Ornithologist Omar', skills: ['Ornithology'], email: `omar.${suffix()}@example.org` });
    await indexer().flush();
    const requesterChat = chatAs(strapi, twilio, requester.phone, number);
    const targetChat = chatAs(strapi, twilio, target.phone, number);
    await targetChat.say('hi');
    await requesterChat.say('hi');
    expect(await requesterChat.say('ornithology')).toContain('*Ornithologist Omar*');
    const from = twilio.messages.length;
    expect(await requesterChat.say('connect 1')).toContain('I’ve asked');
    const code = /YES (\d{4})/.exec((await twilio.waitForMessage(targetChat.address, from)).body)![1];
    // The requester is out of reach when the answer comes: the cards wait for their next message.
    await strapi.db.connection('whatsapp_contacts').where({ community_id: community.id, member_id: requester.id }).update({ last_inbound_at: new Date(Date.now() - 25 * 3_600_000) });
    expect(await targetChat.say(`yes ${code}`)).toContain('haven’t shared anything yet');
    // Meanwhile the community starts asking for SMS confirmation.
    await strapi.db.query('api::community.community').update({ where: { id: community.id }, data: { settings: { whatsappRequireOtp: true } } });

    const fromReturn = twilio.messages.length;
    const back = await requesterChat.say('hi');
    expect(back).toContain('I’ve sent a 6-digit code by SMS');
    expect(back).not.toContain('Ornithologist Omar');
    expect(back).not.toContain(target.phone);
    const sms = await twilio.waitForMessage(requester.phone, fromReturn);
    expect(await requesterChat.say('000000')).not.toContain(target.phone);
    expect(twilio.messages.slice(fromReturn).some((message) => message.to === targetChat.address)).toBe(false);

    const fromVerified = twilio.messages.length;
    const verified = await requesterChat.say(codeIn(sms));
    expect(verified).toContain('your number is confirmed');
    expect(verified).toContain('connected with *Ornithologist Omar*');
    expect(verified).toContain(target.phone);
    expect((await twilio.waitForMessage(targetChat.address, fromVerified)).body).toContain(requester.phone);
  });
});

describe('bulk actions report failures in the app\'s words', () => {
  const trigger = 'cc_test_refuse_member_update';
  afterEach(async () => {
    await strapi.db.connection.raw(`DROP TRIGGER IF EXISTS ${trigger} ON members`);
    await strapi.db.connection.raw(`DROP FUNCTION IF EXISTS ${trigger}()`);
  });

  it.each(['update', 'delete'] as const)('bulk %s: a database failure for one member is a generic entry, never its SQL text', async (action) => {
    const community = await createCommunity(strapi);
    const fine = await createMember(strapi, community, { name: 'Fine Farah', city: 'Pune' });
    const broken = await createMember(strapi, community, { name: `Broken Bhanu ${suffix()}`, city: 'Pune' });
    // The database refuses this one row, as a constraint or a failing disk would, with a text full of internals.
    await strapi.db.connection.raw(`CREATE OR REPLACE FUNCTION ${trigger}() RETURNS trigger AS $$
      BEGIN
        IF NEW.name = '${broken.name}' THEN
          RAISE EXCEPTION 'duplicate key value violates unique constraint "members_phone_key" DETAIL: Key (phone)=(${broken.phone}) in relation members';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await strapi.db.connection.raw(`CREATE TRIGGER ${trigger} BEFORE UPDATE ON members FOR EACH ROW EXECUTE FUNCTION ${trigger}()`);

    const body = action === 'update' ? { ids: [fine.documentId, broken.documentId], data: { city: 'Nashik' } } : { ids: [fine.documentId, broken.documentId] };
    const response = await http(strapi).post(`/api/members/bulk/${action}`).set(asAdmin(community)).send(body).expect(200);
    expect(response.body.data).toMatchObject({ matched: 2, changed: 1, notFound: [] });
    expect(response.body.data.errors).toEqual([
      { id: broken.documentId, status: 500, name: 'InternalError', message: 'This member could not be changed because of an internal error; they were left as they were' },
    ]);
    const text = JSON.stringify(response.body);
    for (const internal of ['duplicate key', 'members_phone_key', broken.phone, 'relation', 'Error:', 'plpgsql']) expect(text).not.toContain(internal);
  });
});

describe('member CSV export: formula escaping', () => {
  it('escapes each dangerous start in the email and every other text column, keeps phones, and imports back the same', async () => {
    const source = await createCommunity(strapi);
    const copy = await createCommunity(strapi);
    const starts = ['=', '+', '-', '@'];
    const emailStarts = ['+', '-'];
    const tag = suffix();
    for (const [index, start] of starts.entries()) {
      await createMember(strapi, source, {
        name: `${start}Name ${tag}${index}`,
        email: emailStarts.includes(start) ? `${start}mail${index}.${tag}@example.org` : `plain${index}.${tag}@example.org`,
        city: `${start}City`,
        organization: `${start}HYPERLINK("http://evil.example","x")`,
        skills: [`${start}Skill`, 'Plain'],
        bio: `${start}1+1`,
      });
    }
    const exported = await http(strapi)
      .get('/api/members/export')
      .query({ format: 'csv' })
      .set(asAdmin(source))
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => done(null, text));
      })
      .expect(200);
    const csv = exported.body as string;
    for (const [index, start] of starts.entries()) {
      expect(csv).toContain(`'${start}Name ${tag}${index}`);
      expect(csv).toContain(`'${start}City`);
      expect(csv).toContain(`'${start}Skill;Plain`);
    }
    for (const start of emailStarts) expect(csv).toMatch(new RegExp(`,'\\${start}mail\\d\\.${tag}@example\\.org,`));
    // Phones stay dialable: never a quote before a valid E.164 number.
    expect(csv).not.toMatch(/,'\+91\d+,/);
    expect(csv).toMatch(/,\+91\d{10},/);

    await http(strapi).post('/api/members/import').set(asAdmin(copy)).set('Content-Type', 'text/csv').send(csv).expect(200);
    const fields = ['name', 'phone', 'email', 'city', 'organization', 'skills', 'bio'];
    const read = async (community: CommunityFixture) =>
      ((await strapi.db.query(MEMBER_UID).findMany({ select: fields, where: { community: { id: community.id } }, orderBy: { phone: 'asc' } })) as MemberFixture[]);
    expect(await read(copy)).toEqual(await read(source));
  });
});

describe('search depth', () => {
  it('bounds page × pageSize at 1000 on the REST route, with a 400 naming the limit', async () => {
    const community = await createCommunity(strapi);
    await createMember(strapi, community, { skills: ['Accounting'] });
    await indexer().flush();
    const search = (query: Record<string, string>) => http(strapi).get('/api/community-search/search').query({ q: 'accounting', ...query }).set(asAdmin(community));
    for (const ok of [{}, { page: '100' }, { page: '20', pageSize: '50' }, { page: '1000', pageSize: '1' }, { page: '1', pageSize: '50' }]) {
      await search(ok).expect(200);
    }
    for (const [query, most] of [
      [{ page: '101' }, 100],
      [{ page: '21', pageSize: '50' }, 20],
      [{ page: '1001', pageSize: '1' }, 1000],
      [{ page: '999999999999' }, 100],
      [{ page: '34', pageSize: '30' }, 33],
    ] as const) {
      const refused = await search(query).expect(400);
      expect(refused.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
      expect(refused.body.error.message).toContain('page × pageSize must be at most 1000');
      expect(refused.body.error.message).toContain(`page at most ${most}`);
      expect(refused.body.error.details.errors[0].path).toEqual(['page']);
    }
  });

  it('holds every caller of the search service to the same depth', async () => {
    const community = await createCommunity(strapi);
    const search = strapi.plugin('community-search').service('search');
    await expect(
      search.search({ communityId: community.id, text: 'accounting', page: 201, pageSize: 5, channel: 'whatsapp', viewer: { access: 'operator' }, callerId: 'test' })
    ).rejects.toMatchObject({ name: 'ValidationError', details: { reason: 'page-too-deep', maxResultDepth: 1000 } });
  });

  it('stops WhatsApp "more" at the same depth with a plain answer', async () => {
    const community = await createCommunity(strapi, { whatsappNumber: randomWhatsappNumber() });
    const number = await whatsappNumberOf(community);
    const member = await createMember(strapi, community, { skills: ['Accounting'] });
    await indexer().flush();
    const chat = chatAs(strapi, twilio, member.phone, number);
    await chat.say('hi');
    await chat.say('accounting');
    // The conversation as it would be after 199 "more"s through a very large community.
    const store = strapi.service('api::access.security-store').store();
    const key = `wa:conversation:${community.id}:${member.id}`;
    const state = JSON.parse((await store.get(key)) as string);
    state.results = { ...state.results, page: 200, pageSize: 5, total: 5000 };
    await store.set(key, JSON.stringify(state), 600);
    expect(await chat.say('more')).toBe('I’ve shown the first 1000 results, which is as far as I go. Ask a narrower question (e.g. add a city or a skill) to see others.');
  });
});

describe('WhatsApp profile updates: lengths', () => {
  let chat: ReturnType<typeof chatAs>;
  let member: MemberFixture;

  beforeAll(async () => {
    const community = await createCommunity(strapi, { whatsappNumber: randomWhatsappNumber() });
    member = await createMember(strapi, community, { name: 'Lengthy Lata', city: 'Chennai' });
    chat = chatAs(strapi, twilio, member.phone, await whatsappNumberOf(community));
    await chat.say('hi');
  });

  it.each([
    ['name', 200],
    ['city', 100],
    ['state', 100],
    ['country', 100],
    ['organization', 200],
    ['designation', 200],
    ['industry', 200],
    ['degree', 100],
    ['branch', 200],
  ])('caps %s at the member schema\'s %i characters', async (field, maxLength) => {
    // Latin, accented and CJK letters alike (one UTF-16 unit each, as the schema counts).
    const letter = ['x', 'é', '日'][field.length % 3];
    const reply = await chat.say(`update my ${field} to ${letter.repeat(maxLength + 1)}`);
    expect(reply).toContain(`Your ${field} is too long (at most ${maxLength} characters)`);
    const fits = await chat.say(`update my ${field} to ${letter.repeat(maxLength)}`);
    expect(fits).toContain(`Change ${field} from`);
    expect(await chat.say('no')).toContain('haven’t changed anything');
  });

  it('caps each skill at 100 characters', async () => {
    expect(await chat.say(`add ${'s'.repeat(101)} to my skills`)).toContain('Your skills can hold items of at most 100 characters each');
  });

  it('caps the whole message at 500 characters, even for a field that may hold more', async () => {
    for (const text of [`update my bio to ${'b'.repeat(484)}`, `update my city to ${'c'.repeat(5000)}`, `my bio is now ${'🙂'.repeat(300)}`]) {
      expect(await chat.say(text)).toContain('Please keep a profile update under 500 characters');
    }
    const row = await strapi.db.query(MEMBER_UID).findOne({ where: { id: member.id } });
    expect(row).toMatchObject({ name: 'Lengthy Lata', city: 'Chennai' });
  });
});
