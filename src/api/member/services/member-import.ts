import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Tenant } from '../../community/services/tenancy';
import { diffSnapshots } from '../../../lib/audit/diff';
import { MEMBER_CSV_FIELDS, type ParsedMemberCsv } from '../../../lib/member-csv';
import type { MemberInput } from '../../../lib/member-input';
import { enqueueMemberReindex } from '../../../lib/community-search';
import { emitImportedMemberEvents } from '../../../lib/events';
import { getAppService } from '../../../lib/services';
import { createMemberBulkWrites } from '../repositories/member-bulk-writes';

const MEMBER_UID = 'api::member.member';
const LOOKUP_CHUNK = 1000;
/** Longer than any import takes; only a crash mid-import leaves the lock to expire. */
const IMPORT_LOCK_SECONDS = 15 * 60;

export type ImportMode = 'upsert' | 'create';

export type ImportRowError = { row: number; field: string | null; message: string };

/** `updated` counts members whose values changed; `unchanged` those the file matched as they were. */
export type ImportReport = { created: number; updated: number; unchanged: number; skipped: number; errors: ImportRowError[] };

/** The fields an import writes: the canonical columns, as member attributes. */
const IMPORTED_FIELDS = MEMBER_CSV_FIELDS;

type ExistingMember = Record<string, unknown> & { documentId: string; phone: string };

/**
 * Bulk import into one community: upsert by phone (or create-only), every row validated, bad rows
 * reported with their row number and field. Good rows are written in batched SQL (a 10,000-row
 * file in seconds, not minutes), so this service does what the document middleware would do for
 * single writes: duplicate and existing-phone checks, the plan's member limit, an audit entry per
 * member, and reindexing (which continues in the background; `/api/community-search/status`
 * shows it).
 */
const memberImportService = ({ strapi }: { strapi: Core.Strapi }) => {
  const writes = createMemberBulkWrites(strapi);

  const findExisting = async (communityId: number, phones: string[]): Promise<Map<string, ExistingMember>> => {
    const existing = new Map<string, ExistingMember>();
    for (let offset = 0; offset < phones.length; offset += LOOKUP_CHUNK) {
      const rows = (await strapi.db.query(MEMBER_UID).findMany({
        select: ['documentId', ...IMPORTED_FIELDS],
        where: { community: { id: communityId }, phone: { $in: phones.slice(offset, offset + LOOKUP_CHUNK) } },
      })) as ExistingMember[];
      for (const row of rows) existing.set(row.phone, row);
    }
    return existing;
  };

  const audit = (action: 'create' | 'update', documentId: string, communityId: number, before: ExistingMember | null, after: Record<string, unknown>) =>
    getAppService('api::audit-log.audit-log').record({
      action,
      entityType: 'member',
      entityDocumentId: documentId,
      entityLabel: typeof after.name === 'string' ? after.name : undefined,
      communityId,
      changes: diffSnapshots(before, after, IMPORTED_FIELDS),
    });

  return {
    /**
     * One import per community at a time (on every instance, through the security store): the
     * member limit is checked once per import, so two at once could together pass it.
     */
    async importMembers(tenant: Tenant, parsed: ParsedMemberCsv, mode: ImportMode): Promise<ImportReport> {
      const store = getAppService('api::access.security-store').store();
      const lock = `import:${tenant.community.id}`;
      if (!(await store.claim(lock, IMPORT_LOCK_SECONDS))) {
        throw new errors.ApplicationError('Another import into this community is still running: try again when it has finished', {
          reason: 'import-running',
        });
      }
      try {
        return await this.importUnlocked(tenant, parsed, mode);
      } finally {
        await store.take(lock);
      }
    },

    async importUnlocked(tenant: Tenant, parsed: ParsedMemberCsv, mode: ImportMode): Promise<ImportReport> {
      const { community } = tenant;
      const errors: ImportRowError[] = parsed.errors.flatMap(({ line, errors: fieldErrors }) =>
        fieldErrors.map((fieldError) => ({ row: line, field: fieldError.path.join('.') || null, message: fieldError.message }))
      );
      let skipped = parsed.errors.length;
      const existing = await findExisting(community.id, parsed.members.map(({ member }) => member.phone));
      const quotas = getAppService('api::community.quotas');
      let capacityLeft = await quotas.memberCapacityLeft({ id: community.id });
      const { memberLimit } = await quotas.limits({ id: community.id });

      const toCreate: MemberInput[] = [];
      const toUpdate: Array<{ documentId: string; values: Record<string, unknown>; before: ExistingMember }> = [];
      let matched = 0;
      for (const { line, member } of parsed.members) {
        const match = existing.get(member.phone);
        if (match && mode === 'create') {
          skipped += 1;
          errors.push({ row: line, field: 'phone', message: 'already belongs to a member of this community (import with mode=upsert to update)' });
        } else if (match) {
          matched += 1;
          const after = { ...match, ...member };
          if (Object.keys(diffSnapshots(match, after, IMPORTED_FIELDS)).length > 0) {
            toUpdate.push({ documentId: match.documentId, values: member, before: match });
          }
        } else if (capacityLeft !== null && capacityLeft <= 0) {
          skipped += 1;
          errors.push({ row: line, field: null, message: `is over the member limit: the ${community.plan} plan allows ${memberLimit} active members` });
        } else {
          toCreate.push(member);
          if (capacityLeft !== null) capacityLeft -= 1;
        }
      }

      const createdIds = await writes.insert(community.id, toCreate);
      await writes.update(toUpdate.map(({ documentId, values }) => ({ documentId, values })));
      toCreate.forEach((member, index) => audit('create', createdIds[index], community.id, null, member));
      for (const { documentId, values, before } of toUpdate) audit('update', documentId, community.id, before, { ...before, ...values });
      enqueueMemberReindex(strapi, [...createdIds, ...toUpdate.map(({ documentId }) => documentId)]);
      emitImportedMemberEvents(strapi, community.id, {
        created: createdIds,
        updated: toUpdate.map(({ documentId, values, before }) => ({ documentId, fields: Object.keys(diffSnapshots(before, { ...before, ...values }, IMPORTED_FIELDS)) })),
      });
      if (toCreate.length + toUpdate.length > 0) {
        strapi.log.info(`Import into "${community.slug}": ${toCreate.length} created, ${toUpdate.length} changed, ${skipped} skipped`);
      }

      errors.sort((a, b) => a.row - b.row);
      return { created: createdIds.length, updated: toUpdate.length, unchanged: matched - toUpdate.length, skipped, errors };
    },
  };
};

export type MemberImportService = ReturnType<typeof memberImportService>;

export default memberImportService;
