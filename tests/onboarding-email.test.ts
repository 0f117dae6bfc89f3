import type { Core } from '@strapi/strapi';

import { startFakeSmtp, type FakeSmtp } from './fakes/smtp-server';
import { createApiToken } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/** With an SMTP server configured, onboarding mails the new community admin their registration link. */
describe('onboarding invitation email', () => {
  let strapi: Core.Strapi;
  let smtp: FakeSmtp;
  let platformToken: string;
  const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    Object.assign(process.env, {
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      EMAIL_FROM: 'Community Connect <invites@connect.example.org>',
    });
    strapi = await bootStrapi();
    platformToken = await createApiToken(strapi);
  });

  afterAll(async () => {
    await stopStrapi(strapi);
    await smtp.close();
  });

  const onboard = (email: string) =>
    http(strapi)
      .post('/api/communities')
      .set('Authorization', `Bearer ${platformToken}`)
      .send({ data: { name: 'Mail Test Alumni', slug: `mail-${unique()}`, plan: 'basic', admin: { name: 'Priya Raman', email } } });

  it('sends the registration link to the new admin', async () => {
    const email = `priya-${unique()}@example.org`;
    const response = await onboard(email).expect(201);
    const { admin } = response.body.meta;
    expect(admin.invitationEmail).toBe('sent');
    const mail = smtp.mails.find((received) => received.to.some((to) => to.includes(email)));
    expect(mail).toBeDefined();
    expect(mail!.from).toContain('invites@connect.example.org');
    const token = /registrationToken=(\w+)/.exec(admin.registrationUrl)![1];
    // Quoted-printable may wrap long lines: compare without soft breaks.
    expect(mail!.data.replace(/=\r\n/g, '')).toContain(token);
    expect(mail!.data).toContain('Mail Test Alumni');
  });

  it('still onboards, and says so, when the mail server refuses', async () => {
    smtp.refuseNextRecipient();
    const response = await onboard(`nobody-${unique()}@example.org`).expect(201);
    expect(response.body.meta.admin.invitationEmail).toBe('failed');
    expect(response.body.meta.admin.registrationUrl).toMatch(/registrationToken=/);
  });
});
