// The sealed export as a newcomer makes it: in Belarusian, with the bundled
// demo config, the real download (Playwright download event) decrypts with
// Debian's `age -d -i`, "copy as text" gives armored text that decrypts too,
// the demo warning and the key fingerprint are shown, sending is switched
// off when the key settings are broken, and axe finds no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { startSite, openPage, appReady } from './browser.mjs';
import { msg, tempDir, ageDecrypt, axeViolations, BUCKETS, DEMO_FINGERPRINT } from './export-helpers.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

async function exportScreen(locale, extra = {}) {
  const opened = await openPage(site, { locale, hash: 'export', context: clipboard, ...extra });
  await appReady(opened.page);
  return opened;
}

function checkExportJson(text, locale) {
  const json = JSON.parse(text);
  assert.equal(json.format, 'waymark-export');
  assert.equal(json.version, 1);
  assert.equal(json.locale, locale);
  assert.match(json.created, /^\d{4}-\d{2}-\d{2}$/);
  // The intake's content version (public/content/intake.toml).
  assert.equal(json.content_version, '2026-12-04');
  assert.equal(typeof json.answers, 'object');
  assert.equal(typeof json.checklist.steps, 'object');
  assert.match(json.padding, /^ *$/);
  return json;
}

test('Belarusian: summary, demo warning, fingerprint, consent, real download that age -d opens', async () => {
  const { page, context, errors } = await exportScreen('be');
  const L = 'be';
  await page.getByRole('heading', { level: 1, name: msg(L, 'export-heading') }).waitFor();
  // Demo warning, organisation and its fingerprint with the explanation.
  await page.getByText(msg(L, 'export-demo-warning')).waitFor();
  await page.getByText(DEMO_FINGERPRINT, { exact: true }).waitFor();
  await page.getByText(msg(L, 'export-fingerprint-help')).waitFor();
  await page.getByText(msg(L, 'export-notes-not-sent')).waitFor();
  // Buttons stay disabled until consent.
  const download = page.getByRole('button', { name: msg(L, 'export-download') });
  assert.equal(await download.isDisabled(), true);
  assert.deepEqual(await axeViolations(AxeBuilder, page), []);
  // With the demo key the consent never says that only the organisation can open the file.
  assert.equal((await page.getByRole('checkbox').getAttribute('id')), 'export-consent');
  assert.equal((await page.locator('label[for="export-consent"]').textContent()).trim(), msg(L, 'export-consent-demo', { organisation: 'Demo organisation (not private)' }));
  await page.getByRole('checkbox').check();
  assert.equal(await download.isEnabled(), true);

  const [dl] = await Promise.all([page.waitForEvent('download'), download.click()]);
  assert.match(dl.suggestedFilename(), /^export-\d{4}-\d{2}-\d{2}\.age$/);
  const dir = tempDir();
  const path = join(dir, dl.suggestedFilename());
  await dl.saveAs(path);
  assert.ok(BUCKETS.includes(statSync(path).size), `size ${statSync(path).size} is a bucket`);
  assert.ok(readFileSync(path).subarray(0, 21).toString() === 'age-encryption.org/v1', 'binary age file');
  checkExportJson(ageDecrypt(path), 'be');
  await page.getByRole('status').filter({ hasText: msg(L, 'export-downloaded', { file: dl.suggestedFilename() }) }).waitFor();
  // ...and says what happens next, naming the organisation.
  assert.equal(await page.locator('.export-next').textContent(), msg(L, 'export-what-next', { org: 'Demo organisation (not private)' }));
  assert.deepEqual(await axeViolations(AxeBuilder, page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('copy as text: armored text on the clipboard, "copied" confirmation, decrypts with age', async () => {
  const { page, context, errors } = await exportScreen('be');
  const L = 'be';
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: msg(L, 'export-copy-text') }).click();
  await page.getByRole('status').filter({ hasText: msg(L, 'export-copied') }).waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(text.startsWith('-----BEGIN AGE ENCRYPTED FILE-----'), text.slice(0, 40));
  assert.ok(text.trimEnd().endsWith('-----END AGE ENCRYPTED FILE-----'));
  assert.ok(text.length < 4096, `fits one messenger message (${text.length})`);
  const path = join(tempDir(), 'pasted.age');
  writeFileSync(path, text);
  checkExportJson(ageDecrypt(path), 'be');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only: consent with Space, download with Enter (Russian)', async () => {
  const { page, context } = await exportScreen('ru');
  const box = page.getByRole('checkbox');
  for (let i = 0; i < 60 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.equal(await box.isChecked(), true);
  const download = page.getByRole('button', { name: msg('ru', 'export-download') });
  for (let i = 0; i < 10 && !(await download.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = join(tempDir(), 'keyboard.age');
  await dl.saveAs(path);
  checkExportJson(ageDecrypt(path), 'ru');
  await context.close();
});

test('the share button appears only where sharing files is supported', async () => {
  const { page, context } = await exportScreen('en');
  await page.getByRole('checkbox').check();
  const supported = await page.evaluate(() => {
    try {
      return typeof navigator.canShare === 'function'
        && navigator.canShare({ files: [new File([''], 'x.age', { type: 'application/octet-stream' })] });
    } catch { return false; }
  });
  assert.equal(await page.getByRole('button', { name: msg('en', 'export-share') }).count(), supported ? 1 : 0);
  await context.close();
});

test('with its own key (demo = false) the consent says only the organisation can open the file, and no demo warning (Polish)', async () => {
  const { page, context, errors } = await openPage(site, { locale: 'pl', context: clipboard });
  await page.route('**/config/org.toml', async (route) => {
    const good = readFileSync('public/config/org.toml', 'utf8');
    const own = good.replace(/^demo = true$/m, 'demo = false');
    assert.notEqual(own, good);
    await route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: own });
  });
  await page.goto(`${site.url}#/export`);
  await page.reload();
  await appReady(page);
  const label = page.locator('label[for="export-consent"]');
  await label.waitFor();
  const name = (await label.textContent()).trim();
  assert.equal(name, msg('pl', 'export-consent', { organisation: 'Demo organisation (not private)' }));
  assert.equal(await page.getByText(msg('pl', 'export-demo-warning')).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('broken key settings switch sending off with a clear message (Polish)', async () => {
  const { page, context, errors } = await openPage(site, { locale: 'pl', context: clipboard });
  await page.route('**/config/org.toml', async (route) => {
    const good = readFileSync('public/config/org.toml', 'utf8');
    const bad = good.replace(/"age1[a-z0-9]+"/, '"AGE-SECRET-KEY-1AG6XVW62H7Z9TTF76XLGAGFF9AAFXKCR7AU6RZVYCDC5MG2VKD0SC9F073"');
    assert.notEqual(bad, good);
    await route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: bad });
  });
  await page.goto(`${site.url}#/export`);
  await page.reload();
  await appReady(page);
  await page.getByRole('alert').filter({ hasText: msg('pl', 'export-config-broken') }).waitFor();
  assert.equal(await page.getByRole('button', { name: msg('pl', 'export-download') }).count(), 0);
  assert.equal(await page.getByRole('checkbox').count(), 0);
  assert.deepEqual(await axeViolations(AxeBuilder, page), []);
  assert.deepEqual(errors.filter((e) => !e.includes('org.toml')), []);
  await context.close();
});

test('answers filled in Belarusian are exported by question id', async (t) => {
  // The intake screen is built on another branch; its test helper
  // (tests/e2e/intake-steps.mjs: fillIntake(page, answers), DEFAULT_ANSWERS)
  // drives it by keyboard. With the vault merged, its setup dialog is
  // answered with tests/e2e/vault-steps.mjs when it appears.
  const helper = new URL('./intake-steps.mjs', import.meta.url);
  if (!existsSync(helper)) {
    t.skip('tests/e2e/intake-steps.mjs is not on this branch yet (the intake screen is built elsewhere)');
    return;
  }
  const { fillIntake, DEFAULT_ANSWERS } = await import(helper.href);
  const vaultHelper = new URL('./vault-steps.mjs', import.meta.url);
  const vault = existsSync(vaultHelper) ? await import(vaultHelper.href) : null;
  const beforeNext = vault
    ? async (p) => { if (await vault.setupDialog(p).isVisible()) await vault.createVault(p, 'export test passphrase 2026'); }
    : undefined;
  const { page, context, errors } = await openPage(site, { locale: 'be', hash: 'intake', context: clipboard });
  await appReady(page);
  await fillIntake(page, DEFAULT_ANSWERS, { beforeNext });
  await page.goto(`${site.url}#/export`);
  // The summary shows the answers with Belarusian labels.
  await page.getByText(msg('be', 'intake-q-needs')).waitFor();
  await page.getByRole('checkbox').check();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: msg('be', 'export-download') }).click()]);
  const path = join(tempDir(), 'answers.age');
  await dl.saveAs(path);
  const json = checkExportJson(ageDecrypt(path), 'be');
  assert.deepEqual(json.answers, DEFAULT_ANSWERS);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no horizontal scroll at 320 px on the export screen', async () => {
  const { page, context } = await exportScreen('be', { width: 320, height: 640 });
  await page.getByRole('checkbox').check();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  await context.close();
});

