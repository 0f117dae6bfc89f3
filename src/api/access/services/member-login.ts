import { ForbiddenError } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { CurrentCommunity } from '../../community/services/tenancy';
import { findMemberRole } from '../../../lib/role-permissions';
import { getAppService } from '../../../lib/services';

const MEMBER_UID = 'api::member.member';
const USER_UID = 'plugin::users-permissions.user';

type Membership = {
  id: number;
  documentId: string;
  name: string;
  user: { id: number } | null;
  community: CurrentCommunity & { isActive: boolean };
};

type UserRow = { id: number; documentId: string; username: string; blocked: boolean };

export type MemberLoginResult = {
  jwt: string;
  refreshToken?: string;
  user: { id: number; documentId: string; username: string };
  member: Record<string, unknown>;
  communities: Array<{ slug: string; name: string }>;
};

/** users-permissions requires an email; members log in by phone, so their account gets an undeliverable one. */
const placeholderEmail = (phone: string) => `phone-${phone.replace(/\D/g, '')}@members.invalid`;

/** Completes a member's login once their phone is proved: one account per phone, linked to every membership. */
const memberLoginService = ({ strapi }: { strapi: Core.Strapi }) => {
  const activeMemberships = async (phone: string): Promise<Membership[]> => {
    const rows = (await strapi.db.query(MEMBER_UID).findMany({
      select: ['id', 'documentId', 'name'],
      where: { phone, isActive: true },
      populate: {
        user: { select: ['id'] },
        community: { select: ['id', 'documentId', 'slug', 'name', 'plan', 'isActive', 'accountStatus'] },
      },
    })) as Membership[];
    return rows
      .filter((row) => row.community?.isActive && row.community.accountStatus === 'active')
      .sort((a, b) => a.community.name.localeCompare(b.community.name));
  };

  /** The account of the phone that was just proved: only ever the one named by that phone. */
  const findOrCreateUser = async (phone: string): Promise<UserRow> => {
    const existing = (await strapi.db.query(USER_UID).findOne({ where: { username: phone } })) as UserRow | null;
    if (existing) return existing;
    const role = await findMemberRole(strapi);
    return (await strapi.db.query(USER_UID).create({
      data: {
        username: phone,
        email: placeholderEmail(phone),
        provider: 'phone',
        confirmed: true,
        blocked: false,
        role: role.id,
      },
    })) as UserRow;
  };

  const issueTokens = async (userId: number, deviceId?: string): Promise<{ jwt: string; refreshToken?: string }> => {
    const mode = strapi.config.get<string>('plugin::users-permissions.jwtManagement', 'legacy-support');
    if (mode !== 'refresh') {
      return { jwt: strapi.plugin('users-permissions').service('jwt').issue({ id: userId }) as string };
    }
    const sessions = strapi.sessionManager('users-permissions');
    const refresh = await sessions.generateRefreshToken(String(userId), deviceId, { type: 'refresh' });
    const access = await sessions.generateAccessToken(refresh.token);
    if ('error' in access) throw new errors.ApplicationError('Could not start a session');
    return { jwt: access.token, refreshToken: refresh.token };
  };

  return {
    /**
     * Logs in the member who proved `phone`: finds or creates their account, links it to all their
     * memberships, records the login, and starts a session in the chosen (or first) community.
     */
    async login({ phone, communitySlug, deviceId }: { phone: string; communitySlug?: string; deviceId?: string }): Promise<MemberLoginResult> {
      const memberships = await activeMemberships(phone);
      if (memberships.length === 0) {
        throw new ForbiddenError('This number is not an active member of any community');
      }
      const chosen = communitySlug
        ? memberships.find((membership) => membership.community.slug === communitySlug)
        : memberships[0];
      if (!chosen) throw new ForbiddenError(`You are not a member of community "${communitySlug}"`);

      const user = await findOrCreateUser(phone);
      if (user.blocked) throw new ForbiddenError('This account is blocked: contact your community admin');

      const now = new Date();
      // The query engine, not the document service: linking and stamping a login is not a profile edit.
      for (const membership of memberships) {
        const data: Record<string, unknown> = membership.user?.id === user.id ? {} : { user: user.id };
        if (membership.id === chosen.id) data.lastLoginAt = now;
        if (Object.keys(data).length > 0) await strapi.db.query(MEMBER_UID).update({ where: { id: membership.id }, data });
      }

      const tokens = await issueTokens(user.id, deviceId);
      getAppService('api::audit-log.audit-log').record({
        action: 'login',
        entityType: 'session',
        entityDocumentId: chosen.documentId,
        entityLabel: chosen.name,
        communityId: chosen.community.id,
        actor: { type: 'member', id: chosen.documentId, label: chosen.name, userId: user.id },
      });
      const member = await getAppService('api::member.member').findOwn({
        community: chosen.community,
        access: 'member',
        memberDocumentId: chosen.documentId,
      });
      const memberModel = strapi.getModel(MEMBER_UID);
      return {
        ...tokens,
        user: { id: user.id, documentId: user.documentId, username: user.username },
        member: (await strapi.contentAPI.sanitize.output(member, memberModel)) as Record<string, unknown>,
        communities: memberships.map((membership) => ({ slug: membership.community.slug, name: membership.community.name })),
      };
    },
  };
};

export type MemberLoginService = ReturnType<typeof memberLoginService>;

export default memberLoginService;
