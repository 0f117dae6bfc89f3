import { randomBytes } from 'node:crypto';

import type { Page } from 'playwright-core';

import { startApp, stopApp, type RunningApp } from './helpers/app';
import { openBrowser, screenshot, type Browser } from './helpers/browser';

const PASSWORD = 'E2e-Super-Passw0rd';

/** A super admin starts a community from the admin panel's "New community" screen. */
describe('admin panel, as a super admin', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let email: string;

  beforeAll(async () => {
    app = await startApp();
    const superAdminRole = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
    email = `e2e-super-${randomBytes(3).toString('hex')}@example.org`;
    await app.strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Sunita', isActive: true, roles: [superAdminRole.id] });
    browser = await openBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    if (page) await screenshot(page, 'zz-onboarding-last-state').catch(() => undefined);
    await browser?.close();
    await stopApp(app);
  });

  it('creates a community with its first admin, and shows field errors first', async () => {
    await page.goto(`${app.baseUrl}/admin/auth/login`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: /log ?in/i }).click();
    await page.getByText('Hello Sunita').waitFor();

    await page.getByRole('link', { name: 'New community' }).click();
    await page.locator('input[name="name"]').waitFor();
    const suffix = randomBytes(3).toString('hex');
    await page.locator('input[name="name"]').fill(`Browser Made Alumni ${suffix}`);
    expect(await page.locator('input[name="slug"]').inputValue()).toBe(`browser-made-alumni-${suffix}`);
    await page.locator('input[name="adminName"]').fill('Ravi Kumar');
    await page.locator('input[name="adminEmail"]').fill('not-an-email');
    await page.getByRole('button', { name: 'Create community' }).click();
    await page.getByText('Not created').waitFor();
    await screenshot(page, 'onboarding-01-field-error');

    const adminEmail = `ravi-${suffix}@example.org`;
    await page.locator('input[name="adminEmail"]').fill(adminEmail);
    await page.getByRole('button', { name: 'Create community' }).click();
    await page.getByTestId('onboarding-result').waitFor();
    expect(await page.getByTestId('onboarding-registration-url').inputValue()).toMatch(/\/admin\/auth\/register\?registrationToken=\w+/);
    expect(await page.getByTestId('onboarding-api-token').inputValue()).not.toBe('');
    await screenshot(page, 'onboarding-02-created');

    const community = await app.strapi.db.query('api::community.community').findOne({ where: { slug: `browser-made-alumni-${suffix}` }, populate: ['admins'] });
    expect(community.plan).toBe('free');
    expect(community.admins.map((admin: { email: string }) => admin.email)).toEqual([adminEmail]);
  });
});
