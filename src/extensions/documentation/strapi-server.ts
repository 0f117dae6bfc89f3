import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { buildApiDocumentation } from './openapi';
import { createOpenApiJsonAction, OPENAPI_JSON_PATH } from './openapi-json';
import { createSwaggerPageAction } from './swagger-page';

type Lifecycle = (context: { strapi: Core.Strapi }) => Promise<void> | void;
type PluginRoute = { method: string; path: string; handler: string; config?: { auth?: false; middlewares?: unknown[] } };
type DocumentationPlugin = {
  register?: Lifecycle;
  routes: PluginRoute[];
  bootstrap?: Lifecycle;
  controllers: { documentation: Record<string, (ctx: Context, next?: () => Promise<unknown>) => unknown> };
};
type OverrideService = { registerOverride(override: unknown, options?: { excludeFromGeneration?: string[] }): void };
type DocumentationService = { generateFullDoc(version?: string): Promise<void> };

/**
 * Extends @strapi/plugin-documentation (Strapi's plugin extension mechanism):
 * - register: the app's own description of its routes, as an override (the supported way to add
 *   paths, tags and components); generic generated stubs for the app's APIs are turned off, so
 *   every documented route is one written on purpose (tests/openapi.test.ts checks none is missing);
 * - bootstrap: in production the plugin only reads a specification a build left behind; this writes
 *   it at start-up from the running app, so it always matches the deployed code;
 * - the Swagger UI page is served under the app's CSP (see swagger-page.ts);
 * - GET /documentation/openapi.json serves the document itself (openapi-json.ts), behind the same
 *   access restriction as the page (the plugin's own middleware, taken from its page route).
 */
export default (plugin: DocumentationPlugin): DocumentationPlugin => {
  const { register, bootstrap } = plugin;

  plugin.register = async ({ strapi }) => {
    await register?.({ strapi });
    const origin = String(strapi.config.get('server.url') || 'http://localhost:1337').replace(/\/+$/, '');
    (strapi.plugin('documentation').service('override') as OverrideService).registerOverride(buildApiDocumentation({ origin }), {
      excludeFromGeneration: Object.keys(strapi.apis),
    });
  };

  plugin.bootstrap = async ({ strapi }) => {
    await bootstrap?.({ strapi });
    // The plugin's own bootstrap generates outside production (the same test it skips on).
    if (process.env.NODE_ENV !== 'production') return;
    try {
      await (strapi.plugin('documentation').service('documentation') as DocumentationService).generateFullDoc();
    } catch (error) {
      strapi.log.warn(`API documentation could not be written (${(error as Error).message}); /documentation answers 404 until it can`);
    }
  };

  plugin.controllers.documentation.index = createSwaggerPageAction(() => strapi);
  plugin.controllers.documentation.openapiJson = createOpenApiJsonAction(() => strapi);
  const page = plugin.routes.find((route) => route.method === 'GET' && route.path === '/');
  plugin.routes.push({
    method: 'GET',
    path: OPENAPI_JSON_PATH,
    handler: 'documentation.openapiJson',
    config: { auth: false, middlewares: [...(page?.config?.middlewares ?? [])] },
  });
  return plugin;
};
