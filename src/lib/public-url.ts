import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/** Strapi's default port, and the documented PUBLIC_URL default where nothing else is known. */
const DEFAULT_PORT = 1337;

/**
 * The app's external base URL (server.url, links, the OpenAPI server, Twilio signatures).
 * PUBLIC_URL when set. In development and tests the app is reached on this machine at PORT, so the
 * default follows PORT (`PORT=1400 npm run dev` prints and links 1400, not 1337); in production the
 * address the world sees is not knowable from PORT (a proxy, a container mapping), so the
 * documented default stays and deployments set PUBLIC_URL.
 */
export const readPublicUrl = (env: Env): string => {
  const configured = env('PUBLIC_URL')?.trim();
  if (configured) return configured;
  if (env('NODE_ENV') === 'production') return `http://localhost:${DEFAULT_PORT}`;
  const port = Number((env('PORT') ?? '').trim() || DEFAULT_PORT);
  return `http://localhost:${Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_PORT}`;
};
