import type { Core } from '@strapi/strapi';

import { getService } from './utils';

const MEMBER_UID = 'api::member.member';
const INDEXED_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish']);

/**
 * Every member write, from the admin panel, the REST API or an import, queues that member for
 * reindexing once the write has succeeded.
 */
const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid === MEMBER_UID && INDEXED_ACTIONS.has(context.action)) {
      const params = context.params as { documentId?: string };
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) getService('indexer').enqueue([documentId]);
    }
    return result;
  });
};

export default register;
