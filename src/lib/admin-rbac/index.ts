/** Community-scoped admins in the admin panel: conditions, the Community Admin role, a write guard. */
export { registerCommunityConditions } from './conditions';
export { registerCommunityAdminGuard } from './write-guard';
export { setUpCommunityAdmins } from './setup';
export { findOrCreateCommunityAdminRole, communityAdminPermissions } from './role';
export { communitiesOfAdmin } from './communities-of';
export { grantPluginActions } from './plugin-grants';
export * from './constants';
