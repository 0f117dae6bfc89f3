import { runSteps, type UndoFailure } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { sendAdminInvitation, type InvitationEmailStatus } from '../../../lib/invitation-email';
import { linkBase } from '../../../lib/public-url';
import { getAppService } from '../../../lib/services';
import type { OnboardingInput } from '../validation/onboarding';

const COMMUNITY_UID = 'api::community.community';

type AdminUserRow = { id: number; email: string; registrationToken?: string | null; isActive: boolean };

export type OnboardingResult = {
  community: Record<string, unknown>;
  admin: { id: number; email: string; registrationUrl: string | null; existingAccount: boolean; invitationEmail?: InvitationEmailStatus };
  apiToken: { name: string; type: string; accessKey: string };
  importTemplateUrl: string;
};

const fieldError = (path: string, message: string) =>
  new errors.ValidationError(`${path} ${message}`, { errors: [{ path: [path], message, name: 'ValidationError' }] });

const splitName = (name: string) => {
  const [firstname, ...rest] = name.split(/\s+/);
  return { firstname, lastname: rest.join(' ') || undefined };
};

/**
 * Creates a community ready to use: the community (limits from its plan), its first Community
 * Admin (invited by a registration link, or an existing admin account linked), a community API
 * token for imports and integrations, and where to get the import template.
 */
const onboardingService = ({ strapi }: { strapi: Core.Strapi }) => {
  const assertAvailable = async (input: OnboardingInput) => {
    if (await strapi.db.query(COMMUNITY_UID).findOne({ select: ['id'], where: { slug: input.slug } })) {
      throw fieldError('slug', 'is already taken by another community');
    }
    if (input.whatsappNumber && (await strapi.db.query(COMMUNITY_UID).findOne({ select: ['id'], where: { whatsappNumber: input.whatsappNumber } }))) {
      throw fieldError('whatsappNumber', 'is already used by another community');
    }
  };

  const inviteAdmin = async (input: OnboardingInput['admin'], base: string): Promise<OnboardingResult['admin'] & { rowId: number }> => {
    const existing = (await strapi.db.query('admin::user').findOne({ where: { email: input.email } })) as AdminUserRow | null;
    if (existing) {
      return { id: existing.id, rowId: existing.id, email: existing.email, registrationUrl: null, existingAccount: true };
    }
    const roleId = await getAppService('api::community.community-admins').findOrCreateRole();
    // Without a password the account waits for its owner to register through the link.
    const created = (await strapi.service('admin::user').create({
      ...splitName(input.name),
      email: input.email,
      roles: [roleId],
      isActive: false,
    })) as AdminUserRow;
    const registrationUrl = created.registrationToken
      ? `${base}/admin/auth/register?registrationToken=${created.registrationToken}`
      : null;
    return { id: created.id, rowId: created.id, email: created.email, registrationUrl, existingAccount: false };
  };

  const reportUndoFailure = (failure: UndoFailure) =>
    // The step's name and the error's kind only: a driver's message may quote the admin's email.
    strapi.log.error(`onboarding: could not undo "${failure.step}" (${failure.error instanceof Error ? failure.error.name : typeof failure.error}); clean up by hand`);

  return {
    /** `request`: the request being answered, whose origin links use when PUBLIC_URL is unset (development). */
    async onboard(input: OnboardingInput, request?: { origin: string }): Promise<OnboardingResult> {
      await assertAvailable(input);
      const base = linkBase(strapi, request);
      // All or nothing, step by step, each with its undo: a community left without its admin or
      // token would block a retry by its slug, and an invited account left behind would make the
      // retry find an "existing account" and send no registration link.
      const { community, admin, token } = await runSteps(
        async (steps) => {
          const created = await steps.run(
            'create the community',
            async () =>
              (await strapi.documents(COMMUNITY_UID).create({
                data: {
                  name: input.name,
                  slug: input.slug,
                  plan: input.plan,
                  description: input.description,
                  whatsappNumber: input.whatsappNumber,
                  settings: input.admin.phone ? { adminContact: { name: input.admin.name, phone: input.admin.phone } } : undefined,
                },
              } as never)) as unknown as { id: number; slug: string } & Record<string, unknown>,
            (community) => strapi.db.query(COMMUNITY_UID).delete({ where: { id: community.id } })
          );
          const { rowId, ...invited } = await steps.run(
            'invite the admin',
            () => inviteAdmin(input.admin, base),
            // An account that existed before stays; only the one this onboarding made goes.
            (invitation) => (invitation.existingAccount ? undefined : strapi.service('admin::user').deleteById(invitation.rowId))
          );
          await steps.run(
            'link the admin to the community',
            () => getAppService('api::community.community-admins').link(created.id, rowId),
            () => getAppService('api::community.community-admins').unlink(created.id, rowId)
          );
          const issued = await steps.run(
            'issue the community API token',
            () => getAppService('api::community.api-tokens').issue(created),
            (apiToken) => strapi.service('admin::api-token').revoke(apiToken.id)
          );
          return { community: created, admin: invited, token: issued };
        },
        { onUndoFailure: reportUndoFailure }
      );
      if (admin.registrationUrl) {
        admin.invitationEmail = await sendAdminInvitation(strapi, {
          to: admin.email,
          name: input.admin.name,
          communityName: input.name,
          registrationUrl: admin.registrationUrl,
        });
      }
      return {
        community,
        admin,
        apiToken: { name: token.name, type: token.type, accessKey: token.accessKey },
        importTemplateUrl: `${base}/api/members/import/template`,
      };
    },
  };
};

export type OnboardingService = ReturnType<typeof onboardingService>;

export default onboardingService;
