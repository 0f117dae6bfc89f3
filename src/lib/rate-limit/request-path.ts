/**
 * What a request path means to the router, so limits and size checks cannot be side-stepped by
 * spelling: koa-router matches case-insensitively (`/API/members` is `/api/members`) and ignores
 * one trailing slash.
 */

/** Decodes percent-escapes, keeping an escape that is malformed (rather than throwing). */
const decodePercentEscapes = (path: string): string =>
  path.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });

/**
 * The path as the router matches it: lower case, without one trailing slash. Exemptions and
 * per-route settings compare this form, so they apply exactly where the route would be served.
 */
export const routerMatchPath = (path: string): string => {
  const lower = path.toLowerCase();
  return lower.length > 1 && lower.endsWith('/') ? lower.slice(0, -1) : lower;
};

/**
 * The broadest reading of a path: percent-decoded, repeated slashes collapsed, `.` and `..`
 * segments resolved, lower case, no trailing slash. Deciding what is counted on this form means
 * no spelling of a content-API path (whether or not some server in front would rewrite it into a
 * route) escapes the count.
 */
export const normalisedRequestPath = (path: string): string => {
  const segments: string[] = [];
  for (const segment of decodePercentEscapes(path).replace(/\\/g, '/').toLowerCase().split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`;
};

/** The content API (`/api`, `/api/...`, including the tenant form `/api/c/<slug>/...`) in any spelling. */
export const isContentApiPath = (path: string): boolean => {
  const normalised = normalisedRequestPath(path);
  return normalised === '/api' || normalised.startsWith('/api/');
};
