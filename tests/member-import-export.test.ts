import fs from 'node:fs';
import { request as httpRequest, type ClientRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

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
    expect(first.body).toEqual({ created: 60, updated: 0, unchanged: 0, skipped: 0, errors: [], warnings: expect.any(Array) });
    expect(await countMembers(community)).toBe(60);

    const again = await importCsv(community, SAMPLE_CSV).expect(200);
    expect(again.body).toEqual({ created: 0, updated: 0, unchanged: 60, skipped: 0, errors: [], warnings: first.body.warnings });
    const changed = await importCsv(community, SAMPLE_CSV.replace('Siddharth Reddy,', 'Siddharth R. Reddy,')).expect(200);
    expect(changed.body).toMatchObject({ created: 0, updated: 1, unchanged: 59 });
    expect(await countMembers(community)).toBe(60);

    const createOnly = await importCsv(community, SAMPLE_CSV, 'create').expect(200);
    expect(createOnly.body).toMatchObject({ created: 0, updated: 0, skipped: 60 });
    expect(createOnly.body.errors[0]).toEqual({
      row: 2,
      field: 'phone',
      message: expect.stringMatching(/^Phone "\+91•••••\d{4}" already belongs to a member of this community: import with mode=upsert/),
    });
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
    // Each row error names the column as people know it, quotes the value (phones masked) and says what to do.
    expect(response.body.errors).toEqual([
      { row: 3, field: 'phone', message: 'Phone "•••••" is not a valid phone number: write it with the country code, e.g. +919876543210' },
      { row: 4, field: 'name', message: 'Name is required: fill it in' },
      { row: 5, field: 'graduationYear', message: 'Graduation year "nineteen" must be a year: enter digits only, e.g. 2020' },
      { row: 6, field: 'phone', message: 'Phone "+91•••••0001" is already on row 2: each member needs their own number, so remove one of the rows' },
    ]);
    expect(JSON.stringify(response.body)).not.toContain('+919840000001');
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
    expect(json.body).toMatchObject({
      created: 1,
      skipped: 1,
      errors: [{ row: 2, field: 'unknown_field', message: expect.stringMatching(/^"unknown_field" is not a member field: use the template's column names \(name, phone, /) }],
    });
    const person = await strapi.db.query('api::member.member').findOne({ where: { phone: '+919840000111' } });
    expect(person).toMatchObject({ skills: ['Tax', 'Audit'], graduationYear: 1998 });
  });

  it('stops at the plan\'s member limit with a clear error on each row past it', async () => {
    const community = await createCommunity(strapi, { plan: 'free', memberLimit: 50 });
    const response = await importCsv(community, SAMPLE_CSV).expect(200);
    expect(response.body).toMatchObject({ created: 50, skipped: 10 });
    expect(response.body.errors).toHaveLength(10);
    expect(response.body.errors[0]).toEqual({ row: 52, field: null, message: 'This row is over the member limit: the free plan allows 50 active members; upgrade the plan or deactivate members, then import the rest again' });
    expect(await countMembers(community)).toBe(50);
  });

  it('runs one import per community at a time, so concurrent files never pass the member limit together', async () => {
    const community = await createCommunity(strapi, { plan: 'free', memberLimit: 60 });
    // The same people with other numbers: 60 new members per file, 120 together.
    const otherPeople = SAMPLE_CSV.replace(/\+91\d/g, '+916');
    const responses = await Promise.all([importCsv(community, SAMPLE_CSV), importCsv(community, otherPeople)]);
    for (const response of responses) {
      expect([200, 409]).toContain(response.status);
      if (response.status === 409) expect(response.body.error.message).toMatch(/An import into this community is already running/);
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

/**
 * Imports that could stall the server: the lock and the instance's import slots are taken before
 * the body is read, the file is parsed as a stream with turns for the event loop, and both are
 * given back however an import ends. Uploads here go over a real socket, written at the test's
 * pace, so a refusal can be checked while another file is still arriving.
 */
describe('imports do not stall the server', () => {
  type ReportRow = { row: number; field: string | null; message: string };
  type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Record<string, unknown> & { errors?: ReportRow[] } };
  type Upload = { request: ClientRequest; answer: Promise<Answer>; write(chunk: string): Promise<void>; end(chunk?: string): void };

  let port: number;
  beforeAll(async () => {
    const server = strapi.server.httpServer;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  const store = () => (strapi.service('api::access.security-store') as unknown as { store(): { get(key: string): Promise<string | null> } }).store();
  const lockHeld = async (community: CommunityFixture) => (await store().get(`import:${community.id}`)) !== null;
  const waitUntil = async (condition: () => Promise<boolean>, what: string, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  // A failed test must not leave an upload holding its lock and slot for the next one.
  const openUploads: Upload[] = [];
  afterEach(() => {
    for (const upload of openUploads.splice(0)) {
      upload.answer.catch(() => undefined);
      upload.request.destroy();
    }
  });

  /** Starts a POST whose body the test writes piece by piece (chunked, or with a declared length). */
  const startUpload = (community: CommunityFixture, contentType: string, declaredLength?: number, path = '/api/members/import'): Upload => {
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path,
      headers: { ...asAdmin(community), 'Content-Type': contentType, ...(declaredLength !== undefined ? { 'Content-Length': String(declaredLength) } : {}) },
    });
    const answer = new Promise<Answer>((resolve, reject) => {
      request.on('error', reject);
      request.on('response', (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text ? JSON.parse(text) : {} }));
      });
    });
    const upload: Upload = {
      request,
      answer,
      write: (chunk) => new Promise<void>((resolve, reject) => request.write(chunk, (error) => (error ? reject(error) : resolve()))),
      end: (chunk) => request.end(chunk),
    };
    openUploads.push(upload);
    return upload;
  };

  const csvRows = (count: number, firstNumber: number, bioLength = 0) =>
    Array.from({ length: count }, (_, index) => {
      const bio = bioLength > 0 ? `"${`Runs a family business in Chennai; mentors founders. ${index} `.repeat(Math.ceil(bioLength / 60)).slice(0, bioLength)}"` : '';
      return `Member ${firstNumber + index},+9198${String(firstNumber + index).padStart(8, '0')},,Chennai,Tamil Nadu,India,"Acme, Inc.",Founder,Textiles,Exports;Sourcing,B.Com,,2001,,${bio},`;
    });

  it('keeps the event loop responsive during a 20 MB import', async () => {
    // The member limit keeps the writes small: what is measured is receiving and checking the file.
    const community = await createCommunity(strapi, { plan: 'free', memberLimit: 200 });
    const rows = csvRows(20_000, 10_000_000, 900);
    const file = `${[HEADER, ...rows].join('\n')}\n`;
    expect(Buffer.byteLength(file)).toBeGreaterThan(19 * 1024 * 1024);

    const delay = monitorEventLoopDelay({ resolution: 10 });
    const upload = startUpload(community, 'text/csv; charset=utf-8', Buffer.byteLength(file));
    delay.enable();
    const started = Date.now();
    for (let offset = 0; offset < file.length; offset += 256 * 1024) await upload.write(file.slice(offset, offset + 256 * 1024));
    upload.end();
    const answer = await upload.answer;
    delay.disable();
    const seconds = (Date.now() - started) / 1000;
    const maxMs = delay.max / 1e6;
    const p99Ms = delay.percentile(99) / 1e6;
    process.stdout.write(`20 MB import (${rows.length} rows): ${seconds.toFixed(1)} s, event-loop delay max ${maxMs.toFixed(0)} ms, p99 ${p99Ms.toFixed(0)} ms\n`);

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ created: 200, updated: 0, unchanged: 0, skipped: 19_800 });
    expect(answer.body.errors?.[0]).toEqual({ row: 202, field: null, message: 'This row is over the member limit: the free plan allows 200 active members; upgrade the plan or deactivate members, then import the rest again' });
    // Parsed in one go, this file held the event loop for 9 s (docs/benchmarks.md); now the longest
    // pause is 0.4-1.5 s, after parsing (the report of ~20,000 row errors, a full garbage collection
    // of the suite's heap). The bounds leave room for a CI machine whose 2 cores are shared.
    expect(maxMs).toBeLessThan(3000);
    expect(p99Ms).toBeLessThan(500);
    expect(await lockHeld(community)).toBe(false);
  }, 180_000);

  it('reads a JSON import item by item as it arrives, like a CSV one (never one blocking JSON.parse)', async () => {
    const community = await createCommunity(strapi);
    const items = Array.from({ length: 300 }, (_, index) => ({
      name: `Json Streamed ${index}`,
      phone: `+9198${String(30_000_000 + index).padStart(8, '0')}`,
      city: 'Chennai',
      bio: `Brackets ] } and "quotes", commas: item ${index}`,
    }));
    for (const body of [JSON.stringify(items), JSON.stringify({ data: items })]) {
      const text = body.replaceAll('Json Streamed', `Json ${body.startsWith('{') ? 'Wrapped' : 'Streamed'}`).replaceAll('+9198', body.startsWith('{') ? '+9197' : '+9198');
      const upload = startUpload(community, 'application/json; charset=utf-8');
      const half = text.indexOf('},', Math.floor(text.length / 2)) + 2;
      await upload.write(text.slice(0, half));
      // Rows are checked while the rest of the body is still on its way.
      const progress = async () => (JSON.parse((await store().get(`import-progress:${community.id}`)) ?? '{}') as { rowsValidated?: number }).rowsValidated ?? 0;
      await waitUntil(async () => (await progress()) >= 100, 'rows of the JSON import are checked while it is still arriving');
      upload.end(text.slice(half));
      const answer = await upload.answer;
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ created: 300, errors: [] });
    }
    expect(await countMembers(community)).toBe(600);
    const broken = await http(strapi).post('/api/members/import').set(asAdmin(community)).set('Content-Type', 'application/json').send('[{"name": "x"}, {"name": ');
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(/not valid JSON/);
    expect(await lockHeld(community)).toBe(false);
  });

  it('refuses a second import of the same community at once (409), in every body form, while the first is uploading', async () => {
    const community = await createCommunity(strapi, { plan: 'pro' });
    const first = startUpload(community, 'text/csv');
    await first.write(`${HEADER}\n${csvRows(300, 20_000_000).join('\n')}\n`);
    // The first import holds the lock and has checked what it received (progress is saved once a second).
    const savedProgress = async () => JSON.parse((await store().get(`import-progress:${community.id}`)) ?? '{}') as { rowsValidated?: number };
    await waitUntil(async () => ((await savedProgress()).rowsValidated ?? 0) >= 250, 'the first import reports its progress');
    // The parser may hold the last row until it sees what follows its line end.
    const { rowsValidated } = await savedProgress();

    const second = [
      () => importCsv(community, SAMPLE_CSV),
      () => http(strapi).post('/api/members/import').set(asAdmin(community)).send([{ name: 'Json Person', phone: '+919840000111' }]),
      () => http(strapi).post('/api/members/import').set(asAdmin(community)).attach('file', Buffer.from(SAMPLE_CSV), { filename: 'members.csv', contentType: 'text/csv' }),
      () => http(strapi).post('/api/members/import').set(asAdmin(community)).set('Content-Type', 'application/octet-stream').send(Buffer.from('x')),
      () => http(strapi).post(`/api/c/${community.slug}/members/import`).set({ Authorization: `Bearer ${token}` }).set('Content-Type', 'text/csv').send(SAMPLE_CSV),
    ];
    for (const attempt of second) {
      const started = Date.now();
      const response = await attempt();
      expect(Date.now() - started).toBeLessThan(1000);
      expect(response.status).toBe(409);
      expect(response.body).toEqual({
        data: null,
        error: {
          status: 409,
          name: 'ConflictError',
          message: expect.stringMatching(new RegExp(`^An import into this community is already running \\(started \\d+ s ago; receiving the file, ${rowsValidated} rows checked\\): try again when it has finished$`)),
          details: { reason: 'import-running', progress: { phase: 'receiving', rowsValidated, startedAt: expect.any(String) } },
        },
      });
    }

    // The router matches any letter case and one trailing slash: so does the deferral, or a body
    // sent to `/API/Members/Import` would be read whole before anything could refuse it.
    for (const spelling of ['/API/Members/Import', '/api/members/import/', '/Api/MEMBERS/import']) {
      const unfinished = startUpload(community, 'text/csv', undefined, spelling);
      await unfinished.write(`${HEADER}\n${csvRows(50, 21_000_000).join('\n')}\n`);
      const started = Date.now();
      const response = await Promise.race([unfinished.answer, new Promise<null>((resolve) => setTimeout(() => resolve(null), 2000))]);
      expect({ spelling, status: response?.status ?? 'no answer while the body was still arriving' }).toEqual({ spelling, status: 409 });
      expect(Date.now() - started).toBeLessThan(2000);
    }

    first.end(`${csvRows(10, 20_000_300).join('\n')}\n`);
    const answer = await first.answer;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ created: 310, skipped: 0, errors: [] });
    expect(await countMembers(community)).toBe(310);
    await importCsv(community, SAMPLE_CSV).expect(200);
  }, 60_000);

  it('runs at most IMPORT_MAX_CONCURRENT (2) imports at once: more get 429 with Retry-After; an aborted upload and a bad file give their lock and slot back', async () => {
    const [a, b, c] = await Promise.all([createCommunity(strapi), createCommunity(strapi), createCommunity(strapi)]);
    const uploadA = startUpload(a, 'text/csv');
    const uploadB = startUpload(b, 'text/csv', 10 * 1024 * 1024);
    await Promise.all([uploadA.write(`${HEADER}\n${csvRows(5, 30_000_000).join('\n')}\n`), uploadB.write(`${HEADER}\n`)]);
    await waitUntil(async () => (await lockHeld(a)) && (await lockHeld(b)), 'both imports hold their locks');

    for (const attempt of [() => importCsv(c, SAMPLE_CSV), () => http(strapi).post('/api/members/import').set(asAdmin(c)).send([{ name: 'Json Person', phone: '+919840000111' }])]) {
      const started = Date.now();
      const refused = await attempt();
      expect(Date.now() - started).toBeLessThan(1000);
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe('30');
      expect(refused.body).toEqual({
        data: null,
        error: {
          status: 429,
          name: 'RateLimitError',
          message: 'This server is already running its maximum of 2 imports at once: try again in 30 seconds',
          details: { reason: 'imports-busy', limit: 2, retryAfterSeconds: 30 },
        },
      });
      // Refused for lack of a slot, the community's own lock was given back.
      expect(await lockHeld(c)).toBe(false);
    }

    // The client goes away mid-upload (chunked, then with a declared length): lock and slot come back.
    uploadA.answer.catch(() => undefined);
    uploadA.request.destroy();
    await waitUntil(async () => !(await lockHeld(a)), 'the aborted chunked import released its lock');
    uploadB.answer.catch(() => undefined);
    uploadB.request.destroy();
    await waitUntil(async () => !(await lockHeld(b)), 'the aborted import with a Content-Length released its lock');
    expect(await countMembers(a)).toBe(0);
    await importCsv(c, SAMPLE_CSV).expect(200);

    // Bad files of every form answer 400 and leave nothing held.
    const badFiles = [
      () => importCsv(a, 'full_name,mobile\nA,+919840000001\n'),
      () => importCsv(a, ''),
      () => importCsv(a, `${HEADER}\n"unterminated,+919840000001\n`),
      () => http(strapi).post('/api/members/import').set(asAdmin(a)).set('Content-Type', 'application/json').send('[{"name": "broken"'),
      () => http(strapi).post('/api/members/import').set(asAdmin(a)).send({ name: 'not an array' }),
      () => http(strapi).post('/api/members/import').set(asAdmin(a)).attach('file', Buffer.from('[{"name":'), { filename: 'members.json', contentType: 'application/json' }),
      () => http(strapi).post('/api/members/import').set(asAdmin(a)).attach('file', Buffer.from('nope\n'), { filename: 'members.csv', contentType: 'text/csv' }),
    ];
    for (const attempt of badFiles) {
      const response = await attempt();
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ data: null, error: { status: 400 } });
      expect(await lockHeld(a)).toBe(false);
    }
    // A CSV declared larger than IMPORT_MAX_SIZE (25mb here) is refused before it is read.
    const tooLarge = startUpload(a, 'text/csv', 25 * 1024 * 1024 + 1);
    await tooLarge.write(`${HEADER}\n`);
    const refusedLarge = await tooLarge.answer;
    expect(refusedLarge.status).toBe(413);
    expect(refusedLarge.body).toMatchObject({ data: null, error: { status: 413, name: 'PayloadTooLargeError' } });
    expect(await lockHeld(a)).toBe(false);
    await importCsv(a, SAMPLE_CSV).expect(200);
    await importCsv(b, SAMPLE_CSV).expect(200);
  }, 60_000);

  it('warns for each imported number that cannot receive SMS or WhatsApp (landline, unallocated mobile range), as phone login refuses them', async () => {
    const community = await createCommunity(strapi);
    const csv = [
      HEADER,
      'Mobile,+919840000201,,,,,,,,,,,,,,',
      'Chennai Landline,+914428270000,,,,,,,,,,,,,,',
      'Delhi Landline,01123456789,,,,,,,,,,,,,,',
      'UK Mobile,+447911123456,,,,,,,,,,,,,,',
      'UK Landline,+442079460000,,,,,,,,,,,,,,',
      // The US plan does not tell mobiles from landlines: phone login accepts these, so no warning.
      'US Number,+12025550123,,,,,,,,,,,,,,',
      'Toll Free,+9118002090000,,,,,,,,,,,,,,',
    ].join('\n');
    const response = await importCsv(community, csv).expect(200);
    const message = expect.stringMatching(/^cannot receive SMS or WhatsApp/);
    expect(response.body.errors).toEqual([]);
    expect(response.body.warnings).toEqual([
      { row: 3, field: 'phone', message },
      { row: 4, field: 'phone', message },
      { row: 6, field: 'phone', message },
      { row: 8, field: 'phone', message },
    ]);
    // Warned rows are imported all the same.
    expect(response.body).toMatchObject({ created: 7, skipped: 0 });
    expect(await countMembers(community)).toBe(7);
  });
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
