import { hostPortOf, type HostPort } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';

/**
 * The plugin's one door to the host app (`@community-connect/kit`'s port): the request's tenant,
 * which communities an admin manages and each community's usage are the app's to decide.
 */
export const hostOf = (strapi: Core.Strapi): HostPort => hostPortOf(strapi);
