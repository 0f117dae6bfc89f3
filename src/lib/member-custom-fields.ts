import type { Core } from '@strapi/strapi';

/**
 * Custom fields the member schema uses (`global::skills`, `global::year`): stored as their
 * underlying type, so the data, the API and imports are unchanged; only the admin panel's input
 * differs (src/admin/custom-fields). Registered in the app's register, before Strapi swaps each
 * custom field for its type.
 */
export const MEMBER_CUSTOM_FIELDS = { 'global::skills': 'json', 'global::year': 'integer' } as const;

export const registerMemberCustomFields = (strapi: Core.Strapi) => {
  strapi.customFields.register(
    Object.entries(MEMBER_CUSTOM_FIELDS).map(([uid, type]) => ({ name: uid.slice('global::'.length), type }))
  );
};

type Attribute = { type: string; customField?: string };

/** Attributes read from schema.json with each custom field as its stored type (what Strapi does at register). */
export const withStoredTypes = <TAttribute extends Attribute>(attributes: Record<string, TAttribute>): Record<string, TAttribute> =>
  Object.fromEntries(
    Object.entries(attributes).map(([field, attribute]) => {
      const stored = attribute.type === 'customField' ? MEMBER_CUSTOM_FIELDS[attribute.customField as keyof typeof MEMBER_CUSTOM_FIELDS] : undefined;
      return [field, stored ? { ...attribute, type: stored } : attribute];
    })
  );
