import type { Core } from '@strapi/strapi';

/** What a logged-in member may call; everything else stays closed to the Authenticated role. */
export const AUTHENTICATED_MEMBER_ACTIONS = [
  'api::member.member.find',
  'api::member.member.findOne',
  'api::member.member.me',
  'plugin::community-search.search.find',
] as const;

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';

/** The actions granted so far; each is granted once, so one an admin later removes stays removed. */
const GRANTED_MARKER = { type: 'core' as const, name: 'community-connect', key: 'member-permissions-granted' };
const REGISTRATION_MARKER = { type: 'core' as const, name: 'community-connect', key: 'password-registration-closed' };

/**
 * Sets up member access: the Authenticated role's member actions (new ones as the app gains
 * them) and no open sign-up. Each step runs once, so what an admin changes in the admin panel
 * stays changed.
 */
export const grantMemberRolePermissions = async (strapi: Core.Strapi) => {
  const alreadyGranted = new Set(((await strapi.store.get(GRANTED_MARKER)) as string[] | null) ?? []);
  const toGrant = AUTHENTICATED_MEMBER_ACTIONS.filter((action) => !alreadyGranted.has(action));

  if (toGrant.length > 0) {
    const role = (await strapi.db.query(ROLE_UID).findOne({ where: { type: 'authenticated' } })) as { id: number } | null;
    if (role) {
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
