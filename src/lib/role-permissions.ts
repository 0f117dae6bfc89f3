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
 * Grants the Authenticated role its member actions on the first boot only, so permissions an
 * admin later removes in the admin panel stay removed.
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
  await strapi.store.set({ ...GRANTED_MARKER, value: true });
};
