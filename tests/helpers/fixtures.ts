import { randomBytes, randomInt } from 'node:crypto';

import type { Core } from '@strapi/strapi';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

const uniqueSuffix = () => randomBytes(4).toString('hex');

/** A random Indian number the numbering plan calls mobile, so tests never collide on phones and can log in. */
export const randomMobile = (): string => {
  for (;;) {
    const candidate = `+91${randomInt(7, 10)}${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
    if (parsePhoneNumberFromString(candidate)?.getType() === 'MOBILE') return candidate;
  }
};

export type CommunityFixture = { id: number; documentId: string; slug: string; name: string };

export const createCommunity = async (
  strapi: Core.Strapi,
  overrides: Record<string, unknown> = {}
): Promise<CommunityFixture> => {
  const suffix = uniqueSuffix();
  const community = await strapi.documents('api::community.community').create({
    data: { name: `Test Community ${suffix}`, slug: `test-${suffix}`, plan: 'enterprise', ...overrides },
  } as never);
  return community as unknown as CommunityFixture;
};

export type MemberFixture = { id: number; documentId: string; name: string; phone: string; email: string };

export const createMember = async (
  strapi: Core.Strapi,
  community: CommunityFixture,
  overrides: Record<string, unknown> = {}
): Promise<MemberFixture> => {
  const suffix = uniqueSuffix();
  const member = await strapi.documents('api::member.member').create({
    data: {
      name: `Member ${suffix}`,
      phone: randomMobile(),
      email: `member-${suffix}@example.org`,
      city: 'Chennai',
      skills: ['Accounting'],
      community: community.documentId,
      ...overrides,
    },
  } as never);
  return member as unknown as MemberFixture;
};

/** A full-access API token, as a platform operator or integration would use. */
export const createApiToken = async (strapi: Core.Strapi): Promise<string> => {
  const token = await strapi.service('admin::api-token').create({
    name: `test-token-${uniqueSuffix()}`,
    description: 'integration test',
    kind: 'content-api',
    type: 'full-access',
    lifespan: null,
  });
  return token.accessKey as string;
};

/**
 * Links a users-permissions user with the Member role to the member, as a first OTP login does,
 * and returns an access token for it (a session-backed one, as the app runs in refresh mode).
 */
export const loginAsMember = async (strapi: Core.Strapi, member: MemberFixture, userId?: number): Promise<{ jwt: string; userId: number }> => {
  let id = userId;
  if (id === undefined) {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'member' } });
    const suffix = uniqueSuffix();
    const user = await strapi.db.query('plugin::users-permissions.user').create({
      data: {
        username: `member-${suffix}`,
        email: `user-${suffix}@example.org`,
        provider: 'phone',
        confirmed: true,
        blocked: false,
        role: role.id,
      },
    });
    id = user.id as number;
  }
  await strapi.db.query('api::member.member').update({ where: { documentId: member.documentId }, data: { user: id } });
  const jwt = (await strapi.plugin('users-permissions').service('jwt').issue({ id })) as string;
  return { jwt, userId: id };
};
