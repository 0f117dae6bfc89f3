import fs from 'node:fs';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

import { parseMemberCsv } from './member-csv';

export const DEMO_COMMUNITY = {
  name: 'Demo Alumni Network',
  slug: 'demo',
  description: 'Sample community loaded on first start so the directory can be tried at once.',
  plan: 'pro',
  // A number from the range reserved for fiction, so `npm run whatsapp:sim` works on the demo at once.
  whatsappNumber: '+12025550100',
} as const;

export const demoCsvPath = (appRoot: string) => path.join(appRoot, 'database', 'seed', 'demo-community.csv');

/**
 * Creates a community from a member CSV. Rows that fail validation are reported and skipped; the
 * rest are loaded.
 */
export const loadCommunityFromCsv = async (
  strapi: Core.Strapi,
  csvPath: string,
  community: { name: string; slug: string; description?: string; plan?: string; whatsappNumber?: string }
) => {
  const { members, errors } = parseMemberCsv(fs.readFileSync(csvPath, 'utf8'));
  for (const { line, errors: fieldErrors } of errors) {
    const reasons = fieldErrors.map((error) => `${error.path.join('.')} ${error.message}`.trim()).join('; ');
    strapi.log.warn(`Demo data: skipped line ${line}: ${reasons}`);
  }

  const created = await strapi.documents('api::community.community').create({ data: community } as never);
  for (const { member } of members) {
    await strapi.documents('api::member.member').create({
      data: { ...member, community: created.documentId },
    } as never);
  }
  return { community: created, members: members.length, skipped: errors.length };
};

/** Loads the demo community, only on a database that has no community yet. */
export const seedDemoCommunity = async (strapi: Core.Strapi, csvPath: string) => {
  const communities = await strapi.db.query('api::community.community').count({});
  if (communities > 0) return { created: false as const };

  const result = await loadCommunityFromCsv(strapi, csvPath, { ...DEMO_COMMUNITY });
  strapi.log.info(`Demo data: loaded community "${DEMO_COMMUNITY.slug}" with ${result.members} members`);
  return { created: true as const, members: result.members, skipped: result.skipped };
};
