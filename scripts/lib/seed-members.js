// @ts-check
'use strict';

/**
 * Seeds a community of members straight into Strapi's tables, for the search benchmark
 * (`npm run bench:search`) and the load tests (tests/load/helpers/seed.js). Bulk SQL, not the
 * document service: both measure requests, not the save path, and need thousands of members in
 * seconds. The members are not indexed for search here; callers reindex (and time it) themselves.
 */
const { randomBytes } = require('node:crypto');

const DEFAULT_CHUNK_SIZE = 500;

/** A 24-character Strapi document id. */
const documentId = () => randomBytes(18).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, 'x').slice(0, 24);

/**
 * Inserts members (in the shape of scripts/lib/synthetic-community.js) into the members table and
 * links each to the community, in chunks.
 * @param {import('knex').Knex} knex
 * @param {number} communityId
 * @param {Array<Record<string, any>>} members
 * @param {{ chunkSize?: number }} [options]
 */
const insertMembers = async (knex, communityId, members, { chunkSize = DEFAULT_CHUNK_SIZE } = {}) => {
  const now = new Date();
  for (let offset = 0; offset < members.length; offset += chunkSize) {
    const chunk = members.slice(offset, offset + chunkSize);
    const ids = await knex('members')
      .insert(
        chunk.map((member) => ({
          document_id: documentId(),
          name: member.name,
          phone: member.phone,
          email: member.email,
          city: member.city,
          state: member.state,
          country: member.country,
          organization: member.organization,
          designation: member.designation,
          industry: member.industry,
          skills: JSON.stringify(member.skills),
          degree: member.degree,
          branch: member.branch,
          graduation_year: member.graduationYear,
          annual_turnover_inr: member.annualTurnoverInr,
          bio: member.bio,
          is_active: member.isActive ?? true,
          directory_visible: member.directoryVisible ?? true,
          contact_visibility: member.contactVisibility,
          created_at: now,
          updated_at: now,
          published_at: now,
        }))
      )
      .returning('id');
    await knex('members_community_lnk').insert(
      ids.map((row, index) => ({ member_id: row.id ?? row, community_id: communityId, member_ord: offset + index + 1 }))
    );
  }
};

/**
 * Creates a community through the document service, then bulk-inserts its members.
 * @param {any} strapi a loaded Strapi instance
 * @param {{ community: Record<string, unknown>, members: Array<Record<string, any>>, chunkSize?: number }} options
 * @returns {Promise<{ id: number, documentId: string, slug: string }>} the created community
 */
const seedCommunity = async (strapi, { community, members, chunkSize }) => {
  const created = await strapi.documents('api::community.community').create({ data: community });
  await insertMembers(strapi.db.connection, created.id, members, { chunkSize });
  return created;
};

module.exports = { seedCommunity, insertMembers };
