import { sendErrorResponse } from '@community-connect/kit';
import type { Context } from 'koa';

import { parseRequestQuery } from '../../../lib/request-validation';
import { getAppService } from '../../../lib/services';
import { assertOperatorAccess } from '../../../lib/tenant-context';
import type { Tenant } from '../../community/services/tenancy';
import { ImportRunningError } from './member-import';
import { exportQuerySchema, importQuerySchema } from '../validation/bulk';
import { readImport } from '../validation/import-body';

/**
 * Member import and export over HTTP in the community given (the request's own for
 * `/api/members/import|export`, the one an admin picked for the admin panel's routes). It takes the
 * request because an import's body is read only once the community's import lock is held.
 */
const memberTransferService = () => ({
  async import(ctx: Context, tenant: Tenant, query: Record<string, unknown>): Promise<void> {
    assertOperatorAccess(tenant);
    const { mode } = parseRequestQuery(query, importQuerySchema);
    const imports = getAppService('api::member.member-import');
    try {
      // The body is read only inside: a refused import never uploads or parses its file.
      ctx.body = await imports.runExclusive(tenant, ctx.response, async (progress, phase) => {
        const parsed = await readImport(ctx, progress);
        phase('writing');
        return imports.importUnlocked(tenant, parsed, mode);
      });
    } catch (error) {
      if (!(error instanceof ImportRunningError)) throw error;
      sendErrorResponse(ctx, error);
    }
  },

  async export(ctx: Context, tenant: Tenant, query: Record<string, unknown>): Promise<void> {
    assertOperatorAccess(tenant);
    const { format, includeInactive } = parseRequestQuery(query, exportQuerySchema);
    ctx.type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
    ctx.attachment(`${tenant.community.slug}-members.${format}`);
    ctx.body = getAppService('api::member.member-export').stream(tenant, format, { includeInactive: includeInactive === 'true' });
  },
});

export type MemberTransferService = ReturnType<typeof memberTransferService>;

export default memberTransferService;
