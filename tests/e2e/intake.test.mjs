// The intake form as a newcomer meets it on a small phone: filled with the
// keyboard only, language switched half-way without losing anything,
// validation messages next to the fields and announced, a review that lists
// every answer, no accessibility violations and no sideways scrolling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { startSite, openPage, appReady } from './browser.mjs';
import { DEFAULT_ANSWERS, fillIntake, messages, pressNext, switchLocale, tabTo, answerQuestion } from './intake-steps.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

const en = messages('en');
const be = messages('be');

async function axe(page, where) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], where);
}

async function openIntake(opts = {}) {
  const opened = await openPage(site, { hash: 'intake', ...opts });
  await appReady(opened.page);
  await opened.page.locator('#intake-step-heading').waitFor();
  return opened;
}

const question = (page, id) => page.locator(`[data-question="${id}"]`).first();

test('the whole form is filled with the keyboard at 360 px; switching language keeps every answer', async () => {
  const { page, context, errors } = await openIntake({ width: 360 });
  // "Nobody sees this form until you send the file" (intake-q-in-danger-hint):
  // while it is filled, the page only reads its own static files.
  const sent = [];
  page.on('request', (r) => sent.push({ method: r.method(), url: r.url(), body: r.postData() }));
  assert.equal(await page.locator('#intake-step-heading').textContent(), en['intake-section-consent']);
  // Before consent, later sections depend on the answer: no total yet.
  assert.equal(await page.locator('.progress').textContent(), 'Section 1');
  await fillIntake(page, DEFAULT_ANSWERS, {
    beforeNext: async (p, n) => {
      if (n !== 3) return;
      // Section 3 (location) is filled: switch to Belarusian with the header's select.
      await switchLocale(p, 'be');
      assert.equal(await p.locator('#intake-step-heading').textContent(), be['intake-section-location']);
      assert.ok(await p.getByRole('radio', { name: be['intake-opt-city-warsaw'] }).isChecked());
      assert.equal(await p.locator('#q-arrival-date').inputValue(), '2026-09-15');
      // Earlier sections kept their answers too.
      await tabTo(p, p.locator('form.intake button.secondary'));
      await p.keyboard.press('Enter');
      await p.waitForFunction((h) => document.getElementById('intake-step-heading')?.textContent === h, be['intake-section-contact']);
      assert.equal(await p.getByLabel(be['intake-q-name']).inputValue(), 'Alesia');
      assert.ok(await p.getByRole('radio', { name: be['intake-opt-contact-channel-signal'] }).isChecked());
      assert.equal(await p.getByLabel(be['intake-q-contact-phone']).inputValue(), '+48 600 100 200');
      assert.ok(await p.getByRole('checkbox', { name: be['intake-opt-languages-polish'] }).isChecked());
      await pressNext(p);
      assert.equal(await p.locator('#intake-step-heading').textContent(), be['intake-section-location']);
    },
  });
  // The review lists the answers, in Belarusian.
  const review = page.locator('.intake-review');
  assert.equal(await page.locator('#intake-step-heading').textContent(), be['intake-review-heading']);
  const text = await review.textContent();
  for (const expected of ['Alesia', '+48 600 100 200', be['intake-opt-city-warsaw'], be['intake-opt-legal-status-humanitarian-visa'],
    be['intake-opt-member-relationship-child'], '2017', '1988', be['intake-opt-housing-situation-friends'], '10',
    'We need a school place for my son.', be['intake-privacy-heading']]) {
    assert.ok(text.includes(expected), `review shows ${expected}`);
  }
  // Several choices are listed one per line.
  const items = await review.locator('.answer-list li').allTextContents();
  for (const id of ['intake-opt-languages-belarusian', 'intake-opt-languages-polish', 'intake-opt-safe-times-evening', 'intake-opt-safe-times-weekend']) {
    assert.ok(items.includes(be[id]), `review lists ${be[id]} on its own line: ${JSON.stringify(items)}`);
  }
  assert.equal(await review.locator('.field-error').count(), 0);
  assert.ok((await review.locator('.not-answered').count()) > 0, 'unanswered optional questions are marked');
  // "Change" next to the name (named for screen readers by one message that
  // says which answer) opens the contact section with the name field focused.
  const change = review.getByRole('link', { name: be['intake-edit-named'].replace('{ $question }', be['intake-q-name']), exact: true });
  assert.equal(await change.textContent(), be['intake-edit']);
  await tabTo(page, change);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'q-name');
  assert.equal(await page.locator('#intake-step-heading').textContent(), be['intake-section-contact']);
  // The URL holds the step, never an answer.
  assert.ok(!page.url().includes('Alesia'));
  for (const r of sent) {
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    assert.ok(r.url.startsWith(site.url), `request off the site: ${r.url}`);
    assert.ok(!decodeURIComponent(r.url).includes('Alesia') && !decodeURIComponent(r.url).includes('600 100 200') && !r.body, `request carries answers: ${r.url}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('required and constraint errors appear next to the field and in the announced summary', async () => {
  const { page, context, errors } = await openIntake({ width: 360 });
  await answerQuestion(page, question(page, 'consent-processing'), true);
  await pressNext(page);
  // Nothing answered: "Next" shows the summary and moves focus to the first problem.
  await tabTo(page, page.locator('form.intake button[type=submit]'));
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert');
  await summary.locator('li').first().waitFor();
  assert.equal(await summary.locator('li').count(), 3);
  assert.match(await summary.textContent(), /What should we call you\? — This question is required\./);
  const name = page.getByLabel(en['intake-q-name']);
  await page.waitForFunction(() => document.activeElement?.id === 'q-name');
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  const described = await name.getAttribute('aria-describedby');
  const messageId = described.split(' ').find((id) => id.endsWith('-error'));
  assert.equal(await page.locator(`#${messageId}`).textContent(), en['intake-error-required']);
  assert.equal(await page.getByRole('radio', { name: en['intake-opt-contact-channel-phone'] }).getAttribute('aria-invalid'), 'true');
  await axe(page, 'contact section with errors');

  // Typing a name removes its error at once.
  await name.focus();
  await page.keyboard.type('Ala');
  await page.waitForFunction(() => !document.getElementById('q-name').hasAttribute('aria-invalid'));
  assert.equal(await summary.locator('li').count(), 2);

  // Skip logic: the phone field follows the channel, live.
  await answerQuestion(page, question(page, 'contact-channel'), 'telegram');
  assert.equal(await page.getByLabel(en['intake-q-contact-phone']).count(), 0);
  assert.equal(await page.getByLabel(en['intake-q-contact-telegram']).count(), 1);
  await answerQuestion(page, question(page, 'contact-channel'), 'phone');
  assert.equal(await page.getByLabel(en['intake-q-contact-telegram']).count(), 0);

  // A phone number that is too short is a constraint error.
  await answerQuestion(page, question(page, 'contact-phone'), '12');
  await answerQuestion(page, question(page, 'languages'), ['polish']);
  await tabTo(page, page.locator('form.intake button[type=submit]'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'q-contact-phone');
  assert.equal(await summary.locator('li').count(), 1);
  assert.ok((await summary.textContent()).includes(en['intake-error-phone']));
  const phone = page.getByLabel(en['intake-q-contact-phone']);
  assert.equal(await phone.getAttribute('aria-invalid'), 'true');
  assert.equal(await phone.getAttribute('type'), 'tel');
  assert.equal(await phone.getAttribute('inputmode'), 'tel');
  assert.equal(await phone.getAttribute('autocomplete'), 'off');
  assert.ok((await page.locator('[data-question="contact-phone"] .field-error').textContent()).includes(en['intake-error-phone']));
  await answerQuestion(page, question(page, 'contact-phone'), '+48 600 100 200');
  await pressNext(page);

  // Household: a birth year out of range, "add" disabled at the maximum.
  await page.goto(`${site.url}#/intake/5`);
  await page.waitForFunction((h) => document.getElementById('intake-step-heading')?.textContent === h, en['intake-section-household']);
  assert.equal(await page.getByText(en['intake-no-members']).count(), 1);
  await answerQuestion(page, question(page, 'household'), [{ 'member-relationship': 'parent', 'member-birth-year': 1800 }]);
  assert.equal(await page.getByRole('group', { name: 'Person 1' }).count(), 1);
  assert.equal(await page.getByLabel(/Year of birth|born/i).first().getAttribute('inputmode'), 'numeric');
  await tabTo(page, page.locator('form.intake button[type=submit]'));
  await page.keyboard.press('Enter');
  await summary.locator('li').first().waitFor();
  assert.match(await summary.textContent(), /Person 1/);
  assert.ok((await summary.textContent()).includes('1900'));
  await page.waitForFunction(() => document.activeElement?.id === 'q-household-0-member-birth-year');

  // Urgency: the organisation's own message for the number of nights.
  await page.goto(`${site.url}#/intake/8`);
  await page.waitForFunction((h) => document.getElementById('intake-step-heading')?.textContent === h, en['intake-section-urgency']);
  await answerQuestion(page, question(page, 'in-danger'), false);
  await answerQuestion(page, question(page, 'shelter-nights'), 999);
  await tabTo(page, page.locator('form.intake button[type=submit]'));
  await page.keyboard.press('Enter');
  await summary.locator('li').first().waitFor();
  assert.ok((await summary.textContent()).includes('Write a number of nights from 0 to 365.'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the household list: add and remove people, numbered, within its limits', async () => {
  const { page, context } = await openIntake({ width: 360 });
  await answerQuestion(page, question(page, 'consent-processing'), true);
  await page.goto(`${site.url}#/intake/5`);
  await page.waitForFunction((h) => document.getElementById('intake-step-heading')?.textContent === h, en['intake-section-household']);
  await answerQuestion(page, question(page, 'household'), [{ 'member-relationship': 'child', 'member-birth-year': 2015 }, { 'member-relationship': 'sibling' }]);
  assert.equal(await page.locator('fieldset.item').count(), 2);
  assert.equal(await page.getByRole('group', { name: 'Person 2' }).count(), 1);
  // A partner has no school question; a child has.
  assert.equal(await page.locator('fieldset.item[data-item="0"] [data-question="member-school"]').count(), 1);
  await answerQuestion(page, page.locator('fieldset.item[data-item="1"] [data-question="member-relationship"]'), 'parent');
  assert.equal(await page.locator('fieldset.item[data-item="1"] [data-question="member-school"]').count(), 0);
  // Remove the first person: the second becomes "Person 1" and keeps its answers.
  await tabTo(page, page.locator('fieldset.item[data-item="0"] button'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('fieldset.item').length === 1);
  assert.ok(await page.getByRole('group', { name: 'Person 1' }).getByRole('radio', { name: en['intake-opt-member-relationship-parent'] }).isChecked());
  // "Add a person" is switched off at the form's maximum (15).
  const add = page.getByRole('button', { name: en['intake-add-member'] });
  for (let n = 1; n < 15; n++) {
    assert.ok(await add.isEnabled(), `add is possible with ${n} people`);
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    await page.waitForFunction((k) => document.activeElement?.closest('fieldset.item')?.dataset.item === String(k), n);
  }
  assert.equal(await page.locator('fieldset.item').count(), 15);
  assert.ok(await add.isDisabled());
  assert.equal(await page.getByRole('group', { name: 'Person 15' }).count(), 1);
  await context.close();
});

for (const lang of ['en', 'be']) {
  test(`axe finds no violation and nothing scrolls sideways at 320 px on every section and the review (${lang})`, async () => {
    const { page, context, errors } = await openIntake({ width: 320, height: 640, locale: lang === 'be' ? 'be-BY' : 'en-US' });
    await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
    const check = async (where) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${where} scrolls sideways by ${overflow}px`);
      await axe(page, where);
    };
    await fillIntake(page, DEFAULT_ANSWERS, { beforeNext: (p, n) => check(`section ${n} (${lang})`) });
    await check(`review (${lang})`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('answers survive a reload behind the vault', { skip: !existsSync(new URL('./vault-steps.mjs', import.meta.url)) && 'needs the vault branch' }, async () => {
  const { createVault, unlockVault } = await import('./vault-steps.mjs');
  const passphrase = 'purple lighthouse on a quiet river';
  const { page, context } = await openIntake({ width: 360 });
  // The first change asks for a passphrase.
  await answerQuestion(page, question(page, 'consent-processing'), true);
  await createVault(page, passphrase);
  await page.locator('#intake-step-heading').waitFor();
  await fillIntake(page, DEFAULT_ANSWERS);
  await page.reload();
  await appReady(page);
  await unlockVault(page, passphrase);
  await page.goto(`${site.url}#/intake/review`);
  await page.locator('.intake-review').waitFor();
  const text = await page.locator('.intake-review').textContent();
  for (const expected of ['Alesia', '+48 600 100 200', en['intake-opt-city-warsaw'], '2017', 'We need a school place for my son.']) {
    assert.ok(text.includes(expected), `after reload the review shows ${expected}`);
  }
  await context.close();
});
