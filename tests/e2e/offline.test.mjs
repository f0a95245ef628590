// Works offline: after one visit, the service worker serves the whole site —
// the app, every locale, content and config — with the network switched off,
// and no request fails. Served from a sub-path of a plain static server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, appReady, serviceWorkerInControl, SCREENS } from './browser.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

async function onlineThenOffline() {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-US' });
  const page = await context.newPage();
  const failed = [];
  const errors = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url);
  await appReady(page);
  // Wait until the service worker controls the page and has precached.
  await serviceWorkerInControl(page);
  // Staff open the organisation area once online (it is not precached:
  // newcomers never download it); the service worker keeps it from then on.
  await page.goto(`${site.url}org.html`);
  await appReady(page);
  await page.goto(site.url);
  await appReady(page);
  // Count only what happens offline (navigating away above may abort
  // requests that were still loading).
  await page.waitForLoadState('networkidle');
  failed.length = 0;
  errors.length = 0;
  await context.setOffline(true);
  return { context, page, failed, errors };
}

test('after one visit, the app reloads and works with the network off', async () => {
  const { context, page, failed, errors } = await onlineThenOffline();
  const before = site.server.requests.length;
  await page.reload();
  await appReady(page);
  for (const screen of SCREENS) {
    await page.goto(`${site.url}#/${screen}`);
    await page.locator(`section[data-screen="${screen}"]`).waitFor();
  }
  // The screens' content comes from the cache too: the checklist's steps,
  // the intake form's first section, the organisation's key on the export
  // screen (the demo key's fingerprint).
  await page.goto(`${site.url}#/checklist`);
  await page.getByRole('button', { name: /PESEL/ }).first().waitFor();
  await page.goto(`${site.url}#/intake`);
  await page.getByText(/^Section 1( of \d+)?$/).waitFor();
  await page.goto(`${site.url}#/export`);
  await page.getByText('CA7D-A704', { exact: false }).first().waitFor();
  // Every language loads from the cache.
  const picker = page.locator('.lang-picker select');
  for (const lang of ['pl', 'ru', 'be', 'uk', 'en']) {
    await picker.selectOption(lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.locator('#screen-heading').waitFor();
  }
  // The organisation area (its own page and wasm) fetches every
  // content/config/locale file for its check: all from the cache.
  await page.goto(`${site.url}org.html`);
  await page.locator('.check-summary, .org-check [role="status"] p').first().waitFor();
  assert.deepEqual(failed, [], 'no request failed offline');
  assert.deepEqual(errors, []);
  assert.equal(site.server.requests.length, before, 'the server saw no request while offline');
  await context.close();
});

test('a fresh tab opened offline (same browser profile) still starts', async () => {
  const { context, page, failed } = await onlineThenOffline();
  const second = await context.newPage();
  await second.goto(`${site.url}#/checklist`);
  await appReady(second);
  assert.deepEqual(failed, []);
  await page.close();
  await context.close();
});

test('a new version is taken over at the next start, with a calm "updated" notice', async () => {
  const { readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { DIST } = await import('./browser.mjs');
  const updating = await startSite({ overrides: {} });
  try {
    const context = await updating.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(updating.url);
    await appReady(page);
    await serviceWorkerInControl(page);
    assert.equal(await page.getByText('This app was updated').count(), 0);
    // The organisation uploads a new release: a service worker with a new version.
    const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
    updating.server.overrides['sw.js'] = sw.replace(/const VERSION = '[0-9a-f]+'/, "const VERSION = 'feedfacecafebeef'");
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg.update();
      const w = reg.installing || reg.waiting;
      if (w && w.state !== 'installed') await new Promise((ok) => w.addEventListener('statechange', () => w.state === 'installed' && ok()));
    });
    // Next start: the waiting version takes over, the newcomer sees a calm notice.
    await page.reload();
    await appReady(page);
    await page.getByText('This app was updated').waitFor({ timeout: 10000 });
    // The new version's cache replaced the old one.
    await page.waitForFunction(async () => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0] === 'waymark-feedfacecafebeef';
    });
    await context.close();
  } finally {
    await updating.close();
  }
});

test('a first visit downloads the app once: the service worker precaches it from the HTTP cache', async () => {
  // A host that sends Cache-Control like deploy/nginx.conf (hashed files for a year).
  const caching = await startSite({ host: { cache: true } });
  try {
    const context = await caching.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(caching.url);
    await appReady(page);
    await serviceWorkerInControl(page);
    const wasm = caching.server.requests.filter((p) => /waymark-[0-9a-f]+_bg\.wasm$/.test(p));
    assert.equal(wasm.length, 1, `the app's wasm was downloaded ${wasm.length} times`);
    await context.close();
  } finally {
    await caching.close();
  }
});

test('on a weak signal (the host does not answer), a returning newcomer still gets the app from the cache', async () => {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.waymarkErrors = errors;
  await page.goto(site.url);
  await appReady(page);
  await serviceWorkerInControl(page);
  // From now on the host takes the page, config and English texts but never
  // answers (until the test ends): network-first must not wait for it forever.
  const held = ['index.html', 'config/org.toml', 'locales/en/app.ftl'];
  let answer;
  const never = new Promise((ok) => { answer = ok; });
  for (const path of held) site.server.overrides[path] = never.then(() => null);
  try {
    await page.goto('about:blank');
    await page.goto(`${site.url}#/checklist`, { waitUntil: 'commit' });
    await appReady(page);
    await page.getByRole('button', { name: /PESEL/ }).first().waitFor();
    assert.deepEqual(errors, []);
  } finally {
    answer();
    for (const path of held) delete site.server.overrides[path];
    await context.close();
  }
});
