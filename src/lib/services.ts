import type { MemberLoginService } from '../api/access/services/member-login';
import type { MemberSessionsService } from '../api/access/services/member-sessions';
import type { OtpService } from '../api/access/services/otp';
import type { RateLimitsService } from '../api/access/services/rate-limits';
import type { RequestCacheService } from '../api/access/services/request-cache';
import type { SecurityStoreService } from '../api/access/services/security-store';
import type { AuditLogService } from '../api/audit-log/services/audit-log';
import type { ApiTokensService } from '../api/community/services/api-tokens';
import type { CommunityAdminsService } from '../api/community/services/community-admins';
import type { HostPortService } from '../api/community/services/host-port';
import type { OnboardingService } from '../api/community/services/onboarding';
import type { QuotasService } from '../api/community/services/quotas';
import type { TenancyService } from '../api/community/services/tenancy';
import type { MemberService } from '../api/member/services/member';
import type { MemberBulkService } from '../api/member/services/member-bulk';
import type { MemberExportService } from '../api/member/services/member-export';
import type { MemberImportService } from '../api/member/services/member-import';
import type { MemberTransferService } from '../api/member/services/member-transfer';
import type { NlUpdateService } from '../api/member/services/nl-update';
import type { PrivacyService } from '../api/member/services/privacy';
import type { HealthService } from '../api/ops/services/health';
import type { MetricsService } from '../api/ops/services/metrics';
import type { RedisService } from '../api/ops/services/redis';

type AppServices = {
  'api::access.member-login': MemberLoginService;
  'api::access.member-sessions': MemberSessionsService;
  'api::access.otp': OtpService;
  'api::access.rate-limits': RateLimitsService;
  'api::access.request-cache': RequestCacheService;
  'api::access.security-store': SecurityStoreService;
  'api::audit-log.audit-log': AuditLogService;
  'api::community.api-tokens': ApiTokensService;
  'api::community.community-admins': CommunityAdminsService;
  'api::community.host-port': HostPortService;
  'api::community.onboarding': OnboardingService;
  'api::community.quotas': QuotasService;
  'api::community.tenancy': TenancyService;
  'api::member.member': MemberService;
  'api::member.member-bulk': MemberBulkService;
  'api::member.member-export': MemberExportService;
  'api::member.member-import': MemberImportService;
  'api::member.member-transfer': MemberTransferService;
  'api::member.nl-update': NlUpdateService;
  'api::member.privacy': PrivacyService;
  'api::ops.health': HealthService;
  'api::ops.metrics': MetricsService;
  'api::ops.redis': RedisService;
};

/** Typed access to the app's own services. */
export const getAppService = <TName extends keyof AppServices>(name: TName): AppServices[TName] =>
  strapi.service(name) as unknown as AppServices[TName];
