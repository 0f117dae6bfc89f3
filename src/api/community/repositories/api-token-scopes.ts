import type { Core } from '@strapi/strapi';

const TABLE = 'community_api_tokens';

/** The token → community table (created by a migration); all SQL for it lives here. */
export const createApiTokenScopes = (strapi: Core.Strapi) => {
  const knex = () => strapi.db.connection;
  return {
    async communityOf(tokenId: number): Promise<number | null> {
      const row = (await knex()(TABLE).where({ token_id: tokenId }).first('community_id')) as { community_id: number } | undefined;
      return row ? Number(row.community_id) : null;
    },
    async boundTokenIds(): Promise<number[]> {
      const rows = (await knex()(TABLE).select('token_id')) as Array<{ token_id: number }>;
      return rows.map((row) => Number(row.token_id));
    },
    async bind(tokenId: number, communityId: number): Promise<void> {
      await knex()(TABLE).insert({ token_id: tokenId, community_id: communityId }).onConflict('token_id').merge();
    },
  };
};
