import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

/** The plugin serves swagger-ui-dist here (same origin, so the page needs no CSP exception for them). */
const ASSETS = '/plugins/documentation';

type DocumentationService = { getDocumentationVersion(): string; getFullDocumentationPath(): string };

/**
 * The page's CSP: the policy strapi::security set, with script-src narrowed to the page's own
 * origin and this response's nonce. (strapi::security loosens script-src for every GET under
 * /documentation to 'unsafe-inline' plus a CDN, for the plugin's inline page; this page needs
 * neither.) Every other directive stays as the app configured it.
 */
export const withPageScriptPolicy = (policy: string, nonce: string): string => {
  if (!policy) return policy;
  const scriptSrc = `script-src 'self' 'nonce-${nonce}'`;
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !/^script-src(\s|$)/i.test(directive));
  return [...directives, scriptSrc].join('; ');
};

/** JSON inside <script type="application/json">: only "<" could end the element early. */
const embedJson = (json: string) => json.replace(/</g, '\\u003c');

export const renderSwaggerPage = ({ spec, nonce, title }: { spec: string; nonce: string; title: string }) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title.replace(/[<>&"]/g, '')}</title>
    <link rel="stylesheet" href="${ASSETS}/swagger-ui.css">
    <link rel="icon" type="image/png" href="${ASSETS}/favicon-32x32.png" sizes="32x32">
    <style nonce="${nonce}">html{box-sizing:border-box;overflow-y:scroll}*,*:before,*:after{box-sizing:inherit}body{margin:0;background:#fafafa}</style>
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script id="openapi-spec" type="application/json">${embedJson(spec)}</script>
    <script src="${ASSETS}/swagger-ui-bundle.js"></script>
    <script nonce="${nonce}">
      window.addEventListener('load', function () {
        window.ui = SwaggerUIBundle({
          spec: JSON.parse(document.getElementById('openapi-spec').textContent),
          dom_id: '#swagger-ui',
          docExpansion: 'none',
          deepLinking: true,
          validatorUrl: null,
          presets: [SwaggerUIBundle.presets.apis],
          plugins: [SwaggerUIBundle.plugins.DownloadUrl],
          layout: 'BaseLayout',
        });
      });
    </script>
  </body>
</html>
`;

/**
 * Replaces the plugin's `index` action: the plugin writes the filled page to disk on every request
 * and inlines the specification in a script, which the app's CSP (script-src 'self') blocks. This
 * renders the page in memory, carries the spec as inert JSON and lets only its own script run.
 */
export const createSwaggerPageAction = (getStrapi: () => Core.Strapi) => async (ctx: Context) => {
  const documentation = getStrapi().plugin('documentation').service('documentation') as DocumentationService;
  const { major, minor, patch } = ctx.params as { major?: string; minor?: string; patch?: string };
  const version = major && minor && patch ? `${major}.${minor}.${patch}` : documentation.getDocumentationVersion();
  let spec: string;
  try {
    spec = await readFile(path.join(documentation.getFullDocumentationPath(), version, 'full_documentation.json'), 'utf8');
  } catch {
    throw new errors.NotFoundError(`No API documentation has been generated for version ${version}`);
  }
  const title = String((JSON.parse(spec) as { info?: { title?: string } }).info?.title ?? 'API documentation');
  const nonce = randomBytes(16).toString('base64');
  ctx.set('Content-Security-Policy', withPageScriptPolicy(ctx.response.get('Content-Security-Policy'), nonce));
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = renderSwaggerPage({ spec, nonce, title });
};
