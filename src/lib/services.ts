import type { MemberLoginService } from '../api/access/services/member-login';
import type { OtpService } from '../api/access/services/otp';
import type { RateLimitsService } from '../api/access/services/rate-limits';
import type { SecurityStoreService } from '../api/access/services/security-store';
import type { AuditLogService } from '../api/audit-log/services/audit-log';
import type { CommunityAdminsService } from '../api/community/services/community-admins';
import type { QuotasService } from '../api/community/services/quotas';
import type { TenancyService } from '../api/community/services/tenancy';
import type { MemberService } from '../api/member/services/member';

type AppServices = {
  'api::access.member-login': MemberLoginService;
  'api::access.otp': OtpService;
  'api::access.rate-limits': RateLimitsService;
  'api::access.security-store': SecurityStoreService;
  'api::audit-log.audit-log': AuditLogService;
  'api::community.community-admins': CommunityAdminsService;
  'api::community.quotas': QuotasService;
  'api::community.tenancy': TenancyService;
  'api::member.member': MemberService;
};

/** Typed access to the app's own services. */
export const getAppService = <TName extends keyof AppServices>(name: TName): AppServices[TName] =>
  strapi.service(name) as unknown as AppServices[TName];
