import { randomBytes } from 'node:crypto';

import type { Page } from 'playwright-core';

import { createCommunity, createMember, type CommunityFixture } from '../helpers/fixtures';
import { startApp, stopApp, type RunningApp } from './helpers/app';
import { openBrowser, screenshot, type Browser } from './helpers/browser';

const PASSWORD = 'E2e-Delete-Passw0rd';
const MEMBER_UID = 'api::member.member';
const DEACTIVATION_TEXT = 'deactivated: hidden from search and the directory; their data stays';

/**
 * Deleting members in the Content Manager, in a real browser: the dialog says they are
 * deactivated (not "irreversible"), and afterwards they are still listed, inactive.
 */
describe('deleting members in the admin panel', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let community: CommunityFixture;
  let email: string;
  const suffix = randomBytes(3).toString('hex');
  const names = { single: `Single ${suffix}`, bulkA: `BulkA ${suffix}`, bulkB: `BulkB ${suffix}` };

  const isActive = async (name: string) =>
    ((await app.strapi.db.query(MEMBER_UID).findOne({ where: { name } })) as { isActive: boolean } | null)?.isActive;
  const rowOf = (name: string) => page.getByRole('row').filter({ hasText: name });
  const becomesInactive = async (name: string, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while ((await isActive(name)) !== false) {
      if (Date.now() > deadline) throw new Error(`${name} is still active`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    app = await startApp();
    const { strapi } = app;
    community = await createCommunity(strapi, { name: `Delete ${suffix}`, plan: 'free' });
    for (const name of Object.values(names)) await createMember(strapi, community, { name });
    const superAdminRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
    email = `e2e-delete-${suffix}@example.org`;
    await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Dee', isActive: true, roles: [superAdminRole.id] });
    browser = await openBrowser();
    page = browser.page;
    await page.goto(`${app.baseUrl}/admin/auth/login`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: /log ?in/i }).click();
    await page.getByText('Hello Dee').waitFor();
  });

  afterAll(async () => {
    if (page) await screenshot(page, 'member-delete-last-state').catch(() => undefined);
    await browser?.close();
    await stopApp(app);
  });

  // The row as the list shows it once it has loaded the member's current state (a busy CI machine may
  // first paint the list before the refetch that follows the delete lands).
  const listedInactive = (name: string) => rowOf(name).filter({ hasText: /false/i }).first();

  // A fast machine can click a row's checkbox while the list is still re-rendering after its first
  // paint, and the click is lost: select again until the box stays checked.
  const select = async (name: string) => {
    const checkbox = rowOf(name).getByRole('checkbox');
    for (let attempt = 1; attempt <= 3 && !(await checkbox.isChecked()); attempt += 1) {
      await checkbox.check({ timeout: 10_000 }).catch(() => undefined);
    }
    expect(await checkbox.isChecked()).toBe(true);
  };

  const openList = async () => {
    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/${MEMBER_UID}?page=1&pageSize=100&sort=name:ASC`);
    await rowOf(names.single).first().waitFor();
    // Strapi's guided tour covers the list on a new admin's first visit.
    const skipTour = page.getByRole('button', { name: /^skip$/i });
    if (await skipTour.isVisible().catch(() => false)) await skipTour.click();
  };

  it('a row delete says the member will be deactivated, and leaves them listed as inactive', async () => {
    await openList();
    await rowOf(names.single).getByRole('button', { name: /row actions/i }).click();
    await page.getByRole('menuitem', { name: /delete/i }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(DEACTIVATION_TEXT, { exact: false }).waitFor();
    expect(await dialog.textContent()).not.toMatch(/irreversible/i);
    await screenshot(page, 'member-delete-dialog');
    await dialog.getByRole('button', { name: /confirm/i }).click();

    await becomesInactive(names.single);
    await openList();
    await listedInactive(names.single).waitFor();
    expect(await rowOf(names.single).first().textContent()).toMatch(/false/i);
    await screenshot(page, 'member-delete-after');
  });

  it('bulk delete says the same, and the members stay listed as inactive', async () => {
    await openList();
    for (const name of [names.bulkA, names.bulkB]) await select(name);
    await page.getByRole('button', { name: /^delete$/i }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(DEACTIVATION_TEXT, { exact: false }).waitFor();
    expect(await dialog.textContent()).not.toMatch(/irreversible/i);
    await screenshot(page, 'member-bulk-delete-dialog');
    await dialog.getByRole('button', { name: /confirm/i }).click();

    await becomesInactive(names.bulkA);
    await becomesInactive(names.bulkB);
    await openList();
    for (const name of [names.bulkA, names.bulkB]) await listedInactive(name).waitFor();
    for (const name of [names.bulkA, names.bulkB]) expect(await rowOf(name).first().textContent()).toMatch(/false/i);
  });
});
