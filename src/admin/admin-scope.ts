/**
 * Whether the signed-in admin runs the platform (a super admin) or one or more communities. Strapi
 * keeps the user in its own React context, out of reach of the admin customisation; its answer to
 * `GET /admin/users/me` passes through the Redux store, so a store middleware marks the document
 * with it and stylesheets (see strapi-chrome.ts) can scope what only the platform's admins see.
 * Until the answer arrives (and for anyone not a super admin) the document counts as a community's.
 */
export const ADMIN_SCOPE_ATTRIBUTE = 'data-cc-admin-scope';
export type AdminScope = 'platform' | 'community';

const SUPER_ADMIN_ROLE_CODE = 'strapi-super-admin';

type MeAnswer = { type: string; meta?: { arg?: { endpointName?: string } }; payload?: { roles?: Array<{ code?: string }> } };

const isMeAnswer = (action: unknown): action is MeAnswer => {
  if (!action || typeof action !== 'object') return false;
  const candidate = action as MeAnswer;
  return typeof candidate.type === 'string' && candidate.type.endsWith('/fulfilled') && candidate.meta?.arg?.endpointName === 'getMe';
};

export const scopeOfUser = (user: MeAnswer['payload']): AdminScope =>
  user?.roles?.some((role) => role.code === SUPER_ADMIN_ROLE_CODE) ? 'platform' : 'community';

export const markAdminScope = (root: Pick<HTMLElement, 'setAttribute'>, scope: AdminScope) => root.setAttribute(ADMIN_SCOPE_ATTRIBUTE, scope);

/** A Redux middleware factory as `app.addMiddlewares` takes it. */
export const adminScopeMiddleware = () => () => (next: (action: unknown) => unknown) => (action: unknown) => {
  if (isMeAnswer(action) && typeof document !== 'undefined') markAdminScope(document.documentElement, scopeOfUser(action.payload));
  return next(action);
};
