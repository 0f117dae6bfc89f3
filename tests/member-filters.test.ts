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
    for (const api of ['admin', 'rest'] as const) {
      for (const { field, type, path } of FIELDS) {
        const kinds = valueKinds(type);
        for (const operator of OPERATORS) {
          // Both APIs run the same validator; the admin side gets the valid value too, REST the wrong type.
          for (const [label, value] of api === 'admin' ? kinds.slice(0, 2) : kinds.slice(1, 2)) {
            probes.push({ api, field, operator, label, url: urlFor(api, { filters: path({ [operator]: value }) }) });
          }
        }
        for (const operator of ['$eq', '$containsi'] as const) {
          for (const [label, value] of kinds.slice(2)) {
            probes.push({ api, field, operator, label, url: urlFor(api, { filters: path({ [operator]: value }) }) });
          }
        }
        // No operator (the panel's skills filter starts with an empty one), and inside $and / $or / $not.
        probes.push({ api, field, label: 'bare value', url: urlFor(api, { filters: path('abc') }) });
        probes.push({ api, field, operator: '$eq', label: 'in $and', url: urlFor(api, { filters: { $and: [path({ $eq: 'abc' })] } }) });
        probes.push({ api, field, operator: '$gt', label: 'in $or', url: urlFor(api, { filters: { $or: [path({ $gt: 'abc' }), { name: 'x' }] } }) });
        probes.push({ api, field, operator: '$startsWith', label: 'in $not', url: urlFor(api, { filters: { $not: path({ $startsWith: '1' }) } }) });
        probes.push({ api, field, operator: '$regex', label: 'unknown operator', url: urlFor(api, { filters: path({ $regex: '.*' }) }) });
      }
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
});
