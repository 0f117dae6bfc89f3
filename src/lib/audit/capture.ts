import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { AuditAction } from '../../api/audit-log/services/audit-log';
import { getAppService } from '../services';
import { diffSnapshots, type Snapshot } from './diff';

const AUDIT_LOG_UID = 'api::audit-log.audit-log';

type AuditedType = {
  entityType: string;
  /** The field that names an entry in the log; never a contact field. */
  labelField: string;
  /** The relation to the tenant community, audited like a field (as the community's documentId). */
  communityRelation?: string;
};

const AUDITED: Record<string, AuditedType> = {
  'api::member.member': { entityType: 'member', labelField: 'name', communityRelation: 'community' },
  'api::community.community': { entityType: 'community', labelField: 'name' },
};

/** Bookkeeping Strapi maintains itself: a change to it is not a change anybody made. */
const IGNORED_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);
/** Only plain values are diffed; relations (but the community) and components are not. */
const NON_SCALAR_TYPES = new Set(['relation', 'component', 'dynamiczone', 'media', 'password']);

const WRITES: Record<string, AuditAction> = { create: 'create', clone: 'create', update: 'update', delete: 'delete' };

/** Every write the document service offers; the audit log refuses them all. */
const AUDIT_LOG_WRITES = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

type Entity = { snapshot: Snapshot; id?: number; communityId?: number };

type Row = Record<string, unknown> & { id?: number; documentId?: string };

const scalarFieldsCache = new Map<string, string[]>();

const scalarFields = (strapi: Core.Strapi, uid: string): string[] => {
  let fields = scalarFieldsCache.get(uid);
  if (!fields) {
    const attributes = strapi.getModel(uid as UID.Schema).attributes as Record<string, { type: string }>;
    fields = Object.entries(attributes)
      .filter(([name, attribute]) => !IGNORED_FIELDS.has(name) && !NON_SCALAR_TYPES.has(attribute.type))
      .map(([name]) => name);
    scalarFieldsCache.set(uid, fields);
  }
  return fields;
};

const relatedDocumentId = (value: unknown): string | null | undefined => {
  if (value === undefined) return undefined;
  if (value === null) return null;
  return typeof value === 'object' && typeof (value as Row).documentId === 'string' ? ((value as Row).documentId as string) : undefined;
};

/** The audited values of a document as stored, from the query engine (only the fields asked for). */
const loadEntity = async (strapi: Core.Strapi, uid: string, spec: AuditedType, documentId: string, fields: string[]): Promise<Entity | null> => {
  const scalars = fields.filter((field) => field !== spec.communityRelation);
  const row = (await strapi.db.query(uid).findOne({
    select: ['id', ...new Set([...scalars, spec.labelField])],
    where: { documentId },
    ...(spec.communityRelation ? { populate: { [spec.communityRelation]: { select: ['id', 'documentId'] } } } : {}),
  })) as Row | null;
  return row ? toEntity(row, spec) : null;
};

const toEntity = (row: Row, spec: AuditedType): Entity => {
  const snapshot: Snapshot = { ...row };
  let communityId: number | undefined;
  if (spec.communityRelation) {
    const community = row[spec.communityRelation] as Row | null | undefined;
    snapshot[spec.communityRelation] = relatedDocumentId(community);
    communityId = community?.id;
  } else {
    communityId = row.id;
  }
  return { snapshot, id: row.id, communityId };
};

/** The written document as the document service returned it, if it holds every field needed. */
const entityFromResult = (result: unknown, spec: AuditedType, fields: string[]): Entity | null => {
  if (!result || typeof result !== 'object') return null;
  const row = result as Row;
  const needed = [...fields, spec.labelField];
  if (needed.some((field) => row[field] === undefined)) return null;
  if (spec.communityRelation) {
    // Usable only when populated with its ids (or known to be empty).
    const community = row[spec.communityRelation] as Row | null | undefined;
    if (community !== null && (typeof community?.id !== 'number' || typeof community.documentId !== 'string')) return null;
  }
  return toEntity(row, spec);
};

const writtenDocumentId = (action: string, params: { documentId?: string }, result: unknown): string | undefined => {
  // A clone is a new document: its id is in the result, not in the params (those name the source).
  if (action === 'create' || action === 'clone') return (result as Row | null)?.documentId;
  return params.documentId;
};

/** The audited fields a write touches: the scalar fields and the community it names in its data. */
const writtenFields = (allFields: string[], data: Record<string, unknown> | undefined) =>
  allFields.filter((field) => data !== undefined && Object.prototype.hasOwnProperty.call(data, field));

/**
 * Records every create, update and delete of members and communities, from the admin panel, the
 * REST API, imports or code, with the old and new values of the fields that changed. Old values
 * are read just before the write (only the fields it touches); the entry is queued after the write
 * succeeds, and a failure to audit never fails the write.
 */
export const registerAuditCapture = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid === AUDIT_LOG_UID && AUDIT_LOG_WRITES.has(context.action)) {
      // The app writes entries with the query engine; nobody edits or removes them. A PolicyError is
      // the ForbiddenError whose message Strapi passes on to the admin panel and API clients (a
      // plain one turns into a bare "Forbidden" on authenticated routes).
      throw new errors.PolicyError('The audit log is read-only');
    }

    const spec = AUDITED[context.uid];
    const action = WRITES[context.action];
    if (!spec || !action) return next();

    const uid = context.uid as string;
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    const allFields = [...scalarFields(strapi, uid), ...(spec.communityRelation ? [spec.communityRelation] : [])];
    const fields = action === 'update' ? writtenFields(allFields, params.data) : allFields;

    let before: Entity | null = null;
    if (action !== 'create' && params.documentId) {
      try {
        before = await loadEntity(strapi, uid, spec, params.documentId, fields);
      } catch (error) {
        strapi.log.warn(`audit log: could not read ${spec.entityType} before ${action}: ${(error as Error).message}`);
      }
    }

    const result = await next();

    try {
      const documentId = writtenDocumentId(context.action, params, result);
      // Nothing was written (an unknown document): nothing to record.
      if (!documentId || (action !== 'create' && !before) || (action === 'update' && !result)) return result;

      let after: Entity | null = null;
      if (action !== 'delete') {
        after = entityFromResult(result, spec, fields) ?? (await loadEntity(strapi, uid, spec, documentId, fields));
      }

      const label = after?.snapshot[spec.labelField] ?? before?.snapshot[spec.labelField];
      getAppService('api::audit-log.audit-log').record({
        action,
        entityType: spec.entityType,
        entityDocumentId: documentId,
        entityLabel: typeof label === 'string' ? label : undefined,
        communityId: after?.communityId ?? before?.communityId,
        changes: diffSnapshots(before?.snapshot ?? null, after?.snapshot ?? null, fields),
      });
    } catch (error) {
      strapi.log.error(`audit log: could not record a ${spec.entityType} ${action}: ${(error as Error).message}`);
    }
    return result;
  });
};
