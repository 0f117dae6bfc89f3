import { z } from 'zod';

import { memberUpdateSchema } from '../../../lib/member-input';

const MAX_SELECTION = 10_000;

/** Bulk actions pick members by id or by the same filters the list route offers (one of the two). */
const selectionSchema = z
  .strictObject({
    ids: z.array(z.string().trim().min(1).max(64)).min(1).max(MAX_SELECTION).optional(),
    filter: z
      .strictObject({
        city: z.string().trim().min(1).max(100).optional(),
        industry: z.string().trim().min(1).max(200).optional(),
        skill: z.string().trim().min(1).max(100).optional(),
        graduationYear: z.number().int().min(1900).max(2100).optional(),
        isActive: z.boolean().optional(),
      })
      .refine((filter) => Object.keys(filter).length > 0, 'must name at least one field')
      .optional(),
  })
  .refine((selection) => (selection.ids === undefined) !== (selection.filter === undefined), {
    message: 'needs either "ids" or "filter": give one of them, not both or neither',
  });

export type MemberSelection = z.output<typeof selectionSchema>;

export const bulkDeleteSchema = selectionSchema;

export const bulkUpdateSchema = z.intersection(
  selectionSchema,
  z.object({
    // A phone is a person's identity: never changed for many members at once.
    data: memberUpdateSchema.omit({ phone: true }).refine((data) => Object.keys(data).length > 0, 'must change at least one field'),
  })
);

export const importQuerySchema = z.strictObject({ mode: z.enum(['upsert', 'create']).default('upsert') });

export const exportQuerySchema = z.strictObject({
  format: z.enum(['csv', 'json']).default('csv'),
  includeInactive: z.enum(['true', 'false']).default('false'),
});
