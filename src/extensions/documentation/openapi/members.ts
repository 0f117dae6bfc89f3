import { memberCreateSchema, memberSelfUpdateSchema, memberUpdateSchema } from '../../../lib/member-input';
import { bulkDeleteSchema, bulkUpdateSchema } from '../../../api/member/validation/bulk';
import { nlConfirmBodySchema, nlUndoBodySchema, nlUpdateBodySchema } from '../../../api/member/validation/nl-update';
import { dataOf, errorResponses, fromZod, jsonBody, ok, operation, parameterRef, schemaRef, SECURITY, type Json, type Paths } from './helpers';

const tags = ['Members'];
const own = ['My profile'];
const community = parameterRef('XCommunity');
const id = parameterRef('DocumentId');

const memberData = dataOf(schemaRef('Member'));
const listQuery: Json[] = [
  {
    name: 'filters',
    in: 'query',
    style: 'deepObject',
    explode: true,
    description: 'Strapi filters, e.g. filters[city][$eq]=Chennai, filters[skills][$containsi]=python. Members may not filter by phone or email.',
    schema: { type: 'object', additionalProperties: true },
  },
  { name: 'sort', in: 'query', description: 'e.g. name:asc', schema: { type: 'string' } },
  { name: 'pagination[page]', in: 'query', schema: { type: 'integer', minimum: 1 } },
  { name: 'pagination[pageSize]', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
  { name: 'fields', in: 'query', style: 'form', explode: false, schema: { type: 'array', items: { type: 'string' } } },
];

const withData = (schema: Json) => ({ type: 'object', required: ['data'], properties: { data: schema } });

const bulkResult = dataOf({
  type: 'object',
  properties: {
    matched: { type: 'integer' },
    changed: { type: 'integer' },
    notFound: { type: 'array', items: { type: 'string' } },
    errors: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, message: { type: 'string' } } } },
  },
});

const importReport = {
  type: 'object',
  properties: {
    created: { type: 'integer' },
    updated: { type: 'integer', description: 'members whose values changed' },
    unchanged: { type: 'integer' },
    skipped: { type: 'integer' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          row: { type: 'integer', description: 'spreadsheet row (header = 1) or array position' },
          field: { type: 'string', nullable: true },
          message: { type: 'string' },
        },
      },
    },
    warnings: {
      type: 'array',
      description: 'imported rows worth a look: a phone that cannot receive SMS or WhatsApp (not a mobile number; phone login refuses it)',
      items: {
        type: 'object',
        properties: { row: { type: 'integer' }, field: { type: 'string', nullable: true }, message: { type: 'string' } },
      },
    },
  },
};

const memberRow = { type: 'object', description: 'the CSV columns as keys (see GET /members/import/template)', additionalProperties: true };

const proposal = dataOf({
  type: 'object',
  properties: {
    token: { type: 'string' },
    parser: { type: 'string', enum: ['rules', 'llm'] },
    summary: { type: 'string', example: 'Change city from Chennai to Pune?' },
    change: { type: 'object', properties: { action: { type: 'string', enum: ['set', 'add', 'remove'] }, field: { type: 'string' }, value: {} } },
    field: { type: 'string' },
    before: {},
    after: {},
    requiresCode: { type: 'boolean', description: 'a new phone number must be confirmed with the code texted to it' },
    expiresInSeconds: { type: 'integer' },
  },
});

export const memberPaths = (): Paths => ({
  '/members': {
    get: operation({
      tags,
      operationId: 'listMembers',
      summary: "List the community's members",
      description:
        'Members see active members who stay in the directory, without the contacts of those who keep them for admins; API tokens see everyone. Strapi\'s `filters`, `sort`, `fields` and `pagination` apply; `populate` is refused with 400 (the community, name and slug, always comes along).',
      security: SECURITY.memberOrToken,
      parameters: [community, ...listQuery],
      responses: {
        '200': ok('A page of members', { type: 'object', properties: { data: { type: 'array', items: schemaRef('Member') }, meta: { type: 'object', properties: { pagination: schemaRef('Pagination') } } } }),
        ...errorResponses(400, 401, 403, 404, 429),
      },
    }),
    post: operation({
      tags,
      operationId: 'createMember',
      summary: 'Add a member (API tokens)',
      description: 'Phone normalised to E.164 and unique in the community; the plan\'s member limit applies (403 QuotaExceeded).',
      security: SECURITY.token,
      parameters: [community],
      requestBody: jsonBody(withData(fromZod(memberCreateSchema)), { data: { name: 'Asha Rao', phone: '+919876543210', city: 'Chennai', skills: ['Python', 'GST'] } }),
      responses: { '201': ok('Created', memberData), ...errorResponses(400, 401, 403, 404) },
    }),
  },
  '/members/{id}': {
    get: operation({
      tags,
      operationId: 'getMember',
      summary: 'One member',
      description: '`fields` picks the attributes returned; `populate` is refused with 400 (the community, name and slug, always comes along).',
      security: SECURITY.memberOrToken,
      parameters: [community, id],
      responses: { '200': ok('The member', memberData), ...errorResponses(400, 401, 403, 404) },
    }),
    put: operation({
      tags,
      operationId: 'updateMember',
      summary: 'Change a member (API tokens)',
      security: SECURITY.token,
      parameters: [community, id],
      requestBody: jsonBody(withData(fromZod(memberUpdateSchema)), { data: { city: 'Pune' } }),
      responses: { '200': ok('Changed', memberData), ...errorResponses(400, 401, 403, 404) },
    }),
    delete: operation({
      tags,
      operationId: 'deactivateMember',
      summary: 'Deactivate a member (soft delete, API tokens)',
      description:
        'Deactivates, it does not remove: sets isActive to false and answers 200 with the member. The record stays readable with 200 by API tokens (GET /members/{id}, isActive false) and disappears from what members see and search; PUT with isActive true restores it. Erasure (removing the personal data) is POST /members/{id}/erase.',
      security: SECURITY.token,
      parameters: [community, id],
      responses: { '200': ok('Deactivated', memberData), ...errorResponses(401, 403, 404) },
    }),
  },
  '/members/me': {
    get: operation({
      tags: own,
      operationId: 'getMe',
      summary: "The logged-in member's own record",
      security: SECURITY.member,
      parameters: [community],
      responses: { '200': ok('The member', memberData), ...errorResponses(401, 403, 404) },
    }),
    patch: operation({
      tags: own,
      operationId: 'updateMe',
      summary: 'Change my profile',
      description: 'Not the phone (a login identity: use nl-update, which confirms a new number by code) and not isActive.',
      security: SECURITY.member,
      parameters: [community],
      requestBody: jsonBody(withData(fromZod(memberSelfUpdateSchema)), { data: { city: 'Pune', contactVisibility: 'admins' } }),
      responses: { '200': ok('Changed', memberData), ...errorResponses(400, 401, 403, 404) },
    }),
    delete: operation({
      tags: own,
      operationId: 'requestErasure',
      summary: 'Ask for my data to be erased',
      description: "Records an erasure request for the community's admins, who carry it out with POST /members/{id}/erase.",
      security: SECURITY.member,
      parameters: [community],
      responses: {
        '202': ok(
          'Requested',
          dataOf({ type: 'object', properties: { status: { type: 'string', enum: ['requested'] }, requestedAt: { type: 'string', format: 'date-time' }, message: { type: 'string' } } })
        ),
        ...errorResponses(401, 403, 404),
      },
    }),
  },
  '/members/me/nl-update': {
    post: operation({
      tags: own,
      operationId: 'proposeNlUpdate',
      summary: 'Propose a profile change in plain language',
      description:
        '"Update my city to Pune", "Add Python to my skills", "hide my phone". Nothing is written until /confirm by the same caller (10 minutes). API tokens name the member with memberId. An unclear request is a 400 with details.reason = "unclear".',
      security: SECURITY.memberOrToken,
      parameters: [community],
      requestBody: jsonBody(fromZod(nlUpdateBodySchema), { text: 'Add Python to my skills' }),
      responses: { '200': ok('The proposed change', proposal), ...errorResponses(400, 401, 403, 404, 429) },
    }),
  },
  '/members/me/nl-update/confirm': {
    post: operation({
      tags: own,
      operationId: 'confirmNlUpdate',
      summary: 'Apply a proposed change',
      security: SECURITY.memberOrToken,
      parameters: [community],
      requestBody: jsonBody(fromZod(nlConfirmBodySchema), { token: '<token from nl-update>' }),
      responses: {
        '200': ok(
          'Applied; undo within 10 minutes with undoToken',
          dataOf({
            type: 'object',
            properties: {
              applied: { type: 'boolean' },
              field: { type: 'string' },
              before: {},
              after: {},
              undoToken: { type: 'string' },
              undoExpiresInSeconds: { type: 'integer' },
              member: schemaRef('Member'),
            },
          })
        ),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
  },
  '/members/me/nl-update/undo': {
    post: operation({
      tags: own,
      operationId: 'undoNlUpdate',
      summary: 'Undo an applied change',
      security: SECURITY.memberOrToken,
      parameters: [community],
      requestBody: jsonBody(fromZod(nlUndoBodySchema), { token: '<undoToken from confirm>' }),
      responses: {
        '200': ok('Undone', dataOf({ type: 'object', properties: { undone: { type: 'boolean' }, field: { type: 'string' }, value: {}, member: schemaRef('Member') } })),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
  },
  '/members/me/export': {
    get: operation({
      tags: own,
      operationId: 'exportMyData',
      summary: 'Everything held about me (download)',
      description: 'Memberships of my account, audit entries about or by me, my searches.',
      security: SECURITY.member,
      parameters: [community],
      responses: {
        '200': ok(
          'A JSON attachment',
          dataOf({
            type: 'object',
            properties: {
              exportedAt: { type: 'string', format: 'date-time' },
              account: { type: 'object', additionalProperties: true },
              memberships: { type: 'array', items: { type: 'object', additionalProperties: true } },
              auditEntries: { type: 'array', items: { type: 'object', additionalProperties: true } },
              searchLog: {
                type: 'array',
                description: 'per membership, the searches the member made there',
                items: {
                  type: 'object',
                  properties: { community: { type: 'string', nullable: true, description: 'slug' }, searches: { type: 'array', items: { type: 'object', additionalProperties: true } } },
                },
              },
            },
          })
        ),
        ...errorResponses(401, 403, 404),
      },
    }),
  },
  '/members/import/template': {
    get: operation({
      tags,
      operationId: 'memberImportTemplate',
      summary: 'The CSV import template (public)',
      security: SECURITY.none,
      responses: { '200': { description: 'CSV header and an invented example row', content: { 'text/csv': { schema: { type: 'string' } } } } },
    }),
  },
  '/members/import': {
    post: operation({
      tags,
      operationId: 'importMembers',
      summary: 'Import members from CSV or JSON (API tokens)',
      description:
        'A text/csv body, a multipart upload in the field "file" (CSV or JSON), or a JSON array of rows (optionally {"data": [...]}). mode=upsert (by phone, default) or create. Every row is validated; good rows are written, bad ones reported. One import per community at a time: another is refused with 409 (with the running import\'s progress) before its body is read. At most IMPORT_MAX_CONCURRENT imports per server process: more get 429 with Retry-After. Body cap IMPORT_MAX_SIZE.',
      security: SECURITY.token,
      parameters: [community, { name: 'mode', in: 'query', schema: { type: 'string', enum: ['upsert', 'create'], default: 'upsert' } }],
      requestBody: {
        required: true,
        content: {
          'text/csv': { schema: { type: 'string' }, example: 'name,phone,city,skills\nAsha Rao,+919876543210,Chennai,Python;GST\n' },
          'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } },
          'application/json': { schema: { oneOf: [{ type: 'array', items: memberRow }, { type: 'object', properties: { data: { type: 'array', items: memberRow } } }] } },
        },
      },
      responses: { '200': ok('What was written and every refused row', importReport), ...errorResponses(400, 401, 403, 404, 409, 413, 429) },
    }),
  },
  '/members/export': {
    get: operation({
      tags,
      operationId: 'exportMembers',
      summary: 'Export members as CSV or JSON (API tokens)',
      description: 'Same columns as the import (export → import is lossless).',
      security: SECURITY.token,
      parameters: [
        community,
        { name: 'format', in: 'query', schema: { type: 'string', enum: ['csv', 'json'], default: 'csv' } },
        { name: 'includeInactive', in: 'query', schema: { type: 'string', enum: ['true', 'false'], default: 'false' } },
      ],
      responses: {
        '200': {
          description: 'An attachment <slug>-members.csv|json',
          content: { 'text/csv': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'array', items: memberRow } } },
        },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
  },
  '/members/bulk/update': {
    post: operation({
      tags,
      operationId: 'bulkUpdateMembers',
      summary: 'Change many members at once (API tokens)',
      description: 'Select by ids or by filter (one of the two); phones cannot be bulk-changed.',
      security: SECURITY.token,
      parameters: [community],
      requestBody: jsonBody(fromZod(bulkUpdateSchema), { filter: { city: 'Madras' }, data: { city: 'Chennai' } }),
      responses: { '200': ok('Counts', bulkResult), ...errorResponses(400, 401, 403, 404, 413) },
    }),
  },
  '/members/bulk/delete': {
    post: operation({
      tags,
      operationId: 'bulkDeactivateMembers',
      summary: 'Deactivate many members at once (soft, API tokens)',
      security: SECURITY.token,
      parameters: [community],
      requestBody: jsonBody(fromZod(bulkDeleteSchema), { ids: ['<documentId>'] }),
      responses: { '200': ok('Counts', bulkResult), ...errorResponses(400, 401, 403, 404, 413) },
    }),
  },
  '/members/erasure-requests': {
    get: operation({
      tags,
      operationId: 'listErasureRequests',
      summary: 'Members who asked to be erased (API tokens)',
      security: SECURITY.token,
      parameters: [community],
      responses: {
        '200': ok(
          'Pending requests',
          dataOf({ type: 'array', items: { type: 'object', properties: { documentId: { type: 'string' }, name: { type: 'string' }, erasureRequestedAt: { type: 'string', format: 'date-time' } } } })
        ),
        ...errorResponses(401, 403, 404),
      },
    }),
  },
  '/members/{id}/erase': {
    post: operation({
      tags,
      operationId: 'eraseMember',
      summary: "Carry out a member's erasure request (API tokens)",
      description: 'The record and its index row go; searches stay as anonymous counts; audit entries keep the facts with personal values replaced; the login goes when no other community holds the member.',
      security: SECURITY.token,
      parameters: [community, id],
      responses: {
        '200': ok(
          'Erased',
          dataOf({ type: 'object', properties: { erased: { type: 'boolean' }, documentId: { type: 'string' }, auditEntriesRedacted: { type: 'integer' }, accountRemoved: { type: 'boolean' } } })
        ),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
  },
});
