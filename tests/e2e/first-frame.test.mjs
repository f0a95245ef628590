// The first frame (scripts/post-build.mjs): while the app's wasm is still
// downloading, the checklist's heading and introduction stand where the
// checklist will be, in the language the app will choose. These tests hold
// the wasm back, look at what a person sees meanwhile, then let it through
// and check the app draws the same words in the same language, that the
// organisation's settings file is still fetched once, and that every other
// case keeps the plain "Loading…".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, appReady } from './browser.mjs';

/**
 * Opens the app with its wasm held back. `remembered`: a language chosen
 * earlier in the switcher (what the app stores). Returns the page, a
 * `release()` that lets the wasm through, and the URLs requested.
 */
async function openHeld(site, { locale, hash = '', query = '', remembered = null }) {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, locale, serviceWorkers: 'block' });
  if (remembered) await context.addInitScript((code) => localStorage.setItem('waymark.locale', code), remembered);
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await context.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.waymarkErrors = [];
  await page.goto(site.url + query + (hash ? `#/${hash}` : ''));
  return { page, context, release, requests, errors };
}

/** What stands in #boot-message: its language and texts, or its plain text. */
async function bootMessage(page) {
  return page.evaluate(() => {
    const el = document.getElementById('boot-message');
    if (!el) return null;
    const h1 = el.querySelector('h1');
    return {
      lang: el.lang || null,
      heading: h1 ? h1.textContent : null,
      lead: el.querySelector('.lead')?.textContent ?? null,
      status: el.querySelector('[role="status"]')?.textContent ?? null,
      text: el.textContent,
    };
  });
}

/** Waits until the app has drawn the checklist; returns its words and language. */
async function appChecklist(page) {
  await appReady(page);
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    heading: document.getElementById('screen-heading').textContent,
    lead: document.querySelector('section[data-screen="checklist"] .lead').textContent,
  }));
}

/** Waits until the settings file has arrived (it is not held back) and the frame has had time to follow it. */
async function settingsArrived(page) {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('config/org.toml')) || location.hash.includes('intake'));
  await page.waitForTimeout(300);
}

/** Paths requested more than once. */
const twice = (requests) => [...new Set(requests.filter((p, i) => requests.indexOf(p) !== i))];

const configRequests = (requests) => requests.filter((p) => p.endsWith('/config/org.toml')).length;

test('a Belarusian phone sees the checklist heading in Belarusian before the wasm arrives, then the same words from the app', async () => {
  const site = await startSite();
  try {
    const { page, context, release, requests, errors } = await openHeld(site, { locale: 'be-BY' });
    await page.locator('#boot-message.boot-frame h1').waitFor();
    const frame = await bootMessage(page);
    assert.equal(frame.lang, 'be');
    assert.equal(frame.heading, 'Мой спіс крокаў');
    assert.match(frame.lead, /^Крокі на першыя тыдні ў Польшчы\./);
    assert.equal(frame.status, 'Загрузка…');
    // The frame is not the app's screen: it has no focus target of its own.
    assert.equal(await page.locator('#screen-heading').count(), 0);
    release();
    const drawn = await appChecklist(page);
    assert.deepEqual({ lang: drawn.lang, heading: drawn.heading, lead: drawn.lead }, { lang: 'be', heading: frame.heading, lead: frame.lead });
    assert.equal(await bootMessage(page), null, 'the app removes the frame');
    assert.equal(configRequests(requests), 1, 'the settings file is fetched once (the app takes the frame\'s answer)');
    assert.deepEqual(twice(requests), [], 'the language files the frame read are the app\'s: none is fetched twice');

    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await site.close();
  }
});

test('the frame speaks the language the app will choose: the organisation\'s enabled languages and the remembered choice count', async () => {
  // This organisation offers Polish and English only, Polish by default.
  const config = 'name = "Pomoc"\n# comment with "ru" in it\ndefault_locale = "pl"  # default\nenabled_locales = [\n  "pl",\n  "en",\n]\n' +
    'recipients = ["age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"]\n[contact]\nemail = "help@example.org"\n';
  const site = await startSite({ overrides: { 'config/org.toml': config } });
  try {
    for (const { locale, remembered, expect } of [
      { locale: 'ru-RU', remembered: null, expect: 'pl' }, // Russian is not offered here: the default
      { locale: 'ru-RU', remembered: 'ru', expect: 'pl' }, // a remembered language it does not offer neither
      { locale: 'de-DE', remembered: 'en', expect: 'en' }, // the remembered choice first
      { locale: 'en-GB', remembered: null, expect: 'en' }, // a regional variant matches its language
    ]) {
      const { page, context, release, requests } = await openHeld(site, { locale, remembered });
      // The frame shows the phone's likely language at once and the
      // organisation's choice once its settings file has arrived.
      await settingsArrived(page);
      const frame = await bootMessage(page);
      assert.equal(frame.lang, expect, `${locale}, remembered ${remembered}`);
      release();
      const drawn = await appChecklist(page);
      assert.equal(drawn.lang, expect, `the app chose ${drawn.lang} for ${locale}, remembered ${remembered}`);
      assert.equal(drawn.heading, frame.heading);
      assert.equal(drawn.lead, frame.lead);
      assert.equal(configRequests(requests), 1);
      assert.deepEqual(twice(requests), []);
      await context.close();
    }
  } finally {
    await site.close();
  }
});

test('other screens, a broken or missing settings file and ?pseudo keep the plain "Loading…"', async () => {
  const cases = [
    { name: 'the intake form', overrides: {}, hash: 'intake' },
    { name: 'the pseudo-locale of translators (?pseudo=accented)', overrides: {}, query: '?pseudo=accented' },
    { name: 'a settings file this reader does not know (unknown language)', overrides: { 'config/org.toml': 'default_locale = "xx"\nenabled_locales = ["xx", "en"]\n' } },
    { name: 'a settings file without default_locale', overrides: { 'config/org.toml': 'enabled_locales = ["en", "pl"]\n' } },
    { name: 'a missing settings file', overrides: { 'config/org.toml': null } },
  ];
  for (const c of cases) {
    const site = await startSite({ overrides: c.overrides });
    try {
      const { page, context, release, requests } = await openHeld(site, { locale: 'pl-PL', hash: c.hash || '', query: c.query || '' });
      await settingsArrived(page);
      const boot = await bootMessage(page);
      assert.equal(boot.heading, null, `${c.name}: no frame`);
      assert.equal(boot.text, 'Loading…', c.name);
      release();
      await appReady(page);
      assert.ok(configRequests(requests) <= 1, `${c.name}: the settings file is fetched at most once`);
      await context.close();
    } finally {
      await site.close();
    }
  }
});

test('the frame shows the site\'s own locale files: an organisation\'s edit appears, a message the frame cannot read keeps "Loading…"', async () => {
  const { readFile } = await import('node:fs/promises');
  const { DIST } = await import('./browser.mjs');
  const english = await readFile(`${DIST}/locales/en/checklist.ftl`, 'utf8');
  const edited = english.replace(/^checklist-heading = .*$/m, 'checklist-heading = Your first steps with Pomoc');
  assert.notEqual(edited, english);
  // A value over several lines is valid Fluent, but the app's to format.
  const multiline = english.replace(/^checklist-intro = (.*)$/m, 'checklist-intro =\n    $1');
  for (const { overrides, expect } of [
    { overrides: { 'locales/en/checklist.ftl': edited }, expect: 'Your first steps with Pomoc' },
    { overrides: { 'locales/en/checklist.ftl': multiline }, expect: null },
    // Saved on Windows: the same file with CRLF line ends is read the same way.
    { overrides: { 'locales/en/checklist.ftl': multiline.replace(/\n/g, '\r\n') }, expect: null },
    { overrides: { 'locales/en/checklist.ftl': edited.replace(/\n/g, '\r\n') }, expect: 'Your first steps with Pomoc' },
  ]) {
    const site = await startSite({ overrides });
    try {
      const { page, context, release } = await openHeld(site, { locale: 'en-US' });
      await settingsArrived(page);
      const boot = await bootMessage(page);
      assert.equal(boot.heading, expect);
      if (!expect) assert.equal(boot.text, 'Loading…');
      release();
      const drawn = await appChecklist(page);
      if (expect) assert.equal(drawn.heading, expect, 'the app shows the same edited words');
      await context.close();
    } finally {
      await site.close();
    }
  }
});
