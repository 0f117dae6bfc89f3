import type { Core } from '@strapi/strapi';

const MEMBER_UID = 'api::member.member';
/** The Content Manager's routes: the admin panel's single and bulk delete come through them. */
const CONTENT_MANAGER_PATH = '/content-manager/';

type RequestWithPath = { request?: { path?: string } };

/**
 * Deleting a member in the admin panel deactivates them, as `DELETE /api/members/:id` does and as
 * the admin guide says: they leave search and the directory and free their place, and their data
 * stays. The Content Manager's single and bulk delete both end in the document service's
 * `delete`, which this turns into `update({ isActive: false })` (through the member rules, the
 * tenancy guard and the audit log, like any edit). Only admin-panel requests are changed:
 * erasure (`POST /api/members/:id/erase`) and code outside a request still delete.
 */
export const registerMemberAdminDelete = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== MEMBER_UID || context.action !== 'delete') return next();
    const path = (strapi.requestContext.get() as RequestWithPath | undefined)?.request?.path ?? '';
    if (!path.startsWith(CONTENT_MANAGER_PATH)) return next();
    const { documentId } = context.params as { documentId?: string };
    if (!documentId) return next();
    const exists = await strapi.db.query(MEMBER_UID).findOne({ select: ['id'], where: { documentId } });
    // An unknown member is left to the document service's own answer.
    if (!exists) return next();
    const updated = await strapi.documents(MEMBER_UID).update({ documentId, data: { isActive: false } } as never);
    return { documentId, entries: updated ? [updated] : [] };
  });
};
