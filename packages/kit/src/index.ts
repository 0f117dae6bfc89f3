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
export * from './events/catalogue';
export { createEventBus, type EmitInput, type EventHost, type EventMap, type Listener } from './events/bus';
export { startPeriodicTask, type PeriodicTask } from './periodic-task';
export { createTwilioClient, type TwilioCredentials, type TwilioSdk } from './twilio/client';
export type { SearchAnswer, SearchAnswerMeta, SearchHit } from './search/answer';
export { redactContactDetails, type ContactRedactionOptions } from './redact/contact-details';
export {
  DEVELOPMENT_SMS_PREFIX,
  EMAIL_PLACEHOLDER,
  PHONE_PLACEHOLDER,
  REDACTED,
  redactHeaders,
  redactText,
  redactValue,
  type RedactOptions,
} from './redact/log-redaction';
