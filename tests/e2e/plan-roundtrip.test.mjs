// The whole round trip of a plan, as people do it, in Chromium: the newcomer
// (phone size, English) changes a step, locks their answers with a
// passphrase and downloads the sealed export (it names their reply key,
// `reply_to`); the desk (org.html, a second browser context at desktop size)
// loads the demo secret key, opens that very file, writes a three-step plan
// and copies it as text; the newcomer pastes it on the checklist and sees the
// steps under "Plan from <org>" with the caseworker's words, the dated ones
// in "Next steps". Then the desk writes a second plan for the same export
// (same organisation name) meant to change one step, downloads it, and the
// newcomer adds it with the file picker; both are kept in the vault.
//
// What the second plan can and cannot do (docs/organisations.md, "Later
// plans"): the desk makes new step ids for every form (src/reply/form.rs), so
// a plan written at the desk never updates an earlier step. Its step is
// added next to the old one (which keeps its date and the person's status);
// nothing is lost, but the "changed" step is there twice. This test asserts
// exactly that.
//
// The time the caseworker's part took (from the desk page being ready to the
// plan copied or downloaded) is printed, not asserted: it is a machine's
// time, not a person's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, openPage, appReady } from './browser.mjs';
import { msg, tempDir, ageDecrypt, IDENTITY, DEMO_FINGERPRINT } from './export-helpers.mjs';
import { createVault, unlockVault } from './vault-steps.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

const L = 'en';
const PASSPHRASE = 'correct horse battery staple 42';
// The desk fills the organisation's name in from config/org.toml.
const ORG = /^name = "(.*)"$/m.exec(readFileSync('public/config/org.toml', 'utf8'))[1];
const iso = (d) => d.toISOString().slice(0, 10);
function inDays(n) {
  const now = new Date();
  return iso(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) + n * 86400000));
}

const STEPS = [
  {
    title: 'Book the PESEL appointment', due: inDays(2), where: 'Urząd Dzielnicy Wola, ul. Solidarności 90',
    bring: 'Passport, 2 photos', note: 'Call on Monday at 8:00.\nAsk for Anna at window 3.',
  },
  { title: 'Visit the flat on Grochowska', due: inDays(5), where: 'ul. Grochowska 12/4', note: 'The landlord speaks Russian.' },
  { title: 'Bring the school certificates', bring: 'School certificates of both children' },
];
// The second plan: step 2 again, moved to another day.
const CHANGED = { title: 'Visit the flat on Grochowska', due: inDays(6), where: 'ul. Grochowska 12/4', note: 'Moved to the next day: the landlord is away.' };

/** `age -d` with the organisation's key (quietly: it is expected to fail on a plan). */
const orgOpens = (path) => execFileSync('age', ['-d', '-i', IDENTITY, path], { stdio: 'pipe' });

const stepGroup = (page, number) => page.getByRole('group', { name: msg(L, 'desk-plan-step-legend', { number }) });
const planSection = (page) => page.getByRole('region', { name: msg(L, 'checklist-plan-heading', { org: ORG }) });
const planStatus = (page) => page.getByRole('region', { name: msg(L, 'checklist-plan-import-heading') }).getByRole('status');
const stepButton = (scope, title) => scope.getByRole('button', { name: title, exact: true });

/** Fills the desk's open plan form with `steps` (the form starts with one empty step). */
async function fillPlan(page, steps) {
  for (const [i, s] of steps.entries()) {
    if (i > 0) await page.getByRole('button', { name: msg(L, 'desk-plan-add-step') }).click();
    const group = stepGroup(page, i + 1);
    await group.getByLabel(msg(L, 'desk-plan-title-label')).fill(s.title);
    if (s.due) await group.getByLabel(msg(L, 'desk-plan-due-label')).fill(s.due);
    if (s.where) await group.getByLabel(msg(L, 'desk-plan-where-label')).fill(s.where);
    if (s.bring) await group.getByLabel(msg(L, 'desk-plan-bring-label')).fill(s.bring);
    if (s.note) await group.getByLabel(msg(L, 'desk-plan-note-label')).fill(s.note);
  }
}

test('newcomer export → desk writes a three-step plan → newcomer adds it; a second desk plan adds its step and keeps the old ones', async () => {
  const dir = tempDir();

  // --- The newcomer, on a phone: a change, the vault, the export file.
  const person = await openPage(site, { hash: 'checklist' });
  const phone = person.page;
  await appReady(phone);
  await phone.getByRole('heading', { level: 2, name: 'All steps' }).waitFor();
  await phone.getByRole('combobox', { name: /^Status / }).first().selectOption({ label: 'In progress' });
  await createVault(phone, PASSPHRASE);
  await phone.goto(`${site.url}#/export`);
  await phone.getByText(msg(L, 'export-reply-note')).waitFor();
  await phone.getByRole('checkbox').check();
  const [exportDl] = await Promise.all([phone.waitForEvent('download'), phone.getByRole('button', { name: msg(L, 'export-download') }).click()]);
  const exportFile = join(dir, exportDl.suggestedFilename());
  await exportDl.saveAs(exportFile);
  await phone.getByRole('status').filter({ hasText: msg(L, 'export-downloaded', { file: exportDl.suggestedFilename() }) }).waitFor();
  const exported = JSON.parse(ageDecrypt(exportFile));
  assert.match(exported.reply_to, /^age1[0-9a-z]{58}$/, 'the export names the reply key');

  // --- The desk, on a laptop: key, the export, "Write a plan", three steps, seal, copy.
  const desk = await openPage(site, { path: 'org.html', width: 1280, height: 800, context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  const org = desk.page;
  await appReady(org);
  const deskStart = Date.now();
  await org.getByLabel(msg(L, 'desk-identity-file-label'), { exact: true }).setInputFiles(IDENTITY);
  await org.locator('.desk-keys').getByText(DEMO_FINGERPRINT).waitFor();
  await org.getByLabel(msg(L, 'desk-files-label')).setInputFiles(exportFile);
  await org.locator('.desk-results li').filter({ hasText: msg(L, 'desk-result-opened', { number: 1 }) }).waitFor();
  const opened = Date.now();
  const write = org.getByRole('button', { name: msg(L, 'desk-plan-write') });
  await write.click();
  assert.equal(await org.getByLabel(msg(L, 'desk-plan-org-label')).inputValue(), ORG, 'the name from config/org.toml');
  await fillPlan(org, STEPS);
  const preview = org.getByRole('region', { name: msg(L, 'desk-plan-preview-heading') });
  for (const s of STEPS) await preview.getByText(s.title, { exact: true }).waitFor();
  await org.getByRole('button', { name: msg(L, 'desk-plan-seal'), exact: true }).click();
  await org.getByText(msg(L, 'desk-plan-sealed')).waitFor();
  await org.getByRole('button', { name: msg(L, 'desk-plan-copy'), exact: true }).click();
  await org.getByText(msg(L, 'desk-plan-copied')).waitFor();
  const firstPlan = await org.evaluate(() => navigator.clipboard.readText());
  const deskDone = Date.now();
  assert.match(firstPlan, /^-----BEGIN AGE ENCRYPTED FILE-----/);
  // Sealed for the person: the organisation's own key cannot open it.
  writeFileSync(join(dir, 'plan.txt'), firstPlan);
  assert.throws(() => orgOpens(join(dir, 'plan.txt')), 'only the person can open the plan');
  console.log(`caseworker, first plan: ${((deskDone - deskStart) / 1000).toFixed(1)} s in all `
    + `(key and export: ${((opened - deskStart) / 1000).toFixed(1)} s; write, seal and copy three steps: ${((deskDone - opened) / 1000).toFixed(1)} s)`);

  // --- The newcomer adds the plan (pasted text) on the checklist.
  await phone.goto(`${site.url}#/checklist`);
  await phone.getByRole('textbox', { name: msg(L, 'checklist-plan-paste-label') }).fill(firstPlan);
  await phone.getByRole('button', { name: msg(L, 'checklist-plan-add') }).click();
  await planStatus(phone).filter({ hasText: msg(L, 'checklist-plan-added', { org: ORG, added: 3, updated: 0 }) }).waitFor();
  const section = planSection(phone);
  for (const s of STEPS) await stepButton(section, s.title).waitFor();
  // The steps in the caseworker's order.
  const titles = await section.getByRole('button', { name: /Book the PESEL|Visit the flat|school certificates/ }).allInnerTexts();
  assert.deepEqual(titles.map((t) => t.trim()), STEPS.map((s) => s.title));
  // The caseworker's words: note (with its line break), where, what to bring.
  await stepButton(section, STEPS[0].title).click();
  await section.getByText(STEPS[0].where).waitFor();
  await section.getByText(STEPS[0].bring).waitFor();
  assert.equal(await section.getByText(/Call on Monday/).innerText(), STEPS[0].note);
  await stepButton(section, STEPS[2].title).click();
  await section.getByText(STEPS[2].bring).waitFor();
  // The two dated steps are in "Next steps"; the undated one is not.
  const next = phone.getByRole('region', { name: msg(L, 'checklist-next-heading') });
  await stepButton(next, STEPS[0].title).waitFor();
  await stepButton(next, STEPS[1].title).waitFor();
  assert.equal(await stepButton(next, STEPS[2].title).count(), 0);
  // The person starts on step 2.
  await section.getByRole('combobox', { name: `Status ${STEPS[1].title}`, exact: true }).selectOption({ label: 'In progress' });

  // --- The desk writes a second plan for the same export: step 2 moved by a day.
  await org.getByRole('button', { name: msg(L, 'desk-plan-close') }).click();
  const secondStart = Date.now();
  await write.click();
  // A new, empty form: the desk keeps nothing of the first plan, and offers
  // no way to name a step of it (no step id, no list of earlier steps).
  assert.equal(await stepGroup(org, 1).getByLabel(msg(L, 'desk-plan-title-label')).inputValue(), '');
  assert.equal(await stepGroup(org, 2).count(), 0);
  await fillPlan(org, [CHANGED]);
  await org.getByRole('button', { name: msg(L, 'desk-plan-seal'), exact: true }).click();
  const [planDl] = await Promise.all([org.waitForEvent('download'), org.getByRole('button', { name: msg(L, 'desk-plan-download'), exact: true }).click()]);
  const planFile = join(dir, planDl.suggestedFilename());
  await planDl.saveAs(planFile);
  console.log(`caseworker, second plan (one step, downloaded): ${((Date.now() - secondStart) / 1000).toFixed(1)} s`);
  assert.throws(() => orgOpens(planFile), 'only the person can open the plan');

  // --- The newcomer adds it with the file picker: added, not changed.
  await phone.getByLabel(msg(L, 'checklist-plan-file-label')).setInputFiles(planFile);
  await planStatus(phone).filter({ hasText: msg(L, 'checklist-plan-added', { org: ORG, added: 1, updated: 0 }) }).waitFor();
  // Still one section for the organisation (same name), now with four steps.
  assert.equal(await phone.getByRole('region', { name: msg(L, 'checklist-plan-heading', { org: ORG }) }).count(), 1);
  for (const s of [STEPS[0], STEPS[2]]) await stepButton(section, s.title).waitFor();
  // The old step 2 is kept, with its status, next to the new one: the same
  // title twice, one "In progress", the new one not started.
  const statuses = section.getByRole('combobox', { name: `Status ${STEPS[1].title}`, exact: true });
  await stepButton(section, CHANGED.title).nth(1).waitFor();
  assert.equal(await stepButton(section, CHANGED.title).count(), 2);
  assert.deepEqual(await statuses.evaluateAll((els) => els.map((e) => e.value)), ['in-progress', 'todo']);
  await stepButton(section, CHANGED.title).nth(1).click();
  await section.getByText(CHANGED.note).waitFor();
  // Both dates of the "same" step are in "Next steps".
  assert.equal(await stepButton(next, CHANGED.title).count(), 2);

  // Kept in the vault: after a reload and unlock, all four steps and the status.
  await phone.waitForTimeout(1500); // let the autosave finish
  await phone.reload();
  await appReady(phone);
  await unlockVault(phone, PASSPHRASE);
  for (const s of [STEPS[0], STEPS[2]]) await stepButton(planSection(phone), s.title).waitFor();
  await stepButton(planSection(phone), CHANGED.title).nth(1).waitFor();
  assert.deepEqual(await planSection(phone).getByRole('combobox', { name: `Status ${STEPS[1].title}`, exact: true })
    .evaluateAll((els) => els.map((e) => e.value)), ['in-progress', 'todo']);

  assert.deepEqual(person.errors, []);
  assert.deepEqual(desk.errors, []);
  await desk.context.close();
  await person.context.close();
});
