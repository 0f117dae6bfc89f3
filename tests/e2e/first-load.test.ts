import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createCommunity, createMember } from '../helpers/fixtures';
import { startApp, stopApp, type RunningApp } from './helpers/app';
import { ARTIFACTS_DIR, openBrowser } from './helpers/browser';

const PASSWORD = 'E2e-First-Load-Passw0rd';
/**
 * Issue 18 §3 asks for every page's first load under 3 s in a production build. Timings on a shared
 * 2-core machine say more about its neighbours than about the app, so the budget is only asserted
 * when FIRST_LOAD_BUDGET_MS is set (e.g. 3000 on a quiet machine); the numbers are always printed.
 */
const BUDGET_MS = process.env.FIRST_LOAD_BUDGET_MS ? Number(process.env.FIRST_LOAD_BUDGET_MS) : null;

/** Each page and what shows that it has loaded (its data, not a spinner). */
const PAGES = [
  { name: 'Homepage', path: '/admin', ready: '[data-testid="cs-members-active"]' },
  { name: 'Search settings', path: '/admin/plugins/community-search/settings', ready: '[data-testid="cs-test-query-input"]' },
  { name: 'Search analytics', path: '/admin/plugins/community-search/analytics', ready: '[data-testid="cs-total-searches"]' },
  { name: 'WhatsApp bot', path: '/admin/plugins/whatsapp-bot', ready: '[data-testid="wa-status"]' },
  { name: 'Billing', path: '/admin/plugins/billing', ready: 'text=Current plan' },
];

type Measure = {
  page: string;
  ms: number;
  scripts: number;
  /** Bytes received for the page's scripts (compressed when served compressed). */
  scriptKb: number;
  largestScript: string;
  largestScriptKb: number;
  largestScriptEncoding: string;
  /** Sent with its length: a copy gzipped at build time (scripts/dev/precompress-admin.js), not per request. */
  largestScriptPrecompressed: boolean;
  slowestApi: string;
  slowestApiMs: number;
};

/**
 * The first load of each admin page in the production build, as a Community Admin in Debian's
 * Chromium with a cold cache (a fresh browser profile per page, signed in through the stored token
 * so no other page warms the cache): from navigation to the page's data on screen. Prints the
 * numbers (for docs/benchmarks.md) with what the page downloaded and its slowest API call.
 */
describe('admin panel, first load of each page', () => {
  let app: RunningApp;
  let token: string;
  const measures: Measure[] = [];

  beforeAll(async () => {
    app = await startApp();
    const { strapi } = app;
    const suffix = randomBytes(3).toString('hex');
    const community = await createCommunity(strapi, { name: `First Load ${suffix}`, plan: 'free' });
    for (let index = 0; index < 20; index += 1) await createMember(strapi, community, { name: `Member ${index} ${suffix}`, skills: ['Accounting'], city: 'Chennai' });
    const roleId = await (strapi.service('api::community.community-admins') as unknown as { findOrCreateRole(): Promise<number> }).findOrCreateRole();
    const email = `e2e-first-load-${suffix}@example.org`;
    const user = (await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Lata', isActive: true, roles: [roleId] })) as { id: number };
    await (strapi.service('api::community.community-admins') as unknown as { link(c: string, id: number): Promise<void> }).link(community.documentId, user.id);
    const login = await fetch(`${app.baseUrl}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
    token = ((await login.json()) as { data: { token: string } }).data.token;
  });

  afterAll(async () => {
    if (measures.length > 0) {
      fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, loadavg: os.loadavg(), date: new Date().toISOString() };
      fs.writeFileSync(path.join(ARTIFACTS_DIR, 'first-load.json'), JSON.stringify({ machine, measures }, null, 2));
      console.log(JSON.stringify({ machine, measures }, null, 2));
    }
    await stopApp(app);
  });

  it.each(PAGES)('$name: first load, cold, with its scripts compressed', async ({ name, path: pagePath, ready }) => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.addInitScript((jwt) => {
        window.localStorage.setItem('jwtToken', JSON.stringify(jwt));
        window.localStorage.setItem('isLoggedIn', 'true');
      }, token);
      const scripts: Array<{ url: string; kb: number; encoding: string; length?: string }> = [];
      const apis: Array<{ url: string; ms: number }> = [];
      page.on('requestfinished', async (request) => {
        const timing = request.timing();
        const url = new URL(request.url());
        if (request.resourceType() === 'script') {
          const sizes = await request.sizes().catch(() => null);
          const headers = (await request.response())?.headers() ?? {};
          scripts.push({ url: url.pathname, kb: (sizes?.responseBodySize ?? 0) / 1024, encoding: headers['content-encoding'] ?? 'none', length: headers['content-length'] });
        } else if (request.resourceType() === 'fetch' || request.resourceType() === 'xhr') {
          apis.push({ url: `${url.pathname}${url.search}`.slice(0, 120), ms: timing.responseEnd });
        }
      });
      const started = Date.now();
      await page.goto(`${app.baseUrl}${pagePath}`);
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      const ms = Date.now() - started;
      const largest = scripts.reduce((best, script) => (script.kb > best.kb ? script : best), { url: '-', kb: 0, encoding: 'none', length: undefined as string | undefined });
      const slowest = apis.reduce((best, api) => (api.ms > best.ms ? api : best), { url: '-', ms: 0 });
      measures.push({
        page: name,
        ms,
        scripts: scripts.length,
        scriptKb: Math.round(scripts.reduce((sum, script) => sum + script.kb, 0)),
        largestScript: largest.url,
        largestScriptKb: Math.round(largest.kb),
        largestScriptEncoding: largest.encoding,
        largestScriptPrecompressed: largest.length !== undefined,
        slowestApi: slowest.url,
        slowestApiMs: Math.round(slowest.ms),
      });
      // The main chunk (5.7 MB as built) is not sent as it is.
      expect(largest.encoding).toBe('gzip');
      expect(largest.kb).toBeLessThan(2500);
      // Gzipped once at build time and sent with its length, not compressed again (chunked) on every
      // cold load: that cost the server about 1.4 s of CPU for the main chunk on a busy machine.
      expect({ script: largest.url, sentWithLength: largest.length !== undefined }).toEqual({ script: largest.url, sentWithLength: true });
      if (BUDGET_MS !== null) expect(ms).toBeLessThan(BUDGET_MS);
    } finally {
      await browser.close();
    }
  });
});
