import { ForbiddenError } from '@community-connect/kit';
import { factories, type Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import type { Tenant } from '../../community/services/tenancy';
import { memberCsvTemplate } from '../../../lib/member-csv';
import { memberCreateSchema, memberSelfUpdateSchema, memberUpdateSchema } from '../../../lib/member-input';
import { normaliseMemberFilters } from '../../../lib/member-filter-rules';
import { assertMemberQueryAllowed, redactContacts, withVisibilityField } from '../../../lib/member-visibility';
import { parseRequestBody, parseRequestData } from '../../../lib/request-validation';
import { getAppService } from '../../../lib/services';
import { assertOperatorAccess, getTenant } from '../../../lib/tenant-context';
import { bulkDeleteSchema, bulkUpdateSchema } from '../validation/bulk';
import { nlConfirmBodySchema, nlUndoBodySchema, nlUpdateBodySchema } from '../validation/nl-update';

const MEMBER_UID = 'api::member.member';

const members = () => getAppService('api::member.member');

/**
 * Clients choose fields, filters, sort and paging; relations are fixed by the service (the member's
 * community, name and slug only). A populate would be ignored, so it is refused rather than dropped
 * silently: a client library that relies on it learns at once.
 */
const refusePopulate = (query: Record<string, unknown>) => {
  if (query.populate !== undefined) {
    throw new errors.ValidationError('populate is not supported on /api/members: every member comes with its community (name and slug) and no other relation', {
      errors: [{ path: ['populate'], message: 'populate is not supported', name: 'ValidationError' }],
    });
  }
};

type CoreController = Core.CoreAPI.Controller.Base;

/** Who is asking, so that only they can confirm or undo what they asked for. */
const requesterOf = (ctx: Context) => {
  const auth = ctx.state.auth as { strategy?: { name?: string }; credentials?: { id?: number } } | undefined;
  return { key: `${auth?.strategy?.name ?? 'unknown'}:${auth?.credentials?.id ?? 'none'}` };
};

/** Members change themselves; a community's admins (API tokens) may name another member. */
const targetOfNlUpdate = (tenant: Tenant, memberId: string | undefined): string => {
  if (tenant.access === 'operator') {
    if (!memberId) throw new errors.ValidationError('memberId is required when an API token asks for a change', { field: 'memberId' });
    return memberId;
  }
  if (memberId && memberId !== tenant.memberDocumentId) {
    throw new ForbiddenError('Members can change only their own profile');
  }
  if (!tenant.memberDocumentId) throw new ForbiddenError('Only a logged-in member has an own profile');
  return tenant.memberDocumentId;
};

export default factories.createCoreController(MEMBER_UID, ({ strapi }) => ({
  async find(this: CoreController, ctx: Context) {
    const tenant = getTenant(ctx);
    assertMemberQueryAllowed(tenant, ctx.query);
    refusePopulate(ctx.query);
    // Checked before Strapi's own query validation, whose errors name no operator; the document
    // service checks the filters again (as it does the admin panel's) and rewrites skills filters.
    normaliseMemberFilters(strapi, ctx.query.filters, { publicFieldsOnly: true });
    await this.validateQuery(ctx);
    const query = withVisibilityField(await this.sanitizeQuery(ctx));
    const { results, pagination } = await members().listInCommunity(tenant, query);
    const sanitized = (await this.sanitizeOutput(results, ctx)) as Array<Record<string, unknown>>;
    return this.transformResponse(
      sanitized.map((member) => redactContacts(member, tenant)),
      { pagination }
    );
  },

  async findOne(this: CoreController, ctx: Context) {
    const tenant = getTenant(ctx);
    assertMemberQueryAllowed(tenant, ctx.query);
    refusePopulate(ctx.query);
    await this.validateQuery(ctx);
    const query = withVisibilityField(await this.sanitizeQuery(ctx));
    const member = await members().findInCommunity(tenant, ctx.params.id, query);
    const sanitized = (await this.sanitizeOutput(member, ctx)) as Record<string, unknown>;
    return this.transformResponse(redactContacts(sanitized, tenant));
  },

  async import(ctx: Context) {
    await getAppService('api::member.member-transfer').import(ctx, getTenant(ctx), ctx.query);
  },

  async export(ctx: Context) {
    await getAppService('api::member.member-transfer').export(ctx, getTenant(ctx), ctx.query);
  },

  async bulkUpdate(ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperatorAccess(tenant);
    const { data, ...selection } = parseRequestBody(ctx.request.body, bulkUpdateSchema, 'bulk update');
    ctx.body = { data: await getAppService('api::member.member-bulk').update(tenant, selection, data) };
  },

  async bulkDelete(ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperatorAccess(tenant);
    const selection = parseRequestBody(ctx.request.body, bulkDeleteSchema, 'bulk delete');
    ctx.body = { data: await getAppService('api::member.member-bulk').deactivate(tenant, selection) };
  },

  async importTemplate(ctx: Context) {
    ctx.type = 'text/csv; charset=utf-8';
    ctx.attachment('members-template.csv');
    ctx.body = memberCsvTemplate();
  },

  async me(this: CoreController, ctx: Context) {
    const tenant = getTenant(ctx);
    const member = await members().findOwn(tenant);
    return this.transformResponse(await this.sanitizeOutput(member, ctx));
  },

  async updateMe(this: CoreController, ctx: Context) {
    const tenant = getTenant(ctx);
    const data = parseRequestData(ctx.request.body, memberSelfUpdateSchema);
    const member = await members().updateOwn(tenant, data);
    return this.transformResponse(await this.sanitizeOutput(member, ctx));
  },

  async nlUpdate(ctx: Context) {
    const tenant = getTenant(ctx);
    const { text, memberId } = parseRequestBody(ctx.request.body, nlUpdateBodySchema, 'update request');
    const memberDocumentId = targetOfNlUpdate(tenant, memberId);
    ctx.body = { data: await getAppService('api::member.nl-update').propose({ tenant, requester: requesterOf(ctx), memberDocumentId, text }, ctx) };
  },

  async nlUpdateConfirm(this: CoreController, ctx: Context) {
    const tenant = getTenant(ctx);
    const { token, code } = parseRequestBody(ctx.request.body, nlConfirmBodySchema, 'confirmation');
    const { member, ...result } = await getAppService('api::member.nl-update').confirm({ tenant, requester: requesterOf(ctx), token, code }, ctx);
    ctx.body = { data: { ...result, member: await this.sanitizeOutput(member, ctx) } };
  },

  async nlUpdateUndo(this: CoreController, ctx: Context) {
    const tenant = getTenant(ctx);
    const { token } = parseRequestBody(ctx.request.body, nlUndoBodySchema, 'undo request');
    const { member, ...result } = await getAppService('api::member.nl-update').undo({ tenant, requester: requesterOf(ctx), token });
    ctx.body = { data: { ...result, member: await this.sanitizeOutput(member, ctx) } };
  },

  async exportMe(ctx: Context) {
    const tenant = getTenant(ctx);
    const userId = (ctx.state.user as { id?: number } | undefined)?.id;
    if (tenant.access !== 'member' || userId === undefined) throw new ForbiddenError('Only a logged-in member has own data to export');
    ctx.attachment(`my-data-${tenant.community.slug}.json`);
    ctx.body = { data: await getAppService('api::member.privacy').exportOwn(tenant, userId) };
  },

  async requestErasure(ctx: Context) {
    const tenant = getTenant(ctx);
    if (tenant.access !== 'member') throw new ForbiddenError('Only a member can ask for their own erasure');
    ctx.status = 202;
    ctx.body = { data: await getAppService('api::member.privacy').requestErasure(tenant) };
  },

  async erasureRequests(ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperatorAccess(tenant);
    ctx.body = { data: await getAppService('api::member.privacy').pendingErasures(tenant) };
  },

  async erase(ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperatorAccess(tenant);
    ctx.body = { data: await getAppService('api::member.privacy').erase(tenant, ctx.params.id) };
  },

  async create(this: CoreController, ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperatorAccess(tenant);
    const data = parseRequestData(ctx.request.body, memberCreateSchema);
    const member = await members().createInCommunity(tenant, data);
    ctx.status = 201;
    return this.transformResponse(await this.sanitizeOutput(member, ctx));
  },

  async update(this: CoreController, ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperatorAccess(tenant);
    const data = parseRequestData(ctx.request.body, memberUpdateSchema);
    const member = await members().updateInCommunity(tenant, ctx.params.id, data);
    return this.transformResponse(await this.sanitizeOutput(member, ctx));
  },

  async delete(this: CoreController, ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperatorAccess(tenant);
    const member = await members().deactivateInCommunity(tenant, ctx.params.id);
    return this.transformResponse(await this.sanitizeOutput(member, ctx));
  },
}));
