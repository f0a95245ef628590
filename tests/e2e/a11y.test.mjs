// Accessibility and phone use (issue 9), on the release build at 360×740:
// axe-core (WCAG 2.0/2.1 A and AA) on every screen and state — first visit,
// vault setup with its errors, locked and a wrong passphrase, checklist with a
// step open and marked, intake with errors and the review, export before and
// after making it, settings (auto-lock, change passphrase, delete), the site
// check and the desk with an export open — in English, Belarusian and the
// right-to-left pseudo-locale, each in the light and the dark theme. Then the
// same tour checks touch targets (≥ 44×44 CSS px) and text at 200 % (no
// sideways scrolling, nothing clipped or overlapping); keyboard-only tasks
// with a visible focus indicator on every Tab stop; reduced motion; the dark
// theme; and how much of a phone screen the header takes.
//
// The tour finds controls by id and structure, not by text, so it runs
// unchanged in every language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { startSite, openPage, appReady } from './browser.mjs';
import { axeViolations, tempDir, IDENTITY, DEMO_FINGERPRINT } from './export-helpers.mjs';
import { fillIntake, tabTo, hasFocus, DEFAULT_ANSWERS } from './intake-steps.mjs';

const PASS = 'lantern quietly orbit marmalade';
const LOCALES = {
  en: { locale: 'en-US' },
  be: { locale: 'be-BY' },
  rtl: { locale: 'en-US', query: '?pseudo=bidi' },
};
const THEMES = ['light', 'dark'];

let site;
let dir;
before(async () => { site = await startSite(); dir = tempDir(); });
after(async () => { await site?.close(); });

// ---------- the tour: every screen and state, by id and structure ----------

/** Opens the app (or org.html) in `lang` at `hash`; returns the page and context. */
async function openIn(lang, { hash = 'checklist', path = '', ctx = {}, context } = {}) {
  const { locale, query = '' } = LOCALES[lang];
  let page;
  let opened;
  if (context) {
    page = await context.newPage();
  } else {
    opened = await openPage(site, { locale, context: { acceptDownloads: true, ...ctx } });
    page = opened.page;
  }
  await page.goto(`${site.url}${path}${query}${path ? '' : `#/${hash}`}`);
  await appReady(page);
  return { page, context: context ?? opened.context, errors: opened?.errors ?? [] };
}

/** Goes to another screen the way a link does (same page: the vault stays unlocked). */
async function go(page, screen) {
  await page.evaluate((s) => { location.hash = `#/${s}`; }, screen);
  await page.locator(`section[data-screen="${screen}"]`).waitFor();
}

async function submitAndWaitAlert(page, scope, button) {
  const alert = page.locator(`${scope} [role="alert"]`);
  const before = (await alert.allTextContents()).join('|');
  await page.locator(`${scope} ${button}`).click();
  await page.waitForFunction(([sel, old]) => {
    const text = [...document.querySelectorAll(sel)].map((e) => e.textContent).join('|');
    return text.trim() !== '' && text !== old;
  }, [`${scope} [role="alert"]`, before], { timeout: 60000 });
}

/**
 * Walks every screen and state in `lang`, calling `check(page, where)` on
 * each. Makes an export on the way (its path is returned) and opens it in
 * the desk at the end.
 */
async function tour(lang, check, { ctx = {} } = {}) {
  const { page, context, errors } = await openIn(lang, { ctx });
  // First visit, no vault: every screen.
  for (const screen of ['checklist', 'intake', 'export', 'settings', 'org']) {
    await go(page, screen);
    await check(page, `first visit: ${screen}`);
  }
  // A change (auto-lock setting) opens the setup dialog.
  await go(page, 'settings');
  await page.locator('input[name="autolock-minutes"]').nth(1).check();
  const dialog = page.locator('dialog.vault-dialog');
  await dialog.waitFor({ state: 'visible' });
  await check(page, 'setup dialog open');
  await page.locator('#vault-setup-pass').fill('short');
  await submitAndWaitAlert(page, 'dialog.vault-dialog', 'button[data-default]');
  await check(page, 'setup: passphrase too short');
  await page.locator('#vault-setup-pass').fill(PASS);
  await page.locator('#vault-setup-repeat').fill(`${PASS}x`);
  await submitAndWaitAlert(page, 'dialog.vault-dialog', 'button[data-default]');
  await check(page, 'setup: passphrases differ');
  await page.locator('#vault-setup-repeat').fill(PASS);
  await page.locator('#vault-setup-understand').check();
  await dialog.locator('button[data-default]').click();
  await dialog.waitFor({ state: 'hidden', timeout: 60000 });
  await page.locator('.vault-bar[data-state="saved"]').waitFor({ timeout: 20000 });

  // Settings with the vault: auto-lock, change passphrase (with an error), delete confirm.
  await check(page, 'settings, unlocked');
  await page.locator('#change-current').fill('wrong');
  await submitAndWaitAlert(page, 'section[aria-labelledby="change-heading"]', 'button[data-default]');
  await check(page, 'settings: change passphrase error');
  await page.locator('#change-current').fill('');
  await page.locator('#delete-open').click();
  await page.locator('#delete-confirm').waitFor();
  await check(page, 'settings: delete confirm');
  await page.locator('#delete-confirm').fill('no');
  await submitAndWaitAlert(page, '.vault-delete', 'button[type="submit"]');
  await check(page, 'settings: delete, wrong word');
  await page.locator('.vault-delete button.secondary').click();

  // Checklist: a step open and marked done.
  await go(page, 'checklist');
  await page.locator('.step .disclosure').first().click();
  await page.locator('.step .step-state select').first().selectOption('done');
  await page.locator('.step-details:not([hidden])').first().waitFor();
  await check(page, 'checklist: step open and marked');

  // Intake: the first section sent empty (errors and summary), then the review.
  await go(page, 'intake');
  await page.locator('form.intake button[type="submit"]').click();
  await page.locator('#intake-error-summary li').first().waitFor();
  await check(page, 'intake: errors and summary');
  await fillIntake(page, DEFAULT_ANSWERS, { beforeNext: (p, n) => check(p, `intake: section ${n} filled`) });
  await page.locator('.intake-review').waitFor();
  await check(page, 'intake: review');

  // Export: ready, then made (downloaded).
  await go(page, 'export');
  await check(page, 'export: ready');
  await page.locator('#export-consent').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.export-actions button').first().click(),
  ]);
  const exportPath = join(dir, `${lang}-${download.suggestedFilename()}`);
  await download.saveAs(exportPath);
  await page.locator('.export-outcome').filter({ hasText: download.suggestedFilename() }).waitFor();
  await check(page, 'export: made');

  // Locked, then a wrong passphrase.
  await page.locator('.vault-lock').first().click();
  await page.locator('.vault-unlock').waitFor();
  await check(page, 'locked: unlock form');
  await page.locator('#vault-unlock-pass').fill('not the passphrase at all');
  await submitAndWaitAlert(page, '.vault-unlock', 'button[data-default]');
  await check(page, 'locked: wrong passphrase');

  // Organisation area: site check, then the desk with the export open.
  const org = (await openIn(lang, { path: 'org.html', context })).page;
  await org.locator('#org-check-heading').waitFor();
  await check(org, 'org.html: site check and desk');
  await org.locator('#desk-identity-file').setInputFiles(IDENTITY);
  await org.locator('.desk-keys').getByText(DEMO_FINGERPRINT).waitFor();
  await org.locator('#desk-export-files').setInputFiles(exportPath);
  await org.locator('article.desk-export').first().waitFor();
  await check(org, 'desk: export open');
  return { page, context, errors, exportPath };
}

// ---------- 1. axe in every state, locale and theme ----------

const axeTally = { combos: 0, violations: [] };

for (const lang of Object.keys(LOCALES)) {
  test(`axe: no WCAG 2.1 A/AA violation in any screen or state, light and dark (${lang})`, async () => {
    const found = [];
    const { context } = await tour(lang, async (page, where) => {
      for (const colorScheme of THEMES) {
        await page.emulateMedia({ colorScheme });
        for (const v of await axeViolations(AxeBuilder, page)) found.push(`${where} [${colorScheme}] ${v}`);
        axeTally.combos += 1;
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });
    axeTally.violations.push(...found);
    await context.close();
    assert.deepEqual(found, []);
  });
}

test('axe figures', () => {
  // Reported, not asserted: how many screen × state × locale × theme combinations were checked.
  console.log(`axe: ${axeTally.combos} combinations checked, ${axeTally.violations.length} violations`);
});

// ---------- 3. touch targets ----------

/**
 * Every button, field, select, summary and standalone link (in an open
 * modal dialog only, when one is open) as `{ what, width, height }` when it
 * is smaller than 44×44 CSS px. A checkbox or radio counts with its label
 * (tapping the label ticks it): the label must be 44 px high and both
 * together 44 px wide. Links inside running text (a paragraph or list item
 * with other text) are the WCAG 2.5.8 inline exception and are not counted.
 */
async function smallTargets(page) {
  return page.evaluate((MIN) => {
    const out = [];
    const root = document.querySelector('dialog[open]') || document;
    const describe = (el) => {
      const text = (el.textContent || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}${el.type ? `[${el.type}]` : ''} "${text}"`;
    };
    const shown = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
        && !el.closest('.visually-hidden, [hidden]');
    };
    const inRunningText = (a) => {
      const block = a.parentElement.closest('p, li, dd, td, label');
      return block !== null && block.textContent.trim() !== a.textContent.trim();
    };
    for (const el of root.querySelectorAll('button, input, select, textarea, summary, a[href]')) {
      if (el.type === 'hidden' || !shown(el)) continue;
      if (el.tagName === 'A' && inRunningText(el)) continue;
      const r = el.getBoundingClientRect();
      let width = r.width;
      let height = r.height;
      if (el.matches('input[type="checkbox"], input[type="radio"]')) {
        const label = el.labels?.[0];
        if (!label) { out.push({ what: `${describe(el)} (no label)`, width, height }); continue; }
        const l = label.getBoundingClientRect();
        height = Math.max(r.height, l.height);
        width = Math.max(r.right, l.right) - Math.min(r.left, l.left);
      }
      if (width < MIN - 0.5 || height < MIN - 0.5) {
        out.push({ what: describe(el), width: Math.round(width), height: Math.round(height) });
      }
    }
    return out;
  }, 44);
}

test('touch targets are at least 44×44 CSS px on every screen and state at 360×740 (en, be)', async () => {
  const found = [];
  let checked = 0;
  for (const lang of ['en', 'be']) {
    const { context } = await tour(lang, async (page, where) => {
      checked += 1;
      for (const t of await smallTargets(page)) found.push(`${lang} ${where}: ${t.what} ${t.width}×${t.height}`);
    });
    await context.close();
  }
  console.log(`touch targets: ${checked} screen states checked, ${found.length} too small`);
  assert.deepEqual([...new Set(found)], []);
});

// ---------- 4. text at 200 % ----------

/**
 * Problems with the text made twice as large: the page scrolls sideways,
 * a control's text is cut off or spills out, or two controls overlap.
 */
async function reflowProblems(page) {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const out = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`page scrolls sideways by ${doc.scrollWidth - doc.clientWidth}px`);
    const root = document.querySelector('dialog[open]') || document;
    const controls = [...root.querySelectorAll('button, select, a[href], label, h1, h2, h3, legend, .badge')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && !el.closest('.visually-hidden, [hidden]') && !el.matches('.skip-link');
      });
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${el.textContent.trim().slice(0, 30)}"`;
    for (const el of controls) {
      if (el.tagName !== 'SELECT' && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
        out.push(`${name(el)} clips its text (${el.scrollWidth} > ${el.clientWidth})`);
      }
      const r = el.getBoundingClientRect();
      if (r.right > doc.clientWidth + 1 || r.left < -1) out.push(`${name(el)} sticks out of the screen`);
    }
    const boxes = controls.filter((el) => el.matches('button, select, a[href], input')).map((el) => [el, el.getBoundingClientRect()]);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, ra] = boxes[i];
        const [b, rb] = boxes[j];
        if (a.contains(b) || b.contains(a)) continue;
        const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (w > 1 && h > 1) out.push(`${name(a)} overlaps ${name(b)}`);
      }
    }
    return out;
  });
}

/** The browser's text size setting at 200 % (Chromium's default font size 16 → 32 px). */
async function doubleTextSize(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
  await page.waitForFunction(() => getComputedStyle(document.documentElement).fontSize === '32px');
}

test('text at 200 % at 360 px: no sideways scrolling, nothing clipped or overlapping, on every screen (be, rtl)', async () => {
  const found = [];
  let checked = 0;
  for (const lang of ['be', 'rtl']) {
    const { context } = await tour(lang, async (page, where) => {
      if (!page.textDoubled) { await doubleTextSize(page); page.textDoubled = true; }
      checked += 1;
      for (const p of await reflowProblems(page)) found.push(`${lang} ${where}: ${p}`);
    });
    await context.close();
  }
  console.log(`text at 200 %: ${checked} screen states checked, ${found.length} problems`);
  assert.deepEqual([...new Set(found)], []);
});

// ---------- 2. keyboard only ----------

/**
 * The focus ring of the focused element (`which` = 'focused'), or the
 * controls that show a ring without having focus (`which` = 'unfocused'). A
 * ring is an outline of 2 px or more, or a box-shadow, whose colour stands
 * out from the page background by at least 3:1.
 */
async function rings(page, which = 'focused') {
  return page.evaluate((mode) => {
    const rgb = (c) => (c.match(/[\d.]+/g) || []).slice(0, 4).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const contrast = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const bg = getComputedStyle(document.body).backgroundColor;
    const ring = (el) => {
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? contrast(s.outlineColor, bg) : 0;
      const colour = s.boxShadow !== 'none' ? s.boxShadow.match(/rgba?\([^)]*\)/)?.[0] : null;
      const shadow = colour && !/,\s*0\)$/.test(colour) ? contrast(colour, bg) : 0;
      return Math.round(Math.max(outline, shadow) * 10) / 10;
    };
    const what = (el) => {
      const text = (el.textContent || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 30);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text}"`;
    };
    if (mode === 'unfocused') {
      return [...document.querySelectorAll('a[href], button, input, select, textarea, summary')]
        .filter((el) => el !== document.activeElement && ring(el) >= 3).map(what);
    }
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    return {
      what: what(el),
      region: el.matches('.skip-link') ? 'skip' : el.closest('header') ? 'header' : el.closest('nav') ? 'nav' : el.closest('main') ? 'main' : 'other',
      best: ring(el),
      inView: r.bottom > 0 && r.top < innerHeight,
    };
  }, which);
}

/** Tabs through the whole page once, from the skip link to the last stop; returns every stop. */
async function tabStops(page, max = 300) {
  // Past the last stop focus goes back to the page itself, then to the skip link.
  const atTop = () => page.evaluate(() => document.activeElement?.matches('.skip-link'));
  for (let i = 0; i < max && !(await atTop()); i++) await page.keyboard.press('Tab');
  const stops = [await rings(page)];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await rings(page);
    if (f.what.startsWith('body') || f.region === 'skip') break;
    stops.push(f);
  }
  return stops;
}

test('keyboard: skip link first, then header, navigation and main; every Tab stop shows a clear focus indicator (light and dark)', async () => {
  const { page, context } = await openIn('en');
  await page.keyboard.press('Tab');
  const order = (await tabStops(page)).map((s) => s.region);
  assert.deepEqual(order.slice(0, 8), ['skip', 'header', 'header', 'nav', 'nav', 'nav', 'nav', 'nav']);
  assert.equal(order[8], 'main');
  // The skip link shows when focused and moves focus to the main content.
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Tab');
  assert.equal((await rings(page)).inView, true, 'the focused skip link is on screen');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

  const weak = [];
  let stops = 0;
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    for (const screen of ['checklist', 'intake', 'export', 'settings', 'org']) {
      await go(page, screen);
      for (const s of await tabStops(page)) {
        stops += 1;
        if (s.best < 3) weak.push(`${colorScheme} ${screen}: ${s.what} (contrast ${s.best})`);
      }
      // The ring comes with focus: nothing else shows it.
      await page.evaluate(() => document.activeElement?.blur());
      for (const w of await rings(page, 'unfocused')) weak.push(`${colorScheme} ${screen}: ${w} shows a ring without focus`);
    }
  }
  console.log(`focus indicator: ${stops} Tab stops checked, ${weak.length} without a clear indicator`);
  assert.deepEqual([...new Set(weak)], []);
  await context.close();
});

/** Presses Tab inside an open modal dialog until `target` has focus. */
async function tabInDialog(page, target) {
  for (let i = 0; i < 30; i++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the field in the dialog with the keyboard');
}

test('keyboard only: set up the vault, mark steps, fill the intake, export, open it in the desk, quick exit', async () => {
  const { page, context, errors } = await openIn('en');
  // Mark the first step done (a closed select changes with the arrow keys): the setup dialog opens.
  const firstState = page.locator('.step .step-state select').first();
  await tabTo(page, firstState);
  await page.keyboard.press('ArrowDown');
  const dialog = page.locator('dialog.vault-dialog');
  await dialog.waitFor({ state: 'visible' });
  for (const [id, text] of [['#vault-setup-pass', PASS], ['#vault-setup-repeat', PASS]]) {
    await tabInDialog(page, page.locator(id));
    await page.keyboard.type(text);
  }
  await tabInDialog(page, page.locator('#vault-setup-understand'));
  await page.keyboard.press('Space');
  await tabInDialog(page, dialog.locator('button[data-default]'));
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden', timeout: 60000 });
  await page.locator('.vault-bar[data-state="saved"]').waitFor({ timeout: 20000 });
  assert.notEqual(await firstState.inputValue(), 'open');

  // Open a step and mark it with the keyboard.
  const second = page.locator('.step').nth(1);
  await tabTo(page, second.locator('.disclosure'));
  await page.keyboard.press('Enter');
  assert.equal(await second.locator('.disclosure').getAttribute('aria-expanded'), 'true');
  const before = await second.locator('select').inputValue();
  await tabTo(page, second.locator('select'));
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await second.locator('select').inputValue(), before);

  // The intake, from the navigation.
  await tabTo(page, page.locator('nav a[href="#/intake"]'), { back: true });
  await page.keyboard.press('Enter');
  await fillIntake(page);

  // The export: consent with Space, download with Enter.
  await tabTo(page, page.locator('nav a[href="#/export"]'), { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, page.locator('#export-consent'));
  await page.keyboard.press('Space');
  await tabTo(page, page.locator('.export-actions button').first());
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const exportPath = join(dir, `keyboard-${download.suggestedFilename()}`);
  await download.saveAs(exportPath);

  // The desk: each file input opens the file chooser from the keyboard.
  const org = (await openIn('en', { path: 'org.html', context })).page;
  for (const [id, file] of [['#desk-identity-file', IDENTITY], ['#desk-export-files', exportPath]]) {
    // Listening before tabbing lets Playwright catch the chooser (its interception is switched on asynchronously).
    const chooser = org.waitForEvent('filechooser');
    await tabTo(org, org.locator(id));
    await org.keyboard.press('Space');
    await (await chooser).setFiles(file);
  }
  await org.locator('article.desk-export').first().waitFor();
  await org.close();

  // Quick exit from the header, by keyboard; the neutral page is served locally.
  await context.route((url) => !url.href.startsWith(site.url), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title><p>neutral</p>' }));
  await tabTo(page, page.locator('header .quick-exit'), { back: true });
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.href.startsWith(site.url));
  assert.deepEqual(errors, []);
  await context.close();
});

// ---------- 5. motion and themes ----------

test('reduced motion: no animation or transition longer than 0.01 s; the dark theme really is dark', async () => {
  const { page, context } = await openIn('en', { ctx: { reducedMotion: 'reduce' } });
  await page.locator('.step .disclosure').first().click();
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => {
    const s = getComputedStyle(el);
    const longest = (v) => Math.max(...v.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 0.001 : 1)));
    const t = longest(s.transitionDuration);
    const a = s.animationName !== 'none' ? longest(s.animationDuration) : 0;
    return t > 0.01 || a > 0.01 ? [`${el.tagName} ${el.className} transition ${t}s animation ${a}s`] : [];
  }));
  assert.deepEqual(moving, []);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await background(), 'rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = (await background()).match(/\d+/g).map(Number);
  assert.ok(dark.every((v) => v < 40), `dark background: ${dark}`);
  await context.close();
});

// ---------- 6. the header on a phone ----------

test('header and navigation leave most of a 360×740 screen to the content', async () => {
  const { page, context } = await openIn('be');
  const m = await page.evaluate(() => ({
    header: document.querySelector('header.top').getBoundingClientRect().height,
    navBottom: document.querySelector('nav.screens').getBoundingClientRect().bottom,
    sticky: getComputedStyle(document.querySelector('header.top')).position === 'sticky',
  }));
  console.log(`header ${m.header}px (sticky: ${m.sticky}), header + navigation end at ${m.navBottom}px of 740`);
  assert.ok(m.navBottom <= 200, `header and navigation take ${m.navBottom}px of 740`);
  // With the text at 200 % the header does not stay on screen while scrolling.
  await doubleTextSize(page);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('header.top')).position), 'static');
  await context.close();
});
