import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export type CurrentCommunity = {
  id: number;
  documentId: string;
  slug: string;
  name: string;
  plan: string;
};

/**
 * `operator`: an API token (platform operator or integration) acting inside the chosen community.
 * `member`: a logged-in member acting inside one of their own communities.
 */
export type TenantAccess = 'operator' | 'member';

export type Tenant = {
  community: CurrentCommunity;
  access: TenantAccess;
  /** The caller's own member record in this community, for member access. */
  memberDocumentId?: string;
};

export type RequestAuth = {
  strategy?: { name?: string };
  credentials?: { id?: number } | null;
};

/** Strapi's names for the content-API token strategy (renamed in 5.x). */
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type CommunityRow = CurrentCommunity & { isActive: boolean; status: string };

const toCurrentCommunity = (row: CommunityRow): CurrentCommunity => ({
  id: row.id,
  documentId: row.documentId,
  slug: row.slug,
  name: row.name,
  plan: row.plan,
});

const COMMUNITY_FIELDS = ['id', 'documentId', 'slug', 'name', 'plan', 'isActive', 'status'];

const assertUsable = (row: CommunityRow | null, slug: string): CommunityRow => {
  if (!row || !row.isActive) {
    throw new errors.NotFoundError(`Community "${slug}" not found`);
  }
  if (row.status === 'suspended') {
    throw new errors.ForbiddenError(`Community "${slug}" is suspended`);
  }
  return row;
};

const parseSlugHeader = (header: string | string[] | undefined): string | undefined => {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header[0] : header).trim().toLowerCase();
  if (value === '') return undefined;
  if (!SLUG_PATTERN.test(value) || value.length > 63) {
    throw new errors.ValidationError('X-Community must be a community slug (lowercase letters, digits and hyphens)');
  }
  return value;
};

const tenancyService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findUsableBySlug(slug: string): Promise<CurrentCommunity> {
    const row = (await strapi.db.query('api::community.community').findOne({
      select: COMMUNITY_FIELDS,
      where: { slug },
    })) as CommunityRow | null;
    return toCurrentCommunity(assertUsable(row, slug));
  },

  /**
   * Decides which community a request acts in, and refuses any community the caller may not use.
   * Members act in their own communities (choosing with X-Community when they belong to several);
   * API tokens must name the community with X-Community.
   */
  async resolve({
    auth,
    communityHeader,
    sessionId,
  }: {
    auth?: RequestAuth;
    communityHeader?: string | string[];
    /** The login session behind a member's access token (refresh mode). */
    sessionId?: string;
  }): Promise<Tenant> {
    const slug = parseSlugHeader(communityHeader);
    const strategy = auth?.strategy?.name;

    if (strategy && API_TOKEN_STRATEGIES.has(strategy)) {
      if (!slug) {
        throw new errors.ValidationError('Choose a community with the X-Community header (its slug)');
      }
      return { community: await this.findUsableBySlug(slug), access: 'operator' };
    }

    if (strategy === 'users-permissions' && auth?.credentials?.id) {
      // Access tokens are self-contained; checking their session makes logout take effect at once.
      if (sessionId && !(await strapi.sessionManager('users-permissions').isSessionActive(sessionId))) {
        throw new errors.UnauthorizedError('Your session has ended: log in again');
      }
      return this.resolveForMember(auth.credentials.id, slug);
    }

    throw new errors.UnauthorizedError('Authentication required');
  },

  async resolveForMember(userId: number, slug: string | undefined): Promise<Tenant> {
    const memberships = (await strapi.db.query('api::member.member').findMany({
      select: ['id', 'documentId'],
      where: { user: { id: userId }, isActive: true },
      populate: { community: { select: COMMUNITY_FIELDS } },
    })) as Array<{ documentId: string; community: CommunityRow | null }>;

    const usable = memberships.filter(
      (membership) => membership.community?.isActive && membership.community.status === 'active'
    );

    if (slug) {
      const chosen = usable.find((membership) => membership.community?.slug === slug);
      if (!chosen?.community) {
        // The same answer whether or not the community exists: members learn nothing about other tenants.
        throw new errors.ForbiddenError(`You are not a member of community "${slug}"`);
      }
      return { community: toCurrentCommunity(chosen.community), access: 'member', memberDocumentId: chosen.documentId };
    }

    if (usable.length === 1 && usable[0].community) {
      return {
        community: toCurrentCommunity(usable[0].community),
        access: 'member',
        memberDocumentId: usable[0].documentId,
      };
    }
    if (usable.length === 0) {
      throw new errors.ForbiddenError('Your account is not an active member of any community');
    }
    throw new errors.ValidationError('You belong to several communities: choose one with the X-Community header', {
      communities: usable.map((membership) => membership.community?.slug),
    });
  },
});

export type TenancyService = ReturnType<typeof tenancyService>;

export default tenancyService;
