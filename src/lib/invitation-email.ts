import type { Core } from '@strapi/strapi';

export type InvitationEmailStatus = 'sent' | 'failed' | 'not-configured';

type EmailService = { send(options: { to: string; subject: string; text: string; html: string }): Promise<unknown> };

/** Mail is configured when an SMTP server is (the default `sendmail` provider is not used). */
export const emailConfigured = (strapi: Core.Strapi) => (strapi.config.get('plugin::email') as { provider?: string } | undefined)?.provider === 'nodemailer';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * Sends a new community admin their registration link. A mail failure never undoes the
 * onboarding: the link is in the response as well, and the status says what happened.
 */
export const sendAdminInvitation = async (
  strapi: Core.Strapi,
  invitation: { to: string; name: string; communityName: string; registrationUrl: string }
): Promise<InvitationEmailStatus> => {
  if (!emailConfigured(strapi)) return 'not-configured';
  const greeting = invitation.name.split(/\s+/)[0];
  const text = [
    `Hello ${greeting},`,
    '',
    `You have been made an admin of ${invitation.communityName} on Community Connect.`,
    'Set your password and sign in to the admin panel here:',
    invitation.registrationUrl,
    '',
    'If you did not expect this, you can ignore this email.',
  ].join('\n');
  const html = `<p>Hello ${escapeHtml(greeting)},</p><p>You have been made an admin of <strong>${escapeHtml(invitation.communityName)}</strong> on Community Connect.</p><p><a href="${escapeHtml(invitation.registrationUrl)}">Set your password and sign in</a></p><p>If you did not expect this, you can ignore this email.</p>`;
  try {
    await (strapi.plugin('email').service('email') as unknown as EmailService).send({
      to: invitation.to,
      subject: `You are an admin of ${invitation.communityName} on Community Connect`,
      text,
      html,
    });
    return 'sent';
  } catch (error) {
    strapi.log.warn(`onboarding: the invitation email could not be sent: ${(error as Error).message}`);
    return 'failed';
  }
};
