import type { Core, UID } from '@strapi/strapi';

import { emitEvent } from './bus';

const MEMBER_UID = 'api::member.member';
/** Document-service actions that create, change or remove a member (members have no drafts). */
const ACTIONS = new Set(['create', 'clone', 'update', 'delete']);

type Row = { documentId?: string; community?: { id?: number } | null };

/** The member's community as stored; null once the member is gone. */
const communityOf = async (strapi: Core.Strapi, documentId: string): Promise<number | null | undefined> => {
  const row = (await strapi.db.query(MEMBER_UID).findOne({
    select: ['id'],
    where: { documentId },
    populate: { community: { select: ['id'] } },
  })) as Row | null;
  return row ? (row.community?.id ?? null) : undefined;
};

/** Names of the member fields a write sets: only real attributes, never their values. */
const fieldsOf = (strapi: Core.Strapi, data: Record<string, unknown> | undefined) => {
  const attributes = strapi.getModel(MEMBER_UID as UID.Schema).attributes as Record<string, unknown>;
  return Object.keys(data ?? {}).filter((field) => field in attributes).sort();
};

/**
 * Announces every member write made through the document service (REST, admin panel, natural-
 * language updates, bulk actions, erasure, code) as `member.created|updated|deleted`, once the
 * write has succeeded. A failure to announce is logged and never fails the write.
 */
export const registerMemberEvents = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== MEMBER_UID || !ACTIONS.has(context.action)) return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };

    // A deleted member's community can only be read before the delete.
    let communityBefore: number | null | undefined;
    if (context.action === 'delete' && params.documentId) {
      try {
        communityBefore = await communityOf(strapi, params.documentId);
      } catch (error) {
        strapi.log.warn(`events: could not read a member before its deletion: ${(error as Error).message}`);
      }
    }

    const result = await next();

    try {
      if (context.action === 'delete') {
        if (params.documentId && communityBefore !== undefined) {
          emitEvent(strapi, 'member.deleted', { communityId: communityBefore, memberDocumentId: params.documentId, source: 'document-service' });
        }
        return result;
      }
      const written = result as Row | null;
      // A clone names its source in the params; the new member is the result.
      const documentId = context.action === 'update' ? params.documentId : written?.documentId;
      if (!documentId || !written) return result;
      const communityId = written.community?.id ?? (await communityOf(strapi, documentId)) ?? null;
      if (context.action === 'update') {
        emitEvent(strapi, 'member.updated', { communityId, memberDocumentId: documentId, source: 'document-service', fields: fieldsOf(strapi, params.data) });
      } else {
        emitEvent(strapi, 'member.created', { communityId, memberDocumentId: documentId, source: 'document-service' });
      }
    } catch (error) {
      strapi.log.warn(`events: could not announce a member ${context.action}: ${(error as Error).message}`);
    }
    return result;
  });
};

/** Imports write rows directly (for speed); they announce what they wrote with this. */
export const emitImportedMemberEvents = (
  strapi: Core.Strapi,
  communityId: number,
  writes: { created: string[]; updated: Array<{ documentId: string; fields: string[] }> }
) => {
  for (const memberDocumentId of writes.created) emitEvent(strapi, 'member.created', { communityId, memberDocumentId, source: 'import' });
  for (const { documentId, fields } of writes.updated) {
    emitEvent(strapi, 'member.updated', { communityId, memberDocumentId: documentId, source: 'import', fields: [...fields].sort() });
  }
};
