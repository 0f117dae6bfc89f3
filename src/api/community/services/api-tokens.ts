import type { Core } from '@strapi/strapi';

import { getAppService } from '../../../lib/services';
import { createApiTokenScopes } from '../repositories/api-token-scopes';

export type IssuedApiToken = { id: number; name: string; type: 'full-access' | 'read-only'; accessKey: string };

/**
 * What a community's token may call: its own members, search, usage and billing. Issued as Strapi
 * "custom" tokens with exactly these actions, so the content-API token check itself keeps them off
 * every other route (users, uploads, other plugins), not just the routes that resolve a community.
 */
const READ_ACTIONS = [
  'api::member.member.find',
  'api::member.member.findOne',
  'api::member.member.export',
  'api::member.member.erasureRequests',
  'api::community.community.usage',
  'plugin::community-search.search.find',
  'plugin::community-search.status.find',
  'plugin::billing.billing.subscription',
];
const WRITE_ACTIONS = [
  'api::member.member.create',
  'api::member.member.update',
  'api::member.member.delete',
  'api::member.member.import',
  'api::member.member.bulkUpdate',
  'api::member.member.bulkDelete',
  'api::member.member.nlUpdate',
  'api::member.member.nlUpdateConfirm',
  'api::member.member.nlUpdateUndo',
  'api::member.member.erase',
  'plugin::billing.billing.checkout',
  'plugin::billing.billing.portal',
];

export const communityTokenActions = (type: IssuedApiToken['type']) => (type === 'read-only' ? READ_ACTIONS : [...READ_ACTIONS, ...WRITE_ACTIONS]);

/**
 * Community API tokens: Strapi API tokens confined to one community (for its admins' scripts and
 * integrations). Tokens made in Settings → API Tokens stay platform-wide (operators).
 */
const apiTokensService = ({ strapi }: { strapi: Core.Strapi }) => {
  const scopes = createApiTokenScopes(strapi);
  return {
    /**
     * Tokens bound before community tokens became "custom" kept Strapi's full access: narrow them
     * at start-up to the community actions (read-only ones stay read-only).
     */
    async restrictBoundTokens(): Promise<void> {
      const bound = await scopes.boundTokenIds();
      if (bound.length === 0) return;
      const tokens = (await strapi.db.query('admin::api-token').findMany({
        select: ['id', 'type'],
        where: { id: { $in: bound }, type: { $ne: 'custom' } },
      })) as Array<{ id: number; type: IssuedApiToken['type'] }>;
      for (const token of tokens) {
        await strapi.service('admin::api-token').update(token.id, { type: 'custom', permissions: communityTokenActions(token.type) });
      }
    },

    /** The community a token is confined to, or null for a platform token (read on every request: cached). */
    async communityOf(tokenId: number): Promise<number | null> {
      const bound = await getAppService('api::access.request-cache').get(`token-community:${tokenId}`, async () => ({
        communityId: await scopes.communityOf(tokenId),
      }));
      return bound.communityId;
    },

    /** Issues a token for the community; its access key is returned this once and never again. */
    async issue(community: { id: number; slug: string }, type: IssuedApiToken['type'] = 'full-access'): Promise<IssuedApiToken> {
      const token = (await strapi.service('admin::api-token').create({
        name: `${community.slug} ${type} ${new Date().toISOString().slice(0, 19)}`,
        description: `Confined to community "${community.slug}" (${type})`,
        kind: 'content-api',
        type: 'custom',
        permissions: communityTokenActions(type),
        lifespan: null,
      })) as { id: number; name: string; accessKey: string };
      try {
        await scopes.bind(token.id, community.id);
        await getAppService('api::access.request-cache').invalidate();
      } catch (error) {
        // Unbound, the token would count as a platform token: it must not outlive the failure.
        await strapi
          .service('admin::api-token')
          .revoke(token.id)
          .catch(() => strapi.log.error(`api-tokens: token ${token.id} is bound to no community after a failure; revoke it in Settings → API Tokens`));
        throw error;
      }
      return { id: token.id, name: token.name, type, accessKey: token.accessKey };
    },
  };
};

export type ApiTokensService = ReturnType<typeof apiTokensService>;

export default apiTokensService;
