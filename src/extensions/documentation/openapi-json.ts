import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

type DocumentationService = { getDocumentationVersion(): string; getFullDocumentationPath(): string };
type ServedDocument = { servers?: Array<{ url: string; description?: string }> } & Record<string, unknown>;

/** Where GET /documentation/openapi.json is mounted, relative to the plugin's /documentation prefix. */
export const OPENAPI_JSON_PATH = '/openapi.json';

/**
 * GET /documentation/openapi.json: the generated OpenAPI document itself, for client generators and
 * contract tests. Its first server is this deployment's content API, read from the app's public URL
 * (server.url, i.e. PUBLIC_URL) when the request is served, so it follows the running configuration
 * rather than whatever was current when the file was generated.
 */
export const createOpenApiJsonAction = (getStrapi: () => Core.Strapi) => async (ctx: Context) => {
  const strapi = getStrapi();
  const documentation = strapi.plugin('documentation').service('documentation') as DocumentationService;
  const version = documentation.getDocumentationVersion();
  let document: ServedDocument;
  try {
    document = JSON.parse(await readFile(path.join(documentation.getFullDocumentationPath(), version, 'full_documentation.json'), 'utf8')) as ServedDocument;
  } catch {
    throw new errors.NotFoundError(`No API documentation has been generated for version ${version}`);
  }
  const publicUrl = String(strapi.config.get('server.url') || 'http://localhost:1337').replace(/\/+$/, '');
  const [first, ...others] = document.servers ?? [];
  document.servers = [{ ...first, url: `${publicUrl}/api` }, ...others];
  ctx.set('Cache-Control', 'no-cache');
  ctx.type = 'application/json';
  ctx.body = document;
};
