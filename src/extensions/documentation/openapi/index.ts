import { authPaths } from './auth';
import { communityPaths } from './communities';
import { components, tags } from './components';
import type { Json, Paths } from './helpers';
import { memberPaths } from './members';
import { operationsPaths } from './operations';
import { pathFormPaths } from './path-form';
import { billingPaths, searchPaths, whatsappPaths } from './plugins';

/**
 * Everything the app documents, as one override for the documentation plugin: the routes of the
 * app's APIs and of its three plugins (content API, under the /api server) and the operations
 * routes at the root. Admin-panel routes are not part of the public API and are left out.
 */
export const buildApiDocumentation = ({ origin }: { origin: string }): { tags: Json[]; paths: Paths; components: Json } => {
  const api: Paths = {
    ...authPaths(),
    ...memberPaths(),
    ...communityPaths(),
    ...searchPaths(),
    ...whatsappPaths(),
    ...billingPaths(),
  };
  return {
    tags,
    paths: { ...api, ...pathFormPaths(api), ...operationsPaths(origin) },
    components,
  };
};
