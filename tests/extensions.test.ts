import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { startFakeStripe, signedDelivery, STRIPE_ENV_NAMES, stripeEvent, testPrices, useFakeStripeForBilling, type FakeStripe } from './fakes/stripe-server';
import { startFakeTwilio, type FakeTwilio } from './fakes/twilio-server';
import { startWebhookReceiver, type WebhookReceiver } from './fakes/webhook-receiver';
import { createCommunity, createMember, randomMobile, type CommunityFixture, type MemberFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';
import { chatAs, PUBLIC_URL, randomWhatsappNumber } from './helpers/whatsapp';

/**
 * The extension points, driven through the real app by the example plugin (examples/mentors-plugin,
 * loaded with EXAMPLE_PLUGINS=mentors): a WhatsApp command over signed webhooks, a result
 * post-processor, a synonym source and a query parser over HTTP search, a plan sold through the
 * fake Stripe and a CRM listener on subscription.changed fed by a signed Stripe webhook; then the
 * event catalogue, with listeners that throw.
 */

type EventName =
  | 'member.created' | 'member.updated' | 'member.deleted' | 'search.performed' | 'whatsapp.message.received'
  | 'whatsapp.message.sent' | 'subscription.changed' | 'quota.warning' | 'quota.exceeded';
const EVENT_NAMES: EventName[] = [
  'member.created', 'member.updated', 'member.deleted', 'search.performed', 'whatsapp.message.received',
  'whatsapp.message.sent', 'subscription.changed', 'quota.warning', 'quota.exceeded',
];
type Recorded = { name: EventName; payload: Record<string, unknown> };

const MENTOR_REASON = 'Mentors other members';
const EXAMPLE_ENV = [
  'EXAMPLE_PLUGINS', 'QUERY_PARSER', 'MENTORS_CRM_WEBHOOK_URL', 'MENTOR_CIRCLE_PRICE_MONTHLY', 'MENTOR_CIRCLE_PRICE_YEARLY',
  'MENTORS_COMPACT_RESULTS_FOR', 'MENTORS_INTRODUCTION_TEMPLATE_SID', 'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_API_BASE_URL', 'PUBLIC_URL',
];

let strapi: Core.Strapi;
let twilio: FakeTwilio;
let stripe: FakeStripe;
let crm: WebhookReceiver;
const recorded: Recorded[] = [];
const suffix = randomBytes(3).toString('hex');
const compactSlug = `compact-${suffix}`;
const mentorPrices = { monthly: `price_mentor_circle_m_${suffix}`, yearly: `price_mentor_circle_y_${suffix}` };
const templateSid = `HX${randomBytes(16).toString('hex')}`;

const extensions = () =>
  strapi.plugin('community-search').service('extensions') as unknown as {
    names(): { queryParsers: string[]; embeddingProviders: string[]; synonymSources: string[]; resultPostProcessors: string[] };
    createEmbeddingProvider(name: string, settings: unknown): { name: string; model: string; dimensions: number; embed(texts: string[]): Promise<number[][]> };
  };
const indexer = () => strapi.plugin('community-search').service('indexer') as { flush(): Promise<void> };
const billingEvents = () => strapi.plugin('billing').service('events') as { drain(): Promise<void> };
const billingExtensions = () =>
  strapi.plugin('billing').service('extensions') as unknown as { onSubscriptionChanged(listener: (event: Record<string, unknown>) => unknown): () => void };

const eventsFor = (name: EventName, predicate: (payload: Record<string, unknown>) => boolean = () => true) =>
  recorded.filter((event) => event.name === name && predicate(event.payload)).map((event) => event.payload);

const waitForEvent = async (name: EventName, predicate: (payload: Record<string, unknown>) => boolean, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = eventsFor(name, predicate)[0];
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${name} not emitted within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** Lets events queued for after the current tick be delivered. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

const issueToken = async (community: CommunityFixture) =>
  ((await strapi.service('api::community.api-tokens').issue(community, 'full-access')) as { accessKey: string }).accessKey;

const search = (token: string, community: CommunityFixture, q: string) =>
  http(strapi).get('/api/community-search/search').query({ q, pageSize: 10 }).set('Authorization', `Bearer ${token}`).set('X-Community', community.slug);

beforeAll(async () => {
  [twilio, stripe, crm] = await Promise.all([startFakeTwilio(), startFakeStripe(), startWebhookReceiver()]);
  useFakeStripeForBilling(stripe, testPrices());
  Object.assign(process.env, {
    EXAMPLE_PLUGINS: 'mentors',
    QUERY_PARSER: 'mentors-keywords',
    MENTORS_CRM_WEBHOOK_URL: crm.url,
    MENTOR_CIRCLE_PRICE_MONTHLY: mentorPrices.monthly,
    MENTOR_CIRCLE_PRICE_YEARLY: mentorPrices.yearly,
    MENTORS_COMPACT_RESULTS_FOR: compactSlug,
    MENTORS_INTRODUCTION_TEMPLATE_SID: templateSid,
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_API_BASE_URL: twilio.url,
    PUBLIC_URL,
  });
  strapi = await bootStrapi();
  // A plain recorder on the hub, as any plugin would subscribe.
  for (const name of EVENT_NAMES) strapi.eventHub.on(name, (payload: Record<string, unknown>) => void recorded.push({ name, payload }));
});

afterAll(async () => {
  await stopStrapi(strapi);
  await Promise.all([twilio?.close(), stripe?.close(), crm?.close()]);
  for (const name of [...EXAMPLE_ENV, ...STRIPE_ENV_NAMES]) delete process.env[name];
});

describe('community-search extensions', () => {
  let community: CommunityFixture;
  let token: string;
  let mentors: MemberFixture[];
  let specialists: MemberFixture[];

  beforeAll(async () => {
    community = await createCommunity(strapi, { name: `Fintech Guild ${suffix}` });
    token = await issueToken(community);
    // The specialists match "fintech" far better than the mentors, so only the boost puts mentors first.
    specialists = [];
    for (let index = 1; index <= 3; index += 1) {
      specialists.push(
        await createMember(strapi, community, {
          name: `Fintech Specialist ${index}`,
          designation: 'Fintech Founder',
          industry: 'Fintech',
          skills: ['Fintech', 'Payments', 'Fintech Compliance'],
          bio: 'Builds fintech products: fintech payments, fintech lending and fintech compliance.',
        })
      );
    }
    mentors = [
      // Named to sort after the specialists, who lead when ranks tie.
      await createMember(strapi, community, { name: 'Zara Mentor', designation: 'Advisor', industry: 'Fintech', skills: ['Mentoring', 'Fintech'], bio: 'Happy to mentor founders.' }),
      await createMember(strapi, community, { name: 'Yusuf Guide', designation: 'Angel Investor', industry: 'Fintech', skills: ['Fintech'], bio: 'I mentor first-time founders in fintech.' }),
    ];
    await createMember(strapi, community, { name: 'Unrelated Baker', designation: 'Baker', skills: ['Baking'], bio: 'Bakes bread.' });
    await indexer().flush();
  });

  it('lists the built-in and the example plugin\'s registrations, and uses the parser config names', async () => {
    expect(extensions().names()).toEqual({
      queryParsers: ['rules', 'llm', 'mentors-keywords'],
      embeddingProviders: ['local', 'openai', 'mentors-hashed-words'],
      synonymSources: ['mentoring-taxonomy'],
      resultPostProcessors: ['mentors-first'],
    });
    const status = await http(strapi).get('/api/community-search/status').set('Authorization', `Bearer ${token}`).set('X-Community', community.slug).expect(200);
    expect(status.body.data).toEqual(expect.objectContaining({ queryParser: 'mentors-keywords', embeddingProvider: 'local' }));
  });

  it('ranks mentors first through the post-processor (and not without it), saying why, without leaking profiles', async () => {
    const config = strapi.config.get('plugin::community-search') as { resultPostProcessors?: string[] };
    strapi.config.set('plugin::community-search', { ...config, resultPostProcessors: [] });
    let plain;
    try {
      plain = await search(token, community, 'fintech').expect(200);
    } finally {
      strapi.config.set('plugin::community-search', config);
    }
    // Without the processor a specialist leads: the test below is not true by accident.
    expect(plain.body.data[0].name).toMatch(/^Fintech Specialist/);

    const boosted = await search(token, community, 'fintech').expect(200);
    const names = boosted.body.data.map((hit: { name: string }) => hit.name);
    expect(names.slice(0, 2).sort()).toEqual(['Yusuf Guide', 'Zara Mentor']);
    expect(names.slice(2).every((name: string) => name.startsWith('Fintech Specialist'))).toBe(true);
    expect(boosted.body.data[0].why[0]).toBe(MENTOR_REASON);
    expect(boosted.body.meta.total).toBe(plain.body.meta.total);
    // The processor read bios; the API still does not return them.
    expect(JSON.stringify(boosted.body)).not.toContain('Happy to mentor founders');
  });

  it('reads synonyms from the registered taxonomy: "sherpa" finds the members skilled in Mentoring', async () => {
    const found = await search(token, community, 'sherpa').expect(200);
    expect(found.body.meta.parsed.filters).toEqual({ skills: ['Mentoring'] });
    expect(found.body.data.map((hit: { documentId: string }) => hit.documentId)).toEqual([mentors[0].documentId]);
  });

  it('parses with the configured registered parser, and falls back to rules when it throws', async () => {
    const parsed = await search(token, community, 'fintech founders').expect(200);
    expect(parsed.body.meta.parsed.parser).toBe('mentors-keywords');
    const fallback = await search(token, community, 'explode fintech').expect(200);
    expect(fallback.body.meta.parsed.parser).toBe('rules');
  });

  it('builds a registered embedder through the registry, checked for shape', async () => {
    const embedder = extensions().createEmbeddingProvider('mentors-hashed-words', {});
    expect(embedder).toEqual(expect.objectContaining({ name: 'mentors-hashed-words', model: 'hashed-words-64-v1', dimensions: 64 }));
    const [vector] = await embedder.embed(['mentoring fintech founders']);
    expect(vector).toHaveLength(64);
    expect(Math.hypot(...vector)).toBeCloseTo(1, 6);
  });

  it('offers registered parsers and embedders in the admin settings, and refuses names nobody registered', async () => {
    const password = 'Extensions-Passw0rd';
    const email = `extensions-${suffix}@example.org`;
    const superRole = (await strapi.service('admin::role').getSuperAdmin()) as { id: number };
    await strapi.service('admin::user').create({ email, password, firstname: 'Ext', isActive: true, roles: [superRole.id] });
    const login = await http(strapi).post('/admin/login').send({ email, password }).expect(200);
    const admin = { Authorization: `Bearer ${login.body.data.token}` };
    const settings = (queryParser: string) => ({
      queryParser,
      llm: { baseUrl: null, model: null, temperature: 0, timeoutMs: 2500 },
      embeddingsProvider: 'local',
      embeddings: { baseUrl: null, model: null, dimensions: null },
    });
    try {
      const described = await http(strapi).get('/community-search/settings').set(admin).expect(200);
      expect(described.body.data.available).toEqual({ queryParsers: ['rules', 'llm', 'mentors-keywords'], embeddingsProviders: ['local', 'openai', 'mentors-hashed-words'] });
      const refused = await http(strapi).put('/community-search/settings').set(admin).send(settings('gpt-parser')).expect(400);
      expect(refused.body.error).toEqual(expect.objectContaining({ name: 'ValidationError', message: 'queryParser must be one of rules, llm, mentors-keywords' }));
      const saved = await http(strapi).put('/community-search/settings').set(admin).send(settings('rules')).expect(200);
      expect(saved.body.data.active.queryParser).toBe('rules');
      // A query not asked before: parses are cached per community and text.
      expect((await search(token, community, 'fintech founders by rules').expect(200)).body.meta.parsed.parser).toBe('rules');
    } finally {
      await http(strapi).delete('/community-search/settings').set(admin).expect(200);
    }
    expect((await search(token, community, 'fintech founders again').expect(200)).body.meta.parsed.parser).toBe('mentors-keywords');
  });

  it('announces search.performed with counts and ids, never what was typed', async () => {
    const typed = `fintech ${randomBytes(2).toString('hex')}`;
    await search(token, community, typed).expect(200);
    const event = await waitForEvent('search.performed', (payload) => payload.communityId === community.id && payload.channel === 'api' && payload.parser === 'mentors-keywords');
    expect(event).toEqual(
      expect.objectContaining({ communityId: community.id, channel: 'api', memberDocumentId: null, page: 1, occurredAt: expect.any(String), total: expect.any(Number) })
    );
    expect(JSON.stringify(eventsFor('search.performed'))).not.toContain(typed);
  });
});

describe('whatsapp-bot extensions', () => {
  let community: CommunityFixture;
  let compact: CommunityFixture;
  let asker: MemberFixture;
  const number = randomWhatsappNumber();
  const compactNumber = randomWhatsappNumber();

  beforeAll(async () => {
    community = await createCommunity(strapi, { name: `Mentor Network ${suffix}`, whatsappNumber: number });
    asker = await createMember(strapi, community, { name: 'Asha Asker', skills: ['Design'], bio: 'Designer.' });
    await createMember(strapi, community, { name: 'Vikram Mentor', designation: 'CTO', skills: ['Mentoring', 'Cloud'], bio: 'I mentor engineers.' });
    await createMember(strapi, community, { name: 'Zoya Coach', designation: 'Product Lead', skills: ['Product', 'Mentoring'], bio: 'Mentoring product managers on weekends.' });
    await createMember(strapi, community, { name: 'Rahul Developer', designation: 'Developer', skills: ['Cloud'], bio: 'Writes code.' });
    compact = await createCommunity(strapi, { name: `Compact Club ${suffix}`, slug: compactSlug, whatsappNumber: compactNumber });
    await createMember(strapi, compact, { name: 'Compact Member', skills: ['Cloud'] });
    await indexer().flush();
  });

  it('answers the registered `mentors` command through a signed webhook, and its help line shows in help', async () => {
    const chat = chatAs(strapi, twilio, asker.phone, number);
    const reply = await chat.say('mentors');
    expect(reply).toMatch(new RegExp(`^🧭 Mentors in \\*${community.name}\\*:`, 'm'));
    expect(reply).toMatch(/\n1\. \*(Vikram Mentor|Zoya Coach)\*/);
    expect(reply).toMatch(/\n2\. \*(Vikram Mentor|Zoya Coach)\*/);
    expect(reply).not.toContain('Rahul Developer');

    // The command's results are the numbered list: "1" shows the first mentor's card.
    const details = await chat.say('1');
    expect(details).toMatch(/Vikram Mentor|Zoya Coach/);

    const slash = await chat.say('/mentors cloud');
    expect(slash).toContain('for cloud');

    const help = await chat.say('help');
    expect(help).toContain('• *mentors* (or *mentors fintech*) lists members who mentor');
  });

  it('formats search results with the formatter registered for one community only', async () => {
    const compactChat = chatAs(strapi, twilio, (await createMember(strapi, compact, { name: 'Compact Asker', skills: ['Cloud'] })).phone, compactNumber);
    await indexer().flush();
    expect(await compactChat.say('cloud')).toMatch(/^Found \d+:\n1\) /m);
    const regular = chatAs(strapi, twilio, asker.phone, number);
    expect(await regular.say('cloud')).toMatch(/^🔍 Found \d+ members?:/m);
  });

  it('registered the default introduction template', () => {
    const bot = strapi.plugin('whatsapp-bot').service('extensions') as unknown as { defaultTemplate(name: string): string | undefined };
    expect(bot.defaultTemplate('introductionRequest')).toBe(templateSid);
  });

  it('announces whatsapp.message.received and .sent with ids only', async () => {
    const chat = chatAs(strapi, twilio, asker.phone, number);
    await chat.say('hello there');
    const received = await waitForEvent('whatsapp.message.received', (payload) => payload.communityId === community.id);
    const sent = await waitForEvent('whatsapp.message.sent', (payload) => payload.communityId === community.id);
    expect(received).toEqual({ communityId: community.id, media: false, occurredAt: expect.any(String) });
    expect(sent).toEqual(expect.objectContaining({ communityId: community.id, kind: expect.any(String), occurredAt: expect.any(String) }));
    const all = JSON.stringify([...eventsFor('whatsapp.message.received'), ...eventsFor('whatsapp.message.sent')]);
    expect(all).not.toContain(asker.phone.slice(1));
    expect(all).not.toContain('hello there');
  });
});

describe('billing extensions', () => {
  it('sells the registered Mentor Circle plan end to end: catalogue, checkout with its price, webhook, limits, CRM listener', async () => {
    // The plan is part of the app's catalogue: a community can be put on it and gets its limits.
    const direct = await createCommunity(strapi, { plan: 'mentor-circle' });
    expect(await strapi.db.query('api::community.community').findOne({ select: ['memberLimit', 'searchLimitPerMonth'], where: { id: direct.id } })).toEqual(
      expect.objectContaining({ memberLimit: 250, searchLimitPerMonth: 5000 })
    );

    const community = await createCommunity(strapi, { plan: 'free' });
    const token = await issueToken(community);
    const auth = { Authorization: `Bearer ${token}` };

    const checkout = await http(strapi).post('/api/billing/checkout').set(auth).send({ plan: 'mentor-circle', interval: 'yearly' }).expect(200);
    expect(checkout.body.url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    const session = stripe.requestsTo('POST /v1/checkout/sessions').at(-1);
    expect(session?.params).toEqual(expect.objectContaining({ line_items: [{ price: mentorPrices.yearly, quantity: '1' }] }));

    const customer = [...stripe.customers.values()].find((candidate) => (candidate.metadata as Record<string, string>).communityId === String(community.id));
    const subscription = stripe.putSubscription({ customer: customer!.id as string, status: 'active', price: mentorPrices.yearly, interval: 'year' });
    const { payload, signature } = signedDelivery(stripeEvent('customer.subscription.created', subscription), stripe.webhookSecret);
    await http(strapi).post('/api/billing/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(payload).expect(200);
    await billingEvents().drain();

    expect(await strapi.db.query('api::community.community').findOne({ select: ['plan', 'memberLimit', 'searchLimitPerMonth'], where: { id: community.id } })).toEqual(
      expect.objectContaining({ plan: 'mentor-circle', memberLimit: 250, searchLimitPerMonth: 5000 })
    );
    const usage = await http(strapi).get('/api/communities/current/usage').set(auth).set('X-Community', community.slug).expect(200);
    expect(usage.body.data).toEqual(expect.objectContaining({ plan: 'mentor-circle', members: expect.objectContaining({ limit: 250 }), searches: expect.objectContaining({ limit: 5000 }) }));

    // The example's listener posted the change to the CRM: ids, plan and state, nothing else.
    const posted = (await crm.waitFor((body) => (body as { data?: { communityId?: number } }).data?.communityId === community.id)) as { type: string; data: Record<string, unknown> };
    expect(posted).toEqual({
      type: 'subscription.changed',
      data: {
        communityId: community.id,
        subscriptionId: subscription.id,
        status: 'active',
        previousStatus: null,
        plan: 'mentor-circle',
        previousPlan: null,
        interval: 'yearly',
        cancelAtPeriodEnd: false,
        currentPeriodEnd: expect.any(String),
        occurredAt: expect.any(String),
      },
    });
    expect(JSON.stringify(posted)).not.toMatch(/cus_|whsec_|sk_|@/);

    // A second delivery about the same state is no change: nothing more is announced.
    const again = signedDelivery(stripeEvent('customer.subscription.updated', subscription), stripe.webhookSecret);
    await http(strapi).post('/api/billing/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', again.signature).send(again.payload).expect(200);
    await billingEvents().drain();
    await settle();
    expect(eventsFor('subscription.changed', (event) => event.communityId === community.id)).toHaveLength(1);
  });

  it('keeps billing going when a subscription listener throws or the CRM is down', async () => {
    const seen: Array<Record<string, unknown>> = [];
    const offThrowing = billingExtensions().onSubscriptionChanged(() => {
      throw new Error('listener bug');
    });
    const offRecorder = billingExtensions().onSubscriptionChanged((event) => void seen.push(event));
    crm.failNext(5, 503);
    try {
      const community = await createCommunity(strapi, { plan: 'free' });
      const token = await issueToken(community);
      await http(strapi).post('/api/billing/checkout').set('Authorization', `Bearer ${token}`).send({ plan: 'mentor-circle', interval: 'monthly' }).expect(200);
      const customer = [...stripe.customers.values()].find((candidate) => (candidate.metadata as Record<string, string>).communityId === String(community.id));
      const subscription = stripe.putSubscription({ customer: customer!.id as string, status: 'active', price: mentorPrices.monthly });
      const { payload, signature } = signedDelivery(stripeEvent('customer.subscription.created', subscription), stripe.webhookSecret);
      await http(strapi).post('/api/billing/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(payload).expect(200);
      await billingEvents().drain();
      await waitForEvent('subscription.changed', (event) => event.communityId === community.id);
      await settle();
      expect(seen.filter((event) => event.communityId === community.id)).toHaveLength(1);
      expect((await strapi.db.query('api::community.community').findOne({ select: ['plan'], where: { id: community.id } })).plan).toBe('mentor-circle');
      const stored = await strapi.db.connection('billing_events').where({ community_id: community.id }).first();
      expect(stored.status).toBe('processed');
    } finally {
      offThrowing();
      offRecorder();
      crm.failNext(0);
    }
  });
});

describe('event catalogue', () => {
  it('announces member.created|updated|deleted with ids and field names only, from REST and imports', async () => {
    const community = await createCommunity(strapi);
    const token = await issueToken(community);
    const api = { Authorization: `Bearer ${token}`, 'X-Community': community.slug };
    const phone = randomMobile();
    const created = await http(strapi).post('/api/members').set(api).send({ data: { name: 'Event Person', phone, email: 'event.person@example.org', city: 'Pune' } }).expect(201);
    const documentId = created.body.data.documentId as string;
    await http(strapi).put(`/api/members/${documentId}`).set(api).send({ data: { city: 'Chennai', email: 'other@example.org' } }).expect(200);
    // DELETE over REST deactivates (an update); removing the record is the admin panel's or an erasure's.
    await http(strapi).delete(`/api/members/${documentId}`).set(api).expect(200);
    await strapi.documents('api::member.member').delete({ documentId } as never);

    expect(await waitForEvent('member.created', (event) => event.memberDocumentId === documentId)).toEqual({
      communityId: community.id, memberDocumentId: documentId, source: 'document-service', occurredAt: expect.any(String),
    });
    expect(await waitForEvent('member.updated', (event) => event.memberDocumentId === documentId)).toEqual({
      communityId: community.id, memberDocumentId: documentId, source: 'document-service', fields: ['city', 'email'], occurredAt: expect.any(String),
    });
    expect(await waitForEvent('member.updated', (event) => event.memberDocumentId === documentId && (event.fields as string[]).includes('isActive'))).toEqual(
      expect.objectContaining({ fields: ['isActive'] })
    );
    expect(await waitForEvent('member.deleted', (event) => event.memberDocumentId === documentId)).toEqual({
      communityId: community.id, memberDocumentId: documentId, source: 'document-service', occurredAt: expect.any(String),
    });

    const importPhone = randomMobile();
    await http(strapi).post('/api/members/import').set(api).set('Content-Type', 'text/csv').send(`name,phone,city\nImported Person,${importPhone},Delhi\n`).expect(200);
    const imported = await waitForEvent('member.created', (event) => event.communityId === community.id && event.source === 'import');
    expect(imported).toEqual({ communityId: community.id, memberDocumentId: expect.any(String), source: 'import', occurredAt: expect.any(String) });

    const memberEvents = JSON.stringify([...eventsFor('member.created'), ...eventsFor('member.updated'), ...eventsFor('member.deleted')]);
    for (const secret of [phone, importPhone, 'event.person@example.org', 'other@example.org', 'Event Person', 'Imported Person']) expect(memberEvents).not.toContain(secret);
  });

  it('announces nothing for a member write that was rolled back', async () => {
    const community = await createCommunity(strapi);
    let documentId: string | undefined;
    await expect(
      strapi.db.transaction(async () => {
        const member = await createMember(strapi, community, { name: 'Rolled Back' });
        documentId = member.documentId;
        throw new Error('roll back');
      })
    ).rejects.toThrow('roll back');
    await settle();
    expect(documentId).toEqual(expect.any(String));
    expect(eventsFor('member.created', (event) => event.memberDocumentId === documentId)).toEqual([]);
  });

  it('announces quota.warning at 80% and quota.exceeded once a month for searches, and for members', async () => {
    const community = await createCommunity(strapi, { plan: 'free', searchLimitPerMonth: 5, memberLimit: 2 });
    const token = await issueToken(community);
    await createMember(strapi, community, { name: 'Quota One' });
    for (let index = 0; index < 5; index += 1) await search(token, community, `quota ${index}`).expect(200);
    await search(token, community, 'quota refused').expect(429);
    await search(token, community, 'quota refused again').expect(429);
    await settle();

    expect(eventsFor('quota.warning', (event) => event.communityId === community.id && event.quota === 'searches')).toEqual([
      { communityId: community.id, quota: 'searches', limit: 5, used: 4, threshold: 0.8, period: expect.stringMatching(/^\d{4}-\d{2}$/), occurredAt: expect.any(String) },
    ]);
    expect(eventsFor('quota.exceeded', (event) => event.communityId === community.id && event.quota === 'searches')).toEqual([
      { communityId: community.id, quota: 'searches', limit: 5, used: 5, period: expect.stringMatching(/^\d{4}-\d{2}$/), occurredAt: expect.any(String) },
    ]);

    // Members: the second of two takes the community to its limit (a warning), a third is refused.
    await createMember(strapi, community, { name: 'Quota Two' });
    await expect(createMember(strapi, community, { name: 'Quota Three' })).rejects.toThrow();
    await settle();
    expect(eventsFor('quota.warning', (event) => event.communityId === community.id && event.quota === 'members')).toEqual([
      { communityId: community.id, quota: 'members', limit: 2, used: 2, threshold: 0.8, period: null, occurredAt: expect.any(String) },
    ]);
    expect(eventsFor('quota.exceeded', (event) => event.communityId === community.id && event.quota === 'members')).toEqual([
      { communityId: community.id, quota: 'members', limit: 2, used: 2, period: null, occurredAt: expect.any(String) },
    ]);
  });

  it('never breaks a request when listeners throw, synchronously or not, on every event', async () => {
    const offs = EVENT_NAMES.flatMap((name) => [
      strapi.eventHub.on(name, () => {
        throw new Error(`sync failure in ${name}`);
      }),
      strapi.eventHub.on(name, async () => {
        throw new Error(`async failure in ${name}`);
      }),
    ]);
    try {
      const whatsappNumber = randomWhatsappNumber();
      const community = await createCommunity(strapi, { whatsappNumber, searchLimitPerMonth: 1 });
      const token = await issueToken(community);
      const api = { Authorization: `Bearer ${token}`, 'X-Community': community.slug };
      const created = await http(strapi).post('/api/members').set(api).send({ data: { name: 'Robust Person', phone: randomMobile(), city: 'Pune' } }).expect(201);
      await http(strapi).put(`/api/members/${created.body.data.documentId}`).set(api).send({ data: { city: 'Goa' } }).expect(200);
      await indexer().flush();
      const found = await search(token, community, 'pune').expect(200);
      expect(found.body.data).toBeDefined();
      await search(token, community, 'pune').expect(429);
      const chat = chatAs(strapi, twilio, (await createMember(strapi, community, { name: 'Robust Chatter' })).phone, whatsappNumber);
      expect(await chat.say('hi')).toContain('Welcome');
      await http(strapi).delete(`/api/members/${created.body.data.documentId}`).set(api).expect(200);
      await strapi.documents('api::member.member').delete({ documentId: created.body.data.documentId } as never);
      await settle();
      // Every one of those was announced (the recorder subscribed first), and every request succeeded.
      for (const name of ['member.created', 'member.updated', 'member.deleted', 'search.performed', 'quota.exceeded', 'whatsapp.message.received'] as EventName[]) {
        expect(eventsFor(name, (event) => event.communityId === community.id).length).toBeGreaterThan(0);
      }
    } finally {
      offs.forEach((off) => off());
    }
  });
});
