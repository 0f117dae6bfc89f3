import type { Core } from '@strapi/strapi';

import { MEMBER_FIELD_TEXT, MEMBER_INTERNAL_FIELDS } from './member-fields';

type Layout = {
  mainField: string;
  defaultSortBy: string;
  defaultSortOrder?: 'ASC' | 'DESC';
  list: string[];
  /** Column headings (list view labels) for fields whose names read badly. */
  labels?: Record<string, string>;
  /** Fields shown but not editable in the edit view (the entries are written by the app). */
  readOnly?: boolean;
};

/** How the Content Manager shows communities and members before an admin customises it. */
export const ADMIN_LAYOUTS: Record<string, Layout> = {
  'api::member.member': {
    mainField: 'name',
    defaultSortBy: 'name',
    list: ['name', 'city', 'designation', 'organization', 'graduationYear', 'isActive'],
    labels: { graduationYear: 'Graduation year', isActive: 'Active', directoryVisible: 'In directory', linkedinUrl: 'LinkedIn', canReceiveCodes: 'Can receive login codes' },
  },
  'api::community.community': {
    mainField: 'name',
    defaultSortBy: 'name',
    list: ['name', 'slug', 'plan', 'accountStatus', 'isActive'],
  },
  'api::audit-log.audit-log': {
    mainField: 'entityLabel',
    defaultSortBy: 'occurredAt',
    defaultSortOrder: 'DESC',
    list: ['occurredAt', 'action', 'entityType', 'entityLabel', 'actorLabel'],
    readOnly: true,
  },
};

/** The layouts applied before the marker listed them one by one. */
const FIRST_LAYOUTS = ['api::member.member', 'api::community.community'];

const APPLIED_MARKER = { type: 'core' as const, name: 'community-connect', key: 'admin-layouts-applied' };

/** The member list's first columns: databases still showing exactly these get the current ones once. */
const FIRST_MEMBER_LIST = ['name', 'city', 'organization', 'designation', 'community', 'isActive'];
const MEMBER_LIST_MARKER = { type: 'core' as const, name: 'community-connect', key: 'member-list-columns-v2' };

type FieldMetadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };

type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: Record<string, unknown>;
};

type ContentTypesService = {
  findConfiguration(contentType: { uid: string }): Promise<Configuration>;
  updateConfiguration(contentType: { uid: string }, configuration: Configuration): Promise<Configuration>;
};

const labelled = (metadatas: Record<string, FieldMetadata>, labels: Record<string, string> = {}) =>
  Object.fromEntries(
    Object.entries(metadatas).map(([field, metadata]) =>
      labels[field] ? [field, { ...metadata, list: { ...metadata.list, label: labels[field] }, edit: { ...metadata.edit, label: labels[field] } }] : [field, metadata]
    )
  );

const readOnlyMetadatas = (metadatas: Record<string, FieldMetadata>) =>
  Object.fromEntries(
    Object.entries(metadatas).map(([field, metadata]) => [field, { ...metadata, edit: { ...metadata.edit, editable: false } }])
  );

const MEMBER_UID = 'api::member.member';

/**
 * The member list shows what admins look people up by (name, city, designation, organization,
 * graduation year, active). Databases whose list still has the first default columns get these
 * once; a list an admin arranged differently is left alone.
 */
const upgradeMemberList = async (strapi: Core.Strapi, contentTypes: ContentTypesService, alreadyLaidOut: boolean) => {
  if (await strapi.store.get(MEMBER_LIST_MARKER)) return;
  if (alreadyLaidOut) {
    const current = await contentTypes.findConfiguration({ uid: MEMBER_UID });
    const list = (current.layouts.list ?? []) as string[];
    if (JSON.stringify(list) === JSON.stringify(FIRST_MEMBER_LIST)) {
      const layout = ADMIN_LAYOUTS[MEMBER_UID];
      await contentTypes.updateConfiguration(
        { uid: MEMBER_UID },
        { ...current, metadatas: labelled(current.metadatas, layout.labels), layouts: { ...current.layouts, list: layout.list } }
      );
    }
  }
  // A fresh database gets the current columns from the first layout pass.
  await strapi.store.set({ ...MEMBER_LIST_MARKER, value: true });
};

/** The member form speaks to people: labels, descriptions and no internal fields, once per database. */
const MEMBER_EDIT_VIEW_MARKER = { type: 'core' as const, name: 'community-connect', key: 'member-edit-view-v1' };

type EditRow = Array<{ name: string; size?: number }>;

/**
 * Every member field gets its label and description (src/lib/member-fields.ts) in the edit view,
 * the list and the filters, where it still has Strapi's default (the field name, no description):
 * a label an admin changed is kept. The fields the app writes itself leave the edit form (they stay
 * in the data and the API). Applied once, to fresh and existing databases alike.
 */
export const memberEditView = (current: Configuration): Configuration => {
  const metadatas = Object.fromEntries(
    Object.entries(current.metadatas).map(([field, metadata]) => {
      const text = MEMBER_FIELD_TEXT[field as keyof typeof MEMBER_FIELD_TEXT];
      if (!text) return [field, metadata];
      const listLabel = metadata.list?.label === undefined || metadata.list.label === field ? text.label : metadata.list.label;
      const editLabel = metadata.edit?.label === undefined || metadata.edit.label === field ? text.label : metadata.edit.label;
      const description = metadata.edit?.description ? metadata.edit.description : text.description;
      return [field, { ...metadata, list: { ...metadata.list, label: listLabel }, edit: { ...metadata.edit, label: editLabel, description } }];
    })
  );
  const internal = new Set<string>(MEMBER_INTERNAL_FIELDS);
  const edit = ((current.layouts.edit ?? []) as EditRow[])
    .map((row) => row.filter((cell) => !internal.has(cell.name)))
    .filter((row) => row.length > 0);
  return { ...current, metadatas, layouts: { ...current.layouts, edit } };
};

const applyMemberEditView = async (strapi: Core.Strapi, contentTypes: ContentTypesService) => {
  if (await strapi.store.get(MEMBER_EDIT_VIEW_MARKER)) return;
  const current = await contentTypes.findConfiguration({ uid: MEMBER_UID });
  await contentTypes.updateConfiguration({ uid: MEMBER_UID }, memberEditView(current));
  await strapi.store.set({ ...MEMBER_EDIT_VIEW_MARKER, value: true });
};

/**
 * Sets readable list columns and relation labels (a member's community shows its name, not its id)
 * once per content type, so layouts an admin changes later are kept and new content types still
 * get theirs on databases that already have the others.
 */
export const applyAdminLayouts = async (strapi: Core.Strapi) => {
  const marker = (await strapi.store.get(APPLIED_MARKER)) as boolean | string[] | null;
  const applied = new Set(marker === true ? FIRST_LAYOUTS : Array.isArray(marker) ? marker : []);
  const toApply = Object.entries(ADMIN_LAYOUTS).filter(([uid]) => !applied.has(uid));
  const contentTypes = strapi.plugin('content-manager').service('content-types') as ContentTypesService;
  await upgradeMemberList(strapi, contentTypes, applied.has(MEMBER_UID));
  if (toApply.length > 0) await applyFirstLayouts(strapi, contentTypes, toApply, applied);
  await applyMemberEditView(strapi, contentTypes);
};

const applyFirstLayouts = async (strapi: Core.Strapi, contentTypes: ContentTypesService, toApply: Array<[string, Layout]>, applied: Set<string>) => {
  for (const [uid, layout] of toApply) {
    const current = await contentTypes.findConfiguration({ uid });
    await contentTypes.updateConfiguration(
      { uid },
      {
        ...current,
        settings: {
          ...current.settings,
          mainField: layout.mainField,
          defaultSortBy: layout.defaultSortBy,
          defaultSortOrder: layout.defaultSortOrder ?? 'ASC',
        },
        metadatas: labelled(layout.readOnly ? readOnlyMetadatas(current.metadatas) : current.metadatas, layout.labels),
        layouts: { ...current.layouts, list: layout.list },
      }
    );
    applied.add(uid);
  }
  await strapi.store.set({ ...APPLIED_MARKER, value: [...applied] });
};
