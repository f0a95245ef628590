// Smoke run in Debian's Firefox ESR (headless, through geckodriver's W3C
// WebDriver endpoints), in addition to the Chromium end-to-end tests: at a
// 360×740 viewport, the release build served from a sub-path loads, a vault
// is set up, intake answers are typed, the page is reloaded and unlocked (the
// answers are back), and the sealed export is downloaded and opened with
// Debian's `age -d`. Nothing readable may be in localStorage, the page must
// report no error, and Firefox must not try to reach any other host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../e2e/server.mjs';
import { messages } from '../e2e/intake-steps.mjs';
import { ageDecrypt, BUCKETS } from '../e2e/export-helpers.mjs';
import { SETUP_HEADING, UNLOCK_HEADING, SAVED } from '../e2e/vault-steps.mjs';
import { startFirefox, waitFor, xpathLiteral as q } from './webdriver.mjs';

const DIST = process.env.WAYMARK_DIST || 'dist';
const T = messages('en', ['vault.ftl', 'intake.ftl', 'intake-content.ftl', 'export.ftl', 'app.ftl']);
const PASSPHRASE = 'firefox smoke passphrase 2026';
const ANSWERS = { name: 'Alesia Firefoxowna', phone: '+48 600 700 800' };

let site;
let ff;
before(async () => {
  site = await serve(DIST, '/some/sub/path/', 0, {});
  ff = await startFirefox({ downloadMime: 'application/octet-stream' });
});
after(async () => {
  await ff?.close();
  await site?.close();
});

/** The first text of message `id` up to its first placeable. */
function text(id) {
  const t = T[id];
  if (t === undefined) throw new Error(`no English message ${id}`);
  return t.split('{')[0].trim();
}

/** XPath: the form control labelled (by <label for>) with text starting with `label`, inside `scope`. */
function field(label, scope = '') {
  return `${scope}//*[self::input or self::textarea or self::select][@id = ${scope}//label[starts-with(normalize-space(.), ${q(label)})]/@for]`;
}

/** XPath: the button named `name` inside `scope`. */
function button(name, scope = '') {
  return `${scope}//button[normalize-space(.) = ${q(name)}]`;
}

/** XPath: option `label` of the question `id` (a radio button or checkbox). */
function option(id, label) {
  return field(label, `//*[@data-question=${q(id)}]`);
}

/** XPath: an element of `kind` named by its heading (aria-labelledby). */
function labelledBy(kind, heading) {
  return `//${kind}[@aria-labelledby = //*[normalize-space(.) = ${q(heading)}]/@id]`;
}

const SETUP = `${labelledBy('dialog', SETUP_HEADING)}[@open]`;
const UNLOCK = labelledBy('section', UNLOCK_HEADING);
const SAVED_STATE = `//*[@role='status'][starts-with(normalize-space(.), ${q(SAVED)})]`;

/** Errors the page raised (uncaught exceptions, Rust panics), from Firefox's own output. */
function pageErrors() {
  const origin = new URL(site.url).origin;
  return ff.output.join('').split('\n').filter((l) => l.startsWith('JavaScript error:') && l.includes(origin));
}

/** Waits until the app has mounted; fails at once with the page's errors if start-up throws. */
async function appReady() {
  await waitFor(
    () => `the app to start (boot message: ${JSON.stringify(ff.lastBoot)})`,
    async () => {
      const errors = pageErrors();
      if (errors.length) throw Object.assign(new Error(`the app did not start: ${errors.join(' | ')}`), { fatal: true });
      const state = await ff.execute(() => ({
        heading: !!document.getElementById('screen-heading'),
        boot: document.getElementById('boot-message')?.textContent ?? null,
      }));
      ff.lastBoot = state.boot;
      return state.heading && state.boot === null;
    },
    { timeout: 30000, fatal: (e) => e.fatal },
  );
}

async function click(xpath, what) {
  const el = await ff.waitFor(xpath, { what });
  await el.click();
  return el;
}

async function type(xpath, value, what) {
  const el = await ff.waitFor(xpath, { what });
  await el.clear();
  await el.type(value);
  assert.equal(await el.property('value'), value, `${what} holds what was typed`);
}

async function check(xpath, what) {
  const el = await ff.waitFor(xpath, { what });
  if (!(await el.selected())) await el.click();
  assert.equal(await el.selected(), true, `${what} is ticked`);
}

/** Everything in localStorage and sessionStorage, as one string. */
function storage() {
  return ff.execute(() => [localStorage, sessionStorage]
    .map((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`).join('\n')).join('\n'));
}

/** The finished download (Firefox writes `<name>.part` first, then renames it). */
function finishedDownload(pattern) {
  return waitFor(`a file matching ${pattern} in the download folder`, () => {
    const names = readdirSync(ff.downloads);
    const done = names.find((n) => pattern.test(n));
    if (!done || names.some((n) => n.endsWith('.part'))) return null;
    return join(ff.downloads, done);
  }, { timeout: 20000 });
}

test('Firefox ESR: load, set up the vault, fill, reload and unlock, sealed export opens with age', async (t) => {
  try {
    await smoke(t);
  } catch (e) {
    // Firefox's own output (page errors, console messages) helps to see why.
    t.diagnostic(`Firefox output, last lines:\n${ff.output.join('').split('\n').slice(-40).join('\n')}`);
    throw e;
  }
});

async function smoke(t) {
  const size = await ff.phoneViewport(360, 740);
  t.diagnostic(`Firefox ${ff.capabilities.browserVersion}; a plain 360×740 window rect gives ${size.plain.width}×${size.plain.height}; viewport ${size.viewport.width}×${size.viewport.height}`);

  // Load the app on the intake screen.
  await ff.goto(`${site.url}#/intake`);
  await appReady();
  await ff.waitFor('//*[@id="intake-step-heading"]', { what: 'the intake form' });

  // The first answer opens the vault's setup dialog: passphrase twice and the acknowledgement.
  await click(option('consent-processing', text('intake-yes')), 'the consent question\'s "Yes"');
  await ff.waitFor(SETUP, { what: 'the setup dialog', timeout: 10000 });
  await type(field(text('vault-passphrase-label'), SETUP), PASSPHRASE, 'the passphrase');
  await type(field(text('vault-passphrase-repeat-label'), SETUP), PASSPHRASE, 'the repeated passphrase');
  await check(field(text('vault-setup-understand'), SETUP), 'the acknowledgement');
  const setupStart = Date.now();
  await click(button(text('vault-setup-submit'), SETUP), 'the "Lock and save" button');
  await ff.waitGone(SETUP, { what: 'the setup dialog', timeout: 60000 });
  const setupMs = Date.now() - setupStart;
  await ff.waitFor(SAVED_STATE, { what: `the status "${SAVED}"`, timeout: 10000 });

  // More answers: the rest of the consent section, then contact details.
  await click(option('consent-share-partners', text('intake-no')), 'the partners question\'s "No"');
  await click(button(text('intake-next'), '//form'), 'the "Next" button');
  await type(field(text('intake-q-name')), ANSWERS.name, 'the name');
  await click(option('contact-channel', text('intake-opt-contact-channel-signal')), 'the contact channel "Signal"');
  await type(field(text('intake-q-contact-phone')), ANSWERS.phone, 'the phone number');
  await check(option('languages', text('intake-opt-languages-belarusian')), 'the language "Belarusian"');
  await ff.waitFor(SAVED_STATE, { what: `the status "${SAVED}" after the answers`, timeout: 10000 });

  // Nothing readable is stored.
  const stored = await storage();
  assert.ok(stored.length > 0, 'the vault wrote something to localStorage');
  for (const secret of [ANSWERS.name, ANSWERS.phone, '600 700 800', PASSPHRASE, 'signal', 'belarusian']) {
    assert.ok(!stored.toLowerCase().includes(secret.toLowerCase()), `localStorage/sessionStorage holds "${secret}" in clear text`);
  }

  // Reload: the unlock form; the passphrase opens the answers again.
  await ff.refresh();
  await appReady();
  await ff.waitFor(UNLOCK, { what: 'the unlock form', timeout: 20000 });
  await type(field(text('vault-passphrase-label'), UNLOCK), PASSPHRASE, 'the passphrase to unlock');
  const unlockStart = Date.now();
  await click(button(text('vault-unlock-submit'), UNLOCK), 'the "Unlock" button');
  await ff.waitGone(UNLOCK, { what: 'the unlock form', timeout: 60000 });
  // Reported, not asserted: the passphrase key derivation dominates both.
  t.diagnostic(`"Lock and save" took ${setupMs} ms, "Unlock" ${Date.now() - unlockStart} ms (as seen through WebDriver polling)`);
  // The page reloads on the section it was on (contact details): the typed answers are back.
  for (const [label, value] of [['intake-q-name', ANSWERS.name], ['intake-q-contact-phone', ANSWERS.phone]]) {
    const el = await ff.waitFor(field(text(label)), { what: `"${text(label)}" after unlocking` });
    assert.equal(await el.property('value'), value, `"${text(label)}" is back after reload and unlock`);
  }
  const signal = await ff.waitFor(option('contact-channel', text('intake-opt-contact-channel-signal')), { what: 'the contact channel after unlocking' });
  assert.equal(await signal.selected(), true, 'the contact channel is back after reload and unlock');

  // The export screen, from the menu: the answers are in the summary.
  await click(`//nav//a[normalize-space(.) = ${q(text('nav-send'))}]`, 'the menu link to the export screen');
  await ff.waitFor(`//h1[normalize-space(.) = ${q(text('export-heading'))}]`, { what: 'the export screen' });
  await ff.waitFor(`//*[normalize-space(.) = ${q(ANSWERS.name)}]`, { what: 'the name in the export summary' });
  await ff.waitFor(`//*[normalize-space(.) = ${q(ANSWERS.phone)}]`, { what: 'the phone number in the export summary' });

  // Consent, then the sealed download.
  const download = await ff.waitFor(button(text('export-download')), { what: 'the "Download file" button' });
  assert.equal(await download.enabled(), false, 'the download waits for consent');
  await check(field(text('export-consent')), 'the consent to send');
  await waitFor('the download button to be enabled', () => download.enabled(), { timeout: 5000 });
  await download.click();
  const file = await finishedDownload(/^export-\d{4}-\d{2}-\d{2}\.age$/);
  await ff.waitFor(`//*[@role='status'][contains(normalize-space(.), ${q(file.split('/').pop())})]`, { what: 'the "file was saved" status' });
  assert.ok(BUCKETS.includes(statSync(file).size), `size ${statSync(file).size} is one of the padding buckets`);

  // The organisation opens it with the standard age tool; the answers are there.
  const json = JSON.parse(ageDecrypt(file));
  assert.equal(json.format, 'waymark-export');
  assert.equal(json.locale, 'en');
  assert.equal(json.answers.name, ANSWERS.name);
  assert.equal(json.answers['contact-phone'], ANSWERS.phone);
  assert.equal(json.answers['contact-channel'], 'signal');
  assert.deepEqual(json.answers.languages, ['belarusian']);
  assert.equal(json.answers['consent-processing'], true);
  assert.equal(json.answers['consent-share-partners'], false);

  // Still nothing readable stored; no page error; no host but the test site was contacted.
  const after = await storage();
  assert.ok(!after.includes(ANSWERS.name) && !after.includes(ANSWERS.phone), 'nothing readable in storage after the export');
  assert.deepEqual(pageErrors(), [], 'the page raised no error');
  assert.deepEqual(ff.outbound, [], 'Firefox tried to reach another host');

  // The passphrase fields are masked text fields (no password field for
  // Firefox's password manager to offer to save), outside any form.
  await click(`//nav//a[normalize-space(.) = ${q(text('nav-settings'))}]`, 'the menu link to the settings');
  const masks = await waitFor('the change-passphrase fields', () => ff.execute(() => {
    const inputs = [...document.querySelectorAll('.vault-field input')];
    return inputs.length ? inputs.map((el) => [el.type, getComputedStyle(el).webkitTextSecurity, !!el.closest('form')].join(' ')) : null;
  }));
  assert.deepEqual([...new Set(masks)], ['text disc false'], 'masked text fields, not in a form');
  assert.equal(await ff.execute(() => document.querySelectorAll('input[type=password]').length), 0);

  // Moving between screens adds no history entry, so quick exit (which
  // replaces the app's entry) leaves nothing of the app for Back.
  const entries = await ff.execute(() => history.length);
  for (const id of ['nav-checklist', 'nav-intake', 'nav-send', 'nav-checklist']) {
    await click(`//nav//a[normalize-space(.) = ${q(text(id))}]`, `the menu link ${id}`);
  }
  assert.equal(await ff.execute(() => history.length), entries, 'menu links added history entries');
  // (There is no network here: the neutral site ends on Firefox's error
  // page, which WebDriver reports as an error of the click itself.)
  const exit = await ff.waitFor(button(text('nav-quick-exit')), { what: 'the quick-exit button' });
  await exit.click().catch((e) => { if (!/about:neterror/.test(e.message)) throw e; });
  await waitFor('the page to leave the app', async () => !(await ff.command('GET', '/url')).startsWith(site.url));
  for (let i = 1; i <= 3; i++) {
    await ff.command('POST', '/back', {}).catch(() => {});
    await new Promise((r) => setTimeout(r, 500));
    const url = await ff.command('GET', '/url');
    assert.ok(!url.startsWith(site.url), `Back ${i} returned to the app: ${url}`);
  }
}
