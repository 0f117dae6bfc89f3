import { randomBytes } from 'node:crypto';

import type { Page } from 'playwright-core';

import { createCommunity, createMember, randomMobile, type CommunityFixture, type MemberFixture } from '../helpers/fixtures';
import { startApp, stopApp, type RunningApp } from './helpers/app';
import { openBrowser, screenshot, type Browser } from './helpers/browser';

const PASSWORD = 'E2e-Admin-Passw0rd';
const MEMBER_UID = 'api::member.member';
const EDIT_VIEW = `/admin/content-manager/collection-types/${MEMBER_UID}`;

/**
 * The member form in the Content Manager, as a Community Admin of one community uses it: human
 * labels and descriptions, no internal fields, skills as tags, the year as written, the API's
 * message for a bad phone, and their community filled in on a new member.
 */
describe('admin panel: the member form speaks to people', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let community: CommunityFixture;
  let member: MemberFixture;
  let email: string;

  const storedMember = async (documentId: string) =>
    (await app.strapi.db.query(MEMBER_UID).findOne({ where: { documentId }, populate: { community: { select: ['id'] } } })) as {
      phone: string;
      skills: string[];
      graduationYear: number;
      community: { id: number } | null;
    };

  beforeAll(async () => {
    app = await startApp();
    const { strapi } = app;
    const suffix = randomBytes(3).toString('hex');
    community = await createCommunity(strapi, { name: `Form Alumni ${suffix}`, plan: 'free' });
    await createCommunity(strapi, { name: `Someone Else ${suffix}`, plan: 'free' });
    member = await createMember(strapi, community, { name: 'Asha Accountant', skills: ['Accounting', 'Audit'], graduationYear: 2020, annualTurnoverInr: 2500000 });
    const admins = strapi.service('api::community.community-admins') as unknown as {
      findOrCreateRole(): Promise<number>;
      link(communityDocumentId: string, userId: number): Promise<void>;
    };
    const roleId = await admins.findOrCreateRole();
    email = `e2e-form-${suffix}@example.org`;
    const user = (await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Farah', lastname: 'Admin', isActive: true, roles: [roleId] })) as { id: number };
    await admins.link(community.documentId, user.id);
    browser = await openBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    if (page) await screenshot(page, 'zz-member-form-last-state').catch(() => undefined);
    await browser?.close();
    await stopApp(app);
  });

  it('logs in as the admin of one community', async () => {
    await page.goto(`${app.baseUrl}/admin/auth/login`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: /log ?in/i }).click();
    await page.getByText('Hello Farah').waitFor();
  });

  it('labels and describes every field as people know it, without the internal ones', async () => {
    await page.goto(`${app.baseUrl}${EDIT_VIEW}/${member.documentId}`);
    await page.locator('input[name="name"]').waitFor();
    await page.getByText('Yearly turnover of the member’s business in rupees, digits only.').waitFor();
    const labelTexts = (await page.locator('label').allTextContents()).map((text) => text.replace(/\*$/, '').trim());
    expect(labelTexts).toEqual(expect.arrayContaining(['Annual turnover (₹)', 'Graduation year', 'Who sees contact details', 'In directory', 'LinkedIn', 'Skills']));
    const labels = labelTexts.join('|');
    for (const raw of ['annualTurnoverInr', 'graduationYear', 'contactVisibility', 'lastLoginAt', 'erasureRequestedAt']) expect(labels).not.toContain(raw);
    for (const hidden of ['Last login', 'Erasure requested', 'Login account']) expect(labels).not.toContain(hidden);
    expect(await page.locator('input[name="lastLoginAt"], input[name="erasureRequestedAt"]').count()).toBe(0);
  });

  it('shows the graduation year as written and the skills as tags that save as a list', async () => {
    expect(await page.getByLabel('Graduation year').inputValue()).toBe('2020');

    const skills = page.getByTestId('skills-tags-skills');
    await skills.getByRole('button', { name: /Accounting/ }).waitFor();
    expect(await page.locator('textarea[name="skills"], [name="skills"][role="textbox"]').count()).toBe(0);
    await skills.getByRole('textbox').fill('Tax planning');
    await skills.getByRole('textbox').press('Enter');
    await skills.getByRole('button', { name: /Tax planning/ }).waitFor();
    await skills.getByRole('button', { name: /Audit/ }).click();
    expect(await skills.getByRole('button', { name: /Audit/ }).count()).toBe(0);

    await page.getByLabel('Graduation year').fill('2019');
    await page.getByRole('button', { name: /^Save$/ }).click();
    await page.getByText(/Saved/i).first().waitFor();
    const saved = await storedMember(member.documentId);
    expect(saved.skills).toEqual(['Accounting', 'Tax planning']);
    expect(saved.graduationYear).toBe(2019);

    await page.reload();
    await page.locator('input[name="name"]').waitFor();
    expect(await page.getByLabel('Graduation year').inputValue()).toBe('2019');
  });

  it('shows the API’s own message under a bad phone', async () => {
    const phone = page.locator('input[name="phone"]');
    await phone.fill('12345');
    await page.getByRole('button', { name: /^Save$/ }).click();
    await page.getByText('Phone "•••••" is not a valid phone number: write it with the country code, e.g. +919876543210').first().waitFor();
    expect(await page.getByText('The value does not match the regex').count()).toBe(0);
    expect((await storedMember(member.documentId)).phone).toBe(member.phone);
  });

  it('fills in the community on a new member for the admin of one community', async () => {
    await page.goto(`${app.baseUrl}${EDIT_VIEW}/create`);
    await page.locator('input[name="name"]').waitFor();
    await page.getByText(community.name, { exact: true }).first().waitFor();

    const phone = randomMobile();
    await page.locator('input[name="name"]').fill('Nikhil New');
    await page.locator('input[name="phone"]').fill(phone);
    await page.getByRole('button', { name: /^Save$/ }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    const created = (await app.strapi.db.query(MEMBER_UID).findOne({ where: { phone }, populate: { community: { select: ['id'] } } })) as {
      community: { id: number } | null;
    } | null;
    expect(created?.community?.id).toBe(community.id);
  });

  it('uses the same labels in the member list and its filters', async () => {
    await page.goto(`${app.baseUrl}${EDIT_VIEW}`);
    await page.getByText('Asha Accountant').first().waitFor();
    const headers = (await page.locator('thead th').allTextContents()).join('|');
    expect(headers).toContain('Designation');
    expect(headers).toContain('Graduation year');
    expect(headers).not.toMatch(/graduationYear|designation\b/);
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'Designation', exact: true }).waitFor();
    expect(await page.getByRole('option', { name: 'designation', exact: true }).count()).toBe(0);
  });
});
