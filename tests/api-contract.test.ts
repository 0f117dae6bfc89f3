import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Response } from 'supertest';

import { signedDelivery, startFakeStripe, STRIPE_ENV_NAMES, stripeEvent, testPrices, useFakeStripeForBilling, type FakeStripe } from './fakes/stripe-server';
import { codeIn, startFakeTwilio, useFakeTwilioForSms, type FakeTwilio } from './fakes/twilio-server';
import { createApiToken, createCommunity, createMember, loginAsMember, randomMobile, type CommunityFixture, type MemberFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';
import { messageSid, postSigned, PUBLIC_URL, randomWhatsappNumber } from './helpers/whatsapp';

/**
 * The API is what its document says: every answer below, success and error alike, is checked
 * against the OpenAPI document the app serves (GET /documentation/openapi.json): the status must be
 * documented for the operation, the content type must be one it lists, and a JSON body must match
 * the schema. Schemas are read as closed (an object's undeclared property is a mismatch) so a field
 * the API returns but the document omits is caught too. At the end, every documented operation must
 * have been seen answering both a success and an error, except the few listed in NOT_EXERCISED.
 */

type Json = Record<string, unknown>;
type OpenApiOperation = { responses: Record<string, Json> };
type OpenApiDocument = { openapi: string; servers: Array<{ url: string }>; paths: Record<string, Record<string, unknown>>; components: Json };

const METRICS_TOKEN = 'contract-metrics-token';
const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Operations left out of the success/error coverage check, and why. */
const NOT_EXERCISED: Record<string, string> = {
  'GET /members/import/template': 'public CSV template: it has no error answer',
  'GET /community-search/ping': 'public plugin probe: no error answer',
  'GET /whatsapp-bot/ping': 'public plugin probe: no error answer',
  'GET /billing/ping': 'public plugin probe: no error answer',
  'GET /healthz': 'liveness: no error answer',
};
/** Only success or only error is checked for these; the other answer needs a state this suite does not build. */
const SUCCESS_ONLY = new Set(['GET /health', 'GET /ready']);

/** Marks every object schema with properties and no additionalProperties as closed (deep copy). */
const closeObjects = (value: unknown, key?: string): unknown => {
  if (Array.isArray(value)) return value.map((item) => closeObjects(item));
  if (value === null || typeof value !== 'object' || key === 'example' || key === 'examples') return value;
  const copy = Object.fromEntries(Object.entries(value as Json).map(([name, child]) => [name, closeObjects(child, name)]));
  if (copy.properties && typeof copy.properties === 'object' && copy.additionalProperties === undefined && key !== 'properties') copy.additionalProperties = false;
  return copy;
};

const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

class ContractChecker {
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();
  readonly seen = new Map<string, Set<number>>();

  constructor(private readonly document: OpenApiDocument) {
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(this.ajv);
    this.ajv.addSchema(closeObjects(document) as Json, 'openapi');
  }

  operations(): string[] {
    const keys: string[] = [];
    for (const [path, item] of Object.entries(this.document.paths)) for (const method of METHODS) if (item[method]) keys.push(`${method.toUpperCase()} ${path}`);
    return keys;
  }

  private resolve(value: Json): Json {
    const ref = value.$ref as string | undefined;
    if (!ref) return value;
    return ref
      .slice(2)
      .split('/')
      .reduce<Json>((node, part) => node[part.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, this.document as unknown as Json);
  }

  /** Problems of one answer against the operation `METHOD /path` (document path, e.g. /members/{id}); [] when it conforms. */
  check(operationKey: string, response: Response): string[] {
    const [method, path] = operationKey.split(' ');
    const operation = this.document.paths[path]?.[method.toLowerCase()] as OpenApiOperation | undefined;
    if (!operation) return [`${operationKey} is not documented`];
    const status = String(response.status);
    const declared = operation.responses[status] ?? operation.responses.default;
    if (!declared) return [`${operationKey} answered ${status}, which is not documented (documented: ${Object.keys(operation.responses).join(', ')})`];
    this.seen.set(operationKey, (this.seen.get(operationKey) ?? new Set()).add(response.status));
    const content = this.resolve(declared).content as Record<string, { schema?: Json }> | undefined;
    const contentType = String(response.headers['content-type'] ?? '').split(';')[0].trim();
    if (!content) return response.text ? [`${operationKey} ${status}: a body was sent where the document declares none`] : [];
    const mediaType = content[contentType];
    if (!mediaType) return [`${operationKey} ${status}: content type "${contentType}" is not documented (${Object.keys(content).join(', ')})`];
    if (!contentType.endsWith('json') || !mediaType.schema) return [];
    const responseKey = Object.keys(operation.responses).includes(status) ? status : 'default';
    const schemaPath = `openapi#/${declared.$ref ? `${(declared.$ref as string).slice(2)}/content/${pointer(contentType)}/schema` : pointer('paths', path, method.toLowerCase(), 'responses', responseKey, 'content', contentType, 'schema')}`;
    let validate = this.validators.get(schemaPath);
    if (!validate) {
      validate = this.ajv.getSchema(schemaPath);
      if (!validate) return [`${operationKey} ${status}: no schema at ${schemaPath}`];
      this.validators.set(schemaPath, validate);
    }
    const body: unknown = response.body && Object.keys(response.body as object).length ? response.body : JSON.parse(response.text || 'null');
    if (validate(body)) return [];
    return (validate.errors ?? []).map((error) => `${operationKey} ${status}: ${error.instancePath || '(body)'} ${error.message} ${JSON.stringify(error.params)}`);
  }
}

describe('API contract: live answers match the served OpenAPI document', () => {
  let strapi: Core.Strapi;
  let stripe: FakeStripe;
  let twilio: FakeTwilio;
  let document: OpenApiDocument;
  let contract: ContractChecker;
  let platformToken: string;
  let communityToken: string;
  let readOnlyToken: string;
  let community: CommunityFixture;
  let member: MemberFixture;
  let memberJwt: string;
  const botNumber = randomWhatsappNumber();
  const problems: string[] = [];
  const saved = { ...process.env };

  /** Sends a request and checks its answer against the document; returns it for the test's own assertions. */
  const call = async (operationKey: string, request: PromiseLike<Response>, expectedStatus: number): Promise<Response> => {
    const response = await request;
    problems.push(...contract.check(operationKey, response));
    if (response.status !== expectedStatus) problems.push(`${operationKey}: expected ${expectedStatus}, got ${response.status} ${response.text.slice(0, 300)}`);
    return response;
  };
  const api = () => http(strapi);
  const asToken = (token: string) => ({ Authorization: `Bearer ${token}`, 'X-Community': community.slug });
  const asMember = () => ({ Authorization: `Bearer ${memberJwt}`, 'X-Community': community.slug });
  const unknownId = 'a'.repeat(24);
  /** A bearer token nobody issued: 401. (No credentials at all is Strapi's public role: 403.) */
  const badToken = { Authorization: 'Bearer not-a-real-token' };
  let erasureRequester: MemberFixture;

  beforeAll(async () => {
    stripe = await startFakeStripe();
    useFakeStripeForBilling(stripe, testPrices());
    twilio = await startFakeTwilio();
    useFakeTwilioForSms(twilio);
    Object.assign(process.env, { PUBLIC_URL, METRICS_TOKEN, DOCUMENTATION_ENABLED: 'true' });
    strapi = await bootStrapi();
    platformToken = await createApiToken(strapi);
    community = await createCommunity(strapi, { plan: 'enterprise', whatsappNumber: botNumber });
    const issue = async (type: 'full-access' | 'read-only') =>
      ((await strapi.service('api::community.api-tokens').issue(community, type)) as { accessKey: string }).accessKey;
    communityToken = await issue('full-access');
    readOnlyToken = await issue('read-only');
    member = await createMember(strapi, community, { name: 'Asha Contract', city: 'Chennai', skills: ['Accounting', 'Audit'] });
    memberJwt = (await loginAsMember(strapi, member)).jwt;
    await strapi.plugin('community-search').service('indexer').flush();

    const served = await api().get('/documentation/openapi.json').expect(200);
    document = served.body as OpenApiDocument;
    contract = new ContractChecker(document);
  });

  afterAll(async () => {
    await stopStrapi(strapi);
    await stripe?.close();
    await twilio?.close();
    for (const name of STRIPE_ENV_NAMES) delete process.env[name];
    process.env = saved;
  });

  afterEach(() => {
    const found = problems.splice(0);
    expect(found).toEqual([]);
  });

  it('serves the document as JSON at /documentation/openapi.json, its server from PUBLIC_URL', async () => {
    const response = await api().get('/documentation/openapi.json').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.openapi).toMatch(/^3\.0\./);
    expect(response.body.servers[0].url).toBe(`${PUBLIC_URL}/api`);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/members', '/community-search/search', '/health']));
    // The server follows the running configuration, not the file written at start-up.
    const configured = strapi.config.get('server.url');
    strapi.config.set('server.url', 'https://directory.example.net/');
    try {
      expect((await api().get('/documentation/openapi.json').expect(200)).body.servers[0].url).toBe('https://directory.example.net/api');
    } finally {
      strapi.config.set('server.url', configured);
    }
    // No unused components (redocly's no-unused-components rule).
    const text = JSON.stringify(response.body);
    const unused = Object.keys((response.body.components as { schemas: Json }).schemas).filter((name) => !text.includes(`"#/components/schemas/${name}"`));
    expect(unused).toEqual([]);
  });

  it('auth: send-otp, verify-otp, refresh, logout', async () => {
    // A member of its own: logging in links the phone to a new user, which would end the suite's member session.
    const { phone } = await createMember(strapi, community);
    const before = twilio.messages.length;
    await call('POST /auth/send-otp', api().post('/api/auth/send-otp').set('X-Forwarded-For', '203.0.113.7').send({ phone }), 200);
    await call('POST /auth/send-otp', api().post('/api/auth/send-otp').set('X-Forwarded-For', '203.0.113.8').send({ phone: 'not a phone' }), 400);
    const code = codeIn(await twilio.waitForMessage(phone, before));
    await call('POST /auth/verify-otp', api().post('/api/auth/verify-otp').set('X-Forwarded-For', '203.0.113.9').send({ phone, code: '12' }), 400);
    const verified = await call('POST /auth/verify-otp', api().post('/api/auth/verify-otp').set('X-Forwarded-For', '203.0.113.9').send({ phone, code, deviceId: 'contract-test' }), 200);
    const { jwt, refreshToken } = verified.body as { jwt: string; refreshToken: string };
    await call('POST /auth/refresh', api().post('/api/auth/refresh').send({}), 400);
    const refreshed = await call('POST /auth/refresh', api().post('/api/auth/refresh').send({ refreshToken }), 200);
    await call('POST /auth/logout', api().post('/api/auth/logout').set(badToken).send({}), 401);
    await call('POST /auth/logout', api().post('/api/auth/logout').send({}), 403);
    await call('POST /auth/logout', api().post('/api/auth/logout').set('Authorization', `Bearer ${(refreshed.body as { jwt?: string }).jwt ?? jwt}`).send({}), 200);
    // Last: reusing a rotated refresh token ends the whole session (a 401 that names the reason).
    await call('POST /auth/refresh', api().post('/api/auth/refresh').send({ refreshToken }), 401);
  });

  it('members: list, create, read, change, deactivate (still readable), with their errors', async () => {
    await call('GET /members', api().get('/api/members').set(asToken(communityToken)), 200);
    await call('GET /members', api().get('/api/members?pagination[pageSize]=1&fields[0]=name&fields[1]=city').set(asMember()), 200);
    await call('GET /members', api().get('/api/members').set(badToken), 401);
    await call('GET /members', api().get('/api/members'), 403);
    for (const populate of ['populate=*', 'populate=community', 'populate=COMMUNITY', 'populate=', 'populate[community]=true', 'populate[0]=community', 'populate[community][fields][0]=name', `populate=${'x'.repeat(2000)}`, 'populate=%E2%9C%93']) {
      const refused = await call('GET /members', api().get(`/api/members?${populate}`).set(asToken(communityToken)), 400);
      expect(refused.body.error.message).toContain('populate');
    }
    await call('GET /members/{id}', api().get(`/api/members/${member.documentId}?populate=community`).set(asToken(communityToken)), 400);
    // A member with no skills: the document says skills may be null.
    const noSkills = await createMember(strapi, community, { skills: null });
    const one = await call('GET /members/{id}', api().get(`/api/members/${noSkills.documentId}`).set(asToken(communityToken)), 200);
    expect(one.body.data.skills).toBeNull();
    // Members may come with their community (name and slug): it is declared, and nothing else is.
    const listed = await call('GET /members', api().get(`/api/members?filters[documentId][$eq]=${noSkills.documentId}`).set(asMember()), 200);
    for (const item of listed.body.data as Array<{ community?: { slug: string } }>) if (item.community) expect(item.community.slug).toBe(community.slug);

    const created = await call(
      'POST /members',
      api().post('/api/members').set(asToken(communityToken)).send({ data: { name: 'Ravi Contract', phone: randomMobile(), city: 'Pune', skills: ['GST'] } }),
      201
    );
    const id = created.body.data.documentId as string;
    await call('POST /members', api().post('/api/members').set(asToken(communityToken)).send({ data: {} }), 400);
    await call('POST /members', api().post('/api/members').set(asToken(readOnlyToken)).send({ data: { name: 'X', phone: randomMobile() } }), 403);
    await call('GET /members/{id}', api().get(`/api/members/${id}`).set(asMember()), 200);
    await call('GET /members/{id}', api().get(`/api/members/${unknownId}`).set(asToken(communityToken)), 404);
    await call('PUT /members/{id}', api().put(`/api/members/${id}`).set(asToken(communityToken)).send({ data: { city: 'Mumbai' } }), 200);
    await call('PUT /members/{id}', api().put(`/api/members/${id}`).set(asToken(communityToken)).send({ data: { graduationYear: 'soon' } }), 400);
    await call('PUT /members/{id}', api().put(`/api/members/${id}`).set(asMember()).send({ data: { city: 'Mumbai' } }), 403);
    const deactivated = await call('DELETE /members/{id}', api().delete(`/api/members/${id}`).set(asToken(communityToken)), 200);
    expect(deactivated.body.data).toMatchObject({ documentId: id, isActive: false });
    // Deactivated, not deleted: still readable with 200 (as the document and docs/api.md say).
    const after = await call('GET /members/{id}', api().get(`/api/members/${id}`).set(asToken(communityToken)), 200);
    expect(after.body.data.isActive).toBe(false);
    await call('DELETE /members/{id}', api().delete(`/api/members/${unknownId}`).set(asToken(communityToken)), 404);
    // The per-community path form.
    await call('GET /c/{slug}/members', api().get(`/api/c/${community.slug}/members`).set('Authorization', `Bearer ${communityToken}`), 200);
    await call('GET /c/{slug}/members', api().get(`/api/c/no-such-community-${randomBytes(3).toString('hex')}/members`).set('Authorization', `Bearer ${platformToken}`), 404);
  });

  it("a member's own profile, plain-language updates and export", async () => {
    await call('GET /members/me', api().get('/api/members/me').set(asMember()), 200);
    await call('GET /members/me', api().get('/api/members/me').set(badToken), 401);
    await call('PATCH /members/me', api().patch('/api/members/me').set(asMember()).send({ data: { city: 'Pune' } }), 200);
    await call('PATCH /members/me', api().patch('/api/members/me').set(asMember()).send({ data: { phone: '+919999999999' } }), 400);
    const proposal = await call('POST /members/me/nl-update', api().post('/api/members/me/nl-update').set(asMember()).send({ text: 'I moved to Bengaluru' }), 200);
    await call('POST /members/me/nl-update', api().post('/api/members/me/nl-update').set(asMember()).send({}), 400);
    const confirmed = await call('POST /members/me/nl-update/confirm', api().post('/api/members/me/nl-update/confirm').set(asMember()).send({ token: proposal.body.data?.token }), 200);
    await call('POST /members/me/nl-update/confirm', api().post('/api/members/me/nl-update/confirm').set(asMember()).send({}), 400);
    await call('POST /members/me/nl-update/undo', api().post('/api/members/me/nl-update/undo').set(asMember()).send({ token: confirmed.body.data?.undoToken }), 200);
    await call('POST /members/me/nl-update/undo', api().post('/api/members/me/nl-update/undo').set(asMember()).send({}), 400);
    await call('GET /members/me/export', api().get('/api/members/me/export').set(asMember()), 200);
    await call('GET /members/me/export', api().get('/api/members/me/export').set(badToken), 401);
    erasureRequester = await createMember(strapi, community);
    const leavingJwt = (await loginAsMember(strapi, erasureRequester)).jwt;
    await call('DELETE /members/me', api().delete('/api/members/me').set({ Authorization: `Bearer ${leavingJwt}`, 'X-Community': community.slug }), 202);
    await call('DELETE /members/me', api().delete('/api/members/me').set(badToken), 401);
  });

  it('operator routes: import, export, bulk actions, erasure', async () => {
    await call('GET /members/import/template', api().get('/api/members/import/template'), 200);
    const csv = `name,phone,city,skills\nMeera Import,${randomMobile()},Chennai,Python;GST\n`;
    await call('POST /members/import', api().post('/api/members/import').set(asToken(communityToken)).set('Content-Type', 'text/csv').send(csv), 200);
    await call('POST /members/import', api().post('/api/members/import').set(asToken(communityToken)).set('Content-Type', 'text/csv').send(''), 400);
    await call('GET /members/export', api().get('/api/members/export').set(asToken(communityToken)), 200);
    await call('GET /members/export', api().get('/api/members/export?format=json').set(asToken(communityToken)), 200);
    await call('GET /members/export', api().get('/api/members/export?format=xml').set(asToken(communityToken)), 400);
    const target = await createMember(strapi, community, { city: 'Madras' });
    await call('POST /members/bulk/update', api().post('/api/members/bulk/update').set(asToken(communityToken)).send({ ids: [target.documentId], data: { city: 'Chennai' } }), 200);
    await call('POST /members/bulk/update', api().post('/api/members/bulk/update').set(asToken(communityToken)).send({}), 400);
    await call('POST /members/bulk/delete', api().post('/api/members/bulk/delete').set(asToken(communityToken)).send({ ids: [target.documentId] }), 200);
    await call('POST /members/bulk/delete', api().post('/api/members/bulk/delete').set(asMember()).send({ ids: [target.documentId] }), 403);
    await call('GET /members/erasure-requests', api().get('/api/members/erasure-requests').set(asToken(communityToken)), 200);
    await call('GET /members/erasure-requests', api().get('/api/members/erasure-requests').set(asMember()), 403);
    // The member who asked for erasure in the test above.
    await call('POST /members/{id}/erase', api().post(`/api/members/${erasureRequester.documentId}/erase`).set(asToken(communityToken)).send({}), 200);
    await call('POST /members/{id}/erase', api().post(`/api/members/${unknownId}/erase`).set(asToken(communityToken)).send({}), 404);
  });

  it('communities, usage, API tokens and the audit log', async () => {
    const platform = { Authorization: `Bearer ${platformToken}` };
    await call('GET /communities', api().get('/api/communities').set(platform), 200);
    await call('GET /communities', api().get('/api/communities').set(asToken(communityToken)), 403);
    const suffix = randomBytes(3).toString('hex');
    const created = await call(
      'POST /communities',
      api().post('/api/communities').set(platform).send({ data: { name: `Contract ${suffix}`, slug: `contract-${suffix}`, plan: 'basic', admin: { name: 'Priya Iyer', email: `priya-${suffix}@example.org` } } }),
      201
    );
    await call('POST /communities', api().post('/api/communities').set(platform).send({ data: { name: '' } }), 400);
    const createdId = (created.body.data?.community?.documentId ?? created.body.data?.documentId) as string;
    await call('GET /communities/{id}', api().get(`/api/communities/${createdId}`).set(platform), 200);
    await call('GET /communities/{id}', api().get(`/api/communities/${unknownId}`).set(platform), 404);
    await call('PUT /communities/{id}', api().put(`/api/communities/${createdId}`).set(platform).send({ data: { plan: 'pro' } }), 200);
    await call('PUT /communities/{id}', api().put(`/api/communities/${createdId}`).set(platform).send({ data: { plan: 'platinum' } }), 400);
    await call('POST /communities/{id}/api-tokens', api().post(`/api/communities/${createdId}/api-tokens`).set(platform).send({ type: 'read-only' }), 201);
    await call('POST /communities/{id}/api-tokens', api().post(`/api/communities/${createdId}/api-tokens`).set(platform).send({ type: 'root' }), 400);
    await call('DELETE /communities/{id}', api().delete(`/api/communities/${createdId}`).set(asToken(communityToken)), 403);
    await call('DELETE /communities/{id}', api().delete(`/api/communities/${createdId}`).set(platform), 204);
    await call('DELETE /communities/{id}', api().delete(`/api/communities/${unknownId}`).set(platform), 204);
    await call('GET /communities/current/usage', api().get('/api/communities/current/usage').set(asToken(communityToken)), 200);
    await call('GET /communities/current/usage', api().get('/api/communities/current/usage').set(badToken), 401);
    const logs = await call('GET /audit-logs', api().get('/api/audit-logs').set(platform), 200);
    await call('GET /audit-logs', api().get('/api/audit-logs').set(asToken(communityToken)), 403);
    const entry = (logs.body.data as Array<{ documentId: string }>)[0];
    if (entry) await call('GET /audit-logs/{id}', api().get(`/api/audit-logs/${entry.documentId}`).set(platform), 200);
    await call('GET /audit-logs/{id}', api().get(`/api/audit-logs/${unknownId}`).set(platform), 404);
  });

  it('search and its status', async () => {
    const found = await call('GET /community-search/search', api().get('/api/community-search/search?q=accountant%20in%20chennai').set(asMember()), 200);
    expect(found.body.data.length).toBeGreaterThan(0);
    // Strapi's REST pagination in meta.pagination, next to the flat fields kept for existing clients.
    for (const [page, pageSize] of [[1, 1], [1, 2], [2, 1], [1, 50], [3, 7]]) {
      const paged = await call('GET /community-search/search', api().get(`/api/community-search/search?q=chennai&page=${page}&pageSize=${pageSize}`).set(asToken(communityToken)), 200);
      const { total } = paged.body.meta as { total: number };
      expect(paged.body.meta).toMatchObject({ page, pageSize, total });
      expect(paged.body.meta.pagination).toEqual({ page, pageSize, pageCount: Math.ceil(total / pageSize), total });
    }
    await call('GET /community-search/search', api().get('/api/community-search/search').set(asMember()), 400);
    await call('GET /community-search/search', api().get('/api/community-search/search?q=x').set(badToken), 401);
    await call('GET /community-search/status', api().get('/api/community-search/status').set(asToken(communityToken)), 200);
    await call('GET /community-search/status', api().get('/api/community-search/status').set(badToken), 401);
    await call('GET /community-search/ping', api().get('/api/community-search/ping'), 200);
    await call('GET /c/{slug}/community-search/search', api().get(`/api/c/${community.slug}/community-search/search?q=audit`).set('Authorization', `Bearer ${memberJwt}`), 200);
  });

  it('WhatsApp webhooks: signed answers, unsigned refused', async () => {
    const sid = messageSid();
    await call('POST /whatsapp-bot/webhook', postSigned(strapi, twilio, '/webhook', { MessageSid: sid, AccountSid: twilio.accountSid, From: `whatsapp:${randomMobile()}`, To: `whatsapp:${botNumber}`, Body: 'hi', NumMedia: '0' }), 200);
    await call('POST /whatsapp-bot/webhook', api().post('/api/whatsapp-bot/webhook').type('form').send({ MessageSid: messageSid(), Body: 'hi' }), 403);
    await call('POST /whatsapp-bot/status', postSigned(strapi, twilio, '/status', { MessageSid: sid, AccountSid: twilio.accountSid, MessageStatus: 'delivered' }), 204);
    await call('POST /whatsapp-bot/status', api().post('/api/whatsapp-bot/status').type('form').send({ MessageSid: sid, MessageStatus: 'delivered' }), 403);
    await call('GET /whatsapp-bot/ping', api().get('/api/whatsapp-bot/ping'), 200);
  });

  it('billing: checkout, portal, subscription, webhook', async () => {
    const subscriber = await createCommunity(strapi, { plan: 'free' });
    const token = ((await strapi.service('api::community.api-tokens').issue(subscriber, 'full-access')) as { accessKey: string }).accessKey;
    const bearer = { Authorization: `Bearer ${token}` };
    await call('GET /billing/subscription', api().get('/api/billing/subscription').set(bearer), 200);
    await call('GET /billing/subscription', api().get('/api/billing/subscription').set(badToken), 401);
    await call('POST /billing/checkout', api().post('/api/billing/checkout').set(bearer).send({ plan: 'basic', interval: 'monthly' }), 200);
    await call('POST /billing/checkout', api().post('/api/billing/checkout').set(bearer).send({ plan: 'free' }), 400);
    await call('POST /billing/portal', api().post('/api/billing/portal').set(bearer).send({}), 200);
    await call('POST /billing/portal', api().post('/api/billing/portal').set(bearer).send({ returnUrl: 'https://evil.example.com/' }), 400);
    const { payload, signature } = signedDelivery(stripeEvent('customer.created', { id: `cus_${randomBytes(6).toString('hex')}`, object: 'customer' }), stripe.webhookSecret);
    await call('POST /billing/webhook', api().post('/api/billing/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(payload), 200);
    await call('POST /billing/webhook', api().post('/api/billing/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', 't=1,v1=bad').send(payload), 400);
    await call('GET /billing/ping', api().get('/api/billing/ping'), 200);
  });

  it('operations endpoints', async () => {
    await call('GET /health', api().get('/health'), 200);
    await call('GET /healthz', api().get('/healthz'), 200);
    await call('GET /ready', api().get('/ready'), 200);
    await call('GET /metrics', api().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`), 200);
    await call('GET /metrics', api().get('/metrics'), 401);
  });

  it('saw every documented operation answer a success and an error (path forms aside)', () => {
    const missing: string[] = [];
    for (const key of contract.operations()) {
      if (key.includes(' /c/{slug}/') || NOT_EXERCISED[key]) continue;
      const statuses = [...(contract.seen.get(key) ?? [])];
      if (!statuses.some((status) => status < 300)) missing.push(`${key}: no success seen`);
      if (!SUCCESS_ONLY.has(key) && !statuses.some((status) => status >= 400)) missing.push(`${key}: no error seen`);
    }
    expect(missing).toEqual([]);
  });
});
