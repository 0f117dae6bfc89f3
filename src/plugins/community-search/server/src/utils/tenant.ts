import { errors } from '@strapi/utils';

/** The community a request acts in, as the app's `global::resolve-community` policy leaves it. */
export type RequestTenant = {
  community: { id: number; slug: string };
  access: 'operator' | 'member';
  memberDocumentId?: string;
};

export const requireTenant = (ctx: { state: Record<string, unknown> }): RequestTenant => {
  const tenant = ctx.state.tenant as RequestTenant | undefined;
  if (!tenant) throw new errors.ApplicationError('No community was resolved for this request');
  return tenant;
};
