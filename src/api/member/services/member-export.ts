import { Readable } from 'node:stream';

import type { Core } from '@strapi/strapi';

import type { Tenant } from '../../community/services/tenancy';
import { MEMBER_CSV_COLUMNS, MEMBER_CSV_FIELDS, memberToRecord, recordToCsvLine } from '../../../lib/member-csv';

const MEMBER_UID = 'api::member.member';
const PAGE_SIZE = 500;

export type ExportFormat = 'csv' | 'json';

const FIELDS = ['id', ...MEMBER_CSV_FIELDS];

/**
 * Streams a community's members in the canonical import format, page by page, so an export of
 * 100,000 members never sits in memory and `export → import` gives back the same members.
 */
const memberExportService = ({ strapi }: { strapi: Core.Strapi }) => {
  async function* pages(communityId: number, includeInactive: boolean) {
    let lastId = 0;
    for (;;) {
      const rows = (await strapi.db.query(MEMBER_UID).findMany({
        select: FIELDS,
        where: { community: { id: communityId }, id: { $gt: lastId }, ...(includeInactive ? {} : { isActive: true }) },
        orderBy: { id: 'asc' },
        limit: PAGE_SIZE,
      })) as Array<Record<string, unknown> & { id: number }>;
      if (rows.length === 0) return;
      yield rows;
      lastId = rows[rows.length - 1].id;
    }
  }

  async function* csvLines(communityId: number, includeInactive: boolean) {
    yield `${MEMBER_CSV_COLUMNS.join(',')}\n`;
    for await (const rows of pages(communityId, includeInactive)) {
      yield rows.map((row) => `${recordToCsvLine(memberToRecord(row))}\n`).join('');
    }
  }

  async function* jsonChunks(communityId: number, includeInactive: boolean) {
    yield '[';
    let first = true;
    for await (const rows of pages(communityId, includeInactive)) {
      const body = rows.map((row) => JSON.stringify(memberToRecord(row))).join(',\n');
      yield `${first ? '\n' : ',\n'}${body}`;
      first = false;
    }
    yield first ? ']\n' : '\n]\n';
  }

  return {
    stream(tenant: Tenant, format: ExportFormat, { includeInactive = false } = {}): Readable {
      const { id } = tenant.community;
      return Readable.from(format === 'csv' ? csvLines(id, includeInactive) : jsonChunks(id, includeInactive));
    },
  };
};

export type MemberExportService = ReturnType<typeof memberExportService>;

export default memberExportService;
