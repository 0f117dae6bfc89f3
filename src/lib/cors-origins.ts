/**
 * The origins strapi::cors may answer for. Strapi's CORS sends credentials (cookies, Authorization)
 * and, for `*`, echoes whatever Origin a request names: a page on any site could then call the API
 * as the visitor. So production never uses `*`: without ALLOWED_ORIGINS no other origin gets CORS
 * headers at all (the member app at /m/ and the admin panel are same-origin and need none).
 */
export type CorsOrigins = '*' | string[];

const describeEntry = (entry: string) => JSON.stringify(entry.length > 80 ? `${entry.slice(0, 80)}…` : entry);

/**
 * One ALLOWED_ORIGINS entry as browsers send it in Origin: lower-case scheme and host, no default
 * port, no path. Anything that is not an http(s) origin is refused, so a typo stops start-up
 * instead of silently letting nobody (or everybody) in.
 */
const toOrigin = (entry: string): string => {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new Error(`ALLOWED_ORIGINS: ${describeEntry(entry)} is not an origin (expected e.g. https://directory.example.org)`);
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !bare || entry.endsWith('/?') || entry.endsWith('#')) {
    throw new Error(
      `ALLOWED_ORIGINS: ${describeEntry(entry)} is not an origin: give only scheme, host and port (e.g. https://directory.example.org)`
    );
  }
  return url.origin;
};

export const corsOrigins = ({ allowedOrigins, production }: { allowedOrigins: string[]; production: boolean }): CorsOrigins => {
  const entries = allowedOrigins.map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.includes('*')) {
    if (production) {
      throw new Error('ALLOWED_ORIGINS=* is refused in production: it would let any website call the API with its visitors\' credentials. List the front ends\' origins.');
    }
    return '*';
  }
  if (entries.length === 0) return production ? [] : '*';
  return [...new Set(entries.map(toOrigin))];
};
