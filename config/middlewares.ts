import type { Core } from '@strapi/strapi';

import { corsOrigins } from '../src/lib/cors-origins';

/** What strapi::compression compresses (by the response's content type). */
const isAdminAsset = (contentType: string) => /^(application|text)\/(javascript|css|html)\b|^image\/svg\+xml\b/.test(contentType);

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  const production = env('NODE_ENV') === 'production';
  // A malformed entry (or `*` in production) stops start-up here, naming ALLOWED_ORIGINS.
  const origin = corsOrigins({ allowedOrigins: env.array('ALLOWED_ORIGINS', []), production });

  return [
    // First: a request id for every request, its log context, one access line and the HTTP
    // metrics (it replaces strapi::logger, whose line carried the raw URL with its query string).
    'global::request-context',
    'strapi::errors',
    // A request that failed because PostgreSQL or Redis was unreachable: 503 + Retry-After, not 500.
    'global::service-unavailable',
    // Inside strapi::errors: reports the errors that become 500s to Sentry (when SENTRY_DSN is set).
    'global::error-tracking',
    {
      // The admin panel's scripts, styles and page, compressed: its main chunk is 5.7 MB as built and
      // 1.8 MB gzipped (docs/benchmarks.md, first load). API answers are left as they are. gzip only:
      // brotli costs several times its CPU per response, and these are compressed on every request.
      name: 'strapi::compression',
      config: { filter: isAdminAsset, threshold: 1024, br: false },
    },
    {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            // The admin panel calls its own API; https: covers the Strapi marketplace and providers.
            'connect-src': ["'self'", 'https:'],
            'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io'],
            'media-src': ["'self'", 'data:', 'blob:'],
            'frame-ancestors': ["'self'"],
            'object-src': ["'none'"],
            upgradeInsecureRequests: null,
          },
        },
        // HSTS pins browsers to HTTPS: only where the app is actually served over HTTPS.
        hsts: production ? { maxAge: 31536000, includeSubDomains: true } : false,
        frameguard: { action: 'sameorigin' },
        noSniff: true,
        referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
        xssFilter: false,
      },
    },
    {
      name: 'strapi::cors',
      config: {
        // Without ALLOWED_ORIGINS: any origin in development, none in production (same-origin only).
        origin,
        headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'X-Community', 'X-Request-Id'],
        expose: ['Retry-After', 'X-Request-Id'],
      },
    },
    { name: 'global::community-routing', config: { baseDomain: env('BASE_DOMAIN') } },
    // No X-Powered-By: the stack is nobody's business (strapi::poweredBy is left out on purpose).
    'global::rate-limit',
    // Strapi's homepage counts of the whole platform: super admins only.
    'global::platform-wide-stats',
    'strapi::query',
    {
      name: 'global::body-limits',
      config: {
        // Caps what one request can make the server parse; larger bodies get a 413.
        standardLimit: env('BODY_LIMIT', '1mb'),
        // The admin panel's import (community-search plugin) takes the same files as the API's.
        bulkPaths: ['/api/members/import', '/api/members/bulk/update', '/api/members/bulk/delete', '/community-search/members/import'],
      },
    },
    {
      // The import routes' bodies are read by their controller once it holds the community's
      // import lock and an import slot (with strapi::body's configuration below), not here.
      name: 'global::deferred-import-body',
      config: { paths: ['/api/members/import', '/community-search/members/import'] },
    },
    {
      name: 'strapi::body',
      config: {
        // The largest body any route takes (member imports); other routes are held to BODY_LIMIT above.
        jsonLimit: env('IMPORT_MAX_SIZE', '25mb'),
        textLimit: env('IMPORT_MAX_SIZE', '25mb'),
        formLimit: env('BODY_LIMIT', '1mb'),
        // Keeps each JSON/form body's raw text (Symbol.for('unparsedBody')): Stripe's webhook
        // signature is over the exact bytes, which re-serialising the parsed body would not give.
        includeUnparsed: true,
        formidable: { maxFileSize: env.int('UPLOAD_MAX_FILE_SIZE_BYTES', 25 * 1024 * 1024) },
      },
    },
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};

export default config;
