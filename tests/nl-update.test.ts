import { randomInt } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { codeIn, startFakeTwilio, useFakeTwilioForSms, type FakeTwilio } from './fakes/twilio-server';
import { createApiToken, createCommunity, createMember, loginAsMember, randomMobile, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/** Natural-language profile updates: propose → confirm → undo, over real HTTP. */
let strapi: Core.Strapi;
let twilio: FakeTwilio;
let community: CommunityFixture;
let token: string;

beforeAll(async () => {
  twilio = await startFakeTwilio();
  useFakeTwilioForSms(twilio);
  strapi = await bootStrapi();
  community = await createCommunity(strapi);
  token = await createApiToken(strapi);
});

afterAll(async () => {
  await stopStrapi(strapi);
  await twilio?.close();
});

const asMember = async (overrides: Record<string, unknown> = {}) => {
  const member = await createMember(strapi, community, { city: 'Chennai', designation: 'Manager', skills: ['SAP', 'Excel'], ...overrides });
  const { jwt } = await loginAsMember(strapi, member);
  const auth = { Authorization: `Bearer ${jwt}`, 'X-Forwarded-For': `10.9.${randomInt(0, 255)}.${randomInt(1, 254)}` };
  const post = (path: string, body: Record<string, unknown>) => http(strapi).post(`/api/members/me/nl-update${path}`).set(auth).send(body);
  const row = () => strapi.db.query('api::member.member').findOne({ where: { documentId: member.documentId } });
  return { member, auth, post, row };
};

const auditRows = async (documentId: string) => {
  await strapi.service('api::audit-log.audit-log').flush();
  return strapi.db.query('api::audit-log.audit-log').findMany({ where: { entityDocumentId: documentId, action: 'update' }, orderBy: { id: 'asc' } });
};

describe('natural-language profile updates', () => {
  it('proposes a change and writes nothing until it is confirmed; then it is audited and searchable', async () => {
    const { member, post, row } = await asMember();
    const proposal = await post('', { text: 'Update my city to Pune' }).expect(200);
    expect(proposal.body.data).toMatchObject({
      field: 'city',
      before: 'Chennai',
      after: 'Pune',
      change: { action: 'set', field: 'city', value: 'Pune' },
      summary: 'Change city from Chennai to Pune?',
      requiresCode: false,
    });
    expect((await row()).city).toBe('Chennai');

    const confirmed = await post('/confirm', { token: proposal.body.data.token }).expect(200);
    expect(confirmed.body.data).toMatchObject({ applied: true, field: 'city', after: 'Pune', member: { city: 'Pune' } });
    expect((await row()).city).toBe('Pune');
    const audit = await auditRows(member.documentId);
    expect(audit.at(-1)).toMatchObject({ actorType: 'member', changes: { city: { old: 'Chennai', new: 'Pune' } } });

    // The same token cannot be confirmed twice.
    await post('/confirm', { token: proposal.body.data.token }).expect(404);
  });

  it.each([
    ['Change my designation to Senior Manager', 'designation', 'Senior Manager'],
    ['Add Python to my skills', 'skills', ['SAP', 'Excel', 'Python']],
    ['Remove SAP from my skills', 'skills', ['Excel']],
    ['my email is now Asha.New@Example.org', 'email', 'asha.new@example.org'],
  ])('applies %p', async (text, field, expected) => {
    const { post, row } = await asMember();
    const proposal = await post('', { text }).expect(200);
    await post('/confirm', { token: proposal.body.data.token }).expect(200);
    expect((await row())[field]).toEqual(expected);
  });

  it('undoes a confirmed change within 10 minutes, once', async () => {
    const { post, row } = await asMember();
    const proposal = await post('', { text: 'I moved to Bengaluru' }).expect(200);
    const confirmed = await post('/confirm', { token: proposal.body.data.token }).expect(200);
    const undone = await post('/undo', { token: confirmed.body.data.undoToken }).expect(200);
    expect(undone.body.data).toMatchObject({ undone: true, field: 'city', value: 'Chennai' });
    expect((await row()).city).toBe('Chennai');
    await post('/undo', { token: confirmed.body.data.undoToken }).expect(404);
  });

  it('asks again when the request is unclear or changes nothing, instead of guessing', async () => {
    const { post } = await asMember();
    const unclear = await post('', { text: 'update my profile' }).expect(400);
    expect(unclear.body.error).toMatchObject({ name: 'ValidationError', details: { reason: 'unclear' } });
    expect(unclear.body.error.message).toMatch(/For example/);
    expect((await post('', { text: 'Update my city to Chennai' }).expect(400)).body.error.message).toBe('Your city is already Chennai');
    expect((await post('', { text: 'Remove Cobol from my skills' }).expect(400)).body.error.message).toMatch(/Cobol is not in your skills/);
    expect((await post('', { text: 'my email is now not-an-email' }).expect(400)).body.error.message).toMatch(/email/);
    await post('', { text: 'x'.repeat(501) }).expect(400);
  });

  it('lets only the person who asked confirm or undo', async () => {
    const first = await asMember();
    const second = await asMember();
    const proposal = await first.post('', { text: 'Update my city to Madurai' }).expect(200);
    await second.post('/confirm', { token: proposal.body.data.token }).expect(404);
    expect((await first.row()).city).toBe('Chennai');
    await first.post('/confirm', { token: proposal.body.data.token }).expect(200);
  });

  it('requires a code sent to the new number before changing a phone', async () => {
    const { post, row } = await asMember();
    const newPhone = randomMobile();
    const from = twilio.messages.length;
    const proposal = await post('', { text: `update my mobile number to ${newPhone}` }).expect(200);
    expect(proposal.body.data).toMatchObject({ field: 'phone', after: newPhone, requiresCode: true });
    const code = codeIn(await twilio.waitForMessage(newPhone, from));

    await post('/confirm', { token: proposal.body.data.token }).expect(400);
    const wrong = code === '000000' ? '000001' : '000000';
    await post('/confirm', { token: proposal.body.data.token, code: wrong }).expect(400);
    await post('/confirm', { token: proposal.body.data.token, code }).expect(200);
    expect((await row()).phone).toBe(newPhone);
  });

  it("lets a community's admins (API token) change another member, and members only themselves", async () => {
    const { member, post, row } = await asMember();
    const other = await createMember(strapi, community);
    await post('', { text: 'Update my city to Pune', memberId: other.documentId }).expect(403);

    const admin = { Authorization: `Bearer ${token}`, 'X-Community': community.slug };
    await http(strapi).post('/api/members/me/nl-update').set(admin).send({ text: 'Update my city to Pune' }).expect(400);
    const proposal = await http(strapi)
      .post('/api/members/me/nl-update')
      .set(admin)
      .send({ text: 'Change my designation to Director', memberId: member.documentId })
      .expect(200);
    await http(strapi).post('/api/members/me/nl-update/confirm').set(admin).send({ token: proposal.body.data.token }).expect(200);
    expect((await row()).designation).toBe('Director');

    const foreign = await createMember(strapi, await createCommunity(strapi));
    await http(strapi).post('/api/members/me/nl-update').set(admin).send({ text: 'Update my city to Pune', memberId: foreign.documentId }).expect(404);
  });
});
