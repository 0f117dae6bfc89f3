import { AppError } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Tenant } from '../../community/services/tenancy';
import { diffSnapshots } from '../../../lib/audit/diff';
import { MEMBER_CSV_FIELDS, type ParsedMemberCsv, type RowProgress } from '../../../lib/member-csv';
import { memberFieldMessage, type MemberInput } from '../../../lib/member-input';
import { enqueueMemberReindex } from '../../../lib/community-search';
import { createEventLoopTurns } from '../../../lib/event-loop-turns';
import { emitImportedMemberEvents } from '../../../lib/events';
import { getAppService } from '../../../lib/services';
import { createMemberBulkWrites } from '../repositories/member-bulk-writes';

const MEMBER_UID = 'api::member.member';
const LOOKUP_CHUNK = 1000;
/** Longer than any import takes; only a crash mid-import leaves the lock to expire. */
const IMPORT_LOCK_SECONDS = 15 * 60;
/** What a client refused for lack of an import slot is told to wait. */
const IMPORT_SLOT_RETRY_SECONDS = 30;
/** Progress is written to the shared store at most this often. */
const PROGRESS_INTERVAL_MS = 1000;

export type ImportPhase = 'receiving' | 'writing';
export type ImportProgress = { phase: ImportPhase; rowsValidated: number; startedAt: string };

/** A second import into a community whose import is still running (409, with how far it has got). */
export class ImportRunningError extends AppError<{ reason: 'import-running'; progress: ImportProgress | null }> {
  constructor(readonly progress: ImportProgress | null) {
    super(
      'CONFLICT',
      `An import into this community is already running${progress ? ` (${describeProgress(progress)})` : ''}: try again when it has finished`,
      { reason: 'import-running', progress }
    );
  }
}

const describeProgress = ({ phase, rowsValidated, startedAt }: ImportProgress) => {
  const seconds = Math.max(0, Math.round((Date.now() - Date.parse(startedAt)) / 1000));
  const rows = `${rowsValidated.toLocaleString('en-US')} rows checked`;
  return `started ${seconds} s ago; ${phase === 'writing' ? `${rows}, writing members` : `receiving the file, ${rows}`}`;
};

type ResponseHeaders = { set(field: string, value: string): void };

export type ImportMode = 'upsert' | 'create';

export type ImportRowError = { row: number; field: string | null; message: string };

/**
 * `updated` counts members whose values changed; `unchanged` those the file matched as they were;
 * `warnings` are rows imported as they are but worth a look (a phone that cannot receive login codes).
 */
export type ImportReport = {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: ImportRowError[];
  warnings: ImportRowError[];
};

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

  const maxConcurrent = (): number => Math.max(1, Number((strapi.config.get('imports') as { maxConcurrent?: number } | undefined)?.maxConcurrent ?? 2));
  /** Imports running in this process: each holds a file of up to IMPORT_MAX_SIZE and CPU time. */
  let runningHere = 0;

  return {
    /**
     * Runs `work` as the community's only import (on every instance, through the security store:
     * the member limit is checked once per import, so two at once could together pass it) and as
     * one of at most IMPORT_MAX_CONCURRENT imports in this process. Both are taken before the
     * request body is read, so a refused upload costs nothing; both are given back however `work`
     * ends (a client gone mid-upload, a bad file, a database error). `work` reports progress,
     * which a refused second import of the community is told.
     */
    async runExclusive<T>(tenant: Tenant, response: ResponseHeaders, work: (progress: RowProgress, phase: (phase: ImportPhase) => void) => Promise<T>): Promise<T> {
      const store = getAppService('api::access.security-store').store();
      const lock = `import:${tenant.community.id}`;
      const progressKey = `import-progress:${tenant.community.id}`;
      if (!(await store.claim(lock, IMPORT_LOCK_SECONDS))) {
        const saved = await store.get(progressKey);
        throw new ImportRunningError(saved ? (JSON.parse(saved) as ImportProgress) : null);
      }
      if (runningHere >= maxConcurrent()) {
        await store.take(lock);
        response.set('Retry-After', String(IMPORT_SLOT_RETRY_SECONDS));
        throw new errors.RateLimitError(
          `This server is already running its maximum of ${maxConcurrent()} imports at once: try again in ${IMPORT_SLOT_RETRY_SECONDS} seconds`,
          { reason: 'imports-busy', limit: maxConcurrent(), retryAfterSeconds: IMPORT_SLOT_RETRY_SECONDS }
        );
      }
      runningHere += 1;
      const progress: ImportProgress = { phase: 'receiving', rowsValidated: 0, startedAt: new Date().toISOString() };
      let savedAt = 0;
      let pendingSave: NodeJS.Timeout | undefined;
      // Best effort: progress only enriches a 409's message, so a failed write never fails the import.
      const save = () => {
        clearTimeout(pendingSave);
        pendingSave = undefined;
        savedAt = Date.now();
        store.set(progressKey, JSON.stringify(progress), IMPORT_LOCK_SECONDS).catch(() => undefined);
      };
      // Called on every row: writes at most once a second, and the last count also when rows stop coming.
      const onRows = (rowsValidated: number) => {
        progress.rowsValidated = rowsValidated;
        if (pendingSave) return;
        const wait = PROGRESS_INTERVAL_MS - (Date.now() - savedAt);
        if (wait <= 0) save();
        else pendingSave = setTimeout(save, wait).unref();
      };
      try {
        save();
        return await work(onRows, (phase) => {
          progress.phase = phase;
          save();
        });
      } finally {
        clearTimeout(pendingSave);
        runningHere -= 1;
        await store.take(progressKey).catch(() => undefined);
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
      const turns = createEventLoopTurns();
      for (const { line, member } of parsed.members) {
        await turns.maybeYield();
        const match = existing.get(member.phone);
        if (match && mode === 'create') {
          skipped += 1;
          errors.push({
            row: line,
            field: 'phone',
            message: memberFieldMessage(['phone'], member.phone, 'already belongs to a member of this community: import with mode=upsert to update that member'),
          });
        } else if (match) {
          matched += 1;
          const after = { ...match, ...member };
          if (Object.keys(diffSnapshots(match, after, IMPORTED_FIELDS)).length > 0) {
            toUpdate.push({ documentId: match.documentId, values: member, before: match });
          }
        } else if (capacityLeft !== null && capacityLeft <= 0) {
          skipped += 1;
          errors.push({ row: line, field: null, message: `This row is over the member limit: the ${community.plan} plan allows ${memberLimit} active members; upgrade the plan or deactivate members, then import the rest again` });
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
      const warnings = parsed.warnings.flatMap(({ line, errors: fieldWarnings }) =>
        fieldWarnings.map((warning) => ({ row: line, field: warning.path.join('.') || null, message: warning.message }))
      );
      return { created: createdIds.length, updated: toUpdate.length, unchanged: matched - toUpdate.length, skipped, errors, warnings };
    },
  };
};

export type MemberImportService = ReturnType<typeof memberImportService>;

export default memberImportService;
