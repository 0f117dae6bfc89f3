import type { Core } from '@strapi/strapi';

import { canReceiveCodes } from './phone';

const MEMBER_UID = 'api::member.member';
const BATCH_SIZE = 1000;

type ModelMeta = { tableName: string; attributes: Record<string, { columnName?: string }> };

/**
 * Sets `canReceiveCodes` on members written before the flag existed (it is null there). Every
 * later write keeps it up to date (src/lib/member-rules.ts, the import's bulk writes), so after
 * the first start this finds nothing. Batched by id so a large directory is not read at once.
 */
export const backfillCanReceiveCodes = async (strapi: Core.Strapi): Promise<number> => {
  const meta = strapi.db.metadata.get(MEMBER_UID) as unknown as ModelMeta;
  const flag = meta.attributes.canReceiveCodes?.columnName ?? 'can_receive_codes';
  const knex = strapi.db.connection;
  let updated = 0;
  let afterId = 0;
  for (;;) {
    const rows = (await knex(meta.tableName)
      .select('id', 'phone')
      .whereNull(flag)
      .andWhere('id', '>', afterId)
      .orderBy('id')
      .limit(BATCH_SIZE)) as Array<{ id: number; phone: string | null }>;
    if (rows.length === 0) break;
    afterId = rows[rows.length - 1].id;
    const reachable = rows.filter((row) => canReceiveCodes(row.phone)).map((row) => row.id);
    const unreachable = rows.filter((row) => !canReceiveCodes(row.phone)).map((row) => row.id);
    if (reachable.length > 0) await knex(meta.tableName).whereIn('id', reachable).update({ [flag]: true });
    if (unreachable.length > 0) await knex(meta.tableName).whereIn('id', unreachable).update({ [flag]: false });
    updated += rows.length;
  }
  if (updated > 0) strapi.log.info(`Members: canReceiveCodes set on ${updated} existing member(s)`);
  return updated;
};
