// Shared set-up for the end-to-end tests: Debian's Chromium driven by
// playwright-core (never a downloaded browser), the release build served from
// a sub-path by the dumb static server, and a page wrapper that records every
// console error, page error and request so tests can assert on them.
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

export const DIST = process.env.WAYMARK_DIST || 'dist';
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const SCREENS = ['checklist', 'intake', 'export', 'settings', 'org'];
export const LOCALES = ['en', 'pl', 'ru', 'be', 'uk'];

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
      ...extraArgs,
    ],
  });
}

/**
 * Starts the server and a browser; returns helpers and a `close()`.
 * `chromiumArgs`: extra browser flags (e.g. the fake camera of the hand-over test).
 */
export async function startSite({ base = '/some/sub/path/', overrides = {}, host = {}, chromiumArgs = [] } = {}) {
  const server = await serve(DIST, base, 0, overrides, host);
  const browser = await launch([...server.chromiumFlags, ...chromiumArgs]);
  return {
    server,
    browser,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens a page (`path`, e.g. `org.html`; the app by default) in a fresh
 * context (phone-sized by default) and records
 * problems: `errors` (console errors and uncaught page errors) and
 * `requests` (every URL the page asked for).
 */
export async function openPage(site, { width = 360, height = 740, locale = 'en-US', hash = '', path = '', context: ctxOpts = {} } = {}) {
  const context = await site.browser.newContext({
    viewport: { width, height },
    locale,
    serviceWorkers: 'block',
    ...ctxOpts,
  });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.waymarkErrors = errors;
  await page.goto(site.url + path + (hash ? `#/${hash}` : ''));
  return { page, context, errors, requests };
}

/**
 * Waits until the app has mounted and shows a screen heading. Fails at once
 * with the page's own error when start-up throws (for example a wasm broken
 * by a bad optimiser: "WebAssembly.Table.set(): Argument 1 is invalid").
 */
export async function appReady(page) {
  const deadline = Date.now() + 20000;
  const heading = page.locator('#screen-heading');
  while (!(await heading.isVisible())) {
    const errors = (page.waymarkErrors || []).filter((e) => e.startsWith('pageerror'));
    if (errors.length) throw new Error(`the app did not start: ${errors.join(' | ')}`);
    if (Date.now() > deadline) throw new Error('the app did not start within 20 s (no error reported)');
    await page.waitForTimeout(100);
  }
  await page.waitForFunction(() => !document.querySelector('#boot-message'));
}

/** Waits until the service worker controls `page` (it has precached). */
export async function serviceWorkerInControl(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}
