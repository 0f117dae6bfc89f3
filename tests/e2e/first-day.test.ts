import { randomBytes } from 'node:crypto';

import type { Locator, Page } from 'playwright-core';

import { createApiToken, createCommunity, createMember, type CommunityFixture } from '../helpers/fixtures';
import { startApp, stopApp, type RunningApp } from './helpers/app';
import { openBrowser, screenshot, type Browser } from './helpers/browser';

const PASSWORD = 'E2e-First-Day-Passw0rd';
const COMMUNITY_UID = 'api::community.community';

/** Relative luminance of a CSS `rgb(…)` colour (0 black … 1 white). */
const luminance = (color: string) => {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/**
 * A bar as a person and a screen reader meet it: its announced value, and the part that looks
 * "used" (the fill, darker than its track on a light page) as wide as the share.
 */
const readBar = async (bar: Locator) => {
  const fill = bar.locator(':scope > *').first();
  const [barBox, fillBox] = [await bar.boundingBox(), await fill.boundingBox()];
  if (!barBox || !fillBox) throw new Error('the bar is not visible');
  // What is visible of the fill inside the track (a translated fill is clipped by it).
  const visible = Math.max(0, Math.min(barBox.x + barBox.width, fillBox.x + fillBox.width) - Math.max(barBox.x, fillBox.x));
  return {
    now: await bar.getAttribute('aria-valuenow'),
    max: await bar.getAttribute('aria-valuemax'),
    text: await bar.getAttribute('aria-valuetext'),
    share: visible / barBox.width,
    trackLuminance: luminance(await bar.evaluate((element) => getComputedStyle(element).backgroundColor)),
    fillLuminance: luminance(await fill.evaluate((element) => getComputedStyle(element).backgroundColor)),
  };
};

/**
 * A Community Admin's first day (issue 18 §3), in Debian's Chromium against the built app: bars that
 * read the right way round, no platform-wide counts, no operator text, a test box that says what it
 * dropped. Billing and WhatsApp are left unconfigured, as on a fresh platform.
 */
describe("admin panel, a community admin's first day", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let community: CommunityFixture;
  let email: string;
  let jwt: string;

  const text = async (testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').trim();
  /** The page's JSON answer to the first request whose URL contains `part`, while `action` runs. */
  const answerTo = async (part: string, action: () => Promise<unknown>) => {
    const [response] = await Promise.all([page.waitForResponse((candidate) => candidate.url().includes(part) && candidate.request().method() === 'GET'), action()]);
    return (await response.json()) as { data: Record<string, unknown> };
  };

  beforeAll(async () => {
    // Nothing configured for payments or WhatsApp (another suite in this process may have set them).
    for (const name of Object.keys(process.env)) if (/^(STRIPE_|TWILIO_)/.test(name)) delete process.env[name];
    app = await startApp();
    const { strapi } = app;
    const suffix = randomBytes(3).toString('hex');
    community = await createCommunity(strapi, { name: `First Day ${suffix}`, plan: 'free' });
    await createMember(strapi, community, { name: 'Asha Accountant', skills: ['Accounting'], city: 'Chennai', graduationYear: 1998 });
    await createMember(strapi, community, { name: 'Bhavna Builder', skills: ['Construction'], city: 'Pune', graduationYear: 2004 });
    await createMember(strapi, community, { name: 'Chitra Coder', skills: ['Python'], city: 'Bengaluru', graduationYear: 2012 });
    await createMember(strapi, community, { name: 'Dev Doctor', skills: ['Dermatology'], city: 'Chennai', graduationYear: 2001 });
    await createMember(strapi, community, { name: 'Esha Engineer', skills: ['Civil Engineering'], city: 'Madurai', graduationYear: 2010 });
    await createMember(strapi, community, { name: 'Hidden Hari', skills: ['Law'], directoryVisible: false });
    // 6 active members of 20; 3 of 10 searches used this month.
    await strapi.db.query(COMMUNITY_UID).update({ where: { id: community.id }, data: { searchLimitPerMonth: 10, memberLimit: 20 } });
    await strapi.plugin('community-search').service('indexer').flush();
    const token = await createApiToken(strapi);
    for (const q of ['accountant', 'python developer', 'builder in Pune']) {
      const response = await fetch(`${app.baseUrl}/api/community-search/search?q=${encodeURIComponent(q)}`, {
        headers: { Authorization: `Bearer ${token}`, 'X-Community': community.slug },
      });
      if (response.status !== 200) throw new Error(`search "${q}" answered ${response.status}`);
    }

    const roleId = await (strapi.service('api::community.community-admins') as unknown as { findOrCreateRole(): Promise<number> }).findOrCreateRole();
    email = `e2e-first-day-${suffix}@example.org`;
    const user = (await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Meera', lastname: 'Admin', isActive: true, roles: [roleId] })) as {
      id: number;
    };
    await (strapi.service('api::community.community-admins') as unknown as { link(c: string, id: number): Promise<void> }).link(community.documentId, user.id);
    const login = await fetch(`${app.baseUrl}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
    jwt = ((await login.json()) as { data: { token: string } }).data.token;

    browser = await openBrowser();
    page = browser.page;
    await page.goto(`${app.baseUrl}/admin/auth/login`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: /log ?in/i }).click();
    await page.getByText('Hello Meera').waitFor();
  });

  afterAll(async () => {
    if (page) await screenshot(page, 'first-day-last-state').catch(() => undefined);
    await browser?.close();
    await stopApp(app);
  });

  it('usage bars: the homepage widgets announce the usage and fill the used share, darker than the track', async () => {
    await page.getByTestId(`cs-members-limit-${community.slug}-usage`).waitFor();
    expect(await text(`cs-members-limit-${community.slug}-usage`)).toBe('6 of 20 members');
    const members = await readBar(page.getByTestId(`cs-members-limit-${community.slug}`).getByRole('progressbar'));
    expect(members).toMatchObject({ now: '6', max: '20', text: '6 of 20 members' });
    expect(members.share).toBeCloseTo(0.3, 1);
    expect(members.fillLuminance).toBeLessThan(members.trackLuminance);

    await page.getByTestId(`cs-searches-quota-${community.slug}-usage`).waitFor();
    const searches = await readBar(page.getByTestId(`cs-searches-quota-${community.slug}`).getByRole('progressbar'));
    expect(searches).toMatchObject({ now: '3', max: '10', text: '3 of 10 searches' });
    expect(searches.share).toBeCloseTo(0.3, 1);
    expect(searches.fillLuminance).toBeLessThan(searches.trackLuminance);
    await screenshot(page, 'first-day-01-homepage');
  });

  it("platform-wide counts: a community admin's homepage has no project statistics, and the server refuses them", async () => {
    await page.getByTestId('cs-members-active').waitFor();
    await page.getByTestId('wa-widget-active').waitFor();
    const homepage = await page.locator('body').innerText();
    expect(homepage).not.toMatch(/Project statistics/i);
    expect(homepage).not.toMatch(/API Tokens/i);
    expect(await page.getByRole('heading', { name: /^Entries$/ }).count()).toBe(0);
    // Strapi's guided tour ("Deploy your application to Strapi Cloud") is stored as skipped: it shows
    // only in development, to the first super admin, so its switch is what a production build can show.
    const tour = await page.evaluate(() => JSON.parse(window.localStorage.getItem('STRAPI_GUIDED_TOUR') ?? 'null'));
    expect(tour).toMatchObject({ enabled: false });
    for (const path of ['/admin/homepage/key-statistics', '/content-manager/homepage/count-documents']) {
      const response = await fetch(`${app.baseUrl}${path}`, { headers: { Authorization: `Bearer ${jwt}` } });
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
      expect(((await response.json()) as { error: { name: string } }).error.name).toBe('ForbiddenError');
    }
  });

  it('operator text: the WhatsApp widget says the bot is not connected, in words a community admin can act on', async () => {
    await page.getByTestId('wa-widget-active-count').waitFor();
    expect(await text('wa-widget-active-count')).toBe('0');
    expect(await text('wa-widget-not-connected')).toMatch(/not connected yet: ask your platform operator/i);
  });

  it('operator text: the WhatsApp page and its answers hold no env var names, webhook URLs, queue state or template ids', async () => {
    const overview = await answerTo('/whatsapp-bot/overview', () => page.goto(`${app.baseUrl}/admin/plugins/whatsapp-bot`));
    expect(overview.data.configured).toBe(false);
    expect(Object.keys(overview.data)).not.toEqual(expect.arrayContaining(['webhookUrl']));
    expect(overview.data).not.toHaveProperty('statusCallbackUrl');
    expect(overview.data).not.toHaveProperty('queue');
    await page.getByTestId('wa-status').waitFor();
    await page.getByTestId('wa-settings').waitFor();
    const shown = await page.locator('body').innerText();
    expect(shown).toMatch(/ask your platform operator/i);
    expect(shown).not.toMatch(/TWILIO_|webhook|status callback|template|HX…/i);
    // The queue's badge ("Queue: CONNECTED") next to "not connected".
    expect(shown).not.toMatch(/Queue|CONNECTED/);
    const settings = await (await fetch(`${app.baseUrl}/whatsapp-bot/settings?communityId=${community.id}`, { headers: { Authorization: `Bearer ${jwt}` } })).json();
    expect(settings.data).not.toHaveProperty('templates');
    await screenshot(page, 'first-day-02-whatsapp');
  });

  it('operator text and usage bars: billing says whom to ask, offers no dead "Not available" buttons, and its meters read right', async () => {
    await page.goto(`${app.baseUrl}/admin/plugins/billing`);
    const members = page.getByRole('progressbar', { name: 'Active members' });
    await members.waitFor();
    const bar = await readBar(members);
    expect(bar).toMatchObject({ now: '6', max: '20' });
    expect(bar.share).toBeCloseTo(0.3, 1);
    expect(bar.fillLuminance).toBeLessThan(bar.trackLuminance);
    const shown = await page.locator('body').innerText();
    expect(shown).toMatch(/ask your platform operator/i);
    expect(shown).not.toMatch(/STRIPE_/);
    expect(shown).not.toMatch(/Not available/i);
    await screenshot(page, 'first-day-03-billing');
  });

  it('the test box: human chips, what was relaxed, "no close match", and a synonym prefilled from the query', async () => {
    await page.goto(`${app.baseUrl}/admin/plugins/community-search/settings`);
    const input = page.getByTestId('cs-test-query-input');
    await input.waitFor();

    await input.fill('coder graduated in 2012');
    await page.getByTestId('cs-test-query-run').click();
    await page.getByTestId('cs-test-query-filter-graduationYear').waitFor();
    // innerText is what is rendered (after CSS text-transform), as a person reads it.
    expect(await page.getByTestId('cs-test-query-filter-graduationYear').innerText()).toBe('Graduation year: 2012');

    await input.fill('doctor in Madurai');
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().includes('/community-search/test-query')),
      page.getByTestId('cs-test-query-run').click(),
    ]);
    const meta = ((await answer.json()) as { meta: { relaxed: string[] } }).meta;
    expect(meta.relaxed).toContain('city');
    await page.getByTestId('cs-test-query-relaxed').waitFor();
    expect(await text('cs-test-query-relaxed')).toMatch(/Nobody in the city asked for: nearest matches elsewhere/);
    await screenshot(page, 'first-day-04-test-box-relaxed');

    await input.fill('qwzx flurbo');
    const [nonsense] = await Promise.all([
      page.waitForResponse((response) => response.url().includes('/community-search/test-query')),
      page.getByTestId('cs-test-query-run').click(),
    ]);
    expect(((await nonsense.json()) as { meta: { noCloseMatch: boolean } }).meta.noCloseMatch).toBe(true);
    await page.getByTestId('cs-test-query-no-close-match').waitFor();
    expect(await text('cs-test-query-no-close-match')).toMatch(/^No close match/);

    await page.getByTestId('cs-test-query-add-synonym').click();
    const term = page.getByLabel(/Synonym \d+ term/).last();
    expect(await term.inputValue()).toBe('qwzx flurbo');
    // The meaning is what is left to type.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/Synonym \d+ meaning/);
    await screenshot(page, 'first-day-05-test-box-synonym');
  });

  it('usage bars: a finished reindex announces every member done, with a full bar', async () => {
    await page.getByTestId('cs-reindex-start').click();
    await page.locator('[data-testid="cs-reindex-progress"][data-state="done"]').waitFor({ timeout: 60_000 });
    const bar = await readBar(page.getByTestId('cs-reindex-progress').getByRole('progressbar'));
    expect(Number(bar.now)).toBeGreaterThan(0);
    expect(bar.now).toBe(bar.max);
    expect(bar.share).toBeCloseTo(1, 1);
    expect(bar.fillLuminance).toBeLessThan(bar.trackLuminance);
  });

  it('a refused member filter: the failed list offers "Clear filters", and the list recovers for good', async () => {
    const list = `${app.baseUrl}/admin/content-manager/collection-types/api::member.member`;
    // A year compared with text: the server refuses it (400), and the Content Manager stores it.
    await page.goto(`${list}?page=1&pageSize=10&sort=name:ASC&filters[$and][0][graduationYear][$eq]=nineteen`);
    const recovery = page.getByTestId('member-list-recovery');
    await recovery.waitFor();
    expect(await recovery.textContent()).toMatch(/could not be shown with these filters/);
    await screenshot(page, 'first-day-06-member-list-refused');

    // The stored filter comes back on a plain visit: still refused, still a way out.
    await page.goto(list);
    await recovery.waitFor();
    await recovery.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('Asha Accountant').first().waitFor();
    expect(page.url()).not.toContain('filters');
    expect(await recovery.count()).toBe(0);

    await page.reload();
    await page.getByText('Asha Accountant').first().waitFor();
    expect(page.url()).not.toContain('filters');
    const stored = await page.evaluate(() =>
      Object.keys(window.localStorage)
        .filter((key) => key.startsWith('STRAPI_LIST_VIEW_SETTINGS:api::member.member'))
        .map((key) => window.localStorage.getItem(key) ?? '')
    );
    expect(stored.join('')).not.toContain('filters');
  });
});
