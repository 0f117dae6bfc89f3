import type { Core } from '@strapi/strapi';

import { registerAdminActions } from './admin/actions';
import { getService } from './utils';

const MEMBER_UID = 'api::member.member';
const COMMUNITY_UID = 'api::community.community';
const INDEXED_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish']);

/**
 * Every member write, from the admin panel, the REST API or an import, queues that member for
 * reindexing once the write has succeeded; community edits drop that community's cached parses.
 */
const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  // Before any bootstrap: the admin's bootstrap deletes stored permissions whose action is not
  // registered yet, which would strip these from every role on each start.
  await registerAdminActions(strapi);
  // Every plugin's register() has run when content types sync: extensions registered later would
  // miss the boot-time checks, so they are refused from then on.
  strapi.hook('strapi::content-types.beforeSync').register(() => getService('extensions').close());
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid === MEMBER_UID && INDEXED_ACTIONS.has(context.action)) {
      const params = context.params as { documentId?: string };
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) getService('indexer').enqueue([documentId]);
    }
    // A community's settings hold its synonyms: cached parses must not outlive an edit.
    if (context.uid === COMMUNITY_UID && context.action === 'update') {
      const id = (result as { id?: number } | null)?.id;
      if (typeof id === 'number') {
        // The save has committed; a cache that cannot be reached must not turn it into an error.
        getService('search')
          .forgetCommunity(id)
          .catch((error: Error) => strapi.log.warn(`community-search: cache invalidation failed: ${error.message}`));
      }
    }
    return result;
  });
};

export default register;
