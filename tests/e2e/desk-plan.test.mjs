// "Write a plan" at the organisation desk (org.html): an export that names
// the person's reply key (`reply_to`, made here with Debian's age-keygen and
// sealed to the demo key with the age CLI) gets the button, one without it
// does not; the form's preview shows markup as text; the sealed plan,
// downloaded or copied as text, opens with `age -d` and the person's key
// (not the organisation's) as a waymark-plan JSON with the typed steps. An
// empty title is named next to its field and nothing is sealed; a refused
// clipboard shows the text in a read-only box. Opening and closing the form
// moves keyboard focus to it and back (it is never lost to the page).
// A first-timer's way through (docs/quality.md, caseworker walk-through):
// the key is loaded before a key pair is offered, the opened export is
// brought into view with "Write a plan" right under its summary, a one-step
// form has no "Remove step", "Add step" moves to the new title, the date is
// "Do it by", the preview is in the phone's order, two steps with the same
// title are refused, the step id comes from the title, and after sealing
// the desk says what the person does on their phone. Dates: quick choices
// ("In 3 days"…) set them from today and every date is written out in the
// page's language next to its field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { startSite, openPage, appReady } from './browser.mjs';
import { msg, tempDir, ageSeal, axeViolations, IDENTITY, DEMO_FINGERPRINT } from './export-helpers.mjs';

let site;
let dir;
let replyKey;
let replyTo;
before(async () => {
  site = await startSite();
  dir = tempDir();
  replyKey = join(dir, 'reply-key.txt');
  execFileSync('age-keygen', ['-o', replyKey], { stdio: 'ignore' });
  replyTo = execFileSync('age-keygen', ['-y', replyKey]).toString().trim();
});
after(async () => { await site?.close(); });

const ORG = /^name = "(.*)"$/m.exec(readFileSync('public/config/org.toml', 'utf8'))[1];
const exportJson = (extra) => JSON.stringify({
  format: 'waymark-export', version: 1, content_version: '2026-11-21', locale: 'be', created: '2026-11-20',
  answers: { name: 'Алеся' }, checklist: { steps: {} }, ...extra,
});

async function deskWithExports(locale, { context = {} } = {}) {
  const opened = await openPage(site, { locale, path: 'org.html', context });
  const { page } = opened;
  await appReady(page);
  await page.getByLabel(msg(locale, 'desk-identity-file-label'), { exact: true }).setInputFiles(IDENTITY);
  await page.locator('.desk-keys').getByText(DEMO_FINGERPRINT).waitFor();
  const files = [
    ageSeal(dir, 'with-reply.age', exportJson({ reply_to: replyTo })),
    ageSeal(dir, 'without-reply.age', exportJson({ created: '2026-11-19' })),
  ];
  await page.getByLabel(msg(locale, 'desk-files-label')).setInputFiles(files);
  await page.locator('.desk-results li').nth(1).waitFor();
  return opened;
}

/** `age -d -i <the person's key>` of a sealed plan (file or text) → parsed JSON. */
function openAsPerson(path) {
  return JSON.parse(execFileSync('age', ['-d', '-i', replyKey, path]).toString('utf8'));
}

const step = (page, L, number) => page.getByRole('group', { name: msg(L, 'desk-plan-step-legend', { number }) });

test('write, preview, seal, download and copy a plan; it opens with the person\'s key only', async () => {
  const L = 'en';
  const { page, context, errors } = await deskWithExports(L, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  // Only the export with reply_to can be answered.
  const write = page.getByRole('button', { name: msg(L, 'desk-plan-write') });
  assert.equal(await write.count(), 1);
  await write.click();
  const org = page.getByLabel(msg(L, 'desk-plan-org-label'));
  assert.equal(await org.inputValue(), ORG, 'prefilled from config/org.toml');
  await org.fill('Fundacja "Dom" — Warszawa');

  const one = step(page, L, 1);
  await one.getByLabel(msg(L, 'desk-plan-title-label')).fill('<b>x</b> Book the PESEL appointment');
  await one.getByLabel(msg(L, 'desk-plan-due-label')).fill('2026-12-10');
  await one.getByLabel(msg(L, 'desk-plan-where-label')).fill('Urząd Dzielnicy Wola, ul. Solidarności 90');
  await one.getByLabel(msg(L, 'desk-plan-bring-label')).fill('Passport, 2 photos');
  await one.getByLabel(msg(L, 'desk-plan-note-label')).fill('Call on Monday.\nAsk for Anna.');
  await page.getByRole('button', { name: msg(L, 'desk-plan-add-step') }).click();
  const two = step(page, L, 2);
  await two.getByLabel(msg(L, 'desk-plan-title-label')).fill('Visit the flat');
  // A third step, removed again: it is not in the plan.
  await page.getByRole('button', { name: msg(L, 'desk-plan-add-step') }).click();
  await step(page, L, 3).getByLabel(msg(L, 'desk-plan-title-label')).fill('Removed');
  await page.getByRole('button', { name: msg(L, 'desk-plan-remove-step', { number: 3 }) }).click();
  assert.equal(await step(page, L, 3).count(), 0);

  // The preview shows the markup as text, the date in words.
  const preview = page.getByRole('region', { name: msg(L, 'desk-plan-preview-heading') });
  await preview.getByText('<b>x</b> Book the PESEL appointment', { exact: true }).waitFor();
  assert.equal(await preview.locator('b').count(), 0, 'no element made from plan text');
  await preview.getByText('10 December 2026', { exact: true }).waitFor();
  await preview.getByText('Passport, 2 photos', { exact: true }).waitFor();
  await preview.getByText('Visit the flat', { exact: true }).waitFor();
  assert.equal(await preview.getByText('Removed').count(), 0);
  assert.deepEqual(await axeViolations(AxeBuilder, page), []);

  await page.getByRole('button', { name: msg(L, 'desk-plan-seal'), exact: true }).click();
  await page.getByText(msg(L, 'desk-plan-sealed')).waitFor();

  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: msg(L, 'desk-plan-download'), exact: true }).click()]);
  assert.match(dl.suggestedFilename(), /^plan-\d{4}-\d{2}-\d{2}\.age$/);
  const file = join(dir, dl.suggestedFilename());
  await dl.saveAs(file);
  await page.getByText(msg(L, 'desk-plan-downloaded', { file: dl.suggestedFilename() })).waitFor();
  const plan = openAsPerson(file);
  assert.equal(plan.format, 'waymark-plan');
  assert.equal(plan.version, 1);
  assert.equal(plan.org, 'Fundacja "Dom" — Warszawa');
  assert.match(plan.created, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(plan.steps.length, 2);
  const [a, b] = plan.steps;
  assert.deepEqual(
    { title: a.title, due: a.due, where: a.where, bring: a.bring, note: a.note },
    { title: '<b>x</b> Book the PESEL appointment', due: '2026-12-10', where: 'Urząd Dzielnicy Wola, ul. Solidarności 90', bring: 'Passport, 2 photos', note: 'Call on Monday.\nAsk for Anna.' },
  );
  assert.deepEqual(b.title, 'Visit the flat');
  for (const field of ['due', 'where', 'bring', 'note']) assert.equal(b[field], undefined, `empty ${field} left out`);
  for (const s of plan.steps) assert.match(s.id, /^[A-Za-z0-9_-]{1,40}$/);
  assert.notEqual(a.id, b.id);
  // Sealed to the person only: the organisation's own key cannot open it.
  assert.throws(() => execFileSync('age', ['-d', '-i', IDENTITY, file], { stdio: 'pipe' }));

  // Copy as text: the armored form of the same plan.
  await page.getByRole('button', { name: msg(L, 'desk-plan-copy'), exact: true }).click();
  await page.getByText(msg(L, 'desk-plan-copied')).waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^-----BEGIN AGE ENCRYPTED FILE-----/);
  const textFile = join(dir, 'plan.txt');
  writeFileSync(textFile, text);
  assert.deepEqual(openAsPerson(textFile), plan);

  // An edit makes the sealed plan stale: it has to be sealed again.
  await two.getByLabel(msg(L, 'desk-plan-title-label')).fill('Visit the flat on Friday');
  assert.equal(await page.getByRole('button', { name: msg(L, 'desk-plan-download'), exact: true }).count(), 0);
  // Closing the plan forgets it.
  await page.getByRole('button', { name: msg(L, 'desk-plan-close') }).click();
  assert.equal(await page.getByLabel(msg(L, 'desk-plan-org-label')).count(), 0);
  await write.click();
  assert.equal(await step(page, L, 1).getByLabel(msg(L, 'desk-plan-title-label')).inputValue(), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: "Write a plan" moves focus to the form, "Close plan" back to the button (never lost to the page)', async () => {
  const L = 'en';
  const { page, context, errors } = await deskWithExports(L);
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    return `${e.tagName.toLowerCase()}:${e.textContent.trim()}`;
  });
  const write = page.getByRole('button', { name: msg(L, 'desk-plan-write') });
  await write.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((name) => document.activeElement?.textContent === name, msg(L, 'desk-plan-heading'));
  assert.equal(await focused(), `h5:${msg(L, 'desk-plan-heading')}`);
  // The next Tab is the form's first field.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), await page.getByLabel(msg(L, 'desk-plan-org-label')).getAttribute('id'));
  await page.getByRole('button', { name: msg(L, 'desk-plan-close') }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((name) => document.activeElement?.textContent === name, msg(L, 'desk-plan-write'));
  assert.equal(await focused(), `button:${msg(L, 'desk-plan-write')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an empty title is named at its field and nothing is sealed; a refused clipboard shows the text (Polish)', async () => {
  const L = 'pl';
  const { page, context, errors } = await deskWithExports(L);
  // This browser refuses the clipboard.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await page.getByRole('button', { name: msg(L, 'desk-plan-write') }).click();
  const org = page.getByLabel(msg(L, 'desk-plan-org-label'));
  await org.fill('');
  await page.getByRole('button', { name: msg(L, 'desk-plan-seal'), exact: true }).click();
  await page.getByText(msg(L, 'desk-plan-not-sealed')).waitFor();
  await page.getByText(msg(L, 'desk-plan-error-title-missing')).waitFor();
  await page.getByText(msg(L, 'desk-plan-error-org-missing')).waitFor();
  const title = step(page, L, 1).getByLabel(msg(L, 'desk-plan-title-label'));
  assert.equal(await title.getAttribute('aria-invalid'), 'true');
  // The message is the field's description, for screen readers.
  // (after the hint on how titles name earlier steps).
  const described = (await title.getAttribute('aria-describedby')).split(' ');
  assert.equal(described.length, 2);
  assert.equal(await page.locator(`[id="${described[0]}"]`).innerText(), msg(L, 'desk-plan-steps-help'));
  assert.equal(await page.locator(`[id="${described[1]}"]`).innerText(), msg(L, 'desk-plan-error-title-missing'));
  assert.equal(await page.getByRole('button', { name: msg(L, 'desk-plan-download'), exact: true }).count(), 0);
  assert.equal(await page.getByRole('button', { name: msg(L, 'desk-plan-copy'), exact: true }).count(), 0);
  assert.deepEqual(await axeViolations(AxeBuilder, page), []);
  // The form with its messages fits a 320 px screen.
  await page.setViewportSize({ width: 320, height: 740 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'no horizontal scroll');

  // Fixed fields lose their message as they are typed.
  await org.fill('Punkt Pomocy');
  await title.fill('Zadzwoń do mentora');
  await page.getByText(msg(L, 'desk-plan-error-title-missing')).waitFor({ state: 'detached' });
  assert.equal(await title.getAttribute('aria-invalid'), null);
  await page.getByRole('button', { name: msg(L, 'desk-plan-seal'), exact: true }).click();
  await page.getByRole('button', { name: msg(L, 'desk-plan-copy'), exact: true }).click();
  await page.getByText(msg(L, 'desk-plan-copy-failed')).waitFor();
  const box = page.getByLabel(msg(L, 'desk-plan-copy-fallback-label'));
  assert.equal(await box.getAttribute('readonly'), '');
  const textFile = join(dir, 'plan-fallback.txt');
  writeFileSync(textFile, await box.inputValue());
  const plan = openAsPerson(textFile);
  assert.equal(plan.org, 'Punkt Pomocy');
  assert.deepEqual(plan.steps.map((s) => s.title), ['Zadzwoń do mentora']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a first-timer\'s way: key before key pair, the opened export brought into view, one-step form, "Do it by", preview in the phone\'s order, same titles refused, what the person does next', async () => {
  const L = 'en';
  const opened = await openPage(site, { locale: L, path: 'org.html', width: 1280, height: 800 });
  const { page, context, errors } = opened;
  await appReady(page);
  // "Load your secret key file" is the desk's first step; "Make a key
  // pair" is folded away after the daily steps (desk.test.mjs opens it).
  const parts = await page.getByRole('heading', { level: 3 }).allInnerTexts();
  assert.equal(parts[0], msg(L, 'desk-load-identity-heading'), `order: ${parts.join(' | ')}`);
  assert.equal(await page.getByRole('button', { name: msg(L, 'desk-generate-button') }).isVisible(), false);
  await page.getByLabel(msg(L, 'desk-identity-file-label'), { exact: true }).setInputFiles(IDENTITY);
  await page.locator('.desk-keys').getByText(DEMO_FINGERPRINT).waitFor();
  await page.getByLabel(msg(L, 'desk-files-label')).setInputFiles(ageSeal(dir, 'first-timer.age', exportJson({ reply_to: replyTo })));

  // The opened export is brought into view with focus on its heading;
  // "Write a plan" is the next Tab stop, a primary button, on screen.
  const heading = page.getByRole('heading', { level: 4, name: /^Export 1\b/ });
  await page.waitForFunction(() => document.activeElement?.tagName === 'H4');
  assert.equal(await page.evaluate(() => document.activeElement.id), await heading.getAttribute('id'));
  const headingBox = await heading.boundingBox();
  assert.ok(headingBox.y >= 0 && headingBox.y < 800, `heading on screen (y ${headingBox.y})`);
  await page.keyboard.press('Tab');
  const write = page.getByRole('button', { name: msg(L, 'desk-plan-write') });
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), msg(L, 'desk-plan-write'));
  assert.doesNotMatch(await write.getAttribute('class'), /\bsecondary\b/, 'a primary button');
  const writeBox = await write.boundingBox();
  assert.ok(writeBox.y + writeBox.height <= 800, `"Write a plan" on screen (y ${writeBox.y})`);
  // Right under the summary: before the person's answers.
  const order = await page.locator('.desk-export').evaluate((card, names) => {
    const els = [...card.querySelectorAll('h5, button')].map((e) => e.textContent.trim());
    return [els.indexOf(names[0]), els.indexOf(names[1])];
  }, [msg(L, 'desk-plan-write'), msg(L, 'desk-answers-heading')]);
  assert.ok(order[0] >= 0 && order[0] < order[1], `button before the answers: ${order}`);
  await page.keyboard.press('Enter');

  // One step: nothing to remove. The date says it is a "do it by" date.
  const one = step(page, L, 1);
  assert.equal(await page.getByRole('button', { name: msg(L, 'desk-plan-remove-step', { number: 1 }) }).count(), 0);
  assert.equal(msg(L, 'desk-plan-due-label'), 'Do it by (optional)');
  await one.getByLabel('Do it by (optional)').fill('2026-12-10');
  await one.getByLabel(msg(L, 'desk-plan-title-label')).fill('Visit the flat');
  await one.getByLabel(msg(L, 'desk-plan-bring-label')).fill('Passport');
  await one.getByLabel(msg(L, 'desk-plan-where-label')).fill('ul. Grochowska 12');
  await one.getByLabel(msg(L, 'desk-plan-note-label')).fill('Ring twice.');
  // The hint says how to change an earlier step; the title field reads it.
  const help = page.getByText(msg(L, 'desk-plan-steps-help'));
  await help.waitFor();
  assert.match(msg(L, 'desk-plan-steps-help'), /^To change a step you sent before, write its title as before/);
  const titleDescribed = (await one.getByLabel(msg(L, 'desk-plan-title-label')).getAttribute('aria-describedby')).split(' ');
  assert.ok(titleDescribed.includes(await help.getAttribute('id')));

  // "Add step" puts the cursor in the new step's title; now each step can be removed.
  await page.getByRole('button', { name: msg(L, 'desk-plan-add-step') }).click();
  const twoTitle = step(page, L, 2).getByLabel(msg(L, 'desk-plan-title-label'));
  await page.waitForFunction((id) => document.activeElement?.id === id, await twoTitle.getAttribute('id'));
  await page.keyboard.type('  visit THE   flat ');
  assert.equal(await page.getByRole('button', { name: msg(L, 'desk-plan-remove-step', { number: 1 }) }).count(), 1);
  assert.equal(await page.getByRole('button', { name: msg(L, 'desk-plan-remove-step', { number: 2 }) }).count(), 1);

  // The preview in the phone's order: title, date, then note, where, what to bring.
  const preview = page.getByRole('region', { name: msg(L, 'desk-plan-preview-heading') });
  const terms = await preview.locator('li').first().locator('dt').allInnerTexts();
  assert.deepEqual(terms, ['desk-plan-preview-due', 'desk-plan-preview-note', 'desk-plan-preview-where', 'desk-plan-preview-bring'].map((id) => msg(L, id)));

  // The same title twice (other capitals and spaces) is refused at the second.
  await page.getByRole('button', { name: msg(L, 'desk-plan-seal'), exact: true }).click();
  await page.getByText(msg(L, 'desk-plan-not-sealed')).waitFor();
  const dup = msg(L, 'desk-plan-error-title-duplicate', { number: 1 });
  assert.equal(await twoTitle.getAttribute('aria-invalid'), 'true');
  const described = (await twoTitle.getAttribute('aria-describedby')).split(' ');
  const texts = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).innerText()));
  assert.ok(texts.includes(dup), `the title's description: ${texts}`);
  assert.equal(await one.getByLabel(msg(L, 'desk-plan-title-label')).getAttribute('aria-invalid'), null);
  assert.equal(await page.getByRole('button', { name: msg(L, 'desk-plan-download'), exact: true }).count(), 0);

  // Another title: sealed, and the desk says what the person does next.
  await twoTitle.fill('Sign the lease');
  await page.getByText(dup).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: msg(L, 'desk-plan-seal'), exact: true }).click();
  await page.getByText(msg(L, 'desk-plan-sealed')).waitFor();
  const next = msg(L, 'desk-plan-next');
  assert.equal(next, 'On the person\'s phone: Checklist → “A plan from your organisation” → choose the file, or paste the text and press “Add the plan”.');
  await page.getByText(next, { exact: true }).waitFor();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: msg(L, 'desk-plan-download'), exact: true }).click()]);
  const file = join(dir, 'first-timer-plan.age');
  await dl.saveAs(file);
  const plan = openAsPerson(file);
  assert.deepEqual(plan.steps.map((s) => s.title), ['Visit the flat', 'Sign the lease']);
  // The id comes from the title: "Visit the flat" in any plan is this step.
  assert.equal(plan.steps[0].id, 't-8030353772ad5205d262106f');
  assert.deepEqual(await axeViolations(AxeBuilder, page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the next-step line and the new hint exist in every language, naming the person\'s app as it is', () => {
  for (const L of ['en', 'pl', 'ru', 'be', 'uk']) {
    const next = msg(L, 'desk-plan-next');
    for (const id of ['nav-checklist', 'checklist-plan-import-heading', 'checklist-plan-add']) assert.ok(next.includes(msg(L, id)), `${L}: ${id} in ${next}`);
    assert.ok(msg(L, 'desk-plan-steps-help').length > 20, L);
    assert.ok(msg(L, 'desk-plan-error-title-duplicate', { number: 3 }).includes('3'), L);
  }
});

test('dates: "In 3 days", "In a week", "In 2 weeks" set the date from today and the date is written out in the page\'s language; a swapped day and month show at once; phone size', async () => {
  const L = 'pl';
  const { page, context, errors } = await deskWithExports(L);
  await page.getByRole('button', { name: msg(L, 'desk-plan-write') }).click();
  // Today and N days on, in the browser (the page's own clock), as ISO text.
  const isoIn = (days) => page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);
  // "Czwartek, 10 grudnia 2026": weekday, then the day, month and year as the preview writes them.
  const words = (iso, locale) => page.evaluate(([iso, locale]) => {
    const [y, m, d] = iso.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
    return `${weekday[0].toUpperCase()}${weekday.slice(1)}, ${d} ${new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).formatToParts(date).find((p) => p.type === 'month').value} ${y}`;
  }, [iso, locale]);

  const one = step(page, L, 1);
  await one.getByLabel(msg(L, 'desk-plan-title-label')).fill('Złóż wniosek o PESEL');
  const due = one.getByLabel(msg(L, 'desk-plan-due-label'));
  const quick = one.getByRole('group', { name: msg(L, 'desk-plan-due-quick-label') });
  const shown = one.locator('.desk-plan-due-words');
  assert.equal((await shown.innerText()).trim(), '', 'no date, no words');
  // The words are the date field's description.
  const wordsId = await shown.getAttribute('id');
  assert.ok((await due.getAttribute('aria-describedby')).split(' ').includes(wordsId));

  await quick.getByRole('button', { name: msg(L, 'desk-plan-due-in-3-days') }).click();
  assert.equal(await due.inputValue(), await isoIn(3));
  assert.equal(await shown.innerText(), await words(await isoIn(3), 'pl'));
  await quick.getByRole('button', { name: msg(L, 'desk-plan-due-in-2-weeks') }).click();
  assert.equal(await due.inputValue(), await isoIn(14));
  assert.equal(await shown.innerText(), await words(await isoIn(14), 'pl'));
  // The preview shows the same date.
  const preview = page.locator('.desk-plan-preview');
  const [y, m, d] = (await isoIn(14)).split('-').map(Number);
  await preview.getByText((await words(await isoIn(14), 'pl')).split(', ')[1]).waitFor();
  assert.ok(y >= 2026 && m >= 1 && d >= 1);

  // Focus order: the date field, then the three choices, then "Where".
  await quick.getByRole('button', { name: msg(L, 'desk-plan-due-in-3-days') }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), msg(L, 'desk-plan-due-in-a-week'));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), msg(L, 'desk-plan-due-in-2-weeks'));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), await one.getByLabel(msg(L, 'desk-plan-where-label')).getAttribute('id'));
  await quick.getByRole('button', { name: msg(L, 'desk-plan-due-in-3-days') }).focus();
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), await due.getAttribute('id'));

  // Each step has its own choices: "In a week" in step 2 leaves step 1 alone.
  await page.getByRole('button', { name: msg(L, 'desk-plan-add-step') }).click();
  const two = step(page, L, 2);
  await two.getByLabel(msg(L, 'desk-plan-title-label')).fill('Umów wizytę w urzędzie');
  await two.getByRole('group', { name: msg(L, 'desk-plan-due-quick-label') }).getByRole('button', { name: msg(L, 'desk-plan-due-in-a-week') }).click();
  assert.equal(await two.getByLabel(msg(L, 'desk-plan-due-label')).inputValue(), await isoIn(7));
  assert.equal(await due.inputValue(), await isoIn(14));

  // A typed date is written out too; the day and month swapped are plain to see.
  await due.fill('2026-12-10');
  assert.equal(await shown.innerText(), 'Czwartek, 10 grudnia 2026');
  await due.fill('2026-10-12');
  assert.equal(await shown.innerText(), 'Poniedziałek, 12 października 2026');
  // The words follow the page's language.
  await page.locator('.lang-picker select').selectOption('en');
  await page.getByRole('heading', { level: 2, name: msg('en', 'desk-heading') }).waitFor();
  const oneEn = step(page, 'en', 1);
  const dueEn = oneEn.getByLabel(msg('en', 'desk-plan-due-label'));
  const shownEn = oneEn.locator('.desk-plan-due-words');
  assert.equal(await dueEn.inputValue(), '2026-10-12', 'the form survives the language change');
  assert.equal(await shownEn.innerText(), 'Monday, 12 October 2026');
  // A date outside the plan's years: no words (and the form names the problem when sealing).
  await dueEn.fill('1999-12-31');
  assert.equal((await shownEn.innerText()).trim(), '');
  await dueEn.fill('2026-10-12');
  assert.equal(await shownEn.innerText(), 'Monday, 12 October 2026');

  // Sealed: the plan has the dates the page showed.
  await page.getByRole('button', { name: msg('en', 'desk-plan-seal') }).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: msg('en', 'desk-plan-download'), exact: true }).click()]);
  const file = join(dir, `dates-${dl.suggestedFilename()}`);
  await dl.saveAs(file);
  const plan = openAsPerson(file);
  assert.deepEqual(plan.steps.map((s) => s.due), ['2026-10-12', await isoIn(7)]);

  // Phone size: nothing scrolls sideways, the choices are big enough to touch.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  for (const b of await quick.getByRole('button').all()) {
    const box = await b.boundingBox();
    assert.ok(box.height >= 44 && box.width >= 44, `touch target ${JSON.stringify(box)}`);
  }
  assert.deepEqual(await axeViolations(AxeBuilder, page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
