import type { AuditLogService } from '../api/audit-log/services/audit-log';
import type { TenancyService } from '../api/community/services/tenancy';
import type { MemberService } from '../api/member/services/member';

type AppServices = {
  'api::audit-log.audit-log': AuditLogService;
  'api::community.tenancy': TenancyService;
  'api::member.member': MemberService;
};

/** Typed access to the app's own services. */
export const getAppService = <TName extends keyof AppServices>(name: TName): AppServices[TName] =>
  strapi.service(name) as unknown as AppServices[TName];
