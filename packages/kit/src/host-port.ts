/**
 * The one door between the app and its plugins. The app implements it (as the service named by
 * `HOST_PORT_UID`); a plugin reaches the app only through it, so tenancy and visibility are
 * decided in one place (the app's tenancy service) and no plugin copies those rules, names the
 * app's services or tables, or sets a request's tenant.
 */

/** The app service that implements the port. */
export const HOST_PORT_UID = 'api::community.host-port';

export type HostCommunity = { id: number; documentId: string; slug: string; name: string; plan: string; accountStatus: string };

/**
 * `operator`: an API token (or an admin the app let act there) inside the community.
 * `member`: a logged-in member inside one of their own communities.
 */
export type TenantAccess = 'operator' | 'member';

/** The community a request acts in, as the app decided it. */
export type HostTenant = {
  community: HostCommunity;
  access: TenantAccess;
  /** The caller's own member record there, for member access. */
  memberDocumentId?: string;
};

/** What a plugin route's request carries for the app to read (a Koa context is one). */
export type HostRequest = { state: Record<string, unknown> };

export type HostAdminUser = { id?: number; roles?: Array<{ code?: string }> };

/** An admin-panel user and the communities they manage: every one for a super admin (`null`). */
export type AdminScope = { adminId: number; isSuperAdmin: boolean; communityIds: number[] | null };

/** Who looks at a member: a community's operator sees every contact, a member only some. */
export type ContactViewer = { access: TenantAccess; memberDocumentId?: string | null };

/** What the contact decision reads of the member shown. */
export type ContactHolder = { documentId?: string | null; contactVisibility?: string | null };

export type HostTenancy = {
  /** The request's community, as the app's `global::resolve-community` policy decided it. */
  tenantOf(request: HostRequest): HostTenant;
  /** Which communities an admin-panel user manages (refuses a request with no admin user). */
  adminScope(user: HostAdminUser | undefined): Promise<AdminScope>;
  /** Whether the viewer may see the member's phone and email. */
  mayViewContact(viewer: ContactViewer, member: ContactHolder): boolean;
};

/** The app's table names (its content types' collection names), for plugins' own SQL. */
export type HostTables = { members: string; communities: string };

/**
 * Member import and export, the app's own (validation, limits, row errors, audit, formats), run
 * in the community the caller names; `query` holds the transfer's own parameters only.
 */
export type HostMemberTransfer = {
  import(request: HostRequest, tenant: HostTenant, query: Record<string, unknown>): Promise<void>;
  export(request: HostRequest, tenant: HostTenant, query: Record<string, unknown>): Promise<void>;
};

export type CommunityUsage = {
  plan: string;
  members: { used: number; limit: number | null };
  searches: { used: number; limit: number | null };
  /** Each member's share of the monthly searches (null when unlimited) and the top searchers (hosts without shares leave it out). */
  memberSearches?: { share: number | null; top: Array<{ documentId: string; name: string; used: number; share: number | null }> };
  period: { start: string; end: string };
  warnings: string[];
};

export type SearchRequester = { memberDocumentId: string };

export type HostQuotas = {
  usage(ref: { id: number }): Promise<CommunityUsage>;
  consumeSearch(ref: { id: number }, requester?: SearchRequester): Promise<void>;
  refundSearch(ref: { id: number }, requester?: SearchRequester): Promise<void>;
};

export type HostRateLimits = { enforce(name: 'search', key: string): Promise<void> };

export type HostOtp = { requestCode(phone: string, clientKey: string): Promise<unknown>; verifyCode(phone: string, code: string): Promise<void> };

export type ProposalView = { token: string; summary: string; requiresCode: boolean; field: string };
export type AppliedChange = { field: string; after: unknown; undoToken: string; undoExpiresInSeconds: number };

export type HostNlUpdate = {
  propose(input: { tenant: HostTenant; requester: { key: string }; memberDocumentId: string; text: string }): Promise<ProposalView>;
  confirm(input: { tenant: HostTenant; requester: { key: string }; token: string; code?: string }): Promise<AppliedChange>;
  undo(input: { tenant: HostTenant; requester: { key: string }; token: string }): Promise<{ field: string; value: unknown }>;
};

export type HostStore = {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  claim(key: string, ttlSeconds: number): Promise<boolean>;
  take(key: string): Promise<boolean>;
};

export type HostPort = {
  tenancy: HostTenancy;
  tables(): HostTables;
  members: HostMemberTransfer;
  quotas: HostQuotas;
  rateLimits: HostRateLimits;
  otp: HostOtp;
  nlUpdate: HostNlUpdate;
  store(): HostStore;
};

/** The port, from the running Strapi (it is the app's service; a plugin holds no other handle). */
export const hostPortOf = (strapi: { service(uid: never): unknown }): HostPort => {
  const port = strapi.service(HOST_PORT_UID as never) as HostPort | undefined;
  if (!port) throw new Error(`The host app has no ${HOST_PORT_UID} service: a Community Connect plugin runs only inside the app`);
  return port;
};
