import type { Core } from '@strapi/strapi';

/** The users-permissions role every member logs in with (phone OTP creates users with it). */
export const MEMBER_ROLE = {
  type: 'member',
  name: 'Member',
  description: 'Community members who log in with a phone code: search and read their community, edit their own profile.',
} as const;

/** What a logged-in member may call; everything else stays closed to them. */
export const MEMBER_ACTIONS = [
  'api::member.member.find',
  'api::member.member.findOne',
  'api::member.member.me',
  'api::member.member.updateMe',
  'api::member.member.nlUpdate',
  'api::member.member.nlUpdateConfirm',
  'api::member.member.nlUpdateUndo',
  'api::member.member.exportMe',
  'api::member.member.requestErasure',
  'plugin::community-search.search.find',
  'plugin::users-permissions.auth.logout',
  'plugin::users-permissions.auth.getSessions',
  'plugin::users-permissions.auth.revokeSession',
] as const;

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';

/** The actions granted so far; each is granted once, so one an admin later removes stays removed. */
const GRANTED_MARKER = { type: 'core' as const, name: 'community-connect', key: 'member-role-permissions-granted' };
const REGISTRATION_MARKER = { type: 'core' as const, name: 'community-connect', key: 'password-registration-closed' };

type RoleRow = { id: number };

export const findMemberRole = async (strapi: Core.Strapi): Promise<RoleRow> => {
  const existing = (await strapi.db.query(ROLE_UID).findOne({ where: { type: MEMBER_ROLE.type } })) as RoleRow | null;
  if (existing) return existing;
  return (await strapi.db.query(ROLE_UID).create({ data: { ...MEMBER_ROLE } })) as RoleRow;
};

/**
 * Sets up member access: the Member role with its actions (new ones as the app gains them) and no
 * open sign-up. Each step runs once, so what an admin changes in the admin panel stays changed.
 */
export const setUpMemberRole = async (strapi: Core.Strapi) => {
  const role = await findMemberRole(strapi);
  const alreadyGranted = new Set(((await strapi.store.get(GRANTED_MARKER)) as string[] | null) ?? []);
  const toGrant = MEMBER_ACTIONS.filter((action) => !alreadyGranted.has(action));

  if (toGrant.length > 0) {
    const existing = (await strapi.db.query(PERMISSION_UID).findMany({
      select: ['action'],
      where: { role: { id: role.id }, action: { $in: toGrant } },
    })) as Array<{ action: string }>;
    const present = new Set(existing.map((permission) => permission.action));
    for (const action of toGrant) {
      if (!present.has(action)) await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
    await strapi.store.set({ ...GRANTED_MARKER, value: [...alreadyGranted, ...toGrant] });
  }

  if (!(await strapi.store.get(REGISTRATION_MARKER))) {
    await disablePasswordRegistration(strapi);
    await strapi.store.set({ ...REGISTRATION_MARKER, value: true });
  }
};

/**
 * Members prove who they are with their phone, so users-permissions' open email/password sign-up
 * (`/api/auth/local/register`) is switched off: accounts exist only for members.
 */
const disablePasswordRegistration = async (strapi: Core.Strapi) => {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
};
