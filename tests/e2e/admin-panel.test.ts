import { randomBytes } from 'node:crypto';

import type { Page } from 'playwright-core';

import { startFakeStripe, testPrices, useFakeStripeForBilling, type FakeStripe } from '../fakes/stripe-server';
import { createApiToken, createCommunity, createMember, randomMobile, type CommunityFixture } from '../helpers/fixtures';
import { startApp, stopApp, type RunningApp } from './helpers/app';
import { openBrowser, screenshot, type Browser } from './helpers/browser';

const PASSWORD = 'E2e-Admin-Passw0rd';
const COMMUNITY_UID = 'api::community.community';
const LOG_TABLE = 'community_search_log';

/**
 * A community admin in a real browser: logs in, reads the widgets (numbers from the seeded data),
 * opens the analytics chart, adds a synonym and sees a test query change, imports a CSV.
 */
describe('admin panel, as a community admin', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let community: CommunityFixture;
  let other: CommunityFixture;
  let admin: { email: string };
  let stripe: FakeStripe;

  const searchAs = async (token: string, target: CommunityFixture, q: string) => {
    const response = await fetch(`${app.baseUrl}/api/community-search/search?q=${encodeURIComponent(q)}`, {
      headers: { Authorization: `Bearer ${token}`, 'X-Community': target.slug },
    });
    if (response.status !== 200) throw new Error(`search "${q}" answered ${response.status}`);
  };
  const logged = async (communityId: number) =>
    Number(((await app.strapi.db.connection(LOG_TABLE).where('community_id', communityId).count('* as n').first()) as { n: string }).n);
  const waitFor = async (check: () => Promise<boolean>, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const text = async (testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').trim();

  beforeAll(async () => {
    stripe = await startFakeStripe();
    useFakeStripeForBilling(stripe, testPrices());
    app = await startApp();
    const { strapi } = app;
    const suffix = randomBytes(3).toString('hex');
    community = await createCommunity(strapi, { name: `Alumni ${suffix}`, plan: 'free' });
    other = await createCommunity(strapi, { name: `Other ${suffix}`, plan: 'free' });
    const asha = await createMember(strapi, community, { name: 'Asha Accountant', skills: ['Accounting'], city: 'Chennai', graduationYear: 1998 });
    await createMember(strapi, community, { name: 'Bhavna Builder', skills: ['Construction'], city: 'Pune', graduationYear: 2004 });
    await createMember(strapi, community, { name: 'Chitra Coder', skills: ['Python'], city: 'Bengaluru', graduationYear: 2012 });
    const dev = await createMember(strapi, community, { name: 'Dev Doctor', skills: ['Dermatology'], city: 'Chennai', graduationYear: 2001 });
    await createMember(strapi, community, { name: 'Esha Engineer', skills: ['Civil Engineering'], city: 'Madurai', graduationYear: 2010 });
    await createMember(strapi, community, { name: 'Hidden Hari', skills: ['Law'], directoryVisible: false });
    await createMember(strapi, community, { name: 'Inactive Indu', skills: ['Law'], isActive: false });
    const otherPerson = await createMember(strapi, other, { name: 'Other Person', skills: ['Accounting'] });
    // Two members of the community wrote to the WhatsApp bot just now, one of the other community too.
    await strapi.db.connection('whatsapp_contacts').insert([
      { community_id: community.id, member_id: asha.id, last_inbound_at: new Date() },
      { community_id: community.id, member_id: dev.id, last_inbound_at: new Date() },
      { community_id: other.id, member_id: otherPerson.id, last_inbound_at: new Date() },
    ]);
    // 8 of 10 searches used this month: the widget must show the 80% warning.
    await strapi.db.query(COMMUNITY_UID).update({ where: { id: community.id }, data: { searchLimitPerMonth: 10, memberLimit: 20 } });
    await strapi.plugin('community-search').service('indexer').flush();

    const token = await createApiToken(strapi);
    for (const q of ['accountant in Chennai', 'python developer', 'doctor in Chennai', 'builder in Pune', 'engineer', 'accountant in chennai']) {
      await searchAs(token, community, q);
    }
    await searchAs(token, community, 'qwzx flurbo');
    await searchAs(token, community, 'numbers wizard');
    await searchAs(token, other, 'accounting');
    await waitFor(async () => (await logged(community.id)) === 8 && (await logged(other.id)) === 1);

    const roleId = await (strapi.service('api::community.community-admins') as unknown as { findOrCreateRole(): Promise<number> }).findOrCreateRole();
    const email = `e2e-admin-${suffix}@example.org`;
    const user = (await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Kavya', lastname: 'Admin', isActive: true, roles: [roleId] })) as {
      id: number;
    };
    await (strapi.service('api::community.community-admins') as unknown as { link(c: string, id: number): Promise<void> }).link(community.documentId, user.id);
    admin = { email };

    browser = await openBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    if (page) await screenshot(page, 'zz-last-state').catch(() => undefined);
    await browser?.close();
    await stopApp(app);
    await stripe?.close();
  });

  it('logs in through the login form', async () => {
    await page.goto(`${app.baseUrl}/admin/auth/login`);
    await page.locator('input[name="email"]').fill(admin.email);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: /log ?in/i }).click();
    await page.getByText('Hello Kavya').waitFor();
  });

  it('shows the real numbers in each homepage widget, with the quota warning', async () => {
    await page.getByTestId('cs-members-active').waitFor();
    expect(await text('cs-members-active')).toBe('6');
    expect(await text('cs-members-hidden')).toBe('1');
    expect(await text(`cs-members-limit-${community.slug}-usage`)).toBe('6 of 20 members');
    expect(await page.getByTestId(`cs-members-limit-${community.slug}`).getAttribute('data-warning')).toBe('false');

    await page.getByTestId('cs-searches-today').waitFor();
    expect(await text('cs-searches-today')).toBe('8');
    expect(await text('cs-searches-month')).toBe('8');
    expect(await text(`cs-searches-quota-${community.slug}-usage`)).toBe('8 of 10 searches');
    expect(await text(`cs-searches-quota-${community.slug}-warning`)).toMatch(/^80% used$/i);

    await page.getByTestId('cs-zero-rate').waitFor();
    const zero = await text('cs-zero-count');
    const [found, total] = zero.split(' of ').map(Number);
    expect(total).toBe(8);
    expect(found).toBeGreaterThanOrEqual(1);
    expect(await text('cs-zero-rate')).toBe(`${((found / 8) * 100).toFixed(1)}%`);
    await page.getByTestId('wa-widget-active-count').waitFor();
    expect(await text('wa-widget-active-count')).toBe('2');
    // The other community's search and member are nowhere.
    expect(await page.getByText('Other Person').count()).toBe(0);
    await screenshot(page, '01-homepage-widgets');
  });

  it('opens the WhatsApp bot page: its conversations and a greeting saved for the community', async () => {
    await page.goto(`${app.baseUrl}/admin/plugins/whatsapp-bot`);
    await page.getByTestId('wa-status').waitFor();
    expect(await text('wa-active')).toBe('2');
    await page.getByTestId('wa-conversation').first().waitFor();
    const conversations = await page.getByTestId('wa-conversations').textContent();
    expect(conversations).toContain('Asha Accountant');
    expect(conversations).toContain('Dev Doctor');
    expect(conversations).not.toContain('Other Person');
    await page.locator('textarea[name="greeting"]').fill('Welcome to our alumni directory!');
    await page.getByTestId('wa-settings').getByRole('button', { name: 'Save' }).click();
    await waitFor(async () => {
      const stored = await app.strapi.db.query(COMMUNITY_UID).findOne({ where: { id: community.id } });
      return stored?.settings?.whatsappGreeting === 'Welcome to our alumni directory!';
    });
    await screenshot(page, '02-whatsapp-bot');
  });

  it('opens billing and starts a Stripe Checkout for an upgrade', async () => {
    // The browser never leaves for Stripe: the checkout page is answered here.
    await page.route('https://checkout.stripe.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Stripe Checkout (test)</p>' }));
    await page.goto(`${app.baseUrl}/admin/plugins/billing`);
    const upgrade = page.getByRole('button', { name: 'Upgrade' }).first();
    await upgrade.waitFor();
    await screenshot(page, '03-billing');
    await upgrade.click();
    await page.waitForURL(/checkout\.stripe\.com\/c\/pay\//);
    const sessions = stripe.requestsTo('POST /v1/checkout/sessions');
    expect(sessions).toHaveLength(1);
    expect(JSON.stringify(sessions[0].params)).toContain(community.slug);
  });

  it('opens search analytics and sees the chart and the queries', async () => {
    await page.goto(`${app.baseUrl}/admin/plugins/community-search/analytics`);
    await page.locator('[data-testid="cs-volume-chart"] .recharts-surface').first().waitFor();
    await page.locator('[data-testid="cs-volume-chart"] .recharts-area-area').first().waitFor();
    expect(await text('cs-total-searches')).toBe('8');
    expect(await text('cs-channel-api')).toContain('8');
    expect(await text('cs-channel-whatsapp')).toContain('0');
    const top = await text('cs-top-queries');
    expect(top).toContain('accountant in chennai');
    expect(await text('cs-zero-queries')).toContain('qwzx flurbo');
    await screenshot(page, '04-search-analytics');
  });

  it('adds a synonym and sees the test query change', async () => {
    await page.goto(`${app.baseUrl}/admin/plugins/community-search/settings`);
    const input = page.getByTestId('cs-test-query-input');
    await input.fill('numbers wizard');
    await page.getByTestId('cs-test-query-run').click();
    await page.getByTestId('cs-test-query-result').waitFor();
    expect(await page.getByTestId('cs-test-query-filter-skills').count()).toBe(0);
    await screenshot(page, '05-test-query-before-synonym');

    await page.getByTestId('cs-add-synonym').click();
    await page.getByLabel('Synonym 1 term').fill('numbers wizard');
    await page.getByLabel('Synonym 1 meaning').fill('Accounting');
    await page.getByTestId('cs-save-synonyms').click();
    await page.getByText('Synonyms saved').first().waitFor();

    await page.getByTestId('cs-test-query-run').click();
    await page.getByTestId('cs-test-query-filter-skills').waitFor();
    expect(await text('cs-test-query-filter-skills')).toContain('Accounting');
    expect(await text('cs-test-query-result')).toContain('Asha Accountant');
    await screenshot(page, '06-test-query-after-synonym');
    const stored = (await app.strapi.db.query(COMMUNITY_UID).findOne({ where: { id: community.id } })) as { settings: { synonyms: unknown } };
    expect(stored.settings.synonyms).toEqual([{ term: 'numbers wizard', canonical: ['Accounting'] }]);
  });

  it('imports a CSV from the member list and shows the rows it refused', async () => {
    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/api::member.member`);
    await page.getByText(/^graduation year$/i).first().waitFor();
    // Years read as years, not as quantities ("1,998").
    await page.getByText('1998', { exact: true }).first().waitFor();
    expect(await page.getByText('1,998').count()).toBe(0);
    await page.getByTestId('cs-members-import').click();
    const csv = [
      'name,phone,city,designation,organization,graduation_year,skills',
      `Nila Nurse,${randomMobile()},Madurai,Nurse,City Hospital,2015,Nursing`,
      `Omar Owner,${randomMobile()},Chennai,Founder,Omar Traders,1999,Trading;Exports`,
      'Broken Row,12345,Chennai,,,,',
    ].join('\n');
    await page.getByTestId('cs-import-file').setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('cs-import-submit').click();
    await page.getByTestId('cs-import-result').waitFor();
    expect(await text('cs-import-created')).toBe('2');
    expect(await text('cs-import-skipped')).toBe('1');
    const errors = await text('cs-import-errors');
    expect(errors).toContain('4');
    expect(errors).toContain('phone');
    await screenshot(page, '07-member-import-result');
    await page.getByRole('button', { name: 'Close' }).first().click();
    await page.getByText('Omar Owner').first().waitFor();
    await screenshot(page, '08-member-list-after-import');
    expect(await app.strapi.db.query('api::member.member').count({ where: { name: 'Omar Owner', community: { id: community.id } } })).toBe(1);
  });
});
