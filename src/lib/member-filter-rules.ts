import type { Core } from '@strapi/strapi';

import { skillFilterAsIdFilter } from '../api/member/repositories/member-skills';
import { normaliseFilters, type FilterValidationOptions, type ModelSpec } from './member-filters';

const MEMBER_UID = 'api::member.member';
/** The reads that take client filters: the admin panel's list runs findMany and count, the REST list findMany. */
const FILTERED_READS = new Set(['findMany', 'findFirst', 'count']);

type Attributes = Record<string, { type: string; private?: boolean }>;

/** The content API cannot filter on private fields (Strapi drops them): they are unknown fields there. */
const publicModel = (model: ModelSpec | undefined): ModelSpec | undefined =>
  model && {
    attributes: Object.fromEntries(Object.entries(model.attributes as Attributes).filter(([, attribute]) => !attribute.private)) as ModelSpec['attributes'],
  };

const modelOf = (strapi: Core.Strapi, uid: string, publicFieldsOnly: boolean) => {
  const model = strapi.getModel(uid as never) as unknown as ModelSpec | undefined;
  return publicFieldsOnly ? publicModel(model) : model;
};

export const memberFilterOptions = (strapi: Core.Strapi, publicFieldsOnly = false): FilterValidationOptions => ({
  lookup: (uid) => modelOf(strapi, uid, publicFieldsOnly),
  rewriteJsonFilter: (field, operator, values) => (field === 'skills' ? skillFilterAsIdFilter(strapi, operator, values) : null),
});

/** Validates (400 naming field and operator) and normalises member filters; see member-filters.ts. */
export const normaliseMemberFilters = (strapi: Core.Strapi, filters: unknown, { publicFieldsOnly = false } = {}) =>
  normaliseFilters(filters, modelOf(strapi, MEMBER_UID, publicFieldsOnly) as ModelSpec, memberFilterOptions(strapi, publicFieldsOnly));

/**
 * Registered as a document service middleware, the one place the admin panel's Content Manager and
 * /api/members both reach: no member filter gets to the database unchecked.
 */
export const registerMemberFilterRules = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== MEMBER_UID || !FILTERED_READS.has(context.action)) return next();
    const params = context.params as { filters?: unknown };
    if (params.filters !== undefined) params.filters = normaliseMemberFilters(strapi, params.filters);
    return next();
  });
};
