/**
 * The admin inputs of the app's custom fields. Names and types match the server's registration
 * (src/lib/member-custom-fields.ts); without a server registration of the same name the field
 * would not load.
 */
import type { ComponentType } from 'react';

/** Strapi types a custom field's Input as taking no props; it renders it with the field's props. */
type InputModule = Promise<{ default: ComponentType }>;

export const MEMBER_CUSTOM_FIELDS = [
  {
    name: 'skills',
    type: 'json' as const,
    intlLabel: { id: 'community-connect.custom-field.skills', defaultMessage: 'Skills (tags)' },
    intlDescription: { id: 'community-connect.custom-field.skills.description', defaultMessage: 'A list of skills, edited as tags' },
    components: { Input: async () => import('./SkillsInput') as unknown as InputModule },
  },
  {
    name: 'year',
    type: 'integer' as const,
    intlLabel: { id: 'community-connect.custom-field.year', defaultMessage: 'Year' },
    intlDescription: { id: 'community-connect.custom-field.year.description', defaultMessage: 'A year, shown as written (2020, not 2,020)' },
    components: { Input: async () => import('./YearInput') as unknown as InputModule },
  },
];
