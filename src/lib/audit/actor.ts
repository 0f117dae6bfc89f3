/** Who did something, read from the request it happened in. */

export type ActorType = 'admin' | 'member' | 'api-token' | 'system';

export type AuditActor = {
  type: ActorType;
  /** Admin user id, member documentId or API token id. */
  id?: string | number;
  /** Admin email, member name or token name; never a member's phone or email. */
  label?: string;
  /**
   * The users-permissions user behind a member, when the member record is not known yet: the
   * audit service looks the member up when it writes the entry. Not stored.
   */
  userId?: number;
};

export type RequestInfo = { actor: AuditActor; ip?: string; userAgent?: string };

/** The parts of a Koa context the audit log reads. */
export type RequestLike = {
  state?: Record<string, unknown>;
  request?: { ip?: string };
  get?: (header: string) => string;
};

type AuthState = {
  strategy?: { name?: string };
  credentials?: { id?: number | string; name?: string } | null;
};

type UserState = { id?: number | string; email?: string; username?: string };

export const USER_AGENT_MAX_LENGTH = 512;

/** Strapi's strategy names: `admin` (panel session), `admin-token` and `content-api-token` (API tokens). */
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token', 'admin-token']);

export const SYSTEM_ACTOR: AuditActor = { type: 'system' };

export const actorFromRequest = (ctx: RequestLike): AuditActor => {
  const state = ctx.state ?? {};
  const auth = state.auth as AuthState | undefined;
  const strategy = auth?.strategy?.name;
  const user = state.user as UserState | undefined;

  if (strategy === 'admin') {
    return { type: 'admin', id: user?.id, label: user?.email };
  }
  if (strategy && TOKEN_STRATEGIES.has(strategy)) {
    return { type: 'api-token', id: auth?.credentials?.id, label: auth?.credentials?.name };
  }
  if (strategy === 'users-permissions') {
    // The community policy has already found the member acting; otherwise the user id leads to them.
    const tenant = state.tenant as { memberDocumentId?: string } | undefined;
    const userId = Number(auth?.credentials?.id ?? user?.id);
    return {
      type: 'member',
      id: tenant?.memberDocumentId,
      userId: Number.isInteger(userId) ? userId : undefined,
    };
  }
  // A request nobody is logged in to (a webhook, a public route) acts for the system.
  return { type: 'system', label: 'unauthenticated request' };
};

const readHeader = (ctx: RequestLike, header: string): string | undefined => {
  try {
    const value = ctx.get?.(header);
    return value ? value : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Actor, client IP and user agent of a request. The IP is Koa's `request.ip`, which honours the
 * server's proxy setting (`TRUST_PROXY`): X-Forwarded-For is believed only behind a trusted proxy.
 */
export const requestInfo = (ctx: RequestLike | undefined): RequestInfo => {
  if (!ctx) return { actor: SYSTEM_ACTOR };
  const userAgent = readHeader(ctx, 'user-agent');
  return {
    actor: actorFromRequest(ctx),
    ip: ctx.request?.ip || undefined,
    userAgent: userAgent?.slice(0, USER_AGENT_MAX_LENGTH),
  };
};
