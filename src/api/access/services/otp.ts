import { createTwilioClient, ForbiddenError } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import twilioSdk from 'twilio';

import { readMemberAuthConfig, type MemberAuthConfig } from '../../../lib/access-config';
import type { ScopedAdmin } from '../../../lib/admin-rbac/request-admin';
import { maskPhone } from '../../../lib/audit/mask';
import { countOtpDeliveries } from '../../../lib/ops/otp-deliveries';
import { createOtpCodes, type OtpCodes } from '../../../lib/otp/otp-codes';
import { getAppService } from '../../../lib/services';
import { createLogSender } from '../../../lib/sms/log-sender';
import type { OtpSender } from '../../../lib/sms/sms-provider';
import { createTwilioMessagingSender, createTwilioVerifySender } from '../../../lib/sms/twilio-senders';

type HeaderTarget = { set(name: string, value: string): void };

export type CodeRequestReceipt = { status: 'sent'; message: string; expiresInSeconds: number };

const createSender = (config: MemberAuthConfig, log: Core.Strapi['log']): OtpSender => {
  const { provider, twilio } = config.sms;
  if (provider === 'log') return createLogSender(log);
  // The config check guarantees the credentials for the twilio provider.
  const client = createTwilioClient(twilioSdk, {
    accountSid: twilio.accountSid as string,
    authToken: twilio.authToken as string,
    apiBaseUrl: twilio.apiBaseUrl,
  });
  return twilio.verifyServiceSid
    ? createTwilioVerifySender(client, twilio.verifyServiceSid)
    : createTwilioMessagingSender(client, twilio.from as string, config.otp.ttlSeconds);
};

/** The HMAC key for codes and phone keys, derived from the app keys so it never needs its own secret. */
const otpSecret = (strapi: Core.Strapi) => {
  const keys = strapi.config.get('server.app.keys') as string[] | undefined;
  if (!keys || keys.length === 0) throw new Error('APP_KEYS must be set to issue login codes');
  return `otp:${keys.join(',')}`;
};

/** Phone-OTP login: asking for a code and checking it, with limits that reveal nothing about membership. */
const otpService = ({ strapi }: { strapi: Core.Strapi }) => {
  let config: MemberAuthConfig | undefined;
  let codes: OtpCodes | undefined;

  const settings = () => (config ??= readMemberAuthConfig(strapi));
  const otpCodes = () =>
    (codes ??= createOtpCodes({
      store: getAppService('api::access.security-store').store(),
      sender: countOtpDeliveries(createSender(settings(), strapi.log)),
      policy: settings().otp,
      secret: otpSecret(strapi),
    }));

  const refuseWhileLocked = async (phone: string, response?: HeaderTarget) => {
    const lockedFor = await otpCodes().lockedFor(phone);
    if (lockedFor === null) return;
    response?.set('Retry-After', String(lockedFor));
    throw new errors.RateLimitError('Too many wrong codes for this number: try again later', {
      retryAfterSeconds: lockedFor,
    });
  };

  const isMemberPhone = async (phone: string) => {
    const member = await strapi.db.query('api::member.member').findOne({
      select: ['id'],
      where: { phone, isActive: true, community: { isActive: true, accountStatus: 'active' } },
    });
    return member !== null;
  };

  return {
    /** Checks the settings at start-up, so a bad SMS setup stops boot instead of failing the first login. */
    validateSettings() {
      const current = settings();
      if (current.sms.twilio.apiBaseUrl) {
        strapi.log.warn('TWILIO_API_BASE_URL is set: Twilio calls go to a replacement server (tests only).');
      }
    },

    /**
     * Sends a code when the phone belongs to an active member. The answer (and the limits applied)
     * is the same either way, and delivery happens after the response, so neither the body nor
     * the timing tells a caller whether a number is a member's. `clientKey` is what the per-client
     * limit counts: clientAddressKey() of the caller's IP (its /64 for IPv6), or a channel's own key.
     */
    async requestCode(phone: string, clientKey: string, response?: HeaderTarget): Promise<CodeRequestReceipt> {
      const rateLimits = getAppService('api::access.rate-limits');
      await rateLimits.enforce('otpPerIp', clientKey, response);
      await refuseWhileLocked(phone, response);
      await rateLimits.enforce('otpPerPhone', phone, response);

      if (await isMemberPhone(phone)) {
        const deliver = await otpCodes().issue(phone);
        setImmediate(() => {
          deliver().catch((error: Error) => {
            // The provider's message may quote the full number: only its status and code are logged.
            const { status, code } = error as Error & { status?: number; code?: number | string };
            strapi.log.error(`Login code to ${maskPhone(phone)} could not be sent (${status ?? 'no status'}, ${code ?? error.name})`);
          });
        });
      }
      const { ttlSeconds } = settings().otp;
      return {
        status: 'sent',
        message: `If this number belongs to a member, a login code is on its way. It expires in ${Math.round(ttlSeconds / 60)} minutes.`,
        expiresInSeconds: ttlSeconds,
      };
    },

    /**
     * Sends a code to a number someone wants to make theirs (a phone change), under the same
     * per-phone limits and lockouts as logins. Delivery is awaited: the caller is told if it failed.
     */
    async sendOwnershipCode(phone: string, response?: HeaderTarget): Promise<void> {
      await refuseWhileLocked(phone, response);
      await getAppService('api::access.rate-limits').enforce('otpPerPhone', phone, response);
      const deliver = await otpCodes().issue(phone);
      await deliver();
    },

    /**
     * Checks a code; wrong codes are a 400 with the attempts left, a locked phone or source a 429.
     * `source` is the caller's address range (clientAddressKey: an IPv4 address or an IPv6 /64); channels without one pass none.
     */
    async verifyCode(phone: string, code: string, response?: HeaderTarget, source?: string): Promise<void> {
      const outcome = await otpCodes().verify(phone, code, source);
      if (outcome.status === 'verified') return;
      // The phone is masked by the audit log; who it belongs to is not looked up (it may be nobody's).
      getAppService('api::audit-log.audit-log').record({
        action: 'login_failed',
        entityType: 'session',
        entityLabel: maskPhone(phone),
        actor: { type: 'member', label: maskPhone(phone) },
      });
      if (outcome.status === 'locked') {
        response?.set('Retry-After', String(outcome.retryAfterSeconds));
        const message =
          outcome.scope === 'source'
            ? 'Too many wrong codes from this network: try again later'
            : 'Too many wrong codes for this number: try again in a few minutes';
        throw new errors.RateLimitError(message, { lockout: outcome.scope, retryAfterSeconds: outcome.retryAfterSeconds });
      }
      throw new errors.ValidationError('Invalid or expired code', { attemptsLeft: outcome.attemptsLeft });
    },

    /**
     * Lifts a phone's login lockout for an admin: a super admin (`scopedAdmin` null) for any
     * number, a community admin only for members of their communities (the same 403 whether or
     * not the number is anyone's elsewhere). Audit-logged with the number masked.
     */
    async clearLockout(phone: string, scopedAdmin: ScopedAdmin | null): Promise<{ wasLocked: boolean }> {
      const member = (await strapi.db.query('api::member.member').findOne({
        select: ['documentId', 'name'],
        where: scopedAdmin ? { phone, community: { id: { $in: [...scopedAdmin.communityIds] } } } : { phone },
        populate: { community: { select: ['id'] } },
      })) as { documentId: string; name: string; community: { id: number } | null } | null;
      if (scopedAdmin && !member) {
        throw new ForbiddenError('You can clear lockouts only of members of your communities');
      }
      const wasLocked = await otpCodes().clearPhoneLockout(phone);
      getAppService('api::audit-log.audit-log').record({
        action: 'update',
        entityType: 'login-lockout',
        entityDocumentId: member?.documentId,
        entityLabel: `login lockout of ${maskPhone(phone)} cleared${wasLocked ? '' : ' (was not locked)'}`,
        communityId: member?.community?.id,
      });
      return { wasLocked };
    },
  };
};

export type OtpService = ReturnType<typeof otpService>;

export default otpService;
