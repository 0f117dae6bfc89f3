import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/** Strapi's default port, where nothing else is known. */
const DEFAULT_PORT = 1337;

/** PUBLIC_URL as the operator set it (trimmed, without a trailing slash), or null when unset. */
export const readConfiguredPublicUrl = (env: Env): string | null => {
  const configured = env('PUBLIC_URL')?.trim().replace(/\/+$/, '');
  return configured ? configured : null;
};

/**
 * The app's external base URL (server.url, the OpenAPI server, Twilio signatures).
 * PUBLIC_URL when set. In development and tests the app is reached on this machine at PORT, so the
 * default follows PORT (`PORT=1400 npm run dev` prints and links 1400, not 1337). In production the
 * address the world sees is not knowable from PORT (a proxy, a container mapping) and a guess would
 * put `localhost` into invitations, import-template and webhook links: start-up is refused instead.
 */
export const readPublicUrl = (env: Env): string => {
  const configured = env('PUBLIC_URL')?.trim();
  if (configured) return configured;
  if (env('NODE_ENV') === 'production') {
    throw new Error(
      'Refusing to start in production without PUBLIC_URL: set PUBLIC_URL to the address people and Twilio reach this app at ' +
        '(e.g. PUBLIC_URL=https://directory.example.org). Invitation, import-template and webhook links are built from it.'
    );
  }
  const port = Number((env('PORT') ?? '').trim() || DEFAULT_PORT);
  return `http://localhost:${Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_PORT}`;
};

/** What linkBase needs of a request: Koa's origin (protocol + host). */
type RequestOrigin = { origin: string };

/**
 * The base of absolute links shown to people (registration links, the import template, webhook
 * URLs): PUBLIC_URL when set (always in production). Without it (development) the origin the
 * request came in on, so links work on whatever host and port the app was reached at. Koa takes
 * the host and protocol from X-Forwarded-Host/Proto only when Strapi's `server.proxy.koa`
 * (TRUST_PROXY) is on, so a client cannot forge them otherwise.
 */
export const linkBase = (strapi: Core.Strapi, request?: RequestOrigin): string => {
  const configured = strapi.config.get('links.publicUrl') as string | null | undefined;
  if (configured) return configured;
  if (request?.origin) return request.origin.replace(/\/+$/, '');
  return String(strapi.config.get('server.url') || `http://localhost:${DEFAULT_PORT}`).replace(/\/+$/, '');
};
