import { factories, type Core } from '@strapi/strapi';
import type { Context } from 'koa';

import type { Tenant } from '../../community/services/tenancy';
import { memberCreateSchema, memberSelfUpdateSchema, memberUpdateSchema } from '../../../lib/member-input';
import { memberCsvTemplate } from '../../../lib/member-csv';
import { parseRequestBody, parseRequestQuery } from '../../../lib/request-validation';
import { bulkDeleteSchema, bulkUpdateSchema, exportQuerySchema, importQuerySchema } from '../validation/bulk';
import { readImport } from '../validation/import-body';
import { assertMemberQueryAllowed, redactContacts, withVisibilityField } from '../../../lib/member-visibility';
import { parseRequestData } from '../../../lib/request-validation';
import { getAppService } from '../../../lib/services';
import { getTenant } from '../../../lib/tenant-context';
import { ForbiddenError } from '../../../lib/forbidden';

const MEMBER_UID = 'api::member.member';

const members = () => getAppService('api::member.member');

const assertOperator = (tenant: Tenant) => {
  if (tenant.access !== 'operator') {
    throw new ForbiddenError('Members can change only their own profile, through /api/members/me');
  }
};

/** Clients choose fields, filters, sort and paging; relations are fixed by the service. */
const withoutPopulate = (query: Record<string, unknown>) => {
  const { populate: _ignored, ...rest } = query;
  return rest;
};

type CoreController = Core.CoreAPI.Controller.Base;

export default factories.createCoreController(MEMBER_UID, () => ({
  async find(this: CoreController, ctx: Context) {
    const tenant = getTenant(ctx);
    assertMemberQueryAllowed(tenant, ctx.query);
    await this.validateQuery(ctx);
    const query = withVisibilityField(withoutPopulate(await this.sanitizeQuery(ctx)));
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
    await this.validateQuery(ctx);
    const query = withVisibilityField(withoutPopulate(await this.sanitizeQuery(ctx)));
    const member = await members().findInCommunity(tenant, ctx.params.id, query);
    const sanitized = (await this.sanitizeOutput(member, ctx)) as Record<string, unknown>;
    return this.transformResponse(redactContacts(sanitized, tenant));
  },

  async import(ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperator(tenant);
    const { mode } = parseRequestQuery(ctx.query, importQuerySchema);
    const parsed = await readImport(ctx);
    ctx.body = await getAppService('api::member.member-import').importMembers(tenant, parsed, mode);
  },

  async export(ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperator(tenant);
    const { format, includeInactive } = parseRequestQuery(ctx.query, exportQuerySchema);
    ctx.type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
    ctx.attachment(`${tenant.community.slug}-members.${format}`);
    ctx.body = getAppService('api::member.member-export').stream(tenant, format, { includeInactive: includeInactive === 'true' });
  },

  async bulkUpdate(ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperator(tenant);
    const { data, ...selection } = parseRequestBody(ctx.request.body, bulkUpdateSchema, 'bulk update');
    ctx.body = { data: await getAppService('api::member.member-bulk').update(tenant, selection, data) };
  },

  async bulkDelete(ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperator(tenant);
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

  async create(this: CoreController, ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperator(tenant);
    const data = parseRequestData(ctx.request.body, memberCreateSchema);
    const member = await members().createInCommunity(tenant, data);
    ctx.status = 201;
    return this.transformResponse(await this.sanitizeOutput(member, ctx));
  },

  async update(this: CoreController, ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperator(tenant);
    const data = parseRequestData(ctx.request.body, memberUpdateSchema);
    const member = await members().updateInCommunity(tenant, ctx.params.id, data);
    return this.transformResponse(await this.sanitizeOutput(member, ctx));
  },

  async delete(this: CoreController, ctx: Context) {
    const tenant = getTenant(ctx);
    assertOperator(tenant);
    const member = await members().deactivateInCommunity(tenant, ctx.params.id);
    return this.transformResponse(await this.sanitizeOutput(member, ctx));
  },
}));
