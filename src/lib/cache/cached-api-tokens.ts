import type { Core } from '@strapi/strapi';

import { getAppService } from '../services';

/** The service Strapi's content-API token strategy asks for the token on every request. */
const CONTENT_API_TOKENS = 'admin::api-token-content-api';

type ApiTokenLookup = { permissions?: string[] } & Record<string, unknown>;
type TokenService = {
  getByAccessKey(accessKeyHash: string, options?: { includeDecryptedKey?: boolean }): Promise<ApiTokenLookup | null>;
};

/**
 * Strapi reads an API token with its permissions (four statements) on every request. The lookup
 * by hashed key is served from the request cache instead, which any write to a token or its
 * permissions invalidates on every instance, so a revoked or regenerated token is refused at
 * once. Each request gets its own copy: nothing it does to the token reaches the next one.
 */
export const registerCachedApiTokens = (strapi: Core.Strapi) => {
  strapi.get('services').extend(CONTENT_API_TOKENS, (service: TokenService) => {
    const lookUp = service.getByAccessKey.bind(service);
    return {
      ...service,
      async getByAccessKey(accessKeyHash: string, options?: { includeDecryptedKey?: boolean }) {
        // The decrypted key is for its owner's eyes in the admin panel: never kept.
        if (options?.includeDecryptedKey) return lookUp(accessKeyHash, options);
        const token = await getAppService('api::access.request-cache').get(`api-token:${accessKeyHash}`, () => lookUp(accessKeyHash));
        return token && { ...token, ...(Array.isArray(token.permissions) ? { permissions: [...token.permissions] } : {}) };
      },
    };
  });
};
