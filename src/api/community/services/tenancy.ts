import { ForbiddenError, type ContactHolder, type ContactViewer, type HostAdminUser } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { mayViewContact } from '../../../lib/member-visibility';
import { getAppService } from '../../../lib/services';
import { adminScopeOf, type AdminScope } from '../../../lib/tenancy/admin-scope';
import { findCommunityRow } from '../repositories/community-rows';

export type CurrentCommunity = {
  id: number;
  documentId: string;
  slug: string;
  name: string;
  plan: string;
  accountStatus: string;
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

type CommunityRow = CurrentCommunity & { isActive: boolean };

const toCurrentCommunity = (row: CommunityRow): CurrentCommunity => ({
  id: row.id,
  documentId: row.documentId,
  slug: row.slug,
  name: row.name,
  plan: row.plan,
  accountStatus: row.accountStatus,
});

const COMMUNITY_FIELDS = ['id', 'documentId', 'slug', 'name', 'plan', 'isActive', 'accountStatus'];

/**
 * Suspended communities (e.g. unpaid) keep their data but are closed for use; only routes that
 * let admins see their usage and pay opt in with `allowSuspended`.
 */
const assertUsable = (row: CommunityRow | null, slug: string, allowSuspended = false): CommunityRow => {
  if (!row || !row.isActive) {
    throw new errors.NotFoundError(`Community "${slug}" not found`);
  }
  if (row.accountStatus === 'suspended' && !allowSuspended) {
    throw new ForbiddenError(
      `Community "${slug}" is suspended: searches and the directory are unavailable until its admins renew the plan`
    );
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

/**
 * The app's tenancy gate: which community a request acts in, which communities an admin-panel
 * user manages, and whether a viewer may see a member's contact. Plugins ask it through the host
 * port (`api::community.host-port`), never with their own copy of these rules.
 */
const tenancyService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Which communities an admin-panel user manages (all for a super admin: `communityIds` null). */
  adminScope(user: HostAdminUser | undefined): Promise<AdminScope> {
    return adminScopeOf(strapi, user);
  },

  /** Whether the viewer may see the member's phone and email. */
  mayViewContact(viewer: ContactViewer, member: ContactHolder): boolean {
    return mayViewContact(viewer, member);
  },

  async findUsableBySlug(slug: string, allowSuspended = false): Promise<CurrentCommunity> {
    const row = await findCommunityRow(strapi, { slug });
    return toCurrentCommunity(assertUsable(row, slug, allowSuspended));
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
    routedSlug,
    allowSuspended = false,
  }: {
    auth?: RequestAuth;
    communityHeader?: string | string[];
    /** The login session behind a member's access token (refresh mode). */
    sessionId?: string;
    /** The community named by the URL (`/api/c/:slug/...` or `<slug>.<BASE_DOMAIN>`). */
    routedSlug?: string;
    allowSuspended?: boolean;
  }): Promise<Tenant> {
    const headerSlug = parseSlugHeader(communityHeader);
    if (routedSlug && headerSlug && routedSlug !== headerSlug) {
      throw new errors.ValidationError(`The URL names community "${routedSlug}" but X-Community names "${headerSlug}"`);
    }
    const slug = routedSlug ?? headerSlug;
    const strategy = auth?.strategy?.name;

    if (strategy && API_TOKEN_STRATEGIES.has(strategy)) {
      return this.resolveForApiToken(auth?.credentials?.id, slug, allowSuspended);
    }

    if (strategy === 'users-permissions' && auth?.credentials?.id) {
      // Access tokens are self-contained; checking their session makes logout take effect at once.
      if (sessionId && !(await strapi.sessionManager('users-permissions').isSessionActive(sessionId))) {
        throw new errors.UnauthorizedError('Your session has ended: log in again');
      }
      return this.resolveForMember(auth.credentials.id, slug, allowSuspended);
    }

    throw new errors.UnauthorizedError('Authentication required');
  },

  /**
   * A community's own token acts only there (and needs no header); a platform token names the
   * community with X-Community or the URL.
   */
  async resolveForApiToken(tokenId: number | undefined, slug: string | undefined, allowSuspended: boolean): Promise<Tenant> {
    const ownCommunityId = tokenId === undefined ? null : await getAppService('api::community.api-tokens').communityOf(tokenId);
    if (ownCommunityId !== null) {
      const row = await findCommunityRow(strapi, { id: ownCommunityId });
      if (slug && row?.slug !== slug) {
        // The same answer whether or not the other community exists.
        throw new ForbiddenError(`This API token belongs to another community and cannot act in "${slug}"`);
      }
      return { community: toCurrentCommunity(assertUsable(row, row?.slug ?? String(ownCommunityId), allowSuspended)), access: 'operator' };
    }
    if (!slug) {
      throw new errors.ValidationError('Choose a community with the X-Community header (its slug)');
    }
    return { community: await this.findUsableBySlug(slug, allowSuspended), access: 'operator' };
  },

  async resolveForMember(userId: number, slug: string | undefined, allowSuspended = false): Promise<Tenant> {
    const memberships = (await strapi.db.query('api::member.member').findMany({
      select: ['id', 'documentId'],
      where: { user: { id: userId }, isActive: true },
      populate: { community: { select: COMMUNITY_FIELDS } },
    })) as Array<{ documentId: string; community: CommunityRow | null }>;

    const usable = memberships.filter(
      (membership) => membership.community?.isActive && (membership.community.accountStatus === 'active' || allowSuspended)
    );
    if (slug && !allowSuspended) {
      const suspended = memberships.find(
        (membership) => membership.community?.slug === slug && membership.community.isActive && membership.community.accountStatus === 'suspended'
      );
      // Their own community: members may know it is suspended (and why nothing works).
      if (suspended) assertUsable(suspended.community, slug);
    }

    if (slug) {
      const chosen = usable.find((membership) => membership.community?.slug === slug);
      if (!chosen?.community) {
        // The same answer whether or not the community exists: members learn nothing about other tenants.
        throw new ForbiddenError(`You are not a member of community "${slug}"`);
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
      throw new ForbiddenError('Your account is not an active member of any community');
    }
    throw new errors.ValidationError('You belong to several communities: choose one with the X-Community header', {
      communities: usable.map((membership) => membership.community?.slug),
    });
  },
});

export type TenancyService = ReturnType<typeof tenancyService>;

export default tenancyService;
