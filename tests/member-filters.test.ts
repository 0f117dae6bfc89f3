import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';
import qs from 'qs';

import { createApiToken, createCommunity, createMember, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/**
 * Every filter an admin (Content Manager) or an integrator (/api/members) can build on a member
 * field is answered with a 200 or a 400 naming the field and the operator: never a 500.
 */
const MEMBER_UID = 'api::member.member';
const PASSWORD = 'Filters-Test-Passw0rd';
const CONCURRENCY = 4;

const OPERATORS = [
  '$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$contains', '$notContains',
  '$containsi', '$notContainsi', '$null', '$notNull', '$between', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi',
] as const;

/** What each kind of field is given when the value is meant to be right for it. */
const VALID_BY_TYPE: Record<string, unknown> = {
  string: 'Chennai', text: 'likes chess', email: 'a@example.org', integer: '1998', biginteger: '5000000', boolean: 'true',
  enumeration: 'members', json: 'Python', datetime: '2024-01-01T00:00:00.000Z', relation: '1',
};

const LONG = 'x'.repeat(5000);
/** Values of every kind, whatever the field: the validator must refuse or answer each one. */
const valueKinds = (type: string): Array<[string, unknown]> => [
  ['valid', VALID_BY_TYPE[type] ?? 'abc'],
  ['wrong type', type === 'string' || type === 'text' || type === 'email' || type === 'json' ? { $eq: 'x' } : 'abc'],
  ['empty', ''],
  ['quotes', `O'Brien "the" \`x\` ';--`],
  ['unicode', 'Zoë 東京 🚀 ﷽'],
  ['5000 chars', LONG],
  ['array', ['1998', 'abc']],
  ['nested object', { deeper: { still: '1' } }],
];

type Probe = { api: 'admin' | 'rest'; url: string; field: string; operator?: string; label: string };
type Outcome = Probe & { status: number; body: { data?: unknown; error?: { status?: number; name?: string; message?: string; details?: unknown } } };

describe('member filters on the admin and the REST API', () => {
  let strapi: Core.Strapi;
  let community: CommunityFixture;
  let apiToken: string;
  let adminToken: string;

  const get = (probe: Pick<Probe, 'api' | 'url'>) => {
    const request = http(strapi).get(probe.url);
    return probe.api === 'admin'
      ? request.set('Authorization', `Bearer ${adminToken}`)
      : request.set('Authorization', `Bearer ${apiToken}`).set('X-Community', community.slug);
  };

  const urlFor = (api: Probe['api'], query: Record<string, unknown>) =>
    api === 'admin'
      ? `/content-manager/collection-types/${MEMBER_UID}?page=1&pageSize=10&${qs.stringify(query, { encodeValuesOnly: true })}`
      : `/api/members?pagination[pageSize]=10&${qs.stringify(query, { encodeValuesOnly: true })}`;

  const run = async (probes: Probe[]): Promise<Outcome[]> => {
    const outcomes: Outcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < probes.length) {
        const probe = probes[next++];
        const response = await get(probe);
        outcomes.push({ ...probe, status: response.status, body: response.body });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return outcomes;
  };

  /** A 400 in Strapi's envelope that names the field (and the operator, when one was used). */
  const badEnvelope = (outcome: Outcome): string | null => {
    if (outcome.status === 200) return null;
    if (outcome.status !== 400) return `status ${outcome.status}`;
    const { body } = outcome;
    if (body.data !== null || !body.error || body.error.status !== 400 || body.error.name !== 'ValidationError') return 'not the error envelope';
    const text = `${body.error.message} ${JSON.stringify(body.error.details ?? {})}`;
    if (!text.includes(outcome.field)) return `field missing: ${body.error.message}`;
    // An unknown field is refused whatever the operator.
    const unknownField = /is not a field that can be filtered/.test(body.error.message ?? '');
    if (outcome.operator && !unknownField && !text.includes(outcome.operator)) return `operator missing: ${body.error.message}`;
    if (text.includes('    at ')) return 'stack trace';
    return null;
  };

  const describeFailures = (outcomes: Outcome[]) =>
    outcomes
      .map((outcome) => ({ outcome, problem: badEnvelope(outcome) }))
      .filter(({ problem }) => problem !== null)
      .map(({ outcome, problem }) => `${outcome.api} ${outcome.field} ${outcome.operator ?? ''} ${outcome.label}: ${problem}`);

  /**
   * One field of each kind the member schema has (and the relation paths the panel builds); the
   * unit test (src/lib/__tests__/member-filters.test.ts) crosses every attribute with every
   * operator and value kind without HTTP.
   */
  const FIELDS: Array<{ field: string; type: string; path: (condition: unknown) => Record<string, unknown> }> = [
    ...(
      [
        ['name', 'string'], ['email', 'email'], ['bio', 'text'], ['graduationYear', 'integer'], ['annualTurnoverInr', 'biginteger'],
        ['isActive', 'boolean'], ['contactVisibility', 'enumeration'], ['skills', 'json'], ['createdAt', 'datetime'], ['community', 'relation'],
      ] as const
    ).map(([field, type]) => ({ field, type, path: (condition: unknown) => ({ [field]: condition }) })),
    { field: 'community.slug', type: 'string', path: (condition) => ({ community: { slug: condition } }) },
  ];

  beforeAll(async () => {
    strapi = await bootStrapi();
    community = await createCommunity(strapi);
    const other = await createCommunity(strapi);
    await createMember(strapi, community, { name: 'Asha Iyer', city: 'Chennai', graduationYear: 1998, annualTurnoverInr: '5000000', skills: ['Python', 'Tax'], isActive: true });
    await createMember(strapi, community, { name: 'Bala Ravi', city: 'Pune', graduationYear: 2010, skills: ['Accounting'], contactVisibility: 'admins' });
    await createMember(strapi, community, { name: 'Chitra Zoë', city: 'Pune', graduationYear: 2015, skills: ['python'], isActive: false });
    await createMember(strapi, other, { name: 'Outsider Olga', city: 'Chennai', graduationYear: 1998, skills: ['Python'] });
    apiToken = await createApiToken(strapi);

    const admins = strapi.service('api::community.community-admins') as unknown as {
      findOrCreateRole(): Promise<number>;
      link(community: string, adminUserId: number): Promise<void>;
    };
    const email = `filters-${randomBytes(4).toString('hex')}@example.org`;
    const admin = (await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Filters', isActive: true, roles: [await admins.findOrCreateRole()] })) as { id: number };
    await admins.link(community.documentId, admin.id);
    adminToken = (await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200)).body.data.token as string;
  });

  afterAll(async () => {
    await stopStrapi(strapi);
  });

  it('answers every field × operator × value kind with a 200 or a 400 naming field and operator', async () => {
    const probes: Probe[] = [];
    // Each combination once, on one API or the other in turn (both run the same validator): the
    // unit test crosses every attribute, operator and value kind without HTTP.
    const apis = ['admin', 'rest'] as const;
    const add = (probe: Omit<Probe, 'api' | 'url'>, filters: unknown) => {
      const api = apis[probes.length % 2];
      probes.push({ ...probe, api, url: urlFor(api, { filters }) });
    };
    for (const [fieldIndex, { field, type, path }] of FIELDS.entries()) {
      const kinds = valueKinds(type);
      OPERATORS.forEach((operator, index) => {
        // Valid and wrong-typed values take turns, so each operator meets both across the fields.
        const [label, value] = kinds[(index + fieldIndex) % 2];
        add({ field, operator, label }, path({ [operator]: value }));
      });
      kinds.slice(2).forEach(([label, value], index) => {
        const operator = index % 2 === 0 ? '$eq' : '$containsi';
        add({ field, operator, label }, path({ [operator]: value }));
      });
      // No operator (the panel's skills filter starts with an empty one), and inside $and / $or / $not.
      add({ field, label: 'bare value' }, path('abc'));
      add({ field, operator: '$eq', label: 'in $and' }, { $and: [path({ $eq: 'abc' })] });
      add({ field, operator: '$gt', label: 'in $or' }, { $or: [path({ $gt: 'abc' }), { name: 'x' }] });
      add({ field, operator: '$startsWith', label: 'in $not' }, { $not: path({ $startsWith: '1' }) });
      add({ field, operator: '$regex', label: 'unknown operator' }, path({ $regex: '.*' }));
    }
    for (const api of apis) {
      probes.push({ api, field: 'favouriteColour', operator: '$eq', label: 'unknown field', url: urlFor(api, { filters: { favouriteColour: { $eq: 'red' } } }) });
    }
    const started = Date.now();
    const outcomes = await run(probes);
    const elapsedMs = Date.now() - started;
    const statusCounts = outcomes.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});
    // Shown in the run's output: how many of each answer, and how long the matrix took.
    console.info(`member filters: ${outcomes.length} requests in ${elapsedMs} ms`, statusCounts);
    expect(describeFailures(outcomes).slice(0, 60)).toEqual([]);
  }, 240_000);

  it('answers valid filters with the right members on both APIs, skills searched inside the list', async () => {
    const names = async (api: Probe['api'], query: Record<string, unknown>) => {
      const response = await get({ api, url: urlFor(api, { ...query, sort: 'name:asc' }) });
      expect(response.status).toBe(200);
      const rows = (api === 'admin' ? response.body.results : response.body.data) as Array<{ name: string }>;
      return rows.map((row) => row.name);
    };
    for (const api of ['admin', 'rest'] as const) {
      expect(await names(api, { filters: { graduationYear: { $eq: '1998' } } })).toEqual(['Asha Iyer']);
      expect(await names(api, { filters: { graduationYear: { $between: ['1999', '2012'] } } })).toEqual(['Bala Ravi']);
      expect(await names(api, { filters: { annualTurnoverInr: { $gte: '4999999' } } })).toEqual(['Asha Iyer']);
      expect(await names(api, { filters: { isActive: { $eq: 'FALSE' } } })).toEqual(['Chitra Zoë']);
      expect(await names(api, { filters: { contactVisibility: { $in: ['admins'] } } })).toEqual(['Bala Ravi']);
      expect(await names(api, { filters: { name: { $containsi: 'zoë' } } })).toEqual(['Chitra Zoë']);
      expect(await names(api, { filters: { community: { slug: { $eq: community.slug } }, city: 'Pune' } })).toEqual(['Bala Ravi', 'Chitra Zoë']);
      // Skills: a whole entry, case-insensitively, for $eq and a bare value; part of one for $containsi.
      expect(await names(api, { filters: { skills: { $eq: 'PYTHON' } } })).toEqual(['Asha Iyer', 'Chitra Zoë']);
      expect(await names(api, { filters: { skills: 'tax' } })).toEqual(['Asha Iyer']);
      expect(await names(api, { filters: { skills: { $eq: 'Pyth' } } })).toEqual([]);
      expect(await names(api, { filters: { $and: [{ skills: { $containsi: 'count' } }] } })).toEqual(['Bala Ravi']);
      expect(await names(api, { filters: { skills: { $notContainsi: 'python' } } })).toEqual(['Bala Ravi']);
      expect(await names(api, { filters: { $or: [{ skills: { $in: ['tax'] } }, { city: { $eq: 'Pune' } }] } })).toEqual(['Asha Iyer', 'Bala Ravi', 'Chitra Zoë']);
      expect(await names(api, { filters: { skills: { $startsWithi: '%' } } })).toEqual([]);
    }
  });

  it('refuses sort on unknown fields and odd page sizes with a 400, never a 500', async () => {
    const queries = [
      'sort=favouriteColour:asc', 'sort=skills:asc', 'sort=name:sideways', 'sort[0]=name&sort[1]=nope',
      'pagination[pageSize]=100000000', 'pagination[pageSize]=-5', 'pagination[pageSize]=abc', 'pagination[page]=-1', 'pagination[page]=1e309',
      'page=-1', 'pageSize=abc', 'pageSize=100000000', 'filters=abc', 'filters[0]=abc', `filters[name][$in]=${'a,'.repeat(10)}`,
    ];
    const failures: string[] = [];
    for (const api of ['admin', 'rest'] as const) {
      for (const query of queries) {
        const url = api === 'admin' ? `/content-manager/collection-types/${MEMBER_UID}?${query}` : `/api/members?${query}`;
        const response = await get({ api, url });
        if (response.status === 400 && response.body.data === null && response.body.error?.status === 400) continue;
        if (response.status === 200) continue;
        failures.push(`${api} ${query}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
