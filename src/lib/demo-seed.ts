import fs from 'node:fs';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

import { parseMemberCsv } from './member-csv';

export const DEMO_COMMUNITY = {
  name: 'Demo Alumni Network',
  slug: 'demo',
  description: 'Sample community loaded on first start so the directory can be tried at once.',
  plan: 'pro',
} as const;

export const demoCsvPath = (appRoot: string) => path.join(appRoot, 'database', 'seed', 'demo-community.csv');

/**
 * Loads the demo community on a database that has no community yet. Rows that fail validation are
 * reported and skipped; the rest are loaded.
 */
export const seedDemoCommunity = async (strapi: Core.Strapi, csvPath: string) => {
  const communities = await strapi.db.query('api::community.community').count({});
  if (communities > 0) return { created: false as const };

  const { members, errors } = parseMemberCsv(fs.readFileSync(csvPath, 'utf8'));
  for (const { line, errors: fieldErrors } of errors) {
    strapi.log.warn(`Demo data: skipped line ${line}: ${fieldErrors.map((e) => `${e.path.join('.')} ${e.message}`).join('; ')}`);
  }

  const community = await strapi.documents('api::community.community').create({ data: { ...DEMO_COMMUNITY } });
  for (const { member } of members) {
    await strapi.documents('api::member.member').create({
      data: { ...member, community: community.documentId },
    } as never);
  }
  strapi.log.info(`Demo data: loaded community "${DEMO_COMMUNITY.slug}" with ${members.length} members`);
  return { created: true as const, members: members.length, skipped: errors.length };
};
