// The app shell, as a newcomer meets it: the release build loads from a
// sub-path of a plain static host, every screen is reachable, nothing talks to
// another origin, there are no accessibility violations and no sideways
// scrolling on a 320 px phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, openPage, appReady, SCREENS, DIST } from './browser.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

test('the release build mounts from a sub-path with no console or page error', async () => {
  const { page, context, errors } = await openPage(site);
  await appReady(page);
  await page.waitForTimeout(300);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every screen is reachable by its hash and by its navigation link', async () => {
  const { page, context, errors } = await openPage(site);
  await appReady(page);
  for (const screen of SCREENS) {
    await page.goto(`${site.url}#/${screen}`);
    await page.locator(`section[data-screen="${screen}"]`).waitFor();
  }
  const nav = page.getByRole('navigation');
  for (const screen of SCREENS) {
    const link = nav.locator(`a[href="#/${screen}"]`);
    await link.click();
    await page.locator(`section[data-screen="${screen}"]`).waitFor();
    assert.equal(await link.getAttribute('aria-current'), 'page');
    // Focus moves to the new screen's heading.
    await page.waitForFunction(() => document.activeElement?.id === 'screen-heading', null, { timeout: 3000 });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('every request goes to the page\'s own origin', async () => {
  const { page, context, requests } = await openPage(site);
  await appReady(page);
  for (const screen of SCREENS) {
    await page.goto(`${site.url}#/${screen}`);
    await page.locator(`section[data-screen="${screen}"]`).waitFor();
  }
  const origin = new URL(site.url).origin;
  const foreign = requests.filter((u) => new URL(u).origin !== origin);
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm was loaded');
  await context.close();
});

test('axe-core finds no WCAG 2.1 A/AA violation on any screen', async () => {
  const { page, context } = await openPage(site);
  await appReady(page);
  for (const screen of SCREENS) {
    await page.goto(`${site.url}#/${screen}`);
    await page.locator(`section[data-screen="${screen}"]`).waitFor();
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(summary, [], `screen ${screen}`);
  }
  await context.close();
});

test('no horizontal scroll at 320 px on any screen', async () => {
  const { page, context } = await openPage(site, { width: 320, height: 640 });
  await appReady(page);
  for (const screen of SCREENS) {
    await page.goto(`${site.url}#/${screen}`);
    await page.locator(`section[data-screen="${screen}"]`).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `screen ${screen} scrolls sideways by ${overflow}px`);
  }
  await context.close();
});

test('the quick-exit button leaves for a neutral page and replaces history', async () => {
  const { page, context } = await openPage(site);
  // Keep the test offline: answer the neutral site locally.
  await context.route((url) => !url.href.startsWith(site.url), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title><p>neutral</p>' }));
  await appReady(page);
  await page.getByRole('button', { name: /leave quickly/i }).click();
  await page.waitForURL((u) => !u.href.startsWith(site.url));
  assert.equal(await page.title(), 'neutral');
  await context.close();
});

test('pressing Shift three times is a quick exit too', async () => {
  const { page, context } = await openPage(site);
  await context.route((url) => !url.href.startsWith(site.url), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title>' }));
  await appReady(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL((u) => !u.href.startsWith(site.url));
  await context.close();
});

test('it also works from the domain root', async () => {
  const root = await startSite({ base: '/' });
  try {
    const { page, context, errors } = await openPage(root, { hash: 'intake' });
    await appReady(page);
    await page.locator('section[data-screen="intake"]').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await root.close();
  }
});

test('every script, style and preload in index.html carries subresource integrity; the CSP allows only the site', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const tags = html.match(/<(script|link)\b[^>]*>/g) || [];
  // The files organisations edit (config, locales) are preloaded too, and
  // must carry no integrity: an edit would make the preload fail.
  const data = (t) => /rel="preload" href="(config|locales|content)\//.test(t);
  const needsSri = tags.filter((t) => /<script|rel="(stylesheet|modulepreload|preload)"/.test(t) && !data(t));
  assert.ok(needsSri.length >= 4, `found ${needsSri.length} tags`);
  for (const tag of needsSri) assert.match(tag, /integrity="sha384-[A-Za-z0-9+/=]+"/, tag);
  assert.ok(tags.filter(data).length >= 2, 'config and locale files are preloaded');
  for (const tag of tags.filter(data)) assert.doesNotMatch(tag, /integrity=/, tag);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
  assert.match(csp, /connect-src 'self'/);
  assert.match(html, /<meta name="referrer" content="no-referrer">/);
  assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, 'no reference to another origin');
});

test('the organisation area is its own page, linked from #/org, with no error and no axe violation', async () => {
  const { page, context, errors, requests } = await openPage(site, { hash: 'org' });
  await appReady(page);
  const appWasm = requests.filter((u) => u.endsWith('.wasm'));
  assert.equal(appWasm.length, 1);
  assert.ok(!appWasm[0].includes('waymark-org'), 'newcomers do not download the organisation area');
  await page.getByRole('link', { name: 'Open the organisation area' }).click();
  await page.waitForURL(/org\.html/);
  await appReady(page);
  await page.locator('.org-check .check-summary, .org-check [role="status"] p').first().waitFor();
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(result.violations.map((v) => v.id), []);
  await page.getByRole('link', { name: 'Back to the app' }).click();
  await page.locator('section[data-screen="checklist"]').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
