import { PLAN_IDS } from '../../../lib/plans';
import { schemaRef, type Json } from './helpers';

const nullableString = { type: 'string', nullable: true };
const errorContent = { 'application/json': { schema: schemaRef('ErrorEnvelope') } };
const errorResponse = (description: string, extra: Json = {}) => ({ description, content: errorContent, ...extra });

/** A member as the API returns it; phone and email are left out for members who keep them for admins. */
const member: Json = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    documentId: { type: 'string' },
    name: { type: 'string' },
    phone: { type: 'string', description: 'E.164; absent for members who keep contacts for admins (unless the caller is an admin)' },
    email: { ...nullableString, format: 'email' },
    city: nullableString,
    state: nullableString,
    country: nullableString,
    organization: nullableString,
    designation: nullableString,
    industry: nullableString,
    skills: { type: 'array', nullable: true, items: { type: 'string' }, description: 'null when none were given' },
    degree: nullableString,
    branch: nullableString,
    graduationYear: { type: 'integer', nullable: true },
    annualTurnoverInr: { type: 'string', nullable: true, description: 'big integer, as a string' },
    bio: nullableString,
    linkedinUrl: nullableString,
    isActive: { type: 'boolean' },
    directoryVisible: { type: 'boolean' },
    contactVisibility: { type: 'string', enum: ['members', 'admins'] },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    publishedAt: { type: 'string', format: 'date-time', nullable: true },
    community: {
      type: 'object',
      description: "the member's community (its name and slug; no other relation is ever returned)",
      properties: { id: { type: 'integer' }, documentId: { type: 'string' }, name: { type: 'string' }, slug: { type: 'string' } },
    },
  },
};

const community: Json = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    documentId: { type: 'string' },
    name: { type: 'string' },
    slug: { type: 'string' },
    description: nullableString,
    // Not an enum: plugins register plans of their own, and a community keeps its plan when the
    // plugin that registered it is later removed.
    plan: { type: 'string', description: `The community's plan: ${PLAN_IDS.join(', ')}, or one a plugin registered` },
    accountStatus: { type: 'string', enum: ['active', 'suspended'] },
    memberLimit: { type: 'integer', nullable: true },
    searchLimitPerMonth: { type: 'integer', nullable: true },
    whatsappNumber: nullableString,
    settings: { type: 'object', nullable: true, additionalProperties: true },
    isActive: { type: 'boolean' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    publishedAt: { type: 'string', format: 'date-time', nullable: true },
  },
};

const auditEntry: Json = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    documentId: { type: 'string' },
    action: { type: 'string', enum: ['create', 'update', 'delete', 'login', 'logout', 'login_failed'] },
    entityType: { type: 'string' },
    entityDocumentId: nullableString,
    entityLabel: nullableString,
    communityId: { type: 'integer', nullable: true },
    actorType: { type: 'string', enum: ['admin', 'member', 'api-token', 'system'] },
    actorId: nullableString,
    actorLabel: nullableString,
    changes: { type: 'object', nullable: true, additionalProperties: true, description: 'old and new values of the changed fields; phones and e-mails masked' },
    ip: nullableString,
    userAgent: nullableString,
    occurredAt: { type: 'string', format: 'date-time' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    publishedAt: { type: 'string', format: 'date-time', nullable: true },
  },
};

const pagination: Json = {
  type: 'object',
  properties: { page: { type: 'integer' }, pageSize: { type: 'integer' }, pageCount: { type: 'integer' }, total: { type: 'integer' } },
};

const searchHit: Json = {
  type: 'object',
  required: ['documentId', 'name', 'score', 'why'],
  properties: {
    documentId: { type: 'string' },
    name: { type: 'string' },
    city: nullableString,
    designation: nullableString,
    organization: nullableString,
    industry: nullableString,
    skills: { type: 'array', nullable: true, items: { type: 'string' } },
    graduationYear: { type: 'integer', nullable: true },
    score: { type: 'number' },
    why: { type: 'array', items: { type: 'string' }, description: 'why this member matched, e.g. "city: Chennai"' },
    phone: { type: 'string', description: 'only when the member shares contacts with members (or the caller is an admin)' },
    email: nullableString,
  },
};

const searchResponse: Json = {
  type: 'object',
  required: ['data', 'meta'],
  properties: {
    data: { type: 'array', items: schemaRef('SearchHit') },
    meta: {
      type: 'object',
      properties: {
        pagination: { ...pagination, description: "Strapi's REST pagination (the same numbers as page, pageSize and total)" },
        total: { type: 'integer', description: 'every matching member (a lower bound when totalIsEstimate)' },
        totalIsEstimate: { type: 'boolean', enum: [true], description: 'present only when total is a lower bound' },
        page: { type: 'integer' },
        pageSize: { type: 'integer' },
        tookMs: { type: 'integer' },
        noCloseMatch: { type: 'boolean', description: 'nothing close: the results are the nearest the directory has' },
        relaxed: { type: 'array', items: { type: 'string' }, description: 'filters dropped because they left nobody' },
        relaxedExplanation: {
          type: 'string',
          description: 'present only when filters were relaxed: what was dropped and where the results come from ("Nobody in Chennai; nearest matches elsewhere.")',
        },
        followUp: { type: 'boolean', description: 'the query refined the previous search of the same sessionId' },
        sessionId: { type: 'string' },
        parsed: {
          type: 'object',
          properties: {
            parser: { type: 'string', enum: ['rules', 'llm'] },
            filters: { type: 'object', additionalProperties: true },
            text: { type: 'string' },
          },
        },
      },
    },
  },
};

const healthState = { type: 'string', enum: ['connected', 'degraded', 'down', 'disabled'] };

export const components: Json = {
  securitySchemes: {
    memberJwt: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description:
        "A member's access token: POST /api/auth/send-otp, then POST /api/auth/verify-otp returns `jwt` (10 minutes) and `refreshToken`; POST /api/auth/refresh rotates both; POST /api/auth/logout ends the session at once. A member acts in their own community (X-Community picks one when they belong to several).",
    },
    apiToken: {
      type: 'http',
      scheme: 'bearer',
      description:
        "A Strapi API token. Community tokens (issued at onboarding or by POST /api/communities/{id}/api-tokens) act only in their community. Platform tokens (Settings → API Tokens) must name the community with the X-Community header, and are the only ones allowed on /api/communities and /api/audit-logs. Read-only tokens may only read.",
    },
    twilioSignature: {
      type: 'apiKey',
      in: 'header',
      name: 'X-Twilio-Signature',
      description:
        "Twilio's HMAC-SHA1 (base64) of PUBLIC_URL + the path + the form fields sorted by name and concatenated as name+value, keyed with TWILIO_AUTH_TOKEN. Unsigned or wrongly signed → 403, nothing stored.",
    },
    stripeSignature: {
      type: 'apiKey',
      in: 'header',
      name: 'Stripe-Signature',
      description: "Stripe's `t=<timestamp>,v1=<HMAC-SHA256 of \"<timestamp>.<raw body>\">` with STRIPE_WEBHOOK_SECRET; 300 s tolerance. Bad or stale → 400.",
    },
    metricsToken: { type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN from the environment; without it /metrics refuses everyone.' },
  },
  parameters: {
    XCommunity: {
      name: 'X-Community',
      in: 'header',
      required: false,
      description:
        "The community's slug. Required for platform API tokens; optional for community tokens (their own community) and members (picks one of theirs). Also given by /api/c/{slug}/… or <slug>.<BASE_DOMAIN>.",
      schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
    },
    CommunitySlug: {
      name: 'slug',
      in: 'path',
      required: true,
      description: 'the community this request acts in (same as the X-Community header)',
      schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
    },
    DocumentId: { name: 'id', in: 'path', required: true, description: 'the documentId', schema: { type: 'string' } },
  },
  responses: {
    BadRequest: errorResponse('Invalid request: ValidationError with one entry per offending field in details.errors'),
    Unauthorized: errorResponse('Invalid or expired credentials'),
    Forbidden: errorResponse('Not allowed: no credentials at all (Strapi answers 403 for its public role), another community, a read-only token writing, a member calling an admin route, a bad signature, or a plan limit (QuotaExceeded, details {quota, limit, used, upgrade})'),
    NotFound: errorResponse('Unknown, inactive or invisible record or community'),
    Conflict: errorResponse('The request conflicts with the current state'),
    PayloadTooLarge: errorResponse('Body over BODY_LIMIT (IMPORT_MAX_SIZE for imports and bulk actions)'),
    TooManyRequests: errorResponse('Rate limit or monthly search quota reached', {
      headers: { 'Retry-After': { description: 'seconds until a retry can succeed', schema: { type: 'integer' } } },
    }),
    ServiceUnavailable: errorResponse('A required service is not configured or not reachable'),
  },
  schemas: {
    ErrorEnvelope: {
      type: 'object',
      required: ['data', 'error'],
      properties: {
        data: { nullable: true, type: 'object', enum: [null] },
        error: {
          type: 'object',
          required: ['status', 'name', 'message'],
          properties: {
            status: { type: 'integer' },
            name: { type: 'string', example: 'ValidationError' },
            message: { type: 'string' },
            details: {
              type: 'object',
              additionalProperties: true,
              properties: {
                errors: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      path: { type: 'array', items: { type: 'string' } },
                      code: { type: 'string', description: 'what kind of problem, for programs (e.g. invalid_type, too_big, invalid_phone, phone_taken)' },
                      message: { type: 'string', description: 'for people: the field by its label, the value (phones and emails masked) and what to do' },
                      name: { type: 'string' },
                      value: { description: 'the value that was refused (Strapi adds it to some validation errors)' },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    Member: member,
    Community: community,
    AuditEntry: auditEntry,
    Pagination: pagination,
    SearchHit: searchHit,
    SearchResponse: searchResponse,
    PluginInfo: {
      type: 'object',
      properties: {
        data: {
          type: 'object',
          properties: { plugin: { type: 'string' }, ready: { type: 'boolean' }, features: { type: 'object', additionalProperties: { oneOf: [{ type: 'boolean' }, { type: 'string' }] } } },
        },
      },
    },
    HealthReport: {
      type: 'object',
      required: ['status', 'timestamp', 'uptime', 'version', 'database'],
      properties: {
        status: { type: 'string', enum: ['ok', 'degraded', 'down'] },
        timestamp: { type: 'string', format: 'date-time' },
        uptime: { type: 'integer', description: 'seconds' },
        version: { type: 'string' },
        database: healthState,
        redis: healthState,
        llm: healthState,
        queue: healthState,
      },
      additionalProperties: healthState,
    },
  },
};

export const tags: Json[] = [
  { name: 'Auth', description: 'Phone OTP login for members, sessions with rotating refresh tokens' },
  { name: 'Members', description: "A community's members (API tokens for writes; members read their own community)" },
  { name: 'My profile', description: "A logged-in member's own record, plain-language updates, data export and erasure" },
  { name: 'Communities', description: 'Onboarding, usage and API tokens' },
  { name: 'Search', description: 'Natural-language member search (community-search plugin)' },
  { name: 'WhatsApp', description: "Twilio's webhooks for the WhatsApp bot (whatsapp-bot plugin)" },
  { name: 'Billing', description: 'Stripe subscriptions (billing plugin)' },
  { name: 'Audit log', description: 'Who changed what (platform tokens)' },
  { name: 'Operations', description: 'Health, readiness and metrics, at the server root (not under /api)' },
  { name: 'Per-community paths', description: 'The same routes with the community in the path: /api/c/{slug}/…' },
];
