import type { Core } from '@strapi/strapi';

import { labelAdminsField } from './admins-field-layout';
import { grantPluginActions } from './plugin-grants';
import { findOrCreateCommunityAdminRole } from './role';

const CREATED_MARKER = { type: 'core' as const, name: 'community-connect', key: 'community-admin-role-created' };

/**
 * Sets up community admins on start: the Community Admin role, its plugin actions, and the label of the community's
 * admins picker. The role is created on the first start only: what a super admin later changes in
 * *Settings → Roles* (permissions, name, even deleting it) stays as they left it. Onboarding
 * recreates a deleted role when it needs one (`community-admins.findOrCreateRole`).
 */
export const setUpCommunityAdmins = async (strapi: Core.Strapi) => {
  if (!(await strapi.store.get(CREATED_MARKER))) {
    await findOrCreateCommunityAdminRole(strapi);
    await strapi.store.set({ ...CREATED_MARKER, value: true });
  }
  await grantPluginActions(strapi);
  await labelAdminsField(strapi);
};
