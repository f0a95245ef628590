// The relocation checklist as a newcomer uses it: tell "my situation", see the
// tailored next steps with the right dates (in English and Belarusian), mark
// steps and watch the progress, download the calendar file and check it is a
// valid iCalendar, with no accessibility violation and no sideways scrolling
// on a 320 px phone. Expected dates are computed here from the rules in
// public/content/checklist.toml, relative to today.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { startSite, openPage, appReady } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url);

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

// ---------- dates (calendar dates, no time zones) ----------

/** Today as the browser sees it (same machine, same local time zone). */
function today() {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}
function addDays(d, n) { return new Date(d.getTime() + n * 86400000); }
const iso = (d) => d.toISOString().slice(0, 10);
const ymd = (d) => iso(d).replaceAll('-', '');

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  be: ['студзеня', 'лютага', 'сакавіка', 'красавіка', 'мая', 'чэрвеня', 'ліпеня', 'жніўня', 'верасня', 'кастрычніка', 'лістапада', 'снежня'],
};
/** The locale's long date form, as the app shows it. */
function longDate(lang, d) {
  const text = `${d.getUTCDate()} ${MONTHS[lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return lang === 'be' ? `${text}\u00a0г.` : text;
}

// ---------- texts, read from the shipped Fluent files ----------

/** Simple `id = value` messages of one .ftl file (enough for titles and labels). */
function messages(lang, file) {
  const out = {};
  const text = readFileSync(new URL(`locales/${lang}/${file}`, ROOT), 'utf8');
  for (const line of text.split('\n')) {
    const m = line.match(/^([a-z0-9-]+) = (.+)$/);
    if (m) out[m[1]] = m[2];
  }
  return out;
}
const stepTitle = (lang, id) => messages(lang, 'checklist-content.ftl')[`checklist-step-${id}-title`];

/** Expected words per locale, with the plural forms picked by Intl.PluralRules. */
const WORDS = {
  en: {
    lateBy: (n) => `${n} ${new Intl.PluralRules('en').select(n) === 'one' ? 'day' : 'days'} late`,
    inDays: (n) => `in ${n} ${new Intl.PluralRules('en').select(n) === 'one' ? 'day' : 'days'}`,
    progress: (done, total) => `${done} of ${total} ${new Intl.PluralRules('en').select(total) === 'one' ? 'step' : 'steps'} done`,
    overdue: 'Overdue', soon: 'Due soon', state: 'Status', done: 'Done', notRelevant: 'Not relevant for me',
    save: 'Save', status: 'Your legal status now', humanitarian: 'Humanitarian visa',
    arrival: 'Date you arrived in Poland', expiry: 'Date your visa or permit ends', children: 'Are children with you?',
    no: 'No', city: 'City where you live', next: 'Next steps', all: 'All steps', lastDay: 'Last day: ',
    dueOn: (d) => `Do it by ${d}`, deadlineOn: (d) => `Last possible day: ${d}`, waiting: 'First do: ', doNow: 'Do it now',
    ics: 'Add dates to my calendar (.ics)',
  },
  be: {
    lateBy: (n) => `пратэрмінавана на ${n} ${{ one: 'дзень', few: 'дні', many: 'дзён' }[new Intl.PluralRules('be').select(n)] ?? 'дня'}`,
    inDays: (n) => `праз ${n} ${{ one: 'дзень', few: 'дні', many: 'дзён' }[new Intl.PluralRules('be').select(n)] ?? 'дня'}`,
    progress: (done, total) => `Зроблена ${done} з ${total} ${{ one: 'кроку', few: 'крокаў', many: 'крокаў' }[new Intl.PluralRules('be').select(total)] ?? 'кроку'}`,
    overdue: 'Тэрмін мінуў', soon: 'Тэрмін набліжаецца', state: 'Стан', done: 'Зроблена', notRelevant: 'Мяне не датычыцца',
    save: 'Захаваць', status: 'Ваш цяперашні статус', humanitarian: 'Гуманітарная віза',
    arrival: 'Дата прыезду ў Польшчу', expiry: 'Дата заканчэння візы або дазволу', children: 'Ці ёсць з вамі дзеці?',
    no: 'Не', city: 'Горад, дзе вы жывяце', next: 'Наступныя крокі', all: 'Усе крокі', lastDay: 'Апошні дзень: ',
    dueOn: (d) => `Зрабіць да ${d}`, deadlineOn: (d) => `Апошні магчымы дзень: ${d}`, waiting: 'Спачатку: ', doNow: 'Зрабіце гэта зараз',
    ics: 'Дадаць тэрміны ў каляндар (.ics)',
  },
};

// The situation: humanitarian visa, arrived 10 days ago, visa ends in 35 days,
// no children, Warsaw. From checklist.toml:
//   address-registration  due = arrival + 3 days           → 7 days ago (overdue)
//   residence-permit      due = expiry − 30 days           → in 5 days (due soon)
//                         deadline = expiry                → in 35 days
//                         a hard deadline: never waits for Profil Zaufany
//   applicable: every step except the pending-application, after-permit,
//   protection ones and school → 13 steps.
const ARRIVAL_AGO = 10;
const EXPIRY_IN = 35;
function expected() {
  const t = today();
  const arrival = addDays(t, -ARRIVAL_AGO);
  const expiry = addDays(t, EXPIRY_IN);
  return {
    arrival,
    expiry,
    addressDue: addDays(arrival, 3),
    permitDue: addDays(expiry, -30),
    permitDeadline: expiry,
    total: 13,
  };
}

async function open(lang, opts = {}) {
  const opened = await openPage(site, { locale: lang === 'en' ? 'en-US' : lang, hash: 'checklist', ...opts });
  await appReady(opened.page);
  assert.equal(await opened.page.evaluate(() => document.documentElement.lang), lang);
  await opened.page.getByRole('heading', { level: 2, name: WORDS[lang].all }).waitFor();
  return opened;
}

// The first change opens the vault's passphrase dialog (modal). Tests that
// are not about saving answer "Not now" (Escape, in any language).
async function dismissVaultDialog(page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}

async function fillSituation(page, lang, { keepVaultDialog = false } = {}) {
  const w = WORDS[lang];
  const e = expected();
  await page.getByLabel(w.arrival).fill(iso(e.arrival));
  await page.getByLabel(w.status).selectOption({ label: w.humanitarian });
  await page.getByLabel(w.expiry).fill(iso(e.expiry));
  await page.getByRole('group', { name: w.children }).getByLabel(w.no, { exact: true }).check();
  await page.getByLabel(w.city).fill('Warszawa');
  await page.getByRole('button', { name: w.save }).click();
  if (!keepVaultDialog) await dismissVaultDialog(page);
}

const nextList = (page, lang) => page.getByRole('region', { name: WORDS[lang].next }).getByRole('listitem');
const stateSelect = (page, lang, id) =>
  page.getByRole('combobox', { name: `${WORDS[lang].state} ${stepTitle(lang, id)}`, exact: true });
const progressText = (page) => page.locator('#checklist-progress-text');

async function expandAllSteps(page) {
  const closed = page.locator('button.disclosure[aria-expanded="false"]');
  while (await closed.count() > 0) {
    await closed.first().click();
  }
}

async function checkTailoredSteps(page, lang) {
  const w = WORDS[lang];
  const e = expected();
  // Next steps: actionable steps by date (overdue registration, then the
  // permit: its hard deadline means it never waits for Profil Zaufany), then
  // PESEL, the first step without a date.
  const items = nextList(page, lang);
  await assert.doesNotReject(items.first().waitFor());
  const texts = await items.allInnerTexts();
  const order = ['address-registration', 'residence-permit', 'pesel'];
  assert.equal(texts.length, order.length, texts.join('\n---\n'));
  order.forEach((id, i) => assert.ok(texts[i].startsWith(stepTitle(lang, id)), `${i}: ${texts[i]}`));

  const [address, permit] = texts;
  assert.ok(address.includes(w.overdue), address);
  assert.ok(address.includes(w.dueOn(longDate(lang, e.addressDue))), address);
  assert.ok(address.includes(w.lateBy(7)), address);

  assert.ok(permit.includes(w.soon), permit);
  assert.ok(!permit.includes(w.overdue), permit);
  assert.ok(permit.includes(w.dueOn(longDate(lang, e.permitDue))), permit);
  assert.ok(permit.includes(w.inDays(5)), permit);
  assert.ok(permit.includes(w.deadlineOn(longDate(lang, e.permitDeadline))), permit);
  assert.ok(permit.includes(w.inDays(EXPIRY_IN)), permit);
  assert.ok(!permit.includes(w.waiting), permit);

  // Steps that do not apply (protection, school) are not listed.
  const all = page.getByRole('region', { name: w.all });
  for (const id of ['protection-report', 'protection-work', 'protection-duties', 'residence-pending', 'school']) {
    assert.equal(await all.getByText(stepTitle(lang, id), { exact: true }).count(), 0, id);
  }
  assert.equal((await progressText(page).innerText()).trim(), w.progress(0, e.total));
}

async function markSteps(page, lang) {
  const w = WORDS[lang];
  const e = expected();
  await stateSelect(page, lang, 'pesel').selectOption({ label: w.done });
  await assert.doesNotReject(page.getByRole('status').filter({ hasText: `${stepTitle(lang, 'pesel')}: ${w.done}` }).waitFor());
  assert.equal((await progressText(page).innerText()).trim(), w.progress(1, e.total));
  await stateSelect(page, lang, 'bank-account').selectOption({ label: w.notRelevant });
  assert.equal((await progressText(page).innerText()).trim(), w.progress(2, e.total));
  const bar = page.getByRole('progressbar', { name: w.progress(2, e.total) });
  assert.equal(await bar.getAttribute('value'), '2');
  assert.equal(await bar.getAttribute('max'), String(e.total));
  // PESEL is done: Profil Zaufany, which waited for it, is a next step now.
  const texts = await nextList(page, lang).allInnerTexts();
  assert.ok(!texts.some((t) => t.startsWith(stepTitle(lang, 'pesel'))), texts.join('\n'));
  assert.ok(texts.some((t) => t.startsWith(stepTitle(lang, 'profil-zaufany'))), texts.join('\n'));
}

/** Downloads the calendar file and checks it is valid iCalendar with the right dates. */
async function checkCalendar(page, lang) {
  const w = WORDS[lang];
  const e = expected();
  const warning = messages(lang, 'checklist.ftl')['checklist-ics-warning'];
  await assert.doesNotReject(page.getByText(warning).waitFor());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: w.ics }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'dates.ics');
  const bytes = readFileSync(await download.path());
  const text = bytes.toString('utf8');

  // CRLF line ends only, each physical line at most 75 octets.
  assert.ok(text.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(text), 'bare LF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `too long: ${line}`);
  // Unfold, then check BEGIN/END nesting.
  const lines = [];
  for (const line of physical) {
    if (line.startsWith(' ') && lines.length) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack = [];
  const events = [];
  for (const line of lines) {
    if (line.startsWith('BEGIN:')) {
      stack.push(line.slice(6));
      if (line === 'BEGIN:VEVENT') events.push({});
    } else if (line.startsWith('END:')) {
      assert.equal(stack.pop(), line.slice(4), `unbalanced ${line}`);
    } else if (stack.at(-1) === 'VEVENT') {
      const i = line.search(/[:;]/);
      const name = line.slice(0, i);
      events.at(-1)[name] = line.slice(i);
    }
  }
  assert.deepEqual(stack, []);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'));

  // One event per open dated step and date kind; dates as computed above.
  const unescape = (v) => v.replace(/\\([,;\\])/g, '$1');
  const byUid = Object.fromEntries(events.map((ev) => [ev.UID.slice(1), ev]));
  assert.deepEqual(Object.keys(byUid).sort(), [
    'address-registration.due@waymark.checklist',
    'residence-permit.deadline@waymark.checklist',
    'residence-permit.due@waymark.checklist',
  ]);
  const check = (uid, date, summary) => {
    const ev = byUid[uid];
    assert.equal(ev.DTSTART, `;VALUE=DATE:${ymd(date)}`, uid);
    assert.equal(ev.DTEND, `;VALUE=DATE:${ymd(addDays(date, 1))}`, uid);
    assert.equal(unescape(ev.SUMMARY.slice(1)), summary, uid);
  };
  check('address-registration.due@waymark.checklist', e.addressDue, stepTitle(lang, 'address-registration'));
  check('residence-permit.due@waymark.checklist', e.permitDue, stepTitle(lang, 'residence-permit'));
  check('residence-permit.deadline@waymark.checklist', e.permitDeadline, w.lastDay + stepTitle(lang, 'residence-permit'));
}

for (const lang of ['en', 'be']) {
  test(`${lang}: a situation tailors next steps and dates; marking steps changes progress; the .ics is valid`, async () => {
    const { page, context, errors } = await open(lang);
    await fillSituation(page, lang);
    await checkTailoredSteps(page, lang);
    await markSteps(page, lang);
    await checkCalendar(page, lang);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a next step opens its details in the full list; keyboard can change a state', async () => {
  const { page, context, errors } = await open('en');
  await fillSituation(page, 'en');
  const title = stepTitle('en', 'address-registration');
  await nextList(page, 'en').first().getByRole('button', { name: title }).click();
  const disclosure = page.getByRole('region', { name: 'All steps' }).getByRole('button', { name: title, exact: true });
  assert.equal(await disclosure.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-btn-address-registration');
  // The details: what / why / where / bring, sources with "checked on", a note.
  const card = page.locator('li.step', { has: page.getByRole('button', { name: title, exact: true }) });
  for (const heading of ['What to do', 'Why it matters', 'Where', 'What to bring', 'Official sources (in Polish or English)', 'Other sources: organisations and media']) {
    assert.ok(await card.getByRole('heading', { name: heading, level: 5 }).isVisible(), heading);
  }
  // The municipality's page under "Official sources", EURAXESS under the others.
  const official = card.locator('h5:has-text("Official sources") + ul.sources');
  const link = official.getByRole('link', { name: 'Urząd Miasta Rawa Mazowiecka: obowiązek meldunkowy cudzoziemców' });
  assert.equal(await link.getAttribute('rel'), 'noreferrer');
  assert.equal(await official.getByRole('link', { name: 'EURAXESS Poland: meldunek czasowy cudzoziemców' }).count(), 0);
  assert.equal(await card.locator('h5:has-text("Other sources") + ul.sources').getByRole('link', { name: 'EURAXESS Poland: meldunek czasowy cudzoziemców' }).count(), 1);
  // The link and its date are one line, from one message.
  assert.equal((await official.locator('li', { has: page.getByRole('link', { name: 'Urząd Miasta Rawa Mazowiecka: obowiązek meldunkowy cudzoziemców' }) }).innerText()).trim(), 'Urząd Miasta Rawa Mazowiecka: obowiązek meldunkowy cudzoziemców (checked on 4 December 2026)');
  // A step that waits for another says so in one whole sentence.
  const pz = page.locator('li.step', { has: page.getByRole('button', { name: stepTitle('en', 'profil-zaufany'), exact: true }) });
  assert.equal((await pz.locator('.step-marker').allInnerTexts()).map((t) => t.trim()).filter((t) => t.startsWith('First do')).join('|'), `First do: ${stepTitle('en', 'pesel')}`);
  await assert.doesNotReject(card.getByRole('textbox', { name: `My note ${title}`, exact: true }).fill('window 3'));
  // Keyboard only: collapse and expand with Enter, change the state with the arrow key.
  await disclosure.focus();
  await page.keyboard.press('Enter');
  assert.equal(await disclosure.getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Enter');
  assert.equal(await disclosure.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Tab');
  const select = stateSelect(page, 'en', 'address-registration');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-state-address-registration');
  await page.keyboard.press('ArrowDown');
  assert.equal(await select.inputValue(), 'in-progress');
  await assert.doesNotReject(page.getByRole('status').filter({ hasText: `${title}: In progress` }).waitFor());
  // Focus stays on the control after the change.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-state-address-registration');
  assert.deepEqual(errors, []);
  await context.close();
});

test('"show steps that do not apply" lists them, marked', async () => {
  const { page, context } = await open('en');
  await fillSituation(page, 'en');
  const all = page.getByRole('region', { name: 'All steps' });
  await all.getByRole('button', { name: 'Show steps that do not apply to me' }).click();
  const school = page.locator('li.step', { has: page.getByRole('button', { name: stepTitle('en', 'school'), exact: true }) });
  assert.ok((await school.innerText()).includes('This step does not apply to your situation.'));
  await all.getByRole('button', { name: 'Hide steps that do not apply to me' }).click();
  assert.equal(await school.count(), 0);
  await context.close();
});

test('axe-core finds no WCAG 2.1 A/AA violation with the situation filled and every step open', async () => {
  for (const lang of ['en', 'be']) {
    const { page, context } = await open(lang);
    await fillSituation(page, lang);
    await stateSelect(page, lang, 'pesel').selectOption({ label: WORDS[lang].done });
    await page.getByRole('region', { name: WORDS[lang].all }).getByRole('button').first().click(); // show all
    await expandAllSteps(page);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(summary, [], lang);
    await context.close();
  }
});

test('no horizontal scroll at 320 px with the situation filled and every step open', async () => {
  const { page, context } = await open('be', { width: 320, height: 640 });
  await fillSituation(page, 'be');
  await expandAllSteps(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  await context.close();
});

// ---------- situations from the December 2026 content review ----------

/** Fills "my situation" with a status (by its English label) and dates. */
async function situation(page, statusLabel, { expiryIn, protectionAgo } = {}) {
  const t = today();
  await page.getByLabel(WORDS.en.arrival).fill(iso(addDays(t, -20)));
  await page.getByLabel(WORDS.en.status).selectOption({ label: statusLabel });
  if (expiryIn !== undefined) await page.getByLabel(WORDS.en.expiry).fill(iso(addDays(t, expiryIn)));
  if (protectionAgo !== undefined) await page.getByLabel('Date you applied for protection').fill(iso(addDays(t, -protectionAgo)));
  await page.getByRole('group', { name: WORDS.en.children }).getByLabel(WORDS.en.no, { exact: true }).check();
  await page.getByLabel(WORDS.en.city).fill('Warszawa');
  await page.getByRole('button', { name: WORDS.en.save }).click();
  await dismissVaultDialog(page);
}
const statusLabel = (id) => messages('en', 'checklist.ftl')[`checklist-status-${id}`];
const stepCard = (page, id) => page.getByRole('region', { name: WORDS.en.all })
  .locator('li.step', { has: page.getByRole('button', { name: stepTitle('en', id), exact: true }) });

test('a pending residence application: no "overdue" permit step, and the MOS certificate is explained', async () => {
  const { page, context, errors } = await open('en');
  // The visa ended 10 days ago, but the application was filed in time.
  await situation(page, statusLabel('residence-application-pending'), { expiryIn: -10 });
  const all = page.getByRole('region', { name: WORDS.en.all });
  assert.equal(await all.getByText(stepTitle('en', 'residence-permit'), { exact: true }).count(), 0, 'no "apply" step for someone who applied');
  const pending = stepCard(page, 'residence-pending');
  await pending.waitFor();
  assert.ok(!(await pending.innerText()).includes(WORDS.en.overdue));
  assert.equal(await all.getByText(WORDS.en.overdue, { exact: true }).count(), 1, 'only the address registration is overdue');
  await pending.getByRole('button', { name: stepTitle('en', 'residence-pending'), exact: true }).click();
  const text = await pending.innerText();
  assert.ok(text.includes('a certificate (zaświadczenie) in your MOS account'), text);
  assert.ok(text.includes('Ask the voivode office before any trip abroad'), text);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an asylum applicant is not told to buy voluntary NFZ insurance; both reception centres are named', async () => {
  const { page, context, errors } = await open('en');
  await situation(page, statusLabel('asylum-applicant'), { protectionAgo: 1 });
  const all = page.getByRole('region', { name: WORDS.en.all });
  assert.equal(await all.getByText(stepTitle('en', 'health-insurance'), { exact: true }).count(), 0);
  await expandAllSteps(page);
  const text = await all.innerText();
  assert.ok(!/voluntary NFZ/i.test(text), 'no voluntary NFZ insurance advice');
  assert.ok(text.includes('You do not need NFZ insurance for this care'), 'told the opposite instead');
  assert.ok(text.includes('Biała Podlaska') && text.includes('Podkowa Leśna-Dębak'));
  // The 2-day report is a next step, due soon.
  const report = nextList(page, 'en').filter({ hasText: stepTitle('en', 'protection-report') });
  assert.equal(await report.count(), 1);
  assert.ok((await report.innerText()).includes(WORDS.en.soon));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a humanitarian-visa holder sees the permit as "do it now" while Profil Zaufany is not done', async () => {
  const { page, context, errors } = await open('en');
  // Recommended date (30 days before) passed 10 days ago; the visa ends in 20 days.
  await situation(page, WORDS.en.humanitarian, { expiryIn: 20 });
  assert.equal(await stateSelect(page, 'en', 'profil-zaufany').inputValue(), 'todo');
  const permit = nextList(page, 'en').filter({ hasText: stepTitle('en', 'residence-permit') });
  assert.equal(await permit.count(), 1, 'the permit is a next step');
  const text = await permit.innerText();
  assert.ok(text.includes(WORDS.en.doNow), text);
  assert.ok(!text.includes(WORDS.en.overdue), text);
  assert.ok(!text.includes(WORDS.en.waiting), text);
  // The full list says the same, and Profil Zaufany still shows its own advice.
  const card = stepCard(page, 'residence-permit');
  assert.ok(!(await card.innerText()).includes(WORDS.en.waiting));
  assert.ok((await stepCard(page, 'profil-zaufany').innerText()).includes(WORDS.en.waiting + stepTitle('en', 'pesel')));
  await card.getByRole('button', { name: stepTitle('en', 'residence-permit'), exact: true }).click();
  assert.ok((await card.innerText()).includes('Do not wait for PESEL or Profil Zaufany'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken checklist file shows a calm message and the rest of the app works', async () => {
  // Broken from the first request on: the page preloads the file and the
  // app reads it in the background while another screen is open.
  site.server.overrides['content/checklist.toml'] = 'content_version = 3\n[[section]]\nid = "Bad Id"\n';
  try {
    const { page, context } = await openPage(site, { hash: 'intake' });
    await appReady(page);
    await page.goto(`${site.url}#/checklist`);
    const broken = messages('en', 'checklist.ftl')['checklist-content-broken'];
    await assert.doesNotReject(page.getByText(broken).waitFor());
    await page.getByRole('navigation').locator('a[href="#/settings"]').click();
    await page.locator('section[data-screen="settings"]').waitFor();
    await context.close();
  } finally {
    delete site.server.overrides['content/checklist.toml'];
  }
});

// Persistence needs the vault (built on another branch). Its helpers:
// createVault(page, passphrase): after the first change a dialog asks for a
// passphrase twice, a checkbox, "Lock and save"; unlockVault(page, passphrase).
const VAULT_STEPS = new URL('./vault-steps.mjs', import.meta.url);
test('after a reload and unlock, the situation, states, notes and progress are still there',
  { skip: !existsSync(VAULT_STEPS) && 'needs the vault branch' },
  async () => {
    const { createVault, unlockVault } = await import(VAULT_STEPS.href);
    const passphrase = 'correct horse battery staple 42';
    const { page, context, errors } = await open('en');
    await fillSituation(page, 'en', { keepVaultDialog: true });
    await createVault(page, passphrase);
    await stateSelect(page, 'en', 'pesel').selectOption({ label: 'Done' });
    const title = stepTitle('en', 'pesel');
    await page.getByRole('button', { name: title, exact: true }).click();
    const note = page.getByRole('textbox', { name: `My note ${title}`, exact: true });
    await note.fill('ask at window 3');
    await note.blur();
    await page.waitForTimeout(1500); // let the autosave finish
    await page.reload();
    await appReady(page);
    await unlockVault(page, passphrase);
    await page.getByRole('heading', { level: 2, name: 'All steps' }).waitFor();
    assert.equal((await progressText(page).innerText()).trim(), WORDS.en.progress(1, expected().total));
    assert.equal(await stateSelect(page, 'en', 'pesel').inputValue(), 'done');
    assert.equal(await page.getByLabel(WORDS.en.arrival).inputValue(), iso(expected().arrival));
    await page.getByRole('button', { name: title, exact: true }).click();
    assert.equal(await page.getByRole('textbox', { name: `My note ${title}`, exact: true }).inputValue(), 'ask at window 3');
    const texts = await nextList(page, 'en').allInnerTexts();
    assert.ok(texts[0].includes(WORDS.en.dueOn(longDate('en', expected().addressDue))), texts[0]);
    assert.deepEqual(errors, []);
    await context.close();
  });

test('the intake takes over the situation; a copied answer the person cleared stays cleared after a reload',
  { skip: !existsSync(VAULT_STEPS) && 'needs the vault branch' },
  async () => {
    const { createVault, unlockVault } = await import(VAULT_STEPS.href);
    const { fillIntake, messages, DEFAULT_ANSWERS } = await import('./intake-steps.mjs');
    const en = messages('en');
    const passphrase = 'correct horse battery staple 42';
    const { page, context, errors } = await open('en');
    await fillSituation(page, 'en', { keepVaultDialog: true });
    await createVault(page, passphrase);
    await page.goto(`${site.url}#/intake`);
    // City, arrival, status and expiry come from the situation: not answered here.
    const { city, 'arrival-date': a, 'legal-status': s, 'document-expiry': d, ...rest } = DEFAULT_ANSWERS;
    const arrival = () => page.locator('#q-arrival-date');
    await fillIntake(page, rest, {
      beforeNext: async (p, n) => {
        if (n === 3) {
          assert.ok(await p.getByRole('radio', { name: en['intake-opt-city-warsaw'] }).isChecked());
          assert.equal(await arrival().inputValue(), iso(expected().arrival));
          await arrival().fill(''); // not the day they want to give
        }
        if (n === 4) {
          assert.ok(await p.getByRole('radio', { name: en['intake-opt-legal-status-humanitarian-visa'] }).isChecked());
          assert.equal(await p.locator('#q-document-expiry').inputValue(), iso(expected().expiry));
        }
      },
    });
    await page.waitForTimeout(1500); // let the autosave finish
    await page.reload();
    await appReady(page);
    await unlockVault(page, passphrase);
    await page.goto(`${site.url}#/intake/3`);
    await page.locator('#intake-step-heading').waitFor();
    assert.equal(await page.locator('#intake-step-heading').textContent(), en['intake-section-location']);
    assert.ok(await page.getByRole('radio', { name: en['intake-opt-city-warsaw'] }).isChecked());
    assert.equal(await arrival().inputValue(), '', 'the cleared copy is not filled again');
    assert.deepEqual(errors, []);
    await context.close();
  });
