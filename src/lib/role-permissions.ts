import type { Core } from '@strapi/strapi';

/** What a logged-in member may call; everything else stays closed to the Authenticated role. */
export const AUTHENTICATED_MEMBER_ACTIONS = [
  'api::member.member.find',
  'api::member.member.findOne',
  'api::member.member.me',
] as const;

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';

const GRANTED_MARKER = { type: 'core' as const, name: 'community-connect', key: 'member-permissions-granted' };

/**
 * Sets up member access on the first boot only, so what an admin later changes in the admin panel
 * stays changed: the Authenticated role's member actions, and no open sign-up.
 */
export const grantMemberRolePermissions = async (strapi: Core.Strapi) => {
  if (await strapi.store.get(GRANTED_MARKER)) return;
  const role = (await strapi.db.query(ROLE_UID).findOne({ where: { type: 'authenticated' } })) as { id: number } | null;
  if (!role) return;

  const existing = (await strapi.db.query(PERMISSION_UID).findMany({
    select: ['action'],
    where: { role: { id: role.id }, action: { $in: [...AUTHENTICATED_MEMBER_ACTIONS] } },
  })) as Array<{ action: string }>;
  const granted = new Set(existing.map((permission) => permission.action));

  for (const action of AUTHENTICATED_MEMBER_ACTIONS) {
    if (!granted.has(action)) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
  }
  await disablePasswordRegistration(strapi);
  await strapi.store.set({ ...GRANTED_MARKER, value: true });
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
