/** Names shared by the community-admin conditions, role, guard and service. */

export const COMMUNITY_UID = 'api::community.community';
export const MEMBER_UID = 'api::member.member';
export const AUDIT_LOG_UID = 'api::audit-log.audit-log';

/** Strapi's own code for the role that bypasses every condition. */
export const SUPER_ADMIN_ROLE_CODE = 'strapi-super-admin';

export const COMMUNITY_ADMIN_ROLE = {
  code: 'community-admin',
  name: 'Community Admin',
  description:
    'Manages the members of the communities they are linked to (Community → admins); sees those communities and their audit log; cannot change plans, limits or status.',
} as const;

/**
 * Condition names (registered without a plugin, so Strapi stores them as `api::<name>`). One per
 * content type because each reaches "its community" by a different path.
 */
export const CONDITION_NAMES = {
  member: 'member-in-my-communities',
  community: 'community-is-mine',
  auditLog: 'audit-log-in-my-communities',
} as const;

export const conditionId = (name: string) => `api::${name}`;

/**
 * What only a super admin may change on a community: the commercial terms (plan, limits), whether
 * it is open, its addresses (slug, and the WhatsApp number messages are routed by: a community
 * admin claiming another number would receive its members' messages) and who manages it. `members` is listed too: moving members
 * through the community side would bypass the member checks.
 */
export const COMMUNITY_LOCKED_FIELDS = ['plan', 'accountStatus', 'memberLimit', 'searchLimitPerMonth', 'isActive', 'slug', 'whatsappNumber', 'admins', 'members'] as const;

/** What a community admin may edit on their community (an allow-list: new fields start locked). */
export const COMMUNITY_EDITABLE_FIELDS = ['name', 'description', 'settings'] as const;

/**
 * The admin-panel actions of the app's plugins that a Community Admin gets besides the Content
 * Manager: homepage widgets, search analytics and log export, search settings (synonyms, test
 * queries, their community's reindex) and member import/export. Each route still limits them to
 * the admin's own communities. The global parser/embedding settings stay with super admins.
 */
export const COMMUNITY_ADMIN_PLUGIN_ACTIONS = [
  'plugin::community-search.dashboard.read',
  'plugin::community-search.analytics.read',
  'plugin::community-search.analytics.export',
  'plugin::community-search.settings.read',
  'plugin::community-search.synonyms.update',
  'plugin::community-search.index.reindex',
  'plugin::community-search.members.import',
  'plugin::community-search.members.export',
  'plugin::whatsapp-bot.read',
  'plugin::whatsapp-bot.manage',
  'plugin::billing.read',
  'plugin::billing.manage',
] as const;
