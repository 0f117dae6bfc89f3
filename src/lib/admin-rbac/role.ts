import type { Core, UID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';

import {
  AUDIT_LOG_UID,
  COMMUNITY_ADMIN_PLUGIN_ACTIONS,
  COMMUNITY_ADMIN_ROLE,
  COMMUNITY_EDITABLE_FIELDS,
  COMMUNITY_UID,
  CONDITION_NAMES,
  MEMBER_UID,
  conditionId,
} from './constants';

type Permission = {
  action: string;
  subject: string | null;
  properties: { fields?: string[] };
  conditions: string[];
};

type RoleRow = { id: number; code: string; name: string };

type RoleService = {
  create(attributes: { name: string; code: string; description: string }): Promise<RoleRow>;
  assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
};

const explorer = (action: 'read' | 'create' | 'update' | 'delete') => `plugin::content-manager.explorer.${action}`;

/** The fields the admin panel can grant on a content type (Strapi's own bookkeeping excluded). */
const grantableFields = (strapi: Core.Strapi, uid: string): string[] => {
  const model = strapi.getModel(uid as UID.Schema);
  const hidden = new Set(contentTypes.getNonVisibleAttributes(model));
  return Object.keys(model.attributes).filter((field) => !hidden.has(field));
};

/**
 * What a Community Admin may do, each on their own communities only. Members: everything but the
 * link to a member's login account (`user`, set only by phone login: linking another account
 * would let someone log in as the member) and `lastLoginAt` (written by logins). Communities:
 * read all but who manages them, edit only the allow-listed fields. Audit log: read.
 */
export const communityAdminPermissions = (strapi: Core.Strapi): Permission[] => {
  const memberRead = grantableFields(strapi, MEMBER_UID).filter((field) => field !== 'user');
  // canReceiveCodes is derived from the phone on every write (src/lib/member-rules.ts).
  const memberWrite = memberRead.filter((field) => field !== 'lastLoginAt' && field !== 'canReceiveCodes');
  const communityRead = grantableFields(strapi, COMMUNITY_UID).filter((field) => field !== 'admins');
  const member = [conditionId(CONDITION_NAMES.member)];
  const community = [conditionId(CONDITION_NAMES.community)];

  return [
    { action: explorer('read'), subject: MEMBER_UID, properties: { fields: memberRead }, conditions: member },
    { action: explorer('create'), subject: MEMBER_UID, properties: { fields: memberWrite }, conditions: member },
    { action: explorer('update'), subject: MEMBER_UID, properties: { fields: memberWrite }, conditions: member },
    // Delete applies to whole documents: Strapi's delete action takes no fields.
    { action: explorer('delete'), subject: MEMBER_UID, properties: {}, conditions: member },
    { action: explorer('read'), subject: COMMUNITY_UID, properties: { fields: communityRead }, conditions: community },
    { action: explorer('update'), subject: COMMUNITY_UID, properties: { fields: [...COMMUNITY_EDITABLE_FIELDS] }, conditions: community },
    {
      action: explorer('read'),
      subject: AUDIT_LOG_UID,
      properties: { fields: grantableFields(strapi, AUDIT_LOG_UID) },
      conditions: [conditionId(CONDITION_NAMES.auditLog)],
    },
  ];
};

type ActionProvider = { has(actionId: string): boolean };

/** The plugins' admin actions a Community Admin gets (those a plugin registered on this start). */
const registeredPluginPermissions = (strapi: Core.Strapi): Permission[] => {
  const { actionProvider } = strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider };
  return COMMUNITY_ADMIN_PLUGIN_ACTIONS.filter((action) => actionProvider.has(action)).map((action) => ({
    action,
    subject: null as unknown as string,
    properties: {},
    conditions: [],
  }));
};

export const findCommunityAdminRole = async (strapi: Core.Strapi): Promise<RoleRow | null> =>
  (await strapi.db.query('admin::role').findOne({ where: { code: COMMUNITY_ADMIN_ROLE.code } })) as RoleRow | null;

/**
 * The Community Admin role's id, creating it with its permissions when it does not exist. Role
 * names are unique: if an admin already named another role "Community Admin", ours gets a
 * distinct name rather than adopting a role whose permissions nobody checked.
 */
export const findOrCreateCommunityAdminRole = async (strapi: Core.Strapi): Promise<number> => {
  const existing = await findCommunityAdminRole(strapi);
  if (existing) return existing.id;

  const roles = strapi.service('admin::role') as unknown as RoleService;
  const nameTaken = await strapi.db.query('admin::role').findOne({ where: { name: COMMUNITY_ADMIN_ROLE.name } });
  const role = await roles.create({
    ...COMMUNITY_ADMIN_ROLE,
    name: nameTaken ? `${COMMUNITY_ADMIN_ROLE.name} (${COMMUNITY_ADMIN_ROLE.code})` : COMMUNITY_ADMIN_ROLE.name,
  });
  await roles.assignPermissions(role.id, [...communityAdminPermissions(strapi), ...registeredPluginPermissions(strapi)]);
  return role.id;
};
