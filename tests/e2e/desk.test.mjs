// The organisation desk (org.html, the organisation area) as staff use it:
// the desk first on the page, make a key pair from the folded set-up part (the key
// file works with Debian's age-keygen), load the demo key for the session,
// open exports made with `age -r` and with the app itself (chosen before
// the key, they wait for it), read them in
// Polish and English (structured answers translated, free text as written
// and marked with its language), hostile files each with its own error and
// nothing else, sort/filter, CSV download, and axe with exports open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { startSite, openPage, appReady } from './browser.mjs';
import { msg, tempDir, ageSeal, axeViolations, IDENTITY, DEMO_FINGERPRINT, MAX_EXPORT_INPUT } from './export-helpers.mjs';

let site;
let dir;
before(async () => { site = await startSite(); dir = tempDir(); });
after(async () => { await site?.close(); });

const FREE_TEXT = 'Патрэбна дапамога з кватэрай, калі ласка.';
const EXPORT_A = {
  format: 'waymark-export', version: 1, content_version: '2026-11-21', locale: 'be', created: '2026-11-20',
  answers: {
    'consent-processing': true, name: 'Алеся', needs: ['housing', 'legal'], 'housing-situation': 'nowhere',
    'in-danger': true, household: [{ 'member-relationship': 'child', 'member-birth-year': 2015 }],
    'arrival-date': '2026-10-01', message: FREE_TEXT,
  },
  checklist: { steps: { pesel: 'done' } },
};
const EXPORT_B = {
  format: 'waymark-export', version: 1, content_version: '2026-11-21', locale: 'ru', created: '2026-11-18',
  answers: { 'consent-processing': true, name: 'Иван', needs: ['work'], 'in-danger': false },
  checklist: { steps: {} },
};

async function desk(locale) {
  const opened = await openPage(site, { locale, path: 'org.html' });
  await appReady(opened.page);
  await opened.page.getByRole('heading', { level: 2, name: msg(locale, 'desk-heading') }).waitFor();
  return opened;
}

async function loadKey(page, L, file = IDENTITY) {
  await page.getByLabel(msg(L, 'desk-identity-file-label'), { exact: true }).setInputFiles(file);
  await page.locator('.desk-keys').getByText(DEMO_FINGERPRINT).waitFor();
}

async function openFiles(page, L, files) {
  await page.getByLabel(msg(L, 'desk-files-label')).setInputFiles(files);
  await page.locator('.desk-results li').nth(files.length - 1).waitFor();
  return page.locator('.desk-results li').allInnerTexts();
}

test('make a key pair: the key file downloads, works with age-keygen, public key and fingerprint shown', async () => {
  const { page, context, errors } = await desk('en');
  await page.locator('summary', { hasText: msg('en', 'desk-setup-summary') }).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: msg('en', 'desk-generate-button') }).click()]);
  assert.match(dl.suggestedFilename(), /^key-\d{4}-\d{2}-\d{2}\.txt$/);
  const path = join(dir, dl.suggestedFilename());
  await dl.saveAs(path);
  const file = readFileSync(path, 'utf8');
  assert.match(file, /^AGE-SECRET-KEY-1[0-9A-Z]+$/m);
  const publicKey = execFileSync('age-keygen', ['-y', path]).toString().trim();
  assert.equal(await page.getByLabel(msg('en', 'desk-public-key')).inputValue(), publicKey);
  assert.equal(await page.getByLabel(msg('en', 'desk-secret-shown-once')).inputValue(), file);
  await page.locator('.key-pair .fingerprint').waitFor();
  // A file sealed to the new key by the age CLI opens with the new key file.
  const sealed = ageSeal(dir, 'to-new-key.age', JSON.stringify(EXPORT_B), { recipient: publicKey });
  await page.getByLabel(msg('en', 'desk-identity-file-label'), { exact: true }).setInputFiles(path);
  const results = await openFiles(page, 'en', [sealed]);
  assert.deepEqual(results, [`to-new-key.age: ${msg('en', 'desk-result-opened', { number: 1 })}`]);
  assert.deepEqual(await axeViolations(AxeBuilder, page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Polish then English: age -r exports shown translated, free text as written, sort/filter, paste, axe', async () => {
  const a = ageSeal(dir, 'a.age', JSON.stringify(EXPORT_A));
  const b = ageSeal(dir, 'b.age', JSON.stringify(EXPORT_B));
  const { page, context, errors } = await desk('pl');
  const L = 'pl';
  const cards = page.locator('article.desk-export');
  // Chosen before the key: the files wait for it, the key part says so, and
  // they open (in the order chosen) as soon as the key is loaded.
  assert.deepEqual(await openFiles(page, L, [b, a]), [
    `b.age: ${msg(L, 'desk-result-waiting')}`,
    `a.age: ${msg(L, 'desk-result-waiting')}`,
  ]);
  await page.locator('.desk-keys').getByText('2 pliki z odpowiedziami czekają na klucz.').waitFor();
  assert.equal(await cards.count(), 0);
  await loadKey(page, L);
  await page.locator('.desk-results').getByText(msg(L, 'desk-results-after-key')).waitFor();
  await page.locator('.desk-results li').filter({ hasText: msg(L, 'desk-result-opened', { number: 2 }) }).waitFor();
  assert.deepEqual(await page.locator('.desk-results li').allInnerTexts(), [
    `b.age: ${msg(L, 'desk-result-opened', { number: 1 })}`,
    `a.age: ${msg(L, 'desk-result-opened', { number: 2 })}`,
  ]);
  assert.equal(await page.locator('.desk-waiting').count(), 0, 'nothing waits any more');
  assert.equal(await cards.count(), 2);
  // Most urgent first: A (in danger) before B.
  const first = cards.first();
  await first.getByText(msg(L, 'desk-urgent-in-danger')).waitFor();
  await first.getByText(msg(L, 'intake-q-needs')).waitFor();
  await first.getByText(msg(L, 'intake-opt-needs-housing')).waitFor();
  await first.getByText(msg(L, 'intake-opt-housing-situation-nowhere')).waitFor();
  await first.getByText(msg(L, 'intake-opt-member-relationship-child')).waitFor();
  await first.getByText('1 października 2026').waitFor();
  await first.getByText(msg(L, 'checklist-step-pesel-title')).waitFor();
  await first.getByText(msg(L, 'checklist-state-done')).waitFor();
  const free = first.locator('[lang="be"]', { hasText: FREE_TEXT });
  assert.equal(await free.count(), 1, 'free text as written, marked lang=be');
  assert.equal(await first.locator('[lang="be"]', { hasText: 'Алеся' }).count(), 1);
  assert.deepEqual(await axeViolations(AxeBuilder, page), []);

  // Filter by need, then sort oldest first.
  await page.getByLabel(msg(L, 'desk-filter-need')).selectOption({ label: msg(L, 'intake-opt-needs-work') });
  await page.getByText(msg(L, 'desk-showing', { shown: 1, count: 2 })).waitFor();
  assert.equal(await cards.count(), 1);
  await cards.first().locator('[lang="ru"]', { hasText: 'Иван' }).waitFor();
  await page.getByLabel(msg(L, 'desk-filter-need')).selectOption('');
  await page.getByLabel(msg(L, 'desk-sort-label')).selectOption('oldest');
  await cards.first().locator('[lang="ru"]', { hasText: 'Иван' }).waitFor();
  await page.getByLabel(msg(L, 'desk-urgent-only')).check();
  await page.getByText(msg(L, 'desk-showing', { shown: 1, count: 2 })).waitFor();
  await cards.first().locator('[lang="be"]', { hasText: 'Алеся' }).waitFor();
  await page.getByLabel(msg(L, 'desk-urgent-only')).uncheck();

  // Pasted armored text opens too.
  const armored = readFileSync(ageSeal(dir, 'c.txt', JSON.stringify({ ...EXPORT_B, created: '2026-11-19' }), { armor: true }), 'utf8');
  await page.getByLabel(msg(L, 'desk-paste-label')).fill(`\n${armored}\n`);
  await page.getByRole('button', { name: msg(L, 'desk-open-button') }).click();
  await page.getByText(`${msg(L, 'desk-pasted-name')}: ${msg(L, 'desk-result-opened', { number: 3 })}`).waitFor();
  assert.equal(await cards.count(), 3);
  // An opened paste is cleared; a refused one stays in the box to be seen.
  const box = page.getByLabel(msg(L, 'desk-paste-label'));
  assert.equal(await box.inputValue(), '');
  await box.fill('not an export at all');
  await page.getByRole('button', { name: msg(L, 'desk-open-button') }).click();
  await page.getByText(`${msg(L, 'desk-pasted-name')}: ${msg(L, 'desk-result-opened', { number: 3 })}`).waitFor({ state: 'detached' });
  assert.equal(await box.inputValue(), 'not an export at all');
  assert.equal(await cards.count(), 3);
  await box.fill('');

  // Switch the reader's language: the same exports, now in English.
  await page.locator('.lang-picker select').selectOption('en');
  await page.getByRole('heading', { level: 2, name: msg('en', 'desk-heading') }).waitFor();
  const en = cards.filter({ hasText: 'Алеся' });
  await en.getByText(msg('en', 'intake-q-needs')).waitFor();
  await en.getByText(msg('en', 'intake-opt-needs-housing')).waitFor();
  await en.getByText('1 October 2026').waitFor();
  await en.getByText(msg('en', 'checklist-state-done')).waitFor();
  assert.equal(await en.locator('[lang="be"]', { hasText: FREE_TEXT }).count(), 1);
  assert.deepEqual(await axeViolations(AxeBuilder, page), []);
  // Print: only the exports, no tools, menus or key forms.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: msg('en', 'desk-download-csv') }).isVisible(), false);
  assert.equal(await page.getByRole('navigation').isVisible(), false);
  assert.equal(await page.getByLabel(msg('en', 'desk-files-label')).isVisible(), false);
  assert.equal(await cards.first().isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile files: each its own error, nothing else shown', async () => {
  const a = ageSeal(dir, 'good.age', JSON.stringify(EXPORT_A));
  const good = readFileSync(a);
  const random = join(dir, 'random.age');
  writeFileSync(random, randomBytes(3000));
  const truncated = join(dir, 'truncated.age');
  writeFileSync(truncated, good.subarray(0, good.length - 100));
  const other = ageSeal(dir, 'not-waymark.age', '{"hello":"world"}');
  const big = join(dir, 'big.age');
  writeFileSync(big, Buffer.concat([good, Buffer.alloc(MAX_EXPORT_INPUT + 1 - good.length, 0x20)]));
  const { page, context, errors } = await desk('pl');
  const L = 'pl';
  await loadKey(page, L);
  const results = await openFiles(page, L, [random, truncated, other, big]);
  assert.deepEqual(results, [
    `random.age: ${msg(L, 'export-open-not-age')}`,
    `truncated.age: ${msg(L, 'export-open-payload')}`,
    `not-waymark.age: ${msg(L, 'export-open-not-waymark')}`,
    `big.age: ${msg(L, 'export-open-too-large', { size: 1025, max: 1024 })}`,
  ]);
  assert.equal(await page.locator('article.desk-export').count(), 0, 'nothing from a failed file is shown');
  assert.equal(await page.getByText('Алеся').count(), 0);
  // A public key loaded as the key file: its own error, with the line.
  const pub = join(dir, 'public.txt');
  writeFileSync(pub, '# only the public half\nage1ef76wppp82sy2hs6g48jrttlpu6lhpnft2xcnu5cmp7ez63c9f3sv3drpe\n');
  await page.getByLabel(msg(L, 'desk-identity-file-label'), { exact: true }).setInputFiles(pub);
  await page.getByText(msg(L, 'export-identity-public-key')).waitFor();
  // File, line and problem are one message (desk-key-file-problem-line).
  await page.getByText(msg(L, 'desk-key-file-problem-line', { file: 'public.txt', line: 2, problem: msg(L, 'export-identity-public-key') })).waitFor();
  // "Forget loaded keys": the key is gone from memory, files no longer open
  // (they wait for a key again).
  await page.getByRole('button', { name: msg(L, 'desk-forget-keys') }).click();
  assert.deepEqual(await openFiles(page, L, [a]), [`good.age: ${msg(L, 'desk-result-waiting')}`]);
  assert.equal(await page.locator('article.desk-export').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('exports chosen or pasted before the key wait for it: a file that is not a key keeps them waiting, a key of another organisation says so', async () => {
  const L = 'en';
  const early = ageSeal(dir, 'early.age', JSON.stringify(EXPORT_A));
  const { page, context, errors } = await desk(L);
  const cards = page.locator('article.desk-export');
  assert.deepEqual(await openFiles(page, L, [early]), [`early.age: ${msg(L, 'desk-result-waiting')}`]);
  // A paste before the key is taken too (the box is cleared) and waits.
  const armored = readFileSync(ageSeal(dir, 'early.txt', JSON.stringify(EXPORT_B), { armor: true }), 'utf8');
  const box = page.getByLabel(msg(L, 'desk-paste-label'));
  await box.fill(armored);
  await page.getByRole('button', { name: msg(L, 'desk-open-button') }).click();
  await page.locator('.desk-results li').nth(1).waitFor();
  assert.deepEqual(await page.locator('.desk-results li').allInnerTexts(), [
    `early.age: ${msg(L, 'desk-result-waiting')}`,
    `${msg(L, 'desk-pasted-name')}: ${msg(L, 'desk-result-waiting')}`,
  ]);
  assert.equal(await box.inputValue(), '');
  const waiting = page.locator('.desk-keys').getByText('2 exports are waiting for the key. They open as soon as the key is loaded.');
  await waiting.waitFor();
  // A file that is not a key: its error, and the exports still wait.
  const notKey = join(dir, 'not-a-key.txt');
  writeFileSync(notKey, 'hello\n');
  await page.getByLabel(msg(L, 'desk-identity-file-label'), { exact: true }).setInputFiles(notKey);
  await page.locator('.desk-keys .error').waitFor();
  assert.equal(await waiting.isVisible(), true);
  assert.equal(await cards.count(), 0);
  // Another organisation's key: both are tried, each says so, nothing opens
  // and nothing is kept waiting.
  const other = join(dir, 'other-key.txt');
  execFileSync('age-keygen', ['-o', other], { stdio: 'ignore' });
  await page.getByLabel(msg(L, 'desk-identity-file-label'), { exact: true }).setInputFiles(other);
  await page.locator('.desk-results').getByText(msg(L, 'desk-results-after-key')).waitFor();
  assert.deepEqual(await page.locator('.desk-results li').allInnerTexts(), [
    `early.age: ${msg(L, 'export-open-no-match')}`,
    `${msg(L, 'desk-pasted-name')}: ${msg(L, 'export-open-no-match')}`,
  ]);
  assert.equal(await waiting.count(), 0);
  assert.equal(await cards.count(), 0);
  // With the right key as well, the same file chosen again opens at once.
  await loadKey(page, L);
  assert.deepEqual(await openFiles(page, L, [early]), [`early.age: ${msg(L, 'desk-result-opened', { number: 1 })}`]);
  assert.equal(await page.locator('.desk-results').getByText(msg(L, 'desk-results-after-key')).count(), 0);
  assert.equal(await cards.count(), 1);
  assert.deepEqual(await axeViolations(AxeBuilder, page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('org.html at 1280×800: the desk is first and in view, the site tools after it; making a key pair is folded away after the daily steps', async () => {
  const L = 'en';
  const { page, context, errors } = await openPage(site, { locale: L, path: 'org.html', width: 1280, height: 800 });
  await appReady(page);
  const deskHeading = page.getByRole('heading', { level: 2, name: msg(L, 'desk-heading') });
  await deskHeading.waitFor();
  await page.getByRole('heading', { level: 2, name: msg(L, 'org-check-heading') }).waitFor();
  const h2 = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  assert.deepEqual(h2, [msg(L, 'desk-heading'), msg(L, 'org-check-heading'), msg(L, 'org-preview-heading')]);
  // The daily steps are on the first screen: the key file and the export picker.
  for (const field of [page.getByLabel(msg(L, 'desk-identity-file-label'), { exact: true }), page.getByLabel(msg(L, 'desk-files-label'))]) {
    const box = await field.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 800, `in view at 1280×800: ${JSON.stringify(box)}`);
  }
  // Headings go down one level at a time, h1 first.
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).map((h) => Number(h.tagName[1])));
  assert.equal(levels[0], 1);
  levels.forEach((l, i) => assert.ok(i === 0 || l <= levels[i - 1] + 1, `heading levels ${levels}`));
  // "Make key pair" is not on the daily path: not visible until the set-up
  // part is opened, which comes after loading the key and opening exports.
  const make = page.getByRole('button', { name: msg(L, 'desk-generate-button') });
  assert.equal(await make.isVisible(), false);
  const setup = page.locator('summary', { hasText: msg(L, 'desk-setup-summary') });
  const order = await page.evaluate(([a, b, c]) => {
    const [key, open, sum] = [a, b, c].map((id) => document.querySelector(id));
    const before = (x, y) => Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
    return [before(key, open), before(open, sum), before(document.querySelector('#desk-scan-heading') ?? open, sum)];
  }, ['#desk-load-identity-heading', '#desk-open-heading', 'details.desk-setup > summary']);
  assert.deepEqual(order, [true, true, true]);
  await setup.click();
  await make.waitFor();
  await page.getByText(msg(L, 'desk-setup-warning')).waitFor();
  assert.match(await make.getAttribute('class'), /\bsecondary\b/);
  assert.equal(await page.getByRole('heading', { level: 3, name: msg(L, 'desk-generate-heading') }).isVisible(), true);
  assert.deepEqual(await axeViolations(AxeBuilder, page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('CSV and JSON downloads of the opened exports', async () => {
  const a = ageSeal(dir, 'csv-a.age', JSON.stringify(EXPORT_A));
  const b = ageSeal(dir, 'csv-b.age', JSON.stringify(EXPORT_B));
  const { page, context } = await desk('en');
  await loadKey(page, 'en');
  await openFiles(page, 'en', [a, b]);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: msg('en', 'desk-download-csv') }).click()]);
  assert.match(dl.suggestedFilename(), /^exports-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await dl.path(), 'utf8');
  assert.deepEqual(csv.split('\r\n'), [
    'created,locale,content_version,format_version,arrival-date,consent-processing,household,housing-situation,in-danger,message,name,needs,checklist.pesel',
    `2026-11-20,be,2026-11-21,1,2026-10-01,true,"[{""member-birth-year"":2015,""member-relationship"":""child""}]",nowhere,true,"${FREE_TEXT}",Алеся,housing;legal,done`,
    '2026-11-18,ru,2026-11-21,1,,true,,,false,,Иван,work,',
    '',
  ]);
  const [jl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: msg('en', 'desk-download-json') }).click()]);
  const json = JSON.parse(readFileSync(await jl.path(), 'utf8'));
  assert.deepEqual(json.map((e) => e.answers.name), ['Алеся', 'Иван']);
  assert.ok(json.every((e) => !('padding' in e)));
  await context.close();
});

test('an export made by the app (real download, Belarusian) opens in the desk', async () => {
  const maker = await openPage(site, { locale: 'be', hash: 'export' });
  await appReady(maker.page);
  await maker.page.getByRole('checkbox').check();
  const [dl] = await Promise.all([maker.page.waitForEvent('download'), maker.page.getByRole('button', { name: msg('be', 'export-download') }).click()]);
  const path = join(dir, dl.suggestedFilename());
  await dl.saveAs(path);
  await maker.context.close();
  const { page, context, errors } = await desk('pl');
  await loadKey(page, 'pl');
  assert.deepEqual(await openFiles(page, 'pl', [path]), [`${dl.suggestedFilename()}: ${msg('pl', 'desk-result-opened', { number: 1 })}`]);
  await page.locator('article.desk-export [lang="be"]').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

// Exports written before the December 2026 content: old status ids (the
// checklist's "protection-applicant" / "visa-free-or-other" of earlier builds),
// the old content version, no new triage answers.
const EXPORT_OLD = {
  format: 'waymark-export', version: 1, content_version: '2026-11-21', locale: 'ru', created: '2026-11-25',
  answers: { 'consent-processing': true, name: 'Ольга', needs: ['legal'], 'legal-status': 'protection-applicant', 'in-danger': false },
  checklist: { steps: { pesel: 'done' }, situation: { status: 'visa-free-or-other' } },
};
// The visa ends 10 days after the export was made: urgent for the legal team.
const EXPORT_VISA_ENDS = {
  format: 'waymark-export', version: 1, content_version: '2026-12-04', locale: 'be', created: '2026-12-01',
  answers: { 'consent-processing': true, name: 'Янка', needs: ['legal'], 'legal-status': 'humanitarian-visa', 'document-expiry': '2026-12-11', 'in-danger': false },
  checklist: { steps: {} },
};

test('an export made with the old statuses still opens; a legal stay ending soon is urgent', async () => {
  const old = ageSeal(dir, 'old.age', JSON.stringify(EXPORT_OLD));
  const soon = ageSeal(dir, 'soon.age', JSON.stringify(EXPORT_VISA_ENDS));
  const { page, context, errors } = await desk('en');
  await loadKey(page, 'en');
  assert.deepEqual(await openFiles(page, 'en', [old, soon]), [
    `old.age: ${msg('en', 'desk-result-opened', { number: 1 })}`,
    `soon.age: ${msg('en', 'desk-result-opened', { number: 2 })}`,
  ]);
  const cards = page.locator('article.desk-export');
  const oldCard = cards.filter({ hasText: 'Ольга' });
  // The old status id is read as today's status, in the reader's language.
  await oldCard.getByText(msg('en', 'intake-opt-legal-status-asylum-applicant'), { exact: true }).waitFor();
  assert.equal(await oldCard.getByText('protection-applicant').count(), 0, 'no raw id');
  await oldCard.getByText(msg('en', 'desk-other-content-version', { version: '2026-11-21' })).waitFor();
  // Most urgent first: the visa that ends within 30 days, with its badge.
  await cards.first().getByText(msg('en', 'desk-urgent-legal-stay')).waitFor();
  assert.ok((await cards.first().innerText()).includes('Янка'));
  await page.getByLabel(msg('en', 'desk-urgent-only')).check();
  await page.getByText(msg('en', 'desk-showing', { shown: 1, count: 2 })).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('no horizontal scroll at 320 px on the desk with an export open', async () => {
  const a = ageSeal(dir, 'narrow.age', JSON.stringify(EXPORT_A));
  const { page, context } = await openPage(site, { locale: 'pl', path: 'org.html', width: 320, height: 640 });
  await appReady(page);
  await loadKey(page, 'pl');
  await openFiles(page, 'pl', [a]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  await context.close();
});
