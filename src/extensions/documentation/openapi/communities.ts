import { onboardingSchema } from '../../../api/community/validation/onboarding';
import { PLAN_IDS } from '../../../lib/plans';
import { dataOf, errorResponses, fromZod, jsonBody, ok, operation, parameterRef, schemaRef, SECURITY, type Paths } from './helpers';

const tags = ['Communities'];
const id = parameterRef('DocumentId');
const communityData = dataOf(schemaRef('Community'));
const listParameters = [
  { name: 'filters', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object', additionalProperties: true } },
  { name: 'sort', in: 'query', schema: { type: 'string' } },
  { name: 'pagination[page]', in: 'query', schema: { type: 'integer', minimum: 1 } },
  { name: 'pagination[pageSize]', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
];
const listOf = (name: string) => ({
  type: 'object',
  properties: { data: { type: 'array', items: schemaRef(name) }, meta: { type: 'object', properties: { pagination: schemaRef('Pagination') } } },
});

const issuedToken = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    type: { type: 'string', enum: ['full-access', 'read-only'] },
    accessKey: { type: 'string', description: 'shown once: store it now' },
  },
};

export const communityPaths = (): Paths => ({
  '/communities': {
    get: operation({
      tags,
      operationId: 'listCommunities',
      summary: 'Every community (platform tokens)',
      security: SECURITY.platformToken,
      parameters: listParameters,
      responses: { '200': ok('A page of communities', listOf('Community')), ...errorResponses(401, 403) },
    }),
    post: operation({
      tags,
      operationId: 'onboardCommunity',
      summary: 'Onboard a community: the community, its first admin, a community API token (platform tokens)',
      description:
        'Slug and WhatsApp number must be unused (400 with field errors). The first Community Admin is invited (registration link in meta.admin.registrationUrl, mailed when SMTP_HOST is set) or, with an existing admin account, linked. All or nothing.',
      security: SECURITY.platformToken,
      requestBody: jsonBody(
        { type: 'object', required: ['data'], properties: { data: fromZod(onboardingSchema) } },
        { data: { name: 'IITM Alumni', slug: 'iitm-alumni', plan: 'basic', admin: { name: 'Priya Iyer', email: 'priya@example.com' } } }
      ),
      responses: {
        '201': ok(
          'Onboarded',
          dataOf(schemaRef('Community'), {
            type: 'object',
            properties: {
              admin: {
                type: 'object',
                properties: {
                  id: { type: 'integer' },
                  email: { type: 'string' },
                  registrationUrl: { type: 'string', nullable: true, description: 'null when an existing admin account was linked' },
                  existingAccount: { type: 'boolean' },
                  invitationEmail: { type: 'string', enum: ['sent', 'failed', 'not-configured'] },
                },
              },
              apiToken: issuedToken,
              importTemplateUrl: { type: 'string', format: 'uri' },
            },
          })
        ),
        ...errorResponses(400, 401, 403),
      },
    }),
  },
  '/communities/{id}': {
    get: operation({
      tags,
      operationId: 'getCommunity',
      summary: 'One community (platform tokens)',
      security: SECURITY.platformToken,
      parameters: [id],
      responses: { '200': ok('The community', communityData), ...errorResponses(401, 403, 404) },
    }),
    put: operation({
      tags,
      operationId: 'updateCommunity',
      summary: 'Change a community (platform tokens)',
      description: 'A plan change sets memberLimit and searchLimitPerMonth from config/plans.ts unless the same write sets them.',
      security: SECURITY.platformToken,
      parameters: [id],
      requestBody: jsonBody(
        {
          type: 'object',
          required: ['data'],
          properties: {
            data: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                description: { type: 'string' },
                plan: { type: 'string', enum: [...PLAN_IDS] },
                accountStatus: { type: 'string', enum: ['active', 'suspended'] },
                memberLimit: { type: 'integer', nullable: true },
                searchLimitPerMonth: { type: 'integer', nullable: true },
                whatsappNumber: { type: 'string', nullable: true },
                settings: { type: 'object', additionalProperties: true },
                isActive: { type: 'boolean' },
              },
            },
          },
        },
        { data: { plan: 'pro' } }
      ),
      responses: { '200': ok('Changed', communityData), ...errorResponses(400, 401, 403, 404) },
    }),
    delete: operation({
      tags,
      operationId: 'deleteCommunity',
      summary: 'Delete a community (platform tokens)',
      description: 'Answers 204 without a body, also when no such community exists (deleting is idempotent).',
      security: SECURITY.platformToken,
      parameters: [id],
      responses: { '204': { description: 'Deleted (or already gone)' }, ...errorResponses(401, 403) },
    }),
  },
  '/communities/current/usage': {
    get: operation({
      tags,
      operationId: 'communityUsage',
      summary: "The community's usage against its plan (API tokens)",
      description: 'Also answered for suspended communities. warnings lists limits used to 80% or more.',
      security: SECURITY.token,
      parameters: [parameterRef('XCommunity')],
      responses: {
        '200': ok(
          'Usage',
          dataOf({
            type: 'object',
            properties: {
              community: { type: 'object', properties: { slug: { type: 'string' }, accountStatus: { type: 'string', enum: ['active', 'suspended'] } } },
              plan: { type: 'string', enum: [...PLAN_IDS] },
              members: { type: 'object', properties: { used: { type: 'integer' }, limit: { type: 'integer', nullable: true } } },
              searches: { type: 'object', properties: { used: { type: 'integer' }, limit: { type: 'integer', nullable: true } } },
              memberSearches: {
                type: 'object',
                description: "Each member's share of the monthly searches (null when unlimited) and the members who used most of theirs this month.",
                properties: {
                  share: { type: 'integer', nullable: true },
                  top: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { documentId: { type: 'string' }, name: { type: 'string' }, used: { type: 'integer' }, share: { type: 'integer', nullable: true } },
                    },
                  },
                },
              },
              period: { type: 'object', properties: { start: { type: 'string', format: 'date-time' }, end: { type: 'string', format: 'date-time' } } },
              warnings: { type: 'array', items: { type: 'string' } },
            },
          })
        ),
        ...errorResponses(401, 403, 404),
      },
    }),
  },
  '/communities/{id}/api-tokens': {
    post: operation({
      tags,
      operationId: 'issueCommunityApiToken',
      summary: 'Issue another API token confined to the community (platform tokens)',
      security: SECURITY.platformToken,
      parameters: [id],
      requestBody: {
        required: false,
        content: { 'application/json': { schema: { type: 'object', properties: { type: { type: 'string', enum: ['full-access', 'read-only'], default: 'full-access' } } } } },
      },
      responses: { '201': ok('Issued', dataOf({ ...issuedToken, properties: { id: { type: 'integer' }, ...issuedToken.properties } })), ...errorResponses(400, 401, 403, 404) },
    }),
  },
  '/audit-logs': {
    get: operation({
      tags: ['Audit log'],
      operationId: 'listAuditEntries',
      summary: 'Audit entries across communities, newest first (platform tokens)',
      security: SECURITY.platformToken,
      parameters: listParameters,
      responses: { '200': ok('A page of entries', listOf('AuditEntry')), ...errorResponses(401, 403) },
    }),
  },
  '/audit-logs/{id}': {
    get: operation({
      tags: ['Audit log'],
      operationId: 'getAuditEntry',
      summary: 'One audit entry (platform tokens)',
      security: SECURITY.platformToken,
      parameters: [id],
      responses: { '200': ok('The entry', dataOf(schemaRef('AuditEntry'))), ...errorResponses(401, 403, 404) },
    }),
  },
});
