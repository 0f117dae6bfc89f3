export { isServiceUnavailableError, unavailableServiceOf } from './service-unavailable';
export { runSteps, type Steps, type UndoFailure } from './steps';
export * from './errors';
export * from './messages';
export {
  HOST_PORT_UID,
  hostPortOf,
  type AdminScope,
  type AppliedChange,
  type CommunityUsage,
  type ContactHolder,
  type ContactViewer,
  type HostAdminUser,
  type HostCommunity,
  type HostMemberTransfer,
  type HostNlUpdate,
  type HostOtp,
  type HostPort,
  type HostQuotas,
  type HostRateLimits,
  type HostRequest,
  type HostStore,
  type HostTables,
  type HostTenancy,
  type HostTenant,
  type ProposalView,
  type SearchRequester,
  type TenantAccess,
} from './host-port';
