import { factories, type Core } from '@strapi/strapi';

import { requestInfo, USER_AGENT_MAX_LENGTH, type AuditActor } from '../../../lib/audit/actor';
import { WriteBuffer } from '../../../lib/audit/buffer';
import { maskChanges, maskContactsInText, type FieldChanges } from '../../../lib/audit/mask';

const AUDIT_LOG_UID = 'api::audit-log.audit-log';
const MEMBER_UID = 'api::member.member';
const ERASED = '[erased]';
const ERASED_MEMBER = '[erased member]';

export type AuditAction = 'create' | 'update' | 'delete' | 'login' | 'logout' | 'login_failed';

export type AuditEntry = {
  action: AuditAction;
  /** What was acted on: 'member', 'community', 'session' (logins)… */
  entityType: string;
  entityDocumentId?: string;
  /** A name to recognise the entity by; never a phone number or an email. */
  entityLabel?: string;
  communityId?: number;
  /** Omitted: the actor of the current request (or the system outside requests). */
  actor?: AuditActor;
  /** Only the fields that changed; contact details in them are masked before storage. */
  changes?: FieldChanges;
  /** Omitted (with the user agent): read from the current request. */
  ip?: string;
  userAgent?: string;
};

type AuditRow = {
  action: AuditAction;
  entityType: string;
  entityDocumentId: string | null;
  entityLabel: string | null;
  communityId: number | null;
  actorType: AuditActor['type'];
  actorId: string | null;
  actorLabel: string | null;
  changes: FieldChanges | null;
  ip: string | null;
  userAgent: string | null;
  occurredAt: Date;
};

/** A row waiting in the buffer, with what is still needed to name a member actor. */
type PendingRow = { row: AuditRow; memberUserId?: number };

const STRING_MAX_LENGTH = 255;

const text = (value: unknown, max = STRING_MAX_LENGTH): string | null => {
  if (value === undefined || value === null || value === '') return null;
  return String(value).slice(0, max);
};

/** Names member actors that were only known by their document or login user id. */
const nameMemberActors = async (strapi: Core.Strapi, batch: PendingRow[]) => {
  const byDocument = batch.filter((item) => item.row.actorType === 'member' && !item.row.actorLabel && item.row.actorId);
  const byUser = batch.filter((item) => item.row.actorType === 'member' && !item.row.actorId && item.memberUserId);
  if (byDocument.length === 0 && byUser.length === 0) return;

  const members = (await strapi.db.query(MEMBER_UID).findMany({
    select: ['documentId', 'name'],
    where: {
      $or: [
        { documentId: { $in: byDocument.map((item) => item.row.actorId) } },
        { user: { id: { $in: byUser.map((item) => item.memberUserId) } } },
      ],
    },
    populate: { user: { select: ['id'] } },
  })) as Array<{ documentId: string; name: string; user?: { id: number } | null }>;

  for (const item of byDocument) {
    item.row.actorLabel = text(members.find((member) => member.documentId === item.row.actorId)?.name);
  }
  for (const item of byUser) {
    const member = members.find((candidate) => candidate.user?.id === item.memberUserId);
    if (member) {
      item.row.actorId = member.documentId;
      item.row.actorLabel = text(member.name);
    }
  }
};

const auditLogService = factories.createCoreService(AUDIT_LOG_UID, ({ strapi }) => {
  const buffer = new WriteBuffer<PendingRow>({
    async write(batch) {
      try {
        await nameMemberActors(strapi, batch);
      } catch (error) {
        // An unnamed actor is better than a lost entry: the id is still there.
        strapi.log.warn(`audit log: could not name member actors: ${(error as Error).message}`);
      }
      await strapi.db.query(AUDIT_LOG_UID).createMany({
        data: batch.map(({ row }) => ({
          ...row,
          // Written with the query engine, so the columns the document service would fill are set here.
          createdAt: row.occurredAt,
          updatedAt: row.occurredAt,
          publishedAt: row.occurredAt,
        })),
      });
    },
    onLoss(count, reason) {
      // Entries hold personal data: only how many were lost, and why.
      strapi.log.error(`audit log: ${count} entr${count === 1 ? 'y' : 'ies'} could not be written: ${reason}`);
    },
  });

  const toRow = (entry: AuditEntry): PendingRow => {
    const fromRequest = requestInfo(strapi.requestContext.get());
    const actor = entry.actor ?? fromRequest.actor;
    const changes = entry.changes ? maskChanges(entry.changes) : null;
    let actorLabel = actor.label;
    // A member editing their own profile is named by it.
    if (!actorLabel && actor.type === 'member' && actor.id && actor.id === entry.entityDocumentId) {
      actorLabel = entry.entityLabel;
    }
    return {
      row: {
        action: entry.action,
        entityType: entry.entityType,
        entityDocumentId: text(entry.entityDocumentId),
        entityLabel: text(entry.entityLabel && maskContactsInText(entry.entityLabel)),
        communityId: Number.isInteger(entry.communityId) ? (entry.communityId as number) : null,
        actorType: actor.type,
        actorId: text(actor.id),
        actorLabel: text(actorLabel),
        changes,
        ip: text(entry.ip ?? fromRequest.ip),
        userAgent: text(entry.userAgent ?? fromRequest.userAgent, USER_AGENT_MAX_LENGTH),
        occurredAt: new Date(),
      },
      memberUserId: actor.userId,
    };
  };

  return {
    /**
     * Queues an audit entry and returns at once; it is written in the background. Never throws:
     * a failure is logged (without the entry's data) and the caller carries on. Inside a database
     * transaction the entry waits for the commit, so a rolled-back write leaves no trace.
     */
    record(entry: AuditEntry): void {
      try {
        const pending = toRow(entry);
        const enqueue = () => buffer.push(pending);
        if (strapi.db.inTransaction()) {
          strapi.db
            .transaction(({ onCommit }) => {
              onCommit(enqueue);
            })
            .catch((error: Error) => strapi.log.error(`audit log: could not queue an entry: ${error.message}`));
        } else {
          enqueue();
        }
      } catch (error) {
        strapi.log.error(`audit log: could not queue an entry: ${(error as Error).message}`);
      }
    },

    /** The entries about a member or by them (for their data export). */
    async entriesFor(memberDocumentIds: string[]) {
      await buffer.flush();
      if (memberDocumentIds.length === 0) return [];
      return strapi.db.query(AUDIT_LOG_UID).findMany({
        where: {
          $or: [{ entityDocumentId: { $in: memberDocumentIds } }, { actorType: 'member', actorId: { $in: memberDocumentIds } }],
        },
        orderBy: { occurredAt: 'asc' },
      });
    },

    /**
     * After an erasure: the entries stay (who did what, when), but every personal value in them
     * is replaced, and the erased member is no longer named as subject or actor.
     */
    async redactSubject(memberDocumentId: string): Promise<number> {
      await buffer.flush();
      const rows = (await strapi.db.query(AUDIT_LOG_UID).findMany({
        where: { $or: [{ entityDocumentId: memberDocumentId }, { actorType: 'member', actorId: memberDocumentId }] },
      })) as Array<{ id: number; entityDocumentId: string | null; actorId: string | null; changes: Record<string, { old: unknown; new: unknown }> | null }>;
      for (const row of rows) {
        const aboutSubject = row.entityDocumentId === memberDocumentId;
        const bySubject = row.actorId === memberDocumentId;
        const changes = aboutSubject && row.changes
          ? Object.fromEntries(Object.keys(row.changes).map((field) => [field, { old: ERASED, new: ERASED }]))
          : row.changes;
        await strapi.db.query(AUDIT_LOG_UID).update({
          where: { id: row.id },
          data: {
            changes,
            ...(aboutSubject ? { entityLabel: ERASED_MEMBER } : {}),
            ...(bySubject ? { actorLabel: ERASED_MEMBER, ip: null, userAgent: null } : {}),
          },
        });
      }
      return rows.length;
    },

    /** Writes every queued entry; tests call it before reading the log, shutdown before closing the database. */
    flush(): Promise<void> {
      return buffer.flush();
    },
  };
});

export type AuditLogService = ReturnType<typeof auditLogService>;

export default auditLogService;
