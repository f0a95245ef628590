// The whole round trip of a plan, as people do it, in Chromium: the newcomer
// (phone size, English) changes a step, locks their answers with a
// passphrase and downloads the sealed export (it names their reply key,
// `reply_to`); the desk (org.html, a second browser context at desktop size)
// loads the demo secret key, opens that very file, writes a three-step plan
// and copies it as text; the newcomer pastes it on the checklist and sees the
// steps under "Plan from <org>" with the caseworker's words, the dated ones
// in "Next steps". Then the desk writes a second plan for the same export
// (same organisation name) that repeats one step's title with another date,
// downloads it, and the newcomer adds it with the file picker.
//
// A step's id comes from its title (src/reply/form.rs, docs/organisations.md
// "Later plans"), so the second plan changes that step on the phone: the new
// date, place and note, the person's status kept, and the step not there
// twice. A title typed with other capitals and spaces is the same step.
//
// The desk's way through, as a first-time caseworker meets it: the desk
// is the page's first part and "Load your secret key file" its first step
// ("Make a key pair" is folded away); after the export opens,
// focus is on its heading with "Write a plan" the next stop; after sealing,
// the desk says what the person does on their phone, in their app's words.
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
const CHANGED = { title: '  visit the flat on  GROCHOWSKA', due: inDays(6), where: 'ul. Grochowska 12/4', note: 'Moved to the next day: the landlord is away.' };

/** A date as the English app writes it ("10 December 2026"). */
const inWords = (isoDate) => new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

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

test('newcomer export → desk writes a three-step plan → newcomer adds it; a second desk plan with the same title changes that step', async () => {
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
  // The desk is the page's first part; loading the key is its first step,
  // and making a key pair is folded away (not a button on the way).
  assert.equal((await org.getByRole('heading', { level: 2 }).allInnerTexts())[0], msg(L, 'desk-heading'));
  const parts = await org.getByRole('heading', { level: 3 }).allInnerTexts();
  assert.equal(parts[0], msg(L, 'desk-load-identity-heading'), `order: ${parts}`);
  assert.equal(await org.getByRole('button', { name: msg(L, 'desk-generate-button') }).isVisible(), false);
  await org.getByLabel(msg(L, 'desk-identity-file-label'), { exact: true }).setInputFiles(IDENTITY);
  await org.locator('.desk-keys').getByText(DEMO_FINGERPRINT).waitFor();
  await org.getByLabel(msg(L, 'desk-files-label')).setInputFiles(exportFile);
  await org.locator('.desk-results li').filter({ hasText: msg(L, 'desk-result-opened', { number: 1 }) }).waitFor();
  const opened = Date.now();
  // The opened export is brought to the caseworker: its heading has focus
  // and "Write a plan" is the next Tab stop, both on screen.
  const exportHeading = org.getByRole('heading', { level: 4, name: /^Export 1\b/ });
  await org.waitForFunction(() => document.activeElement?.tagName === 'H4');
  assert.equal(await org.evaluate(() => document.activeElement.id), await exportHeading.getAttribute('id'));
  await org.keyboard.press('Tab');
  const write = org.getByRole('button', { name: msg(L, 'desk-plan-write') });
  assert.equal(await org.evaluate(() => document.activeElement.textContent.trim()), msg(L, 'desk-plan-write'));
  const box = await write.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 800, `"Write a plan" on screen without scrolling (y ${box?.y})`);
  await org.keyboard.press('Enter');
  assert.equal(await org.getByLabel(msg(L, 'desk-plan-org-label')).inputValue(), ORG, 'the name from config/org.toml');
  await fillPlan(org, STEPS);
  const preview = org.getByRole('region', { name: msg(L, 'desk-plan-preview-heading') });
  for (const s of STEPS) await preview.getByText(s.title, { exact: true }).waitFor();
  await org.getByRole('button', { name: msg(L, 'desk-plan-seal'), exact: true }).click();
  await org.getByText(msg(L, 'desk-plan-sealed')).waitFor();
  // What the person does next, in the names their app shows.
  const next = msg(L, 'desk-plan-next');
  assert.match(next, /Checklist → “A plan from your organisation” → .*“Add the plan”/);
  await org.getByText(next, { exact: true }).waitFor();
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
  const nextSteps = phone.getByRole('region', { name: msg(L, 'checklist-next-heading') });
  await stepButton(nextSteps, STEPS[0].title).waitFor();
  await stepButton(nextSteps, STEPS[1].title).waitFor();
  assert.equal(await stepButton(nextSteps, STEPS[2].title).count(), 0);
  // The person starts on step 2.
  await section.getByRole('combobox', { name: `Status ${STEPS[1].title}`, exact: true }).selectOption({ label: 'In progress' });

  // --- The desk writes a second plan for the same export: step 2 again,
  // its title typed anew (other capitals and spaces), moved by a day.
  await org.getByRole('button', { name: msg(L, 'desk-plan-close') }).click();
  const secondStart = Date.now();
  await write.click();
  // A new, empty form: the desk keeps nothing of the first plan; the hint
  // says that the title is what names an earlier step.
  assert.equal(await stepGroup(org, 1).getByLabel(msg(L, 'desk-plan-title-label')).inputValue(), '');
  assert.equal(await stepGroup(org, 2).count(), 0);
  await org.getByText(msg(L, 'desk-plan-steps-help')).waitFor();
  await fillPlan(org, [CHANGED]);
  await org.getByRole('button', { name: msg(L, 'desk-plan-seal'), exact: true }).click();
  const [planDl] = await Promise.all([org.waitForEvent('download'), org.getByRole('button', { name: msg(L, 'desk-plan-download'), exact: true }).click()]);
  const planFile = join(dir, planDl.suggestedFilename());
  await planDl.saveAs(planFile);
  console.log(`caseworker, second plan (one step, downloaded): ${((Date.now() - secondStart) / 1000).toFixed(1)} s`);
  assert.throws(() => orgOpens(planFile), 'only the person can open the plan');

  // --- The newcomer adds it with the file picker: one step changed, none added.
  await phone.getByLabel(msg(L, 'checklist-plan-file-label')).setInputFiles(planFile);
  await planStatus(phone).filter({ hasText: msg(L, 'checklist-plan-added', { org: ORG, added: 0, updated: 1 }) }).waitFor();
  // Still one section for the organisation, with the same three steps.
  assert.equal(await phone.getByRole('region', { name: msg(L, 'checklist-plan-heading', { org: ORG }) }).count(), 1);
  const changedTitle = CHANGED.title.trim().replace(/\s+/g, ' '); // as the page shows it
  const allTitles = (await section.getByRole('button', { name: /Book the PESEL|Visit the flat|visit the flat|school certificates/ }).allInnerTexts()).map((t) => t.trim());
  assert.deepEqual(allTitles, [STEPS[0].title, changedTitle, STEPS[2].title], 'the step is changed in place, not added twice');
  // The person's status stays ("In progress"), the new words and date are there.
  assert.equal(await section.getByRole('combobox', { name: `Status ${changedTitle}`, exact: true }).inputValue(), 'in-progress');
  await stepButton(section, changedTitle).click();
  await section.getByText(CHANGED.note).waitFor();
  await section.getByText(`Do it by ${inWords(CHANGED.due)}`).first().waitFor();
  assert.equal(await section.getByText(`Do it by ${inWords(STEPS[1].due)}`).count(), 0, 'the old date is gone');
  assert.equal(await stepButton(nextSteps, changedTitle).count(), 1, 'once in "Next steps"');
  assert.equal(await stepButton(nextSteps, STEPS[1].title).count(), 0);

  // Kept in the vault: after a reload and unlock, the three steps, the new
  // date and the status.
  await phone.waitForTimeout(1500); // let the autosave finish
  await phone.reload();
  await appReady(phone);
  await unlockVault(phone, PASSPHRASE);
  for (const t of [STEPS[0].title, changedTitle, STEPS[2].title]) await stepButton(planSection(phone), t).waitFor();
  assert.equal(await stepButton(planSection(phone), changedTitle).count(), 1);
  assert.equal(await planSection(phone).getByRole('combobox', { name: `Status ${changedTitle}`, exact: true }).inputValue(), 'in-progress');

  assert.deepEqual(person.errors, []);
  assert.deepEqual(desk.errors, []);
  await desk.context.close();
  await person.context.close();
});
