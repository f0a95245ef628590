// Reusable steps for the intake form, driven ONLY by the keyboard (Tab,
// Shift+Tab, Space, arrow keys, Enter, typing) as a person without a mouse
// would. `fillIntake(page, answers)` fills the default form from its first
// shown section up to the review screen; other tests (export) reuse it.
//
// Answers are given by question id with language-neutral values, like the
// app stores them: text as a string, a choice as its id, several choices as a
// list of ids, yes/no as a boolean, numbers and years as numbers, dates as
// ISO strings, the household as a list of { question id: value } objects.
import { readFileSync } from 'node:fs';

/** A complete, valid set of answers to the default form. */
export const DEFAULT_ANSWERS = {
  'consent-processing': true,
  'consent-share-partners': false,
  'consent-sensitive': true,
  name: 'Alesia',
  'contact-channel': 'signal',
  'contact-phone': '+48 600 100 200',
  'safe-times': ['evening', 'weekend'],
  'leave-message': false,
  languages: ['belarusian', 'polish'],
  'helper-gender': 'woman',
  city: 'warsaw',
  'arrival-date': '2026-09-15',
  'legal-status': 'humanitarian-visa',
  'document-expiry': '2027-03-01',
  pesel: 'applied',
  household: [
    { 'member-relationship': 'child', 'member-birth-year': 2017, 'member-school': 'school' },
    { 'member-relationship': 'partner', 'member-birth-year': 1988 },
  ],
  'specific-needs': ['single-parent'],
  needs: ['legal', 'housing', 'health'],
  'legal-topics': ['residence-permit'],
  'housing-situation': 'friends',
  'health-insurance': 'nfz',
  'health-urgent': false,
  'in-danger': false,
  'shelter-nights': 10,
  message: 'We need a school place for my son.',
};

/** Single-line Fluent messages of `lang` (id → text), for finding things by their label. */
export function messages(lang, files = ['intake.ftl', 'intake-content.ftl', 'app.ftl']) {
  const out = {};
  for (const file of files) {
    const text = readFileSync(new URL(`../../locales/${lang}/${file}`, import.meta.url), 'utf8');
    for (const line of text.split('\n')) {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m && !m[2].trim().startsWith('{')) out[m[1]] = m[2].trim();
    }
  }
  return out;
}

/** Whether `target` (or something inside it) has keyboard focus. */
export async function hasFocus(target) {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/**
 * The vault asks for a passphrase (a modal dialog) after the first change,
 * and once more after the first section with answers is done.
 * These steps decline it with Escape ("Not now"), as a person who wants to
 * finish first would; tests that want the vault call `createVault` from
 * vault-steps.mjs right after their first change instead.
 */
export async function declineVaultDialog(page) {
  if (await page.locator('dialog[open]').count()) {
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  }
}

/** Presses Tab (or Shift+Tab) until `target` or something inside it has focus. */
export async function tabTo(page, target, { back = false, max = 150 } = {}) {
  await target.first().waitFor({ state: 'attached' });
  const el = target.first();
  for (let i = 0; i < max; i++) {
    await declineVaultDialog(page);
    if (await hasFocus(el)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${await el.evaluate((e) => e.outerHTML.slice(0, 120))} with the keyboard`);
}

/** Switches the app language with the header's select, by keyboard only. */
export async function switchLocale(page, code) {
  const select = page.locator('header select');
  await tabTo(page, select, { back: true });
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < 8 && (await select.inputValue()) !== code; i++) await page.keyboard.press(key);
  }
  if ((await select.inputValue()) !== code) throw new Error(`language ${code} is not offered`);
  await page.waitForFunction((c) => document.documentElement.lang === c || document.documentElement.lang.startsWith(`${c}-`), code);
}

async function typeInto(page, field, value) {
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (value !== '' && value !== undefined && value !== null) await page.keyboard.type(String(value));
}

/**
 * Types an ISO date into a date field. The order of the day, month and year
 * parts follows the browser's own language (not the page's), so each order
 * is tried until the field holds the date; a wrong try is cleared with
 * Backspace and Shift+Tab (which moves between the parts).
 */
async function typeDate(page, field, iso) {
  const [y, m, d] = iso.split('-');
  const orders = [[m, d, y], [d, m, y], [y, m, d]];
  for (const order of orders) {
    await tabTo(page, field);
    for (const part of order) await page.keyboard.type(part);
    if ((await field.inputValue()) === iso) return;
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Backspace');
      if (i < 2) await page.keyboard.press('Shift+Tab');
    }
  }
  throw new Error(`could not type the date ${iso}`);
}

async function chooseRadio(page, group, value) {
  // Tab enters a radio group at its checked option (or the first one).
  await tabTo(page, group.locator('.options'));
  const count = await group.locator('input[type=radio]').count();
  for (let i = 0; i <= count; i++) {
    await declineVaultDialog(page);
    const focused = await page.evaluate(() => document.activeElement?.value);
    if (focused === value) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`option ${value} not found`);
}

async function tickBoxes(page, group, values) {
  const boxes = group.locator('input[type=checkbox]');
  const n = await boxes.count();
  for (let i = 0; i < n; i++) {
    const box = boxes.nth(i);
    const want = values.includes(await box.getAttribute('value'));
    await tabTo(page, box);
    if ((await box.isChecked()) !== want) await page.keyboard.press('Space');
  }
}

/** Answers one question (its wrapper `q` has data-question and data-kind). */
export async function answerQuestion(page, q, value) {
  const kind = await q.getAttribute('data-kind');
  switch (kind) {
    case 'yes-no':
      return chooseRadio(page, q, value ? 'yes' : 'no');
    case 'single':
      return chooseRadio(page, q, value);
    case 'multiple':
      return tickBoxes(page, q, value);
    case 'date':
      return typeDate(page, q.locator('input'), value);
    case 'long-text':
      return typeInto(page, q.locator('textarea'), value);
    case 'repeat': {
      const items = q.locator('fieldset.item');
      for (let i = (await items.count()); i < value.length; i++) {
        await tabTo(page, q.locator('button.add'));
        await page.keyboard.press('Enter');
        // Focus moves into the new person's first field.
        await page.waitForFunction((n) => document.activeElement?.closest('fieldset.item')?.dataset.item === String(n), i);
      }
      for (let i = 0; i < value.length; i++) {
        await answerAll(page, q.locator(`fieldset.item[data-item="${i}"]`), value[i]);
      }
      return undefined;
    }
    default:
      return typeInto(page, q.locator('input'), value);
  }
}

/** Answers every shown question inside `scope` that `answers` has a value for, in screen order. */
async function answerAll(page, scope, answers) {
  const done = new Set();
  for (let guard = 0; guard < 60; guard++) {
    const ids = await scope.locator('[data-question]').evaluateAll((els, root) => els
      .filter((e) => e.parentElement.closest('[data-question], fieldset.item') === null
        || e.parentElement.closest('[data-question], fieldset.item') === root)
      .map((e) => e.dataset.question), await scope.elementHandle());
    const next = ids.find((id) => !done.has(id));
    if (next === undefined) return;
    done.add(next);
    if (answers[next] !== undefined) await answerQuestion(page, scope.locator(`[data-question="${next}"]`).first(), answers[next]);
  }
}

/** Presses the section's main button ("Next" / "Review my answers") by keyboard and waits for the next step. */
export async function pressNext(page) {
  const heading = await page.locator('#intake-step-heading').textContent();
  await tabTo(page, page.locator('form.intake button[type=submit]'));
  await page.keyboard.press('Enter');
  await page.waitForFunction((h) => {
    const el = document.getElementById('intake-step-heading');
    return (el && el.textContent !== h && document.activeElement === el)
      || document.querySelector('#intake-error-summary li')
      || document.querySelector('dialog[open]');
  }, heading);
  // Without a vault, the app reminds once (after a section with answers) to
  // save with a passphrase; a person who wants to finish first says "Not
  // now", and focus is back on the new section's heading. (The reminder
  // opens two animation frames after the heading gets focus.)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => r())))));
  if (await page.locator('dialog[open]').count()) {
    await declineVaultDialog(page);
    await page.waitForFunction(() => document.activeElement === document.getElementById('intake-step-heading'));
  }
  const problems = await page.locator('#intake-error-summary li').allTextContents();
  if (problems.length) throw new Error(`the section did not accept the answers: ${problems.join(' | ')}`);
}

/**
 * Fills the default form with `answers` from the current section to the
 * review screen, by keyboard only. `beforeNext(page, n)` runs on every
 * section (n = 1, 2, …) after it is filled.
 */
export async function fillIntake(page, answers = DEFAULT_ANSWERS, { beforeNext } = {}) {
  await page.locator('#intake-step-heading').waitFor();
  for (let n = 1; n <= 30; n++) {
    if (await page.locator('.intake-review').count()) return;
    const form = page.locator('form.intake');
    await answerAll(page, form, answers);
    if (beforeNext) await beforeNext(page, n);
    await pressNext(page);
  }
  throw new Error('the form never reached the review screen');
}
