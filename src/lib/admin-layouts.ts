import type { Core } from '@strapi/strapi';

type Layout = {
  mainField: string;
  defaultSortBy: string;
  defaultSortOrder?: 'ASC' | 'DESC';
  list: string[];
  /** Fields shown but not editable in the edit view (the entries are written by the app). */
  readOnly?: boolean;
};

/** How the Content Manager shows communities and members before an admin customises it. */
export const ADMIN_LAYOUTS: Record<string, Layout> = {
  'api::member.member': {
    mainField: 'name',
    defaultSortBy: 'name',
    list: ['name', 'city', 'organization', 'designation', 'community', 'isActive'],
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

const readOnlyMetadatas = (metadatas: Record<string, FieldMetadata>) =>
  Object.fromEntries(
    Object.entries(metadatas).map(([field, metadata]) => [field, { ...metadata, edit: { ...metadata.edit, editable: false } }])
  );

/**
 * Sets readable list columns and relation labels (a member's community shows its name, not its id)
 * once per content type, so layouts an admin changes later are kept and new content types still
 * get theirs on databases that already have the others.
 */
export const applyAdminLayouts = async (strapi: Core.Strapi) => {
  const marker = (await strapi.store.get(APPLIED_MARKER)) as boolean | string[] | null;
  const applied = new Set(marker === true ? FIRST_LAYOUTS : Array.isArray(marker) ? marker : []);
  const toApply = Object.entries(ADMIN_LAYOUTS).filter(([uid]) => !applied.has(uid));
  if (toApply.length === 0) return;
  const contentTypes = strapi.plugin('content-manager').service('content-types') as ContentTypesService;

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
        metadatas: layout.readOnly ? readOnlyMetadatas(current.metadatas) : current.metadatas,
        layouts: { ...current.layouts, list: layout.list },
      }
    );
    applied.add(uid);
  }
  await strapi.store.set({ ...APPLIED_MARKER, value: [...applied] });
};
