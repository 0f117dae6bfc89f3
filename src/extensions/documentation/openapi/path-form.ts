import { parameterRef, type Json, type Paths } from './helpers';

/**
 * The routes a community may also be named in the path for (/api/c/<slug>/members…), as
 * src/middlewares/community-routing.ts rewrites them: its members, its search, its usage.
 */
const ROUTABLE = [/^\/members(\/|$)/, /^\/community-search\//, /^\/communities\/current\//];

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** A copy of each routable path under /c/{slug}, with the slug parameter and its own operation ids. */
export const pathFormPaths = (paths: Paths): Paths =>
  Object.fromEntries(
    Object.entries(paths)
      .filter(([path]) => ROUTABLE.some((pattern) => pattern.test(path)))
      .map(([path, item]) => {
        const copy: Json = {};
        for (const method of METHODS) {
          const original = item[method] as Json | undefined;
          if (!original) continue;
          const parameters = ((original.parameters as Json[] | undefined) ?? []).filter((parameter) => parameter.$ref !== '#/components/parameters/XCommunity');
          copy[method] = {
            ...original,
            tags: ['Per-community paths'],
            operationId: `${String(original.operationId)}InCommunity`,
            parameters: [parameterRef('CommunitySlug'), ...parameters],
          };
        }
        return [`/c/{slug}${path}`, copy];
      })
  );
