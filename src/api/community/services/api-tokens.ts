import type { Core } from '@strapi/strapi';

import { createApiTokenScopes } from '../repositories/api-token-scopes';

export type IssuedApiToken = { id: number; name: string; type: 'full-access' | 'read-only'; accessKey: string };

/**
 * Community API tokens: Strapi API tokens confined to one community (for its admins' scripts and
 * integrations). Tokens made in Settings → API Tokens stay platform-wide (operators).
 */
const apiTokensService = ({ strapi }: { strapi: Core.Strapi }) => {
  const scopes = createApiTokenScopes(strapi);
  return {
    /** The community a token is confined to, or null for a platform token. */
    communityOf: (tokenId: number) => scopes.communityOf(tokenId),

    /** Issues a token for the community; its access key is returned this once and never again. */
    async issue(community: { id: number; slug: string }, type: IssuedApiToken['type'] = 'full-access'): Promise<IssuedApiToken> {
      const token = (await strapi.service('admin::api-token').create({
        name: `${community.slug} ${type} ${new Date().toISOString().slice(0, 19)}`,
        description: `Confined to community "${community.slug}"`,
        kind: 'content-api',
        type,
        lifespan: null,
      })) as { id: number; name: string; accessKey: string };
      await scopes.bind(token.id, community.id);
      return { id: token.id, name: token.name, type, accessKey: token.accessKey };
    },
  };
};

export type ApiTokensService = ReturnType<typeof apiTokensService>;

export default apiTokensService;
