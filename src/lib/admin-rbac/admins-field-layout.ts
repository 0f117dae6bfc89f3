import type { Core } from '@strapi/strapi';

import { COMMUNITY_UID } from './constants';

const APPLIED_MARKER = { type: 'core' as const, name: 'community-connect', key: 'community-admins-field-labelled' };

type FieldMetadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
type Configuration = { metadatas: Record<string, FieldMetadata> } & Record<string, unknown>;
type ContentTypesService = {
  findConfiguration(contentType: { uid: string }): Promise<Configuration>;
  updateConfiguration(contentType: { uid: string }, configuration: Configuration): Promise<Configuration>;
};

/**
 * The community edit view's "admins" picker names admin users by first name by default, which
 * does not tell two Priyas apart: show their email instead. Once, so a super admin's own choice
 * in *Configure the view* is kept.
 */
export const labelAdminsField = async (strapi: Core.Strapi) => {
  if (await strapi.store.get(APPLIED_MARKER)) return;
  const contentTypes = strapi.plugin('content-manager').service('content-types') as ContentTypesService;
  const current = await contentTypes.findConfiguration({ uid: COMMUNITY_UID });
  const admins = current.metadatas.admins ?? {};
  await contentTypes.updateConfiguration(
    { uid: COMMUNITY_UID },
    {
      ...current,
      metadatas: {
        ...current.metadatas,
        admins: { ...admins, edit: { ...admins.edit, mainField: 'email' }, list: { ...admins.list, mainField: 'email' } },
      },
    }
  );
  await strapi.store.set({ ...APPLIED_MARKER, value: true });
};
