import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import jwt from 'jsonwebtoken';

import { getAppService } from '../../../lib/services';

/**
 * Members' sessions are users-permissions' own (Strapi's session manager, `admin::session` rows of
 * origin `users-permissions`). A login starts a chain: each refresh marks its row `rotated` and
 * adds a child (`childId`). This service treats the whole chain as the session: reuse of a rotated
 * refresh token ends it (a stolen token and the genuine one cannot both live on), logout ends it,
 * and access tokens are honoured only while their row exists (see the users-permissions extension).
 */
const SESSION_UID = 'admin::session';
const SESSION_ORIGIN = 'users-permissions';
/** How long a refresh token's first presentation is remembered to catch concurrent reuse; longer than a refresh takes. */
const PRESENTATION_MEMORY_SECONDS = 24 * 60 * 60;

type SessionRow = { sessionId: string; childId: string | null; userId: string; status: string };
type NamedSession = { userId: string; sessionId: string };
type UsersPermissionsConfig = { jwtSecret?: string; jwt?: { algorithm?: jwt.Algorithm; publicKey?: string } };

export type TokenPair = { jwt: string; refreshToken: string };

export type LogoutScope =
  | { kind: 'everywhere' }
  | { kind: 'device'; deviceId: string }
  | { kind: 'refresh-token'; refreshToken: string }
  | { kind: 'current' };

const invalidRefreshToken = () => new errors.UnauthorizedError('Invalid or expired refresh token: log in again');

const memberSessionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const sessionManager = () => strapi.sessionManager(SESSION_ORIGIN);
  const sessionRows = () => strapi.db.query(SESSION_UID);

  /**
   * The session a refresh token names when the token is genuine and unexpired, whatever state the
   * session is in now. Strapi's own checks answer only "usable or not", which cannot tell a reused
   * token (a theft signal) from a forged one. Verified with the key and algorithm users-permissions
   * signs with (its bootstrap hands the same ones to the session manager).
   */
  const sessionNamedBy = (refreshToken: string): NamedSession | null => {
    const config = strapi.config.get<UsersPermissionsConfig>('plugin::users-permissions', {});
    const algorithm = config.jwt?.algorithm ?? 'HS256';
    const asymmetric = /^(RS|ES|PS)/.test(algorithm);
    const key = asymmetric ? config.jwt?.publicKey : config.jwtSecret || strapi.config.get<string>('admin.auth.secret');
    if (!key) return null;
    try {
      const payload = jwt.verify(refreshToken, key, { algorithms: [algorithm] });
      if (typeof payload !== 'object' || payload.type !== 'refresh') return null;
      const { userId, sessionId } = payload as { userId?: unknown; sessionId?: unknown };
      return typeof userId === 'string' && typeof sessionId === 'string' ? { userId, sessionId } : null;
    } catch {
      return null;
    }
  };

  /** Every row of the chain `sessionId` belongs to: its ancestors and descendants through childId. */
  const chainOf = async (userId: string, sessionId: string): Promise<string[]> => {
    // One user's rows are few (rotated rows are swept when their chain's absolute expiry passes).
    const rows = (await sessionRows().findMany({
      select: ['sessionId', 'childId'],
      where: { userId, origin: SESSION_ORIGIN },
    })) as Array<Pick<SessionRow, 'sessionId' | 'childId'>>;
    const links = new Map<string, string[]>();
    const link = (from: string, to: string) => links.set(from, [...(links.get(from) ?? []), to]);
    for (const row of rows) {
      if (!row.childId) continue;
      link(row.sessionId, row.childId);
      link(row.childId, row.sessionId);
    }
    const known = new Set(rows.map((row) => row.sessionId));
    if (!known.has(sessionId)) return [];
    const chain = new Set([sessionId]);
    const pending = [sessionId];
    while (pending.length > 0) {
      for (const next of links.get(pending.pop() as string) ?? []) {
        if (!chain.has(next) && known.has(next)) {
          chain.add(next);
          pending.push(next);
        }
      }
    }
    return [...chain];
  };

  /** Ends the whole login `sessionId` belongs to; returns how many rows it had. */
  const endChain = async (userId: string, sessionId: string): Promise<number> => {
    const chain = await chainOf(userId, sessionId);
    if (chain.length === 0) return 0;
    await sessionRows().deleteMany({ where: { userId, origin: SESSION_ORIGIN, sessionId: { $in: chain } } });
    return chain.length;
  };

  const presentationKey = (sessionId: string) => `session:presented:${sessionId}`;
  const endedKey = (sessionId: string) => `session:ended:${sessionId}`;

  const reuseError = () =>
    new errors.UnauthorizedError('This refresh token was already used, so the session was ended for safety: log in again', {
      reason: 'refresh_token_reused',
    });

  return {
    /**
     * Rotates a refresh token. A token that was already rotated (or is being rotated by a
     * concurrent request) is a reused token: someone else holds a copy, so the whole session ends
     * and both holders must log in again.
     */
    async refresh(refreshToken: string): Promise<TokenPair> {
      const named = sessionNamedBy(refreshToken);
      if (!named) throw invalidRefreshToken();
      const row = (await sessionRows().findOne({
        select: ['sessionId', 'childId', 'userId', 'status'],
        where: { sessionId: named.sessionId, origin: SESSION_ORIGIN },
      })) as SessionRow | null;
      if (!row || row.userId !== named.userId) throw invalidRefreshToken();

      // Counted in the shared store before rotating: of two concurrent presentations only the first rotates.
      const store = getAppService('api::access.security-store').store();
      const presentations = await store.increment(presentationKey(row.sessionId), PRESENTATION_MEMORY_SECONDS);
      if (row.status !== 'active' || presentations > 1) {
        // Marked before the chain is read: a rotation of this token still under way sees the mark
        // once it has linked its new token, or else linked it before this read (and it is ended here).
        await store.set(endedKey(row.sessionId), '1', PRESENTATION_MEMORY_SECONDS);
        const ended = await endChain(row.userId, row.sessionId);
        getAppService('api::audit-log.audit-log').record({
          action: 'logout',
          entityType: 'session',
          entityLabel: `refresh token reused: session ended (${ended} tokens)`,
          actor: { type: 'member', userId: Number(row.userId) },
        });
        throw reuseError();
      }

      try {
        const rotation = await sessionManager().rotateRefreshToken(refreshToken);
        if ('error' in rotation) throw invalidRefreshToken();
        const access = await sessionManager().generateAccessToken(rotation.token);
        if ('error' in access) throw invalidRefreshToken();
        if ((await store.get(endedKey(row.sessionId))) !== null) {
          // A concurrent reuse ended the session while this rotation ran: its new token goes too.
          await endChain(row.userId, rotation.sessionId);
          throw reuseError();
        }
        return { jwt: access.token, refreshToken: rotation.token };
      } catch (error) {
        // A rotation that failed on an outage left the token unused: a retry is not a reuse.
        if (!(error instanceof errors.UnauthorizedError)) await store.take(presentationKey(row.sessionId)).catch(() => false);
        throw error;
      }
    },

    /**
     * Logs a member out: everywhere, one device's sessions, the session of the refresh token given,
     * or else the session of the access token the request carries. Returns how many token rows ended.
     */
    async logout({ userId, currentSessionId, scope }: { userId: number; currentSessionId?: string; scope: LogoutScope }): Promise<number> {
      const user = String(userId);
      let ended: number;
      if (scope.kind === 'everywhere') {
        ended = await sessionRows().count({ where: { userId: user, origin: SESSION_ORIGIN } });
        await sessionRows().deleteMany({ where: { userId: user, origin: SESSION_ORIGIN } });
      } else if (scope.kind === 'device') {
        ended = await sessionRows().count({ where: { userId: user, origin: SESSION_ORIGIN, deviceId: scope.deviceId } });
        await sessionRows().deleteMany({ where: { userId: user, origin: SESSION_ORIGIN, deviceId: scope.deviceId } });
      } else if (scope.kind === 'refresh-token') {
        const named = sessionNamedBy(scope.refreshToken);
        // Another account's token is not this member's to end (and says nothing about whose it is).
        if (!named || named.userId !== user) throw new errors.ValidationError('refreshToken is not a session of this account');
        ended = await endChain(user, named.sessionId);
      } else {
        if (!currentSessionId) throw new errors.UnauthorizedError('This access token has no session to end');
        ended = await endChain(user, currentSessionId);
      }
      getAppService('api::audit-log.audit-log').record({
        action: 'logout',
        entityType: 'session',
        entityLabel: scope.kind === 'everywhere' ? 'logged out everywhere' : 'logged out',
        actor: { type: 'member', userId },
      });
      return ended;
    },

    /** Whether an access token's session still exists (a logout or a reuse deletes its rows). */
    isActive: (sessionId: string): Promise<boolean> => sessionManager().isSessionActive(sessionId),
  };
};

export type MemberSessionsService = ReturnType<typeof memberSessionsService>;

export default memberSessionsService;
