import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';

import { isContentApiPath } from '../lib/rate-limit/request-path';
import { setRoutedCommunitySlug } from '../lib/tenant-context';

// Case-insensitive like the router (`/API/c/Slug/members` is the same route); slugs are lower case.
const PATH_FORM = /^\/api\/c\/([a-z0-9]+(?:-[a-z0-9]+)*)(\/.*)$/i;
const SLUG_LABEL = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The routes a community may be named in the URL for: its members, its search, its usage. */
const ROUTABLE = [/^\/api\/members(\/|$)/i, /^\/api\/community-search\//i, /^\/api\/communities\/current\//i];

type CommunityRoutingConfig = { baseDomain?: string };

/**
 * Lets a URL name the community, besides the X-Community header: `/api/c/<slug>/members` is
 * served as `/api/members` in `<slug>`, and with BASE_DOMAIN set, `<slug>.<BASE_DOMAIN>/api/...`
 * acts in `<slug>`. The tenancy policy still decides whether the caller may act there.
 */
const communityRouting = (config: CommunityRoutingConfig = {}) => {
  const baseDomain = config.baseDomain?.trim().toLowerCase().replace(/^\.+/, '') || undefined;

  return async (ctx: Context, next: Next) => {
    const pathForm = PATH_FORM.exec(ctx.path);
    if (pathForm) {
      const [, slug, rest] = pathForm;
      const target = `/api${rest}`;
      if (!ROUTABLE.some((pattern) => pattern.test(target))) {
        throw new errors.NotFoundError(`${target} cannot be addressed per community`);
      }
      ctx.path = target;
      setRoutedCommunitySlug(ctx, slug.toLowerCase());
    } else if (baseDomain && isContentApiPath(ctx.path)) {
      const host = ctx.hostname.toLowerCase();
      if (host.endsWith(`.${baseDomain}`)) {
        const label = host.slice(0, -(baseDomain.length + 1));
        if (SLUG_LABEL.test(label)) setRoutedCommunitySlug(ctx, label);
      }
    }
    await next();
  };
};

export default communityRouting;
