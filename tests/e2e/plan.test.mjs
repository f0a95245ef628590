// A plan from the organisation, on the newcomer's side: an export made from
// saved answers names a reply key (`reply_to`); a plan sealed to it with
// Debian's `age` CLI is pasted on the checklist and its steps appear in their
// own section, with dates in "next steps" and the calendar, states and notes;
// a later plan updates steps by id; a plan for someone else, a damaged one
// and a hostile one add nothing; the plan is kept in the vault (reload and
// unlock) and can be removed. The desk's side (writing and sealing a plan)
// is in desk-plan.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { startSite, openPage, appReady } from './browser.mjs';
import { msg, tempDir, ageDecrypt, ageSeal, axeViolations } from './export-helpers.mjs';
import { createVault, unlockVault } from './vault-steps.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

const L = 'en';
const PASSPHRASE = 'correct horse battery staple 42';
const ORG = 'Fundacja "Dom" – Warszawa';
const iso = (d) => d.toISOString().slice(0, 10);
function inDays(n) {
  const now = new Date();
  return iso(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) + n * 86400000));
}

function planJson(steps, org = ORG) {
  return JSON.stringify({ format: 'waymark-plan', version: 1, org, created: inDays(0), steps });
}

/** The export as the newcomer copies it, decrypted with the demo key. */
async function exportedJson(page, dir) {
  await page.goto(`${site.url}#/export`);
  await page.getByText(msg(L, 'export-reply-note')).waitFor();
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: msg(L, 'export-copy-text') }).click();
  await page.getByRole('status').filter({ hasText: msg(L, 'export-copied') }).waitFor();
  const armored = await page.evaluate(() => navigator.clipboard.readText());
  const path = join(dir, 'export.txt');
  writeFileSync(path, armored);
  return JSON.parse(ageDecrypt(path));
}

async function pastePlan(page, text) {
  await page.getByRole('textbox', { name: msg(L, 'checklist-plan-paste-label') }).fill(text);
  await page.getByRole('button', { name: msg(L, 'checklist-plan-add') }).click();
}

const planStatus = (page) => page.getByRole('region', { name: msg(L, 'checklist-plan-import-heading') }).getByRole('status');
const planSection = (page, org = ORG) => page.getByRole('region', { name: msg(L, 'checklist-plan-heading', { org }) });

test('a plan sealed to the export\'s reply key becomes steps with dates, states and notes; a later plan updates them', async () => {
  const dir = tempDir();
  const { page, context, errors } = await openPage(site, { hash: 'checklist', context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await appReady(page);
  await page.getByRole('heading', { level: 2, name: 'All steps' }).waitFor();
  // A first change asks for a passphrase: the answers are saved.
  await page.getByRole('combobox', { name: /^Status / }).first().selectOption({ label: 'In progress' });
  await createVault(page, PASSPHRASE);

  const exported = await exportedJson(page, dir);
  assert.match(exported.reply_to, /^age1[0-9a-z]{58}$/);
  assert.ok(!JSON.stringify(exported).includes('AGE-SECRET-KEY'), 'the secret half never leaves the vault');
  // The same key on a second export (it is kept, not made anew).
  assert.equal((await exportedJson(page, dir)).reply_to, exported.reply_to);
  // Its secret half is nowhere readable: not in any storage, nor on the page.
  const readable = await page.evaluate(() => [
    ...Object.keys(localStorage).map((k) => localStorage.getItem(k)),
    ...Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k)),
    document.documentElement.outerHTML, document.title, location.href,
  ].join('\n'));
  assert.doesNotMatch(readable, /AGE-SECRET-KEY/i);

  const first = planJson([
    { id: 'pesel', title: 'Book the PESEL appointment', note: 'Call on Monday.\nAsk for Anna.', due: inDays(3), where: 'Urząd Dzielnicy Wola', bring: 'Passport, 2 photos' },
    { id: 'flat', title: 'Visit the flat', due: inDays(-2) },
    { id: 'html', title: '<b>bold</b> <img src=x onerror="window.pwned=1"> call your mentor' },
  ]);
  const sealed = readFileSync(ageSeal(dir, 'plan.txt', first, { armor: true, recipient: exported.reply_to }), 'utf8');
  await page.goto(`${site.url}#/checklist`);
  await pastePlan(page, sealed);
  await planStatus(page).filter({ hasText: msg(L, 'checklist-plan-added', { org: ORG, added: 3, updated: 0 }) }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: msg(L, 'checklist-plan-paste-label') }).inputValue(), '', 'cleared once added');

  // Its own section, named by the organisation, with the caseworker's words as text.
  const section = planSection(page);
  await section.waitFor();
  // The app says it cannot check who made the plan.
  await section.getByText(msg(L, 'checklist-plan-unchecked')).waitFor();
  for (const title of ['Book the PESEL appointment', 'Visit the flat', '<b>bold</b> <img src=x onerror="window.pwned=1"> call your mentor']) {
    await section.getByRole('button', { name: title, exact: true }).waitFor();
  }
  assert.equal(await section.locator('b, img').count(), 0, 'plan text is never markup');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  // Dates: the overdue step and the one due in 3 days are in "next steps".
  const next = page.getByRole('region', { name: 'Next steps' });
  await next.getByRole('button', { name: 'Visit the flat', exact: true }).waitFor();
  await next.getByRole('button', { name: 'Book the PESEL appointment', exact: true }).waitFor();
  await section.getByText('Overdue', { exact: true }).waitFor();
  await section.getByText('Due soon', { exact: true }).waitFor();
  // Details: note (with its line break), where, what to bring.
  await section.getByRole('button', { name: 'Book the PESEL appointment', exact: true }).click();
  await section.getByText('Urząd Dzielnicy Wola').waitFor();
  await section.getByText('Passport, 2 photos').waitFor();
  assert.equal(await section.getByText(/Call on Monday/).innerText(), 'Call on Monday.\nAsk for Anna.');
  // State and note, like every step.
  await section.getByRole('combobox', { name: 'Status Visit the flat', exact: true }).selectOption({ label: 'Done' });
  const note = section.getByRole('textbox', { name: 'My note Book the PESEL appointment', exact: true });
  await note.fill('window 3');
  await note.blur();
  // The calendar has the plan's dated step that is still open.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add dates to my calendar (.ics)' }).click()]);
  const ics = readFileSync(await dl.path(), 'utf8');
  assert.match(ics, /SUMMARY:Book the PESEL appointment/);
  assert.doesNotMatch(ics, /Visit the flat/, 'a finished step has no date any more');
  assert.deepEqual(await axeViolations(AxeBuilder, page), []);

  // A later plan: same id updates the step, a new id is added, the rest stays;
  // the newcomer's state and note on it are kept.
  const later = planJson([
    { id: 'pesel', title: 'PESEL: bring the filled form', due: inDays(5) },
    { id: 'school', title: 'Enrol the children at school' },
  ]);
  await pastePlan(page, readFileSync(ageSeal(dir, 'later.txt', later, { armor: true, recipient: exported.reply_to }), 'utf8'));
  await planStatus(page).filter({ hasText: msg(L, 'checklist-plan-added', { org: ORG, added: 1, updated: 1 }) }).waitFor();
  await section.getByRole('button', { name: 'PESEL: bring the filled form', exact: true }).waitFor();
  await section.getByRole('button', { name: 'Enrol the children at school', exact: true }).waitFor();
  assert.equal(await section.getByRole('button', { name: 'Book the PESEL appointment', exact: true }).count(), 0);
  assert.equal(await section.getByRole('combobox', { name: 'Status Visit the flat', exact: true }).inputValue(), 'done');
  // (Its details stay open, as they were.)
  assert.equal(await section.getByRole('textbox', { name: 'My note PESEL: bring the filled form', exact: true }).inputValue(), 'window 3');

  // Kept in the vault: after a reload and unlock it is all still there.
  await page.waitForTimeout(1500); // let the autosave finish
  await page.reload();
  await appReady(page);
  await unlockVault(page, PASSPHRASE);
  await planSection(page).getByRole('button', { name: 'Enrol the children at school', exact: true }).waitFor();
  assert.equal(await planSection(page).getByRole('combobox', { name: 'Status Visit the flat', exact: true }).inputValue(), 'done');

  // Removed on request, with a question first.
  await planSection(page).getByText(msg(L, 'checklist-plan-remove'), { exact: true }).click();
  await planSection(page).getByText(msg(L, 'checklist-plan-remove-confirm', { org: ORG })).waitFor();
  await page.getByRole('button', { name: msg(L, 'checklist-plan-remove-yes') }).click();
  await planSection(page).waitFor({ state: 'detached' });
  // Said in the live region, and focus is not lost to the page.
  await page.getByRole('status').filter({ hasText: msg(L, 'checklist-plan-removed') }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'checklist-all-heading');
  assert.equal(await page.getByRole('combobox', { name: 'Status Visit the flat', exact: true }).count(), 0, 'its steps are gone');
  // With their states and notes: the same plan added again starts afresh.
  await pastePlan(page, sealed);
  await planStatus(page).filter({ hasText: msg(L, 'checklist-plan-added', { org: ORG, added: 3, updated: 0 }) }).waitFor();
  assert.equal(await planSection(page).getByRole('combobox', { name: 'Status Visit the flat', exact: true }).inputValue(), 'todo');
  await planSection(page).getByRole('button', { name: 'Book the PESEL appointment', exact: true }).click();
  assert.equal(await planSection(page).getByRole('textbox', { name: 'My note Book the PESEL appointment', exact: true }).inputValue(), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plan for someone else, a damaged or hostile plan, or one before any export adds nothing and says why', async () => {
  const dir = tempDir();
  const { page, context, errors } = await openPage(site, { hash: 'checklist', context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await appReady(page);
  await page.getByRole('heading', { level: 2, name: 'All steps' }).waitFor();
  await page.getByRole('combobox', { name: /^Status / }).first().selectOption({ label: 'In progress' });
  await createVault(page, PASSPHRASE);
  const one = [{ id: 'a', title: 'Step A' }];
  // Before any export there is no reply key.
  const keyFile = join(dir, 'other-key.txt');
  execFileSync('age-keygen', ['-o', keyFile], { stdio: 'ignore' });
  const other = /# public key: (age1\S+)/.exec(readFileSync(keyFile, 'utf8'))[1];
  const forOther = readFileSync(ageSeal(dir, 'other.txt', planJson(one), { armor: true, recipient: other }), 'utf8');
  await pastePlan(page, forOther);
  await planStatus(page).filter({ hasText: msg(L, 'plan-error-no-key') }).waitFor();

  const { reply_to: replyTo } = await exportedJson(page, dir);
  await page.goto(`${site.url}#/checklist`);
  const cases = [
    [forOther, 'plan-error-not-for-you'],
    [readFileSync(ageSeal(dir, 'cut.txt', planJson(one), { armor: true, recipient: replyTo }), 'utf8').slice(0, 200), 'plan-error-damaged'],
    ['hello, this is my plan', 'plan-error-not-sealed'],
    [readFileSync(ageSeal(dir, 'long.txt', planJson([{ id: 'a', title: 'x'.repeat(5000) }]), { armor: true, recipient: replyTo }), 'utf8'), 'plan-error-invalid'],
    [readFileSync(ageSeal(dir, 'date.txt', planJson([{ id: 'a', title: 't', due: '2026-02-30' }]), { armor: true, recipient: replyTo }), 'utf8'), 'plan-error-invalid'],
    [readFileSync(ageSeal(dir, 'newer.txt', planJson(one).replace('"version":1', '"version":2'), { armor: true, recipient: replyTo }), 'utf8'), 'plan-error-newer'],
  ];
  for (const [text, id] of cases) {
    await pastePlan(page, text);
    await planStatus(page).filter({ hasText: msg(L, id) }).waitFor();
  }
  // A file of 10,000 steps chosen with the file picker: refused whole.
  const many = ageSeal(dir, 'many.age', planJson(Array.from({ length: 10000 }, () => ({ id: 'a', title: 't' }))), { recipient: replyTo });
  await page.getByLabel(msg(L, 'checklist-plan-file-label')).setInputFiles(many);
  await planStatus(page).filter({ hasText: msg(L, 'plan-error-invalid') }).waitFor();
  assert.equal(await page.locator('.plan-section').count(), 0, 'nothing half-imported');
  // A good one from a file still works after all that.
  const good = ageSeal(dir, 'good.age', planJson(one), { recipient: replyTo });
  await page.getByLabel(msg(L, 'checklist-plan-file-label')).setInputFiles(good);
  await planStatus(page).filter({ hasText: msg(L, 'checklist-plan-added', { org: ORG, added: 1, updated: 0 }) }).waitFor();
  await planSection(page).getByRole('button', { name: 'Step A', exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new passphrase makes a new reply key: a plan sealed to the old one no longer opens, kept plans stay', async () => {
  const dir = tempDir();
  const { page, context, errors } = await openPage(site, { hash: 'checklist', context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await appReady(page);
  await page.getByRole('heading', { level: 2, name: 'All steps' }).waitFor();
  await page.getByRole('combobox', { name: /^Status / }).first().selectOption({ label: 'In progress' });
  await createVault(page, PASSPHRASE);
  const { reply_to: old } = await exportedJson(page, dir);
  await page.goto(`${site.url}#/checklist`);
  await pastePlan(page, readFileSync(ageSeal(dir, 'kept.txt', planJson([{ id: 'a', title: 'Kept step' }]), { armor: true, recipient: old }), 'utf8'));
  await planSection(page).getByRole('button', { name: 'Kept step', exact: true }).waitFor();

  await page.goto(`${site.url}#/settings`);
  const NEW = 'copper violin harbour sleeps';
  await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW);
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill(NEW);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await page.getByRole('status').filter({ hasText: 'From now on, use the new passphrase' }).waitFor({ timeout: 60000 });

  const { reply_to: renewed } = await exportedJson(page, dir);
  assert.match(renewed, /^age1/);
  assert.notEqual(renewed, old);
  await page.goto(`${site.url}#/checklist`);
  await planSection(page).getByRole('button', { name: 'Kept step', exact: true }).waitFor();
  await pastePlan(page, readFileSync(ageSeal(dir, 'late.txt', planJson([{ id: 'b', title: 'Late step' }]), { armor: true, recipient: old }), 'utf8'));
  await planStatus(page).filter({ hasText: msg(L, 'plan-error-not-for-you') }).waitFor();
  await pastePlan(page, readFileSync(ageSeal(dir, 'new.txt', planJson([{ id: 'b', title: 'New step' }]), { armor: true, recipient: renewed }), 'utf8'));
  await planSection(page).getByRole('button', { name: 'New step', exact: true }).waitFor();
  // After a reload, the new passphrase opens the same plans.
  await page.waitForTimeout(1500);
  await page.reload();
  await appReady(page);
  await unlockVault(page, NEW);
  await planSection(page).getByRole('button', { name: 'Kept step', exact: true }).waitFor();
  await planSection(page).getByRole('button', { name: 'New step', exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
