import fs from 'node:fs';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

import { createApiToken, createCommunity, createMember, loginAsMember, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateMembers } = require('../scripts/lib/synthetic-community') as {
  generateMembers: (options: { size: number; seed?: number }) => Array<Record<string, unknown>>;
};

/** Bulk import (CSV, multipart, JSON), export round-trips and bulk actions, over real HTTP. */
let strapi: Core.Strapi;
let token: string;

const SAMPLE_CSV = fs.readFileSync(path.resolve(__dirname, '..', 'database', 'seed', 'demo-community.csv'), 'utf8');
const HEADER = SAMPLE_CSV.split(/\r?\n/)[0];

beforeAll(async () => {
  strapi = await bootStrapi();
  token = await createApiToken(strapi);
});

afterAll(() => stopStrapi(strapi));

const asAdmin = (community: CommunityFixture) => ({ Authorization: `Bearer ${token}`, 'X-Community': community.slug });

const importCsv = (community: CommunityFixture, csv: string, mode?: string) =>
  http(strapi)
    .post('/api/members/import')
    .query(mode ? { mode } : {})
    .set(asAdmin(community))
    .set('Content-Type', 'text/csv')
    .send(csv);

const exportMembers = (community: CommunityFixture, format: 'csv' | 'json') =>
  http(strapi).get('/api/members/export').query({ format }).set(asAdmin(community)).buffer(true).parse((response, done) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      text += chunk;
    });
    response.on('end', () => done(null, text));
  });

const countMembers = (community: CommunityFixture) =>
  strapi.db.query('api::member.member').count({ where: { community: { id: community.id } } });

describe('POST /api/members/import', () => {
  it('imports the 60-member sample CSV, then upserts it by phone without duplicating anyone', async () => {
    const community = await createCommunity(strapi, { plan: 'pro' });
    const first = await importCsv(community, SAMPLE_CSV).expect(200);
    expect(first.body).toEqual({ created: 60, updated: 0, unchanged: 0, skipped: 0, errors: [] });
    expect(await countMembers(community)).toBe(60);

    const again = await importCsv(community, SAMPLE_CSV).expect(200);
    expect(again.body).toEqual({ created: 0, updated: 0, unchanged: 60, skipped: 0, errors: [] });
    const changed = await importCsv(community, SAMPLE_CSV.replace('Siddharth Reddy,', 'Siddharth R. Reddy,')).expect(200);
    expect(changed.body).toMatchObject({ created: 0, updated: 1, unchanged: 59 });
    expect(await countMembers(community)).toBe(60);

    const createOnly = await importCsv(community, SAMPLE_CSV, 'create').expect(200);
    expect(createOnly.body).toMatchObject({ created: 0, updated: 0, skipped: 60 });
    expect(createOnly.body.errors[0]).toEqual({ row: 2, field: 'phone', message: expect.stringMatching(/already belongs/) });
  });

  it('reports bad rows by row and field, writes the good ones, and handles BOM, quotes and blank fields', async () => {
    const community = await createCommunity(strapi);
    const csv = [
      `\uFEFF${HEADER}`,
      'Good One,+919840000001,one@example.org,Chennai,Tamil Nadu,India,"Acme, Inc.",Founder,Textiles,Exports;Sourcing,,,2001,,"Line one\nline two",',
      'Bad Phone,12345,,Chennai,,,,,,,,,,,,',
      ',+919840000002,,Chennai,,,,,,,,,,,,',
      'Bad Year,+919840000003,,Pune,,,,,,,,,nineteen,,,',
      'Duplicate,+919840000001,,Pune,,,,,,,,,,,,',
      'Good Two,+919840000004,,,,,,,,,,,,,,',
    ].join('\r\n');
    const response = await importCsv(community, csv).expect(200);
    expect(response.body).toMatchObject({ created: 2, updated: 0, skipped: 4 });
    expect(response.body.errors).toEqual([
      { row: 3, field: 'phone', message: expect.any(String) },
      { row: 4, field: 'name', message: expect.any(String) },
      { row: 5, field: 'graduationYear', message: expect.any(String) },
      { row: 6, field: 'phone', message: 'duplicates the phone on row 2' },
    ]);
    const good = await strapi.db.query('api::member.member').findOne({ where: { phone: '+919840000001', community: { id: community.id } } });
    expect(good).toMatchObject({ organization: 'Acme, Inc.', bio: 'Line one\nline two', skills: ['Exports', 'Sourcing'], graduationYear: 2001, email: 'one@example.org' });
  });

  it('refuses a file that is not in the member format with a 400 naming the problem', async () => {
    const community = await createCommunity(strapi);
    const wrongHeader = await importCsv(community, 'full_name,mobile\nA,+919840000001\n').expect(400);
    expect(wrongHeader.body.error.message).toMatch(/missing required column\(s\): name, phone/);
    await importCsv(community, '').expect(400);
    await http(strapi).post('/api/members/import').set(asAdmin(community)).send({ name: 'not an array' }).expect(400);
    await http(strapi).post('/api/members/import').query({ mode: 'merge' }).set(asAdmin(community)).set('Content-Type', 'text/csv').send(SAMPLE_CSV).expect(400);
    expect(await countMembers(community)).toBe(0);
  });

  it('accepts a multipart upload and a JSON array of the same fields', async () => {
    const community = await createCommunity(strapi);
    const upload = await http(strapi)
      .post('/api/members/import')
      .set(asAdmin(community))
      .attach('file', Buffer.from(SAMPLE_CSV.split(/\r?\n/).slice(0, 6).join('\n')), { filename: 'members.csv', contentType: 'text/csv' })
      .expect(200);
    expect(upload.body).toMatchObject({ created: 5, skipped: 0 });

    const json = await http(strapi)
      .post('/api/members/import')
      .set(asAdmin(community))
      .send([
        { name: 'Json Person', phone: '+919840000111', skills: ['Tax', 'Audit'], graduation_year: 1998 },
        { name: 'Json Other', phone: '+919840000112', skills: 'GST;Payroll', unknown_field: 'x' },
      ])
      .expect(200);
    expect(json.body).toMatchObject({ created: 1, skipped: 1, errors: [{ row: 2, field: 'unknown_field', message: 'is not a member field' }] });
    const person = await strapi.db.query('api::member.member').findOne({ where: { phone: '+919840000111' } });
    expect(person).toMatchObject({ skills: ['Tax', 'Audit'], graduationYear: 1998 });
  });

  it('stops at the plan\'s member limit with a clear error on each row past it', async () => {
    const community = await createCommunity(strapi, { plan: 'free', memberLimit: 50 });
    const response = await importCsv(community, SAMPLE_CSV).expect(200);
    expect(response.body).toMatchObject({ created: 50, skipped: 10 });
    expect(response.body.errors).toHaveLength(10);
    expect(response.body.errors[0]).toEqual({ row: 52, field: null, message: 'is over the member limit: the free plan allows 50 active members' });
    expect(await countMembers(community)).toBe(50);
  });

  it('runs one import per community at a time, so concurrent files never pass the member limit together', async () => {
    const community = await createCommunity(strapi, { plan: 'free', memberLimit: 60 });
    // The same people with other numbers: 60 new members per file, 120 together.
    const otherPeople = SAMPLE_CSV.replace(/\+91\d/g, '+916');
    const responses = await Promise.all([importCsv(community, SAMPLE_CSV), importCsv(community, otherPeople)]);
    for (const response of responses) {
      expect([200, 400]).toContain(response.status);
      if (response.status === 400) expect(response.body.error.message).toMatch(/Another import into this community is still running/);
    }
    expect(await strapi.db.query('api::member.member').count({ where: { community: { id: community.id }, isActive: true } })).toBeLessThanOrEqual(60);
  });

  it('is for admins only: members cannot import or export', async () => {
    const community = await createCommunity(strapi);
    const member = await createMember(strapi, community);
    const { jwt } = await loginAsMember(strapi, member);
    await http(strapi).post('/api/members/import').set('Authorization', `Bearer ${jwt}`).set('Content-Type', 'text/csv').send(SAMPLE_CSV).expect(403);
    await http(strapi).get('/api/members/export').set('Authorization', `Bearer ${jwt}`).expect(403);
    await http(strapi).post('/api/members/bulk/delete').set('Authorization', `Bearer ${jwt}`).send({ ids: [member.documentId] }).expect(403);
  });

  it('imports 10,000 rows in one request and keeps the search index current', async () => {
    const community = await createCommunity(strapi, { plan: 'enterprise' });
    const members = generateMembers({ size: 10_000, seed: 7 });
    const lines = members.map((member) =>
      [
        member.name,
        member.phone,
        member.email,
        member.city,
        member.state ?? '',
        member.country,
        `"${member.organization}"`,
        member.designation,
        member.industry,
        (member.skills as string[]).join(';'),
        member.degree,
        member.branch,
        member.graduationYear,
        member.annualTurnoverInr ?? '',
        `"${member.bio}"`,
        '',
      ].join(',')
    );
    const started = Date.now();
    const response = await importCsv(community, [HEADER, ...lines].join('\n')).expect(200);
    const seconds = (Date.now() - started) / 1000;
    expect(response.body).toMatchObject({ created: 10_000, updated: 0, unchanged: 0, skipped: 0, errors: [] });
    expect(await countMembers(community)).toBe(10_000);
    process.stdout.write(`10,000-row import: ${seconds.toFixed(1)} s\n`);

    // Indexing continues in the background; the status route shows it finishing.
    const deadline = Date.now() + 240_000;
    let status: { indexed: number; pending: number } = { indexed: 0, pending: 1 };
    while (Date.now() < deadline) {
      status = (await http(strapi).get('/api/community-search/status').set(asAdmin(community)).expect(200)).body.data;
      if (status.pending === 0 && status.indexed > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(status.pending).toBe(0);
  }, 600_000);
});

describe('GET /api/members/export', () => {
  it('round-trips: export → import into another community → export gives the same file (CSV and JSON)', async () => {
    const source = await createCommunity(strapi, { plan: 'pro' });
    await importCsv(source, SAMPLE_CSV).expect(200);
    const csv = await exportMembers(source, 'csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(new RegExp(`${source.slug}-members.csv`));
    expect(csv.body.split('\n')[0]).toBe(HEADER);

    const copy = await createCommunity(strapi, { plan: 'pro' });
    const imported = await importCsv(copy, csv.body).expect(200);
    expect(imported.body).toMatchObject({ created: 60, errors: [] });
    expect((await exportMembers(copy, 'csv').expect(200)).body).toBe(csv.body);

    const json = await exportMembers(source, 'json').expect(200);
    const rows = JSON.parse(json.body);
    expect(rows).toHaveLength(60);
    const jsonCopy = await createCommunity(strapi, { plan: 'pro' });
    await http(strapi).post('/api/members/import').set(asAdmin(jsonCopy)).send(rows).expect(200);
    expect(JSON.parse((await exportMembers(jsonCopy, 'json').expect(200)).body)).toEqual(rows);
  });

  it('escapes formula-like text for spreadsheets and reads it back unchanged', async () => {
    const source = await createCommunity(strapi);
    await createMember(strapi, source, { name: 'Formula Person', bio: '=HYPERLINK("http://evil.example","click")', designation: '-CEO' });
    const csv = (await exportMembers(source, 'csv').expect(200)).body;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain("'-CEO");
    const copy = await createCommunity(strapi);
    await importCsv(copy, csv).expect(200);
    const row = await strapi.db.query('api::member.member').findOne({ where: { community: { id: copy.id }, name: 'Formula Person' } });
    expect(row).toMatchObject({ bio: '=HYPERLINK("http://evil.example","click")', designation: '-CEO' });
  });

  it('exports only the caller\'s community', async () => {
    const mine = await createCommunity(strapi);
    const theirs = await createCommunity(strapi);
    await createMember(strapi, mine, { name: 'Mine Only' });
    await createMember(strapi, theirs, { name: 'Theirs Only' });
    const csv = (await exportMembers(mine, 'csv').expect(200)).body;
    expect(csv).toContain('Mine Only');
    expect(csv).not.toContain('Theirs Only');
  });
});

describe('bulk actions', () => {
  it('updates and soft-deletes members by ids or filter, only in the caller\'s community', async () => {
    const community = await createCommunity(strapi);
    const other = await createCommunity(strapi);
    const a = await createMember(strapi, community, { city: 'Pune', industry: 'Textiles' });
    const b = await createMember(strapi, community, { city: 'Pune', industry: 'Banking' });
    const c = await createMember(strapi, community, { city: 'Chennai', industry: 'Textiles' });
    const outsider = await createMember(strapi, other, { city: 'Pune' });

    const updated = await http(strapi)
      .post('/api/members/bulk/update')
      .set(asAdmin(community))
      .send({ filter: { city: 'pune' }, data: { country: 'India' } })
      .expect(200);
    expect(updated.body.data).toMatchObject({ matched: 2, changed: 2, notFound: [] });

    const deleted = await http(strapi)
      .post('/api/members/bulk/delete')
      .set(asAdmin(community))
      .send({ ids: [a.documentId, c.documentId, outsider.documentId, 'nope'] })
      .expect(200);
    expect(deleted.body.data).toMatchObject({ matched: 2, changed: 2, notFound: [outsider.documentId, 'nope'] });

    const rows = await strapi.db.query('api::member.member').findMany({ where: { documentId: { $in: [a.documentId, b.documentId, c.documentId, outsider.documentId] } } });
    const byId = Object.fromEntries(rows.map((row: { documentId: string }) => [row.documentId, row]));
    expect(byId[a.documentId]).toMatchObject({ isActive: false, country: 'India' });
    expect(byId[b.documentId]).toMatchObject({ isActive: true, country: 'India' });
    expect(byId[c.documentId]).toMatchObject({ isActive: false });
    expect(byId[outsider.documentId]).toMatchObject({ isActive: true });
    expect(byId[outsider.documentId].country).not.toBe('India');

    await http(strapi).post('/api/members/bulk/update').set(asAdmin(community)).send({ ids: [b.documentId], data: { phone: '+919840099999' } }).expect(400);
    await http(strapi).post('/api/members/bulk/delete').set(asAdmin(community)).send({ ids: [b.documentId], filter: { city: 'Pune' } }).expect(400);
  });
});
