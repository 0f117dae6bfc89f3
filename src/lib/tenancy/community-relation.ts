import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { readRelationWrite, refKey, type RelationRef } from './relation-payload';

const COMMUNITY_UID = 'api::community.community';

/**
 * A write's effect on a to-one community relation, with every community it names resolved to an
 * id (`null`: no such community).
 */
export type CommunityRelationWrite = {
  kind: 'unchanged' | 'cleared' | 'targets';
  /** The communities the write would link (`targets` only). */
  targetIds: Array<number | null>;
  /** Every community the payload mentions, in any operation or position. */
  namedIds: Array<number | null>;
};

type CommunityRow = { id: number; documentId: string };
/** Looks every ref up at once; a ref that names no community maps to `null`. */
const resolveRefs = async (strapi: Core.Strapi, refs: RelationRef[]): Promise<Map<string, number | null>> => {
  const ids = [...new Set(refs.flatMap((ref) => ('id' in ref ? [ref.id] : [])))];
  const documentIds = [...new Set(refs.flatMap((ref) => ('documentId' in ref ? [ref.documentId] : [])))];
  const rows =
    ids.length + documentIds.length === 0
      ? []
      : ((await strapi.db.query(COMMUNITY_UID).findMany({
          select: ['id', 'documentId'],
          where: { $or: [{ id: { $in: ids } }, { documentId: { $in: documentIds } }] },
        })) as CommunityRow[]);
  const resolved = new Map<string, number | null>(refs.map((ref) => [refKey(ref), null]));
  for (const row of rows) {
    if (resolved.has(refKey({ id: row.id }))) resolved.set(refKey({ id: row.id }), row.id);
    if (resolved.has(refKey({ documentId: row.documentId }))) resolved.set(refKey({ documentId: row.documentId }), row.id);
  }
  return resolved;
};

const fieldError = (message: string, details: Record<string, unknown> = {}) =>
  new errors.ValidationError(`community ${message}`, {
    errors: [{ path: ['community'], message, name: 'ValidationError' }],
    ...details,
  });

/** Reads the `community` of a member write and resolves every community it names. */
export const readCommunityRelationWrite = async (strapi: Core.Strapi, value: unknown): Promise<CommunityRelationWrite> => {
  const write = readRelationWrite('community', value);
  const targets = write.kind === 'targets' ? write.targets : [];
  const resolved = await resolveRefs(strapi, [...write.named, ...targets]);
  const idOf = (ref: RelationRef) => resolved.get(refKey(ref)) ?? null;
  return { kind: write.kind, targetIds: targets.map(idOf), namedIds: write.named.map(idOf) };
};

/**
 * The one community a write links. Throws a 400 when it links more than one (Strapi would quietly
 * keep one of them: the last of an array or `set`, the first `connect` on update, every `connect`
 * on create) or one that does not exist.
 */
export const singleLinkedCommunity = (write: CommunityRelationWrite): number => {
  if (write.targetIds.includes(null)) throw fieldError('names a community that does not exist');
  const distinct = [...new Set(write.targetIds as number[])];
  if (distinct.length !== 1) {
    throw fieldError(`names ${distinct.length} communities: a member belongs to exactly one community`, {
      communities: distinct.length,
    });
  }
  return distinct[0];
};
