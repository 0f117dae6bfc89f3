import { randomBytes } from 'node:crypto';

import type { Page } from 'playwright-core';

import { createCommunity, createMember, type CommunityFixture } from '../helpers/fixtures';
import { startApp, stopApp, type RunningApp } from './helpers/app';
import { openBrowser, screenshot, type Browser } from './helpers/browser';

const PASSWORD = 'E2e-Strapi-Screens-Passw0rd';
const PLUGIN = 'plugin::community-search';
/** Strapi's sales, Strapi Cloud and product-news wording, which no admin of this platform can act on. */
const UPSELL_WORDS = /pricing plans|current plan|Upgrade|Strapi Cloud|Deploy Now|Growth plan|free trial|Introducing the new Media Library|Read blog post/i;

type AdminServices = { findOrCreateRole(): Promise<number>; link(community: string, adminId: number): Promise<void> };
type Embedder = { embed(texts: string[]): Promise<number[][]> };

/**
 * Strapi's own screens as the platform's admins meet them (issue 18 §3): no pricing plans or Cloud
 * upsell for anyone, no homepage customising for a Community Admin, and a search index panel that
 * explains failed indexing in a community admin's words (operator details to super admins only).
 */
describe("admin panel, Strapi's own screens", () => {
  let app: RunningApp;
  let community: CommunityFixture;
  let communityAdminToken: string;
  let superAdminToken: string;
  const browsers: Browser[] = [];

  const login = async (email: string) => {
    const response = await fetch(`${app.baseUrl}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
    return ((await response.json()) as { data: { token: string } }).data.token;
  };

  /** A fresh browser signed in through the stored token, as the admin panel keeps it. */
  const signedIn = async (token: string): Promise<Page> => {
    const browser = await openBrowser();
    browsers.push(browser);
    await browser.page.addInitScript((jwt) => {
      window.localStorage.setItem('jwtToken', JSON.stringify(jwt));
      window.localStorage.setItem('isLoggedIn', 'true');
    }, token);
    return browser.page;
  };

  /** Visible text only (innerText leaves out what CSS hides). */
  const shownText = (page: Page) => page.locator('body').innerText();

  beforeAll(async () => {
    app = await startApp();
    const { strapi } = app;
    const suffix = randomBytes(3).toString('hex');
    community = await createCommunity(strapi, { name: `Strapi Screens ${suffix}`, plan: 'free' });
    await createMember(strapi, community, { name: 'Asha Accountant', skills: ['Accounting'], city: 'Chennai' });
    await createMember(strapi, community, { name: 'Bhavna Builder', skills: ['Construction'], city: 'Pune' });
    await strapi.plugin('community-search').service('indexer').flush();

    const admins = strapi.service('api::community.community-admins') as unknown as AdminServices;
    const communityAdmin = (await strapi.service('admin::user').create({
      email: `e2e-screens-ca-${suffix}@example.org`,
      password: PASSWORD,
      firstname: 'Kavya',
      isActive: true,
      roles: [await admins.findOrCreateRole()],
    })) as { id: number };
    await admins.link(community.documentId, communityAdmin.id);
    const superRole = (await strapi.service('admin::role').getSuperAdmin()) as { id: number };
    await strapi.service('admin::user').create({ email: `e2e-screens-sa-${suffix}@example.org`, password: PASSWORD, firstname: 'Sunil', isActive: true, roles: [superRole.id] });
    communityAdminToken = await login(`e2e-screens-ca-${suffix}@example.org`);
    superAdminToken = await login(`e2e-screens-sa-${suffix}@example.org`);
  });

  afterAll(async () => {
    for (const browser of browsers) await browser.close().catch(() => undefined);
    await stopApp(app);
  });

  it('the settings overview shows the version, without "Current plan: Community – See all pricing plans" or an upgrade link', async () => {
    const page = await signedIn(superAdminToken);
    await page.goto(`${app.baseUrl}/admin/settings/application-infos`);
    await page.getByText(/node version/i).waitFor();
    const shown = await shownText(page);
    expect(shown).toMatch(/strapi version/i);
    expect(shown).not.toMatch(UPSELL_WORDS);
    expect(await page.locator('a[href*="strapi.io/pricing"]').isVisible()).toBe(false);
    // The paid features' purchase pages ("Audit Logs", "Single Sign-On" with a lightning icon).
    for (const link of await page.locator('a[href*="/settings/purchase-"]').all()) expect(await link.isVisible()).toBe(false);
    await screenshot(page, 'strapi-screens-01-settings-overview');
  });

  it('a super admin keeps the homepage\'s "Add Widget"', async () => {
    const page = await signedIn(superAdminToken);
    await page.goto(`${app.baseUrl}/admin`);
    await page.getByText('Hello Sunil').waitFor();
    await page.getByRole('button', { name: 'Add Widget' }).waitFor();
  });

  it('a community admin\'s homepage has no "Add Widget", no widget delete or drag controls, and no upsell', async () => {
    const page = await signedIn(communityAdminToken);
    await page.goto(`${app.baseUrl}/admin`);
    await page.getByText('Hello Kavya').waitFor();
    await page.getByTestId('cs-members-active').waitFor();
    expect(await page.getByRole('button', { name: 'Add Widget' }).isVisible()).toBe(false);
    // The controls show on hover: hover a widget, as a person reaching for them would.
    const widget = page.locator('[data-strapi-widget-id]').first();
    await widget.hover();
    for (const name of ['Delete', 'Drag to move']) {
      const controls = await page.getByRole('button', { name, exact: true }).all();
      for (const control of controls) expect({ name, visible: await control.isVisible() }).toEqual({ name, visible: false });
    }
    expect(await shownText(page)).not.toMatch(UPSELL_WORDS);
    await screenshot(page, 'strapi-screens-02-community-admin-homepage');
  });

  it('a community admin\'s Media Library has no banner or upsell', async () => {
    const page = await signedIn(communityAdminToken);
    await page.goto(`${app.baseUrl}/admin/plugins/upload`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await shownText(page)).not.toMatch(UPSELL_WORDS);
    await screenshot(page, 'strapi-screens-03-community-admin-media-library');
  });

  it('the search index panel: the embeddings in a community admin\'s words, and failed (set aside) indexing explained with what to do', async () => {
    const { strapi } = app;
    const embedder = strapi.plugin('community-search').service('providers').embedder() as Embedder;
    const originalEmbed = embedder.embed;
    // The embeddings provider is the outside service that fails; its message names internals.
    const rawMessage = 'connect ECONNREFUSED 10.9.8.7:443 (embeddings gateway)';
    strapi.config.set(`${PLUGIN}.indexing.retryAttempts`, 1);
    embedder.embed = async () => {
      throw new Error(rawMessage);
    };
    try {
      await createMember(strapi, community, { name: 'Stuck Sita', skills: ['Law'], city: 'Chennai' });
      const indexer = strapi.plugin('community-search').service('indexer') as { lastFailure(): { gaveUp: boolean } | null };
      for (let waited = 0; indexer.lastFailure()?.gaveUp !== true; waited += 50) {
        if (waited > 20_000) throw new Error('indexing did not give up');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }

      const page = await signedIn(communityAdminToken);
      await page.goto(`${app.baseUrl}/admin/plugins/community-search/settings`);
      const trouble = page.getByTestId('cs-index-trouble');
      await trouble.waitFor();
      expect(await trouble.getAttribute('data-state')).toBe('stalled');
      const explained = await trouble.innerText();
      expect(explained).toMatch(/Search stopped adding changes for 1 member/);
      expect(explained).toMatch(/rebuild the index/i);
      expect(explained).toMatch(/ask your platform operator/i);
      expect(await page.getByTestId('cs-index-embeddings').innerText()).toMatch(/^Matching by meaning runs on this platform’s own server\.$/);
      const shown = await shownText(page);
      for (const operatorDetail of [/EMBEDDINGS_/, /ECONNREFUSED/, /10\.9\.8\.7/, /local embeddings/, /search:reindex/]) expect(shown).not.toMatch(operatorDetail);
      await screenshot(page, 'strapi-screens-04-index-trouble-community-admin');

      const operator = await signedIn(superAdminToken);
      await operator.goto(`${app.baseUrl}/admin/plugins/community-search/settings`);
      // A super admin picks the community among all of them.
      const picker = operator.getByRole('combobox', { name: 'Community' });
      await picker.waitFor();
      await picker.click();
      await operator.getByRole('option', { name: community.name }).click();
      const details = operator.getByTestId('cs-index-trouble-operator');
      await details.waitFor();
      expect(await details.innerText()).toContain(rawMessage);
      expect(await details.innerText()).toMatch(/EMBEDDINGS_PROVIDER/);
      expect(await operator.getByTestId('cs-index-embeddings').innerText()).toMatch(/local embeddings/);
      await screenshot(operator, 'strapi-screens-05-index-trouble-super-admin');
    } finally {
      embedder.embed = originalEmbed;
      strapi.config.set(`${PLUGIN}.indexing.retryAttempts`, 5);
    }
  });
});
