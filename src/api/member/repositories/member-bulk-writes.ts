import { createId } from '@paralleldrive/cuid2';
import type { Core } from '@strapi/strapi';

import { canReceiveCodes } from '../../../lib/phone';

const MEMBER_UID = 'api::member.member';
const BATCH_SIZE = 500;

type AttributeMeta = { columnName?: string; type?: string; joinTable?: JoinTableMeta };
type JoinTableMeta = {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
};
type ModelMeta = { tableName: string; attributes: Record<string, AttributeMeta> };

export type MemberValues = Record<string, unknown>;

/**
 * Large imports write members in batched SQL instead of one document-service call per row (a
 * 10,000-row file would take minutes otherwise). Table and column names come from Strapi's own
 * metadata, so this follows the content type. Callers are responsible for what the document
 * middleware would do: validation, uniqueness, quotas, the audit log and reindexing.
 */
export const createMemberBulkWrites = (strapi: Core.Strapi) => {
  const meta = () => strapi.db.metadata.get(MEMBER_UID) as unknown as ModelMeta;
  const column = (attribute: string) => meta().attributes[attribute]?.columnName ?? attribute;
  const knex = () => strapi.db.connection;

  const toRow = (values: MemberValues) => {
    const row: Record<string, unknown> = {};
    // The document middleware keeps canReceiveCodes in step with the phone; these writes skip it.
    if (typeof values.phone === 'string') row[column('canReceiveCodes')] = canReceiveCodes(values.phone);
    for (const [attribute, value] of Object.entries(values)) {
      const type = meta().attributes[attribute]?.type;
      row[column(attribute)] = type === 'json' && value !== null && value !== undefined ? JSON.stringify(value) : value;
    }
    return row;
  };

  return {
    /** Inserts members into one community, in batches, each batch in one transaction; returns their document ids. */
    async insert(communityId: number, members: MemberValues[]): Promise<string[]> {
      const { tableName } = meta();
      const joinTable = meta().attributes.community.joinTable as JoinTableMeta;
      const orderColumn = joinTable.inverseOrderColumnName ?? joinTable.orderColumnName;
      const documentIds: string[] = [];

      for (let offset = 0; offset < members.length; offset += BATCH_SIZE) {
        const batch = members.slice(offset, offset + BATCH_SIZE);
        await knex().transaction(async (trx) => {
          const now = new Date();
          const rows = batch.map((member) => {
            const documentId = createId();
            documentIds.push(documentId);
            return {
              ...toRow({ isActive: true, directoryVisible: true, contactVisibility: 'members', ...member }),
              document_id: documentId,
              created_at: now,
              updated_at: now,
              published_at: now,
            };
          });
          const inserted = (await trx(tableName).insert(rows).returning('id')) as Array<{ id: number } | number>;
          let nextOrder = 1;
          if (orderColumn) {
            const current = (await trx(joinTable.name).where(joinTable.inverseJoinColumn.name, communityId).max(`${orderColumn} as max`).first()) as
              | { max: number | null }
              | undefined;
            nextOrder = Number(current?.max ?? 0) + 1;
          }
          await trx(joinTable.name).insert(
            inserted.map((row, index) => ({
              [joinTable.joinColumn.name]: typeof row === 'number' ? row : row.id,
              [joinTable.inverseJoinColumn.name]: communityId,
              ...(orderColumn ? { [orderColumn]: nextOrder + index } : {}),
            }))
          );
        });
      }
      return documentIds;
    },

    /** Updates members by document id, in batches, each batch in one transaction. */
    async update(changes: Array<{ documentId: string; values: MemberValues }>): Promise<void> {
      const { tableName } = meta();
      for (let offset = 0; offset < changes.length; offset += BATCH_SIZE) {
        await knex().transaction(async (trx) => {
          const now = new Date();
          for (const { documentId, values } of changes.slice(offset, offset + BATCH_SIZE)) {
            await trx(tableName).where({ document_id: documentId }).update({ ...toRow(values), updated_at: now });
          }
        });
      }
    },
  };
};
