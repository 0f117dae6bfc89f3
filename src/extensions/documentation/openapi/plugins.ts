import { dataOf, errorResponses, jsonBody, ok, operation, parameterRef, schemaRef, SECURITY, type Json, type Paths } from './helpers';

const community = parameterRef('XCommunity');

const ping = (plugin: string, tag: string): Json => ({
  get: operation({
    tags: [tag],
    operationId: `${plugin.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase())}Ping`,
    summary: `Is the ${plugin} plugin wired? (public, no tenant data)`,
    security: SECURITY.none,
    responses: { '200': ok('Plugin name, readiness and which integrations are configured (never secrets)', schemaRef('PluginInfo')) },
  }),
});

/** Twilio's form posts: the fields the bot reads; Twilio sends more, and every field is signed. */
const inboundForm = {
  type: 'object',
  required: ['MessageSid', 'AccountSid', 'From', 'To'],
  additionalProperties: { type: 'string' },
  properties: {
    MessageSid: { type: 'string', pattern: '^(SM|MM)[0-9a-fA-F]{32}$' },
    AccountSid: { type: 'string' },
    From: { type: 'string', example: 'whatsapp:+919876543210' },
    To: { type: 'string', example: 'whatsapp:+12025550100', description: "the community's whatsappNumber picks the community" },
    Body: { type: 'string', maxLength: 10000 },
    NumMedia: { type: 'string', example: '0' },
    ProfileName: { type: 'string' },
    WaId: { type: 'string' },
  },
};

const statusForm = {
  type: 'object',
  required: ['MessageSid', 'MessageStatus'],
  additionalProperties: { type: 'string' },
  properties: {
    MessageSid: { type: 'string' },
    MessageStatus: { type: 'string', example: 'delivered', description: 'queued, sent, delivered, read, failed, undelivered…' },
    ErrorCode: { type: 'string' },
  },
};

const form = (schema: Json) => ({ required: true, content: { 'application/x-www-form-urlencoded': { schema } } });
const url = { type: 'string', format: 'uri', maxLength: 2048 };

export const searchPaths = (): Paths => ({
  '/community-search/search': {
    get: operation({
      tags: ['Search'],
      operationId: 'searchMembers',
      summary: 'Search the community in plain language',
      description:
        'The query is read into filters (city, skills, role, industry, organization, degree, branch, graduation years, turnover) plus free text; filters that leave nobody are relaxed (meta.relaxed); full-text and vector ranks are fused, and each hit says why it matched. Counts against the caller\'s hourly allowance (RATE_LIMIT_SEARCH_PER_HOUR, members) and the community\'s monthly quota (429 QuotaExceeded). A sessionId lets follow-ups ("only those in Pune") refine the previous search.',
      security: SECURITY.memberOrToken,
      parameters: [
        community,
        { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 500 }, example: 'AI experts in Chennai' },
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
        { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 } },
        { name: 'sessionId', in: 'query', schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } },
      ],
      responses: { '200': ok('Ranked members', schemaRef('SearchResponse')), ...errorResponses(400, 401, 403, 404, 429) },
    }),
  },
  '/community-search/status': {
    get: operation({
      tags: ['Search'],
      operationId: 'searchIndexStatus',
      summary: "The community's search index: counts, pending members, the last indexing error",
      security: SECURITY.memberOrToken,
      parameters: [community],
      responses: {
        '200': ok(
          'Index state',
          dataOf({
            type: 'object',
            additionalProperties: true,
            properties: {
              community: { type: 'string' },
              pending: { type: 'integer' },
              indexingError: { type: 'object', nullable: true, additionalProperties: true },
              embeddingProvider: { type: 'string' },
              embeddingModel: { type: 'string' },
              queryParser: { type: 'string' },
            },
          })
        ),
        ...errorResponses(401, 403, 404),
      },
    }),
  },
  '/community-search/ping': ping('community-search', 'Search'),
});

export const whatsappPaths = (): Paths => ({
  '/whatsapp-bot/webhook': {
    post: operation({
      tags: ['WhatsApp'],
      operationId: 'whatsappInbound',
      summary: "Twilio's incoming-message webhook",
      description:
        'Set as the WhatsApp sender\'s "when a message comes in" URL (<PUBLIC_URL>/api/whatsapp-bot/webhook, POST). The signature is checked against PUBLIC_URL + this path; the message is stored once per MessageSid (a retry is acknowledged and dropped), queued, and acknowledged with empty TwiML; the reply goes out through the Messages API. 403 when TWILIO_AUTH_TOKEN is unset or the signature is wrong.',
      security: SECURITY.twilio,
      requestBody: form(inboundForm),
      responses: {
        '200': { description: 'Accepted (or a duplicate)', content: { 'text/xml': { schema: { type: 'string' }, example: '<?xml version="1.0" encoding="UTF-8"?><Response></Response>' } } },
        ...errorResponses(400, 403),
      },
    }),
  },
  '/whatsapp-bot/status': {
    post: operation({
      tags: ['WhatsApp'],
      operationId: 'whatsappStatusCallback',
      summary: "Twilio's message status callback",
      description: 'Set as the status callback URL (<PUBLIC_URL>/api/whatsapp-bot/status). Signed like the webhook; a status never moves a message backwards.',
      security: SECURITY.twilio,
      requestBody: form(statusForm),
      responses: { '204': { description: 'Recorded' }, ...errorResponses(400, 403) },
    }),
  },
  '/whatsapp-bot/ping': ping('whatsapp-bot', 'WhatsApp'),
});

export const billingPaths = (): Paths => ({
  '/billing/checkout': {
    post: operation({
      tags: ['Billing'],
      operationId: 'billingCheckout',
      summary: 'Start a Stripe Checkout for a paid plan (API tokens)',
      description:
        'A Checkout Session in subscription mode for the community\'s Stripe customer. enterprise answers contactSales instead; free or unknown plans are 400; a running subscription is 409 (use the portal). Return URLs must be on PUBLIC_URL\'s origin or ALLOWED_ORIGINS. 503 when billing is not configured.',
      security: SECURITY.token,
      parameters: [community],
      requestBody: jsonBody(
        {
          type: 'object',
          required: ['plan'],
          additionalProperties: false,
          properties: {
            plan: { type: 'string', example: 'basic' },
            interval: { type: 'string', enum: ['monthly', 'yearly'], default: 'monthly' },
            successUrl: url,
            cancelUrl: url,
          },
        },
        { plan: 'pro', interval: 'yearly' }
      ),
      responses: {
        '200': ok('Where to send the payer', {
          oneOf: [
            { type: 'object', required: ['url', 'sessionId'], properties: { url: { type: 'string', format: 'uri' }, sessionId: { type: 'string' } } },
            {
              type: 'object',
              required: ['url', 'contactSales'],
              properties: { url: { type: 'string', nullable: true, enum: [null] }, contactSales: { type: 'boolean', enum: [true] }, message: { type: 'string' }, contactUrl: { type: 'string', nullable: true } },
            },
          ],
        }),
        ...errorResponses(400, 401, 403, 404, 409, 503),
      },
    }),
  },
  '/billing/portal': {
    post: operation({
      tags: ['Billing'],
      operationId: 'billingPortal',
      summary: "Open Stripe's customer portal (API tokens)",
      description: 'Payment methods, invoices, plan changes, cancellation. 400 before a first checkout.',
      security: SECURITY.token,
      parameters: [community],
      requestBody: { required: false, content: { 'application/json': { schema: { type: 'object', additionalProperties: false, properties: { returnUrl: url } } } } },
      responses: { '200': ok('The portal URL', { type: 'object', properties: { url: { type: 'string', format: 'uri' } } }), ...errorResponses(400, 401, 403, 404, 503) },
    }),
  },
  '/billing/subscription': {
    get: operation({
      tags: ['Billing'],
      operationId: 'billingSubscription',
      summary: "The community's plan, subscription state and invoices (API tokens, also read-only)",
      security: SECURITY.token,
      parameters: [community],
      responses: {
        '200': ok(
          'Subscription',
          dataOf(
            {
              type: 'object',
              properties: {
                community: { type: 'object', additionalProperties: true },
                plan: { type: 'string', description: 'the plan the community is on now' },
                status: { type: 'string', description: "Stripe's subscription status, or none" },
                subscribedPlan: { type: 'string', nullable: true },
                interval: { type: 'string', nullable: true, enum: ['monthly', 'yearly', null] },
                currentPeriod: { type: 'object', nullable: true, description: 'null without a Stripe subscription', properties: { start: { type: 'string', nullable: true }, end: { type: 'string', nullable: true } } },
                cancelAtPeriodEnd: { type: 'boolean' },
                cancelAt: { type: 'string', nullable: true },
                pastDue: { type: 'object', nullable: true, properties: { since: { type: 'string' }, graceEndsAt: { type: 'string' }, suspended: { type: 'boolean' } } },
                invoices: { type: 'array', items: { type: 'object', additionalProperties: true, description: 'amounts in the currency\'s smallest unit' } },
              },
            },
            { type: 'object', additionalProperties: true, properties: { invoicesUnavailable: { type: 'string' } } }
          )
        ),
        ...errorResponses(401, 403, 404, 503),
      },
    }),
  },
  '/billing/webhook': {
    post: operation({
      tags: ['Billing'],
      operationId: 'stripeWebhook',
      summary: "Stripe's webhook endpoint",
      description:
        'Add <PUBLIC_URL>/api/billing/webhook in Stripe for checkout.session.completed, customer.subscription.* and invoice.* events. Verified on the raw body; each event is stored once and answered at once (a redelivery gets duplicate: true), then processed with retries.',
      security: SECURITY.stripe,
      requestBody: jsonBody({ type: 'object', additionalProperties: true, description: 'the Stripe event exactly as Stripe sent it' }),
      responses: {
        '200': ok('Received', { type: 'object', properties: { received: { type: 'boolean', enum: [true] }, duplicate: { type: 'boolean' } } }),
        ...errorResponses(400, 503),
      },
    }),
  },
  '/billing/ping': ping('billing', 'Billing'),
});
