import type { Core } from '@strapi/strapi';

type Layout = { mainField: string; defaultSortBy: string; list: string[] };

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
    list: ['name', 'slug', 'plan', 'status', 'isActive'],
  },
};

const APPLIED_MARKER = { type: 'core' as const, name: 'community-connect', key: 'admin-layouts-applied' };

type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, unknown>;
  layouts: Record<string, unknown>;
};

type ContentTypesService = {
  findConfiguration(contentType: { uid: string }): Promise<Configuration>;
  updateConfiguration(contentType: { uid: string }, configuration: Configuration): Promise<Configuration>;
};

/**
 * Sets readable list columns and relation labels (a member's community shows its name, not its id)
 * on the first boot only, so layouts an admin changes later are kept.
 */
export const applyAdminLayouts = async (strapi: Core.Strapi) => {
  if (await strapi.store.get(APPLIED_MARKER)) return;
  const contentTypes = strapi.plugin('content-manager').service('content-types') as ContentTypesService;

  for (const [uid, layout] of Object.entries(ADMIN_LAYOUTS)) {
    const current = await contentTypes.findConfiguration({ uid });
    await contentTypes.updateConfiguration(
      { uid },
      {
        ...current,
        settings: {
          ...current.settings,
          mainField: layout.mainField,
          defaultSortBy: layout.defaultSortBy,
          defaultSortOrder: 'ASC',
        },
        layouts: { ...current.layouts, list: layout.list },
      }
    );
  }
  await strapi.store.set({ ...APPLIED_MARKER, value: true });
};
