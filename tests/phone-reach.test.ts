import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { startFakeTwilio, TEST_SMS_FROM, type FakeTwilio } from './fakes/twilio-server';
import { createApiToken, createCommunity, createMember, randomMobile, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';
import { chatAs, PUBLIC_URL, randomWhatsappNumber } from './helpers/whatsapp';

/**
 * One rule for "can this number receive SMS/WhatsApp codes" (src/lib/phone.ts): imports warn on
 * such rows, the member carries it as canReceiveCodes (kept on every write, backfilled at start,
 * filterable in the admin list), phone login refuses such numbers and the WhatsApp bot answers
 * them with the same reason.
 */
const MEMBER_UID = 'api::member.member';
const CM_MEMBERS = `/content-manager/collection-types/${MEMBER_UID}`;
const PASSWORD = 'Reach-Test-Passw0rd';
const MESSAGE = 'cannot receive SMS or WhatsApp codes: landline or unallocated number';
const HEADER = fs.readFileSync(path.resolve(__dirname, '..', 'database', 'seed', 'demo-community.csv'), 'utf8').split(/\r?\n/)[0];
const EMPTY_COLUMNS = ',,,,,,,,,,,,,,';

let strapi: Core.Strapi;
let fake: FakeTwilio;
let token: string;
let adminJwt: string;
let community: CommunityFixture;
const whatsappNumber = randomWhatsappNumber();

const flagOf = async (phone: string) =>
  ((await strapi.db.query(MEMBER_UID).findOne({ where: { phone, community: { id: community.id } } })) as { canReceiveCodes: boolean | null } | null)?.canReceiveCodes;
/** A landline no other test uses (Chennai, 044 2xxx xxxx). */
const landline = () => `+91442${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;

beforeAll(async () => {
  fake = await startFakeTwilio();
  Object.assign(process.env, {
    SMS_PROVIDER: 'twilio',
    TWILIO_SMS_FROM: TEST_SMS_FROM,
    TWILIO_ACCOUNT_SID: fake.accountSid,
    TWILIO_AUTH_TOKEN: fake.authToken,
    TWILIO_API_BASE_URL: fake.url,
    PUBLIC_URL,
    WHATSAPP_SEND_BACKOFF_MS: '40',
  });
  strapi = await bootStrapi();
  token = await createApiToken(strapi);
  community = await createCommunity(strapi, { name: `Reach ${randomBytes(2).toString('hex')}`, whatsappNumber });
  const superAdminRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
  const email = `reach-${randomBytes(4).toString('hex')}@example.org`;
  await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Reach', isActive: true, roles: [superAdminRole.id] });
  adminJwt = (await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200)).body.data.token as string;
});

afterAll(async () => {
  await stopStrapi(strapi);
  await fake.close();
});

describe('numbers that cannot receive codes', () => {
  it('import: each such row is warned about in those words, imported, and flagged', async () => {
    const mobile = randomMobile();
    const fixed = landline();
    const csv = [HEADER, `Mobile Mina,${mobile}${EMPTY_COLUMNS}`, `Landline Lata,${fixed}${EMPTY_COLUMNS}`].join('\n');
    const response = await http(strapi)
      .post('/api/members/import')
      .set({ Authorization: `Bearer ${token}`, 'X-Community': community.slug })
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(response.body).toMatchObject({ created: 2, errors: [] });
    expect(response.body.warnings).toEqual([{ row: 3, field: 'phone', message: expect.stringContaining(MESSAGE) }]);
    expect(await flagOf(mobile)).toBe(true);
    expect(await flagOf(fixed)).toBe(false);
  });

  it('every write keeps the flag with the phone, whatever the payload says, and the admin list filters on it', async () => {
    const member = await createMember(strapi, community, { name: 'Changing Chandra', canReceiveCodes: false });
    expect(await flagOf(member.phone)).toBe(true);
    const fixed = landline();
    await http(strapi)
      .put(`${CM_MEMBERS}/${member.documentId}`)
      .set('Authorization', `Bearer ${adminJwt}`)
      .send({ phone: fixed })
      .expect(200);
    expect(await flagOf(fixed)).toBe(false);

    const unreachable = await http(strapi)
      .get(CM_MEMBERS)
      .query({ 'filters[$and][0][canReceiveCodes][$eq]': 'false', 'filters[$and][1][community][id][$eq]': String(community.id), pageSize: 100 })
      .set('Authorization', `Bearer ${adminJwt}`)
      .expect(200);
    const names = (unreachable.body.results as Array<{ name: string }>).map((row) => row.name).sort();
    expect(names).toEqual(['Changing Chandra', 'Landline Lata']);
  });

  it('members written before the flag existed get it at start-up (backfill)', async () => {
    const mobile = await createMember(strapi, community, { name: 'Old Mobile' });
    const fixed = await createMember(strapi, community, { name: 'Old Landline', phone: landline() });
    await strapi.db.query(MEMBER_UID).updateMany({ where: { documentId: { $in: [mobile.documentId, fixed.documentId] } }, data: { canReceiveCodes: null } });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { backfillCanReceiveCodes } = require(path.resolve(__dirname, '..', 'dist', 'src', 'lib', 'member-code-reach.js')) as {
      backfillCanReceiveCodes(strapi: Core.Strapi): Promise<number>;
    };
    expect(await backfillCanReceiveCodes(strapi)).toBeGreaterThanOrEqual(2);
    expect(await flagOf(mobile.phone)).toBe(true);
    expect(await flagOf(fixed.phone)).toBe(false);
  });

  it('phone login refuses such a number with the same reason', async () => {
    const fixed = landline();
    await createMember(strapi, community, { name: 'Login Landline', phone: fixed });
    const refused = await http(strapi).post('/api/auth/send-otp').send({ phone: fixed }).expect(400);
    expect(refused.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(JSON.stringify(refused.body.error)).toContain(MESSAGE);
  });

  it('the WhatsApp bot answers such a member with the reason instead of searching', async () => {
    const fixed = landline();
    await createMember(strapi, community, { name: 'Bot Landline', phone: fixed });
    const reply = await chatAs(strapi, fake, fixed, whatsappNumber).say('accountants in Chennai');
    expect(reply).toContain('cannot receive SMS or WhatsApp codes');
    expect(reply).not.toMatch(/Found \d+ members/);
  });
});
