import path from 'node:path';

import Koa from 'koa';
import request from 'supertest';
import { env } from '@strapi/utils';

import middlewaresConfig from '../../../config/middlewares';
import { corsOrigins } from '../cors-origins';

/**
 * The app's CORS settings (config/middlewares.ts) run through Strapi's own strapi::cors middleware,
 * as production and development would configure it, against the Origin headers browsers and
 * attackers send.
 */
// The package exports no middleware entry point: its file is loaded beside the package's main.
const corsModulePath = path.join(path.dirname(require.resolve('@strapi/core')), 'middlewares', 'cors.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const strapiCors = require(corsModulePath).cors as (config: object) => Koa.Middleware;

const savedEnv = { NODE_ENV: process.env.NODE_ENV, ALLOWED_ORIGINS: process.env.ALLOWED_ORIGINS };

afterEach(() => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

type MiddlewareEntry = string | { name: string; config?: object };

/** The app's middleware config read with the given environment. */
const configure = (vars: { NODE_ENV: string; ALLOWED_ORIGINS?: string }) => {
  process.env.NODE_ENV = vars.NODE_ENV;
  if (vars.ALLOWED_ORIGINS === undefined) delete process.env.ALLOWED_ORIGINS;
  else process.env.ALLOWED_ORIGINS = vars.ALLOWED_ORIGINS;
  return middlewaresConfig({ env } as never) as MiddlewareEntry[];
};

/** A server with only strapi::cors (configured as the app configures it) in front of a 200. */
const serverFor = (vars: { NODE_ENV: string; ALLOWED_ORIGINS?: string }) => {
  const entry = configure(vars).find((item): item is { name: string; config?: object } => typeof item === 'object' && item.name === 'strapi::cors');
  if (!entry) throw new Error('strapi::cors is not configured');
  const app = new Koa();
  app.use(strapiCors(entry.config ?? {}));
  app.use((ctx) => {
    ctx.body = { ok: true };
  });
  return app.callback();
};

const ALLOWED = 'https://allowed.example.com';

/** Origins no configuration here lists: other schemes, ports, cases, lookalikes, opaque origins. */
const FOREIGN_ORIGINS = [
  'https://evil.example.com',
  'http://allowed.example.com',
  'https://allowed.example.com:8443',
  'HTTPS://ALLOWED.EXAMPLE.COM',
  'https://allowed.example.com.evil.com',
  'https://evilallowed.example.com',
  'https://sub.allowed.example.com',
  'https://allowed.example.co',
  'null',
  'file://',
  'https://xn--llowed-1ta.example.com',
  `https://${'a'.repeat(2000)}.example.com`,
];

/** A simple cross-origin request and a preflight with credentials, as a browser sends them. */
const corsHeadersFor = async (app: ReturnType<typeof serverFor>, origin: string) => {
  const simple = await request(app).get('/api/members/me').set('Origin', origin).set('Cookie', 'strapi_up_refresh=x');
  const preflight = await request(app)
    .options('/api/members/me')
    .set('Origin', origin)
    .set('Access-Control-Request-Method', 'GET')
    .set('Access-Control-Request-Headers', 'authorization');
  return [simple, preflight].map((response) => ({
    origin: response.headers['access-control-allow-origin'],
    credentials: response.headers['access-control-allow-credentials'],
  }));
};

describe('CORS in production', () => {
  it('without ALLOWED_ORIGINS answers no origin at all: nothing is echoed, no credentials are allowed', async () => {
    for (const unset of [undefined, '', ' ', ',', ' , ']) {
      const app = serverFor({ NODE_ENV: 'production', ALLOWED_ORIGINS: unset });
      for (const origin of [ALLOWED, ...FOREIGN_ORIGINS]) {
        for (const headers of await corsHeadersFor(app, origin)) {
          expect({ unset, origin, ...headers }).toEqual({ unset, origin, origin: undefined, credentials: undefined });
        }
      }
    }
  });

  it('with ALLOWED_ORIGINS answers exactly the listed origins, and no lookalike', async () => {
    const app = serverFor({ NODE_ENV: 'production', ALLOWED_ORIGINS: ` ${ALLOWED} ,https://admin.example.org:8443` });
    for (const origin of [ALLOWED, 'https://admin.example.org:8443']) {
      for (const headers of await corsHeadersFor(app, origin)) {
        expect(headers).toEqual({ origin, credentials: 'true' });
      }
    }
    for (const origin of [...FOREIGN_ORIGINS, 'https://admin.example.org', 'http://admin.example.org:8443']) {
      for (const headers of await corsHeadersFor(app, origin)) {
        expect({ origin, ...headers }).toEqual({ origin, origin: undefined, credentials: undefined });
      }
    }
  });

  it('matches entries written with capitals, a default port or a trailing slash as browsers send them', async () => {
    const app = serverFor({ NODE_ENV: 'production', ALLOWED_ORIGINS: 'HTTPS://Allowed.Example.com:443/,http://localhost:3000/' });
    expect((await corsHeadersFor(app, ALLOWED))[0]).toEqual({ origin: ALLOWED, credentials: 'true' });
    expect((await corsHeadersFor(app, 'http://localhost:3000'))[1]).toEqual({ origin: 'http://localhost:3000', credentials: 'true' });
  });

  it('refuses to start with `*` or an entry that is not an origin, naming ALLOWED_ORIGINS', () => {
    for (const bad of ['*', `${ALLOWED},*`]) {
      expect(() => configure({ NODE_ENV: 'production', ALLOWED_ORIGINS: bad })).toThrow(/ALLOWED_ORIGINS=\* is refused in production/);
    }
    for (const bad of ['null', 'allowed.example.com', 'ftp://allowed.example.com', 'https://allowed.example.com/app', 'https://allowed.example.com?x=1', 'https://user:pw@allowed.example.com', 'javascript:alert(1)', '👀']) {
      expect(() => configure({ NODE_ENV: 'production', ALLOWED_ORIGINS: bad })).toThrow(/^ALLOWED_ORIGINS: .* is not an origin/);
      expect(() => configure({ NODE_ENV: 'development', ALLOWED_ORIGINS: bad })).toThrow(/^ALLOWED_ORIGINS: /);
    }
  });
});

describe('CORS in development', () => {
  it('lets any origin call when ALLOWED_ORIGINS is unset, and only the listed ones when set', async () => {
    const open = serverFor({ NODE_ENV: 'development' });
    expect((await corsHeadersFor(open, 'http://localhost:5173'))[0].origin).toBe('http://localhost:5173');
    const listed = serverFor({ NODE_ENV: 'development', ALLOWED_ORIGINS: ALLOWED });
    expect((await corsHeadersFor(listed, 'http://localhost:5173'))[0].origin).toBeUndefined();
    expect((await corsHeadersFor(listed, ALLOWED))[0].origin).toBe(ALLOWED);
  });

  it('keeps `*` for development only', () => {
    expect(corsOrigins({ allowedOrigins: ['*'], production: false })).toBe('*');
    expect(corsOrigins({ allowedOrigins: [], production: false })).toBe('*');
    expect(corsOrigins({ allowedOrigins: [], production: true })).toEqual([]);
  });
});
