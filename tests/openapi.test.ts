import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import type { Core } from '@strapi/strapi';
import request from 'supertest';

import { bootStrapi, http, stopStrapi } from './helpers/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { documentedOperations } = require('../scripts/lib/openapi-document') as {
  documentedOperations: (document: OpenApiDocument) => Set<string>;
};

type Operation = { summary?: string; security?: Array<Record<string, unknown>>; responses?: Record<string, unknown>; requestBody?: unknown };
type PathItem = Record<string, Operation> & { servers?: Array<{ url: string }> };
type OpenApiDocument = { openapi: string; servers?: Array<{ url: string }>; paths: Record<string, PathItem>; info: Record<string, unknown> };
type RouteDefinition = { method: string; path: string; config?: { auth?: false | object } };
type Router = { type?: string; prefix?: string; routes?: RouteDefinition[] };
type Layer = { path: string; methods: string[] };

/** The app's own plugins; Strapi's (users-permissions, upload, i18n…) document themselves or not at all. */
const APP_PLUGINS = ['community-search', 'whatsapp-bot', 'billing'];
/** Root routes that Strapi and its plugins add (static files, its own probe, Swagger UI's assets). */
const FRAMEWORK_ROOT_ROUTES = new Set(['/_health', '/uploads/(.*)', '/plugins/documentation/(.*)', '/', '/((?!uploads/).+)']);
/** The session routes of users-permissions that the member login flow uses (README, CONTRACT). */
const LOGIN_FLOW_ROUTES = ['POST /api/auth/refresh', 'POST /api/auth/logout'];
/** src/middlewares/community-routing.ts: what /api/c/<slug>/… may address. */
const PATH_FORM = [/^\/api\/members(\/|$)/, /^\/api\/community-search\//, /^\/api\/communities\/current\//];

const committedPath = path.resolve(__dirname, '..', 'docs', 'openapi.json');

type CustomRoute = { key: string; auth: boolean };

/** Every content-API route of the app's APIs and plugins, as Strapi registered them, plus the app's root routes. */
const customRoutes = (strapi: Core.Strapi): CustomRoute[] => {
  const routes: CustomRoute[] = [];
  const add = (router: Router, route: RouteDefinition) =>
    routes.push({ key: `${route.method} /api${router.prefix ?? ''}${route.path}`, auth: route.config?.auth !== false });
  for (const api of Object.values(strapi.apis) as Array<{ routes: Record<string, Router> }>) {
    for (const router of Object.values(api.routes)) for (const route of router.routes ?? []) add(router, route);
  }
  for (const name of APP_PLUGINS) {
    const routers = strapi.plugin(name).routes as unknown as Record<string, Router>;
    for (const router of Object.values(routers)) {
      if (router.type === 'content-api') for (const route of router.routes ?? []) add(router, route);
    }
  }
  const nested = new Set([...strapi.server.api('content-api').listRoutes(), ...strapi.server.api('admin').listRoutes()].map((layer) => (layer as Layer).path));
  for (const layer of strapi.server.listRoutes() as Layer[]) {
    if (layer.methods.length === 0 || nested.has(layer.path) || FRAMEWORK_ROOT_ROUTES.has(layer.path)) continue;
    for (const method of layer.methods.filter((method) => method !== 'HEAD')) routes.push({ key: `${method} ${layer.path}`, auth: true });
  }
  return routes;
};

const pathFormOf = (key: string) => {
  const [method, route] = key.split(' ');
  return PATH_FORM.some((pattern) => pattern.test(route)) ? `${method} /api/c/:slug${route.slice('/api'.length)}` : undefined;
};

/** The operation object of `METHOD /full/path` in a document. */
const operationOf = (document: OpenApiDocument, key: string): Operation | undefined => {
  const [method, route] = key.split(' ');
  const apiBase = new URL(document.servers?.[0]?.url ?? 'http://x').pathname.replace(/\/+$/, '');
  const toOpenApi = (value: string) => value.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
  const candidates = [route.startsWith(apiBase) ? route.slice(apiBase.length) : undefined, route].filter((value): value is string => value !== undefined);
  for (const candidate of candidates) {
    const item = document.paths[toOpenApi(candidate)];
    const operation = item?.[method.toLowerCase()];
    if (operation) return operation;
  }
  return undefined;
};

describe('API documentation (/documentation, docs/openapi.json)', () => {
  let strapi: Core.Strapi;
  let live: OpenApiDocument;
  let routes: CustomRoute[];

  beforeAll(async () => {
    strapi = await bootStrapi();
    const documentation = strapi.plugin('documentation').service('documentation') as {
      getFullDocumentationPath(): string;
      getDocumentationVersion(): string;
    };
    const file = path.join(documentation.getFullDocumentationPath(), documentation.getDocumentationVersion(), 'full_documentation.json');
    live = JSON.parse(fs.readFileSync(file, 'utf8')) as OpenApiDocument;
    routes = customRoutes(strapi);
  });

  afterAll(async () => {
    await stopStrapi(strapi);
  });

  it('enumerates the routes Strapi actually mounted', () => {
    const mounted = new Set(
      (strapi.server.api('content-api').listRoutes() as Layer[]).flatMap((layer) => layer.methods.map((method) => `${method} ${layer.path}`))
    );
    const apiRoutes = routes.filter((route) => route.key.includes(' /api/'));
    expect(apiRoutes.length).toBeGreaterThan(40);
    expect(apiRoutes.filter((route) => !mounted.has(route.key))).toEqual([]);
    // The root routes of the app were found too.
    expect(routes.map((route) => route.key)).toEqual(expect.arrayContaining(['GET /health', 'GET /healthz', 'GET /ready', 'GET /metrics']));
  });

  it('documents every custom route, its per-community path form and the login flow, with a summary and a success answer', () => {
    const wanted = [...routes.map((route) => route.key), ...LOGIN_FLOW_ROUTES];
    wanted.push(...wanted.map(pathFormOf).filter((key): key is string => key !== undefined));
    const operations = documentedOperations(live);
    expect(wanted.filter((key) => !operations.has(key))).toEqual([]);
    const incomplete = wanted.filter((key) => {
      const operation = operationOf(live, key);
      const success = Object.keys(operation?.responses ?? {}).some((status) => status.startsWith('2'));
      return !operation?.summary || !success;
    });
    expect(incomplete).toEqual([]);
  });

  it('states who may call each route: no credentials exactly where the route takes none', () => {
    const credentialed = (operation: Operation | undefined) =>
      (operation?.security ?? []).some((requirement) => 'memberJwt' in requirement || 'apiToken' in requirement || 'metricsToken' in requirement);
    const apiRoutes = routes.filter((route) => route.key.includes(' /api/'));
    const wrong = apiRoutes.filter((route) => credentialed(operationOf(live, route.key)) !== route.auth).map((route) => route.key);
    expect(wrong).toEqual([]);
    // The root routes check nobody, except /metrics its own token.
    for (const key of ['GET /health', 'GET /healthz', 'GET /ready']) expect(operationOf(live, key)?.security).toEqual([]);
    expect(operationOf(live, 'GET /metrics')?.security).toEqual([{ metricsToken: [] }]);
    // Webhooks take no token but prove themselves with a signature.
    expect(operationOf(live, 'POST /api/whatsapp-bot/webhook')?.security).toEqual([{ twilioSignature: [] }]);
    expect(operationOf(live, 'POST /api/billing/webhook')?.security).toEqual([{ stripeSignature: [] }]);
  });

  it('describes request bodies from the validators the controllers use', () => {
    const body = operationOf(live, 'POST /api/members/bulk/update')?.requestBody as { content: Record<string, { schema: Record<string, unknown> }> };
    const schema = JSON.stringify(body.content['application/json'].schema);
    for (const field of ['ids', 'filter', 'data', 'graduationYear', 'contactVisibility']) expect(schema).toContain(`"${field}"`);
    const verify = operationOf(live, 'POST /api/auth/verify-otp')?.requestBody as { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
    expect(Object.keys(verify.content['application/json'].schema.properties).sort()).toEqual(['code', 'deviceId', 'phone']);
  });

  it('is a valid OpenAPI 3 document', () => {
    // swagger-parser is an ES module Jest's CommonJS runtime cannot load: Node validates it aside.
    const validate = `require('@apidevtools/swagger-parser').validate(JSON.parse(require('fs').readFileSync(0, 'utf8'))).then(() => console.log('valid'), (error) => { console.error(error.message); process.exit(1); })`;
    expect(execFileSync(process.execPath, ['-e', validate], { input: JSON.stringify(live), cwd: path.resolve(__dirname, '..'), encoding: 'utf8' }).trim()).toBe('valid');
  });

  it('is committed up to date in docs/openapi.json (npm run docs:openapi)', () => {
    const committed = JSON.parse(fs.readFileSync(committedPath, 'utf8')) as OpenApiDocument;
    const wanted = [...routes.map((route) => route.key), ...LOGIN_FLOW_ROUTES];
    const operations = documentedOperations(committed);
    expect(wanted.filter((key) => !operations.has(key))).toEqual([]);
    expect([...operations].sort()).toEqual([...documentedOperations(live)].sort());
  });

  it('serves Swagger UI under the app CSP: only the page script runs, by nonce', async () => {
    const first = await http(strapi).get('/documentation').expect(200);
    expect(first.headers['content-type']).toMatch(/text\/html/);
    const csp = String(first.headers['content-security-policy']);
    const scriptSrc = csp.split(';').map((directive) => directive.trim()).find((directive) => directive.startsWith('script-src ')) ?? '';
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce).toBeDefined();
    // strapi::security allows 'unsafe-inline' and a CDN on /documentation for the plugin's own page.
    expect(scriptSrc).toBe(`script-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(first.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    expect(first.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    // Every executable inline script carries the nonce; the spec travels as inert JSON.
    const scripts = [...first.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    const inline = scripts.filter(([, attributes, content]) => !/\bsrc=/.test(attributes) && !/type="application\/json"/.test(attributes) && content.trim() !== '');
    expect(inline.length).toBe(1);
    expect(inline.every(([, attributes]) => attributes.includes(`nonce="${nonce}"`))).toBe(true);
    const spec = /<script id="openapi-spec" type="application\/json">([\s\S]*?)<\/script>/.exec(first.text)?.[1] ?? '';
    expect(Object.keys((JSON.parse(spec) as OpenApiDocument).paths)).toEqual(expect.arrayContaining(['/community-search/search', '/health']));
    // A nonce is good for one response only.
    const second = await http(strapi).get('/documentation').expect(200);
    expect(second.headers['content-security-policy']).not.toContain(`'nonce-${nonce}'`);
    // The page's assets come from the same origin (script-src 'self').
    await http(strapi).get('/plugins/documentation/swagger-ui-bundle.js').expect(200).expect('Content-Type', /javascript/);
    await http(strapi).get('/plugins/documentation/swagger-ui.css').expect(200);
  });

  it("keeps the plugin's password restriction in front of the page", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bcrypt = require('bcryptjs') as { hash(value: string, rounds: number): Promise<string> };
    const store = strapi.store({ type: 'plugin', name: 'documentation', key: 'config' });
    const saved = await store.get({});
    try {
      await store.set({ value: { restrictedAccess: true, password: await bcrypt.hash('Docs-Secret-1', 10) } });
      const refused = await http(strapi).get('/documentation').expect(302);
      expect(refused.headers.location).toMatch(/\/documentation\/login$/);
      // The JSON document is behind the same restriction.
      await http(strapi).get('/documentation/openapi.json').expect(302);
      const agent = request.agent(strapi.server.httpServer);
      const wrong = await agent.post('/documentation/login').type('form').send({ password: 'not-it' }).expect(302);
      expect(wrong.headers.location).toMatch(/error=password/);
      await agent.get('/documentation').expect(302);
      await agent.post('/documentation/login').type('form').send({ password: 'Docs-Secret-1' }).expect(302);
      const page = await agent.get('/documentation').expect(200);
      expect(page.text).toContain('id="openapi-spec"');
      await agent.get('/documentation/openapi.json').expect(200).expect('Content-Type', /application\/json/);
    } finally {
      await store.set({ value: saved ?? { restrictedAccess: false } });
    }
  });

  it('can be switched off in production with DOCUMENTATION_ENABLED=false', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { env } = require('@strapi/utils') as { env: Core.Config.Shared.ConfigParams['env'] };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pluginsConfig = require(path.resolve(__dirname, '..', 'dist', 'config', 'plugins.js')).default as (params: { env: typeof env }) => Record<string, { enabled?: boolean }>;
    const saved = process.env.DOCUMENTATION_ENABLED;
    try {
      process.env.DOCUMENTATION_ENABLED = 'false';
      expect(pluginsConfig({ env }).documentation.enabled).toBe(false);
      delete process.env.DOCUMENTATION_ENABLED;
      expect(pluginsConfig({ env }).documentation.enabled).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.DOCUMENTATION_ENABLED;
      else process.env.DOCUMENTATION_ENABLED = saved;
    }
  });
});
