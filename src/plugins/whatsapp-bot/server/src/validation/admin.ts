import { errors } from '@strapi/utils';
import { z } from 'zod';

const listQuerySchema = z.strictObject({
  status: z.enum(['dead', 'sent', 'delivered', 'read', 'failed', 'queued']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

const toValidationError = (error: z.ZodError) =>
  new errors.ValidationError('Invalid request', {
    errors: error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })),
  });

export const parseMessageListQuery = (query: unknown) => {
  const result = listQuerySchema.safeParse(query ?? {});
  if (!result.success) throw toValidationError(result.error);
  return result.data;
};

export const parseMessageId = (raw: unknown) => {
  const result = z.coerce.number().int().positive().safeParse(raw);
  if (!result.success) throw toValidationError(result.error);
  return result.data;
};
