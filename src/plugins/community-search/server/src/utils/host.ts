import { hostPortOf, type HostPort } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';

/**
 * The plugin's one door to the host app (`@community-connect/kit`'s port): the request's tenant,
 * which communities an admin manages, contact visibility, the app's table names, member
 * import/export and quotas are all the app's to decide. The app reaches the plugin through
 * `src/lib/community-search.ts` in the other direction.
 */
export const hostOf = (strapi: Core.Strapi): HostPort => hostPortOf(strapi);
