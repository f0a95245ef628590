// Five languages as a newcomer meets them at 360 px: the browser's language
// picks the locale, plurals are right for 1, 2, 5, 21, 22 and 25, switching
// language keeps what is on screen and is remembered, <html lang dir> follow,
// and the pseudo-locales work. Expected words are written here from each
// language's grammar, not copied from the .ftl files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, openPage, appReady } from './browser.mjs';

const PLURALS = {
  en: ['1 step', '2 steps', '5 steps', '21 steps', '22 steps', '25 steps'],
  pl: ['1 krok', '2 kroki', '5 kroków', '21 kroków', '22 kroki', '25 kroków'],
  ru: ['1 шаг', '2 шага', '5 шагов', '21 шаг', '22 шага', '25 шагов'],
  be: ['1 крок', '2 крокі', '5 крокаў', '21 крок', '22 крокі', '25 крокаў'],
  uk: ['1 крок', '2 кроки', '5 кроків', '21 крок', '22 кроки', '25 кроків'],
};
const COUNTS = [1, 2, 5, 21, 22, 25];
const BROWSER_LOCALE = { en: 'en-GB', pl: 'pl-PL', ru: 'ru-RU', be: 'be-BY', uk: 'uk-UA' };
const AUTONYM = { en: 'English', pl: 'Polski', ru: 'Русский', be: 'Беларуская', uk: 'Українська' };

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

async function pluralTexts(page) {
  const field = page.locator('#org-preview-count');
  const out = [];
  for (const n of COUNTS) {
    await field.fill(String(n));
    await page.locator('[data-testid="plural-preview"]').filter({ hasText: String(n) }).waitFor();
    out.push((await page.locator('[data-testid="plural-preview"]').textContent()).trim());
  }
  return out;
}

for (const lang of Object.keys(PLURALS)) {
  test(`${lang}: the browser language picks it, <html lang> matches, plurals are right`, async () => {
    const { page, context, errors } = await openPage(site, { locale: BROWSER_LOCALE[lang], path: 'org.html' });
    await appReady(page);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.equal(await page.locator('select').first().inputValue(), lang);
    assert.deepEqual(await pluralTexts(page), PLURALS[lang]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('switching language keeps what is on screen, and is remembered on the next visit', async () => {
  const { page, context } = await openPage(site, { locale: 'en-US', path: 'org.html' });
  await appReady(page);
  await page.locator('#org-preview-count').fill('22');
  const picker = page.getByLabel('Language');
  await picker.waitFor();
  const pickerAnyLang = page.locator('.lang-picker select');
  for (const lang of ['be', 'pl', 'uk', 'ru']) {
    await pickerAnyLang.selectOption(lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    // Same screen, same number typed, text now in the new language.
    assert.equal(await page.locator('section[data-screen="org"]').count(), 1);
    assert.equal(await page.locator('#org-preview-count').inputValue(), '22');
    await page.locator('[data-testid="plural-preview"]').filter({ hasText: PLURALS[lang][4] }).waitFor();
    assert.equal(await page.locator('select').first().inputValue(), lang);
  }
  // Each language is named in itself.
  const options = await page.locator('select').first().locator('option').allTextContents();
  for (const name of Object.values(AUTONYM)) assert.ok(options.includes(name), `${name} in ${options}`);
  await page.reload();
  await appReady(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  await context.close();
});

/** Paths of the locale files the page asked for, each with how often. */
function localeRequests(requests) {
  const counts = {};
  for (const url of requests) {
    const m = new URL(url).pathname.match(/locales\/([a-z]+)\/[a-z-]+\.ftl$/);
    if (m) counts[m[0]] = (counts[m[0]] || 0) + 1;
  }
  return counts;
}

test('the start-up script preloads the likely language; each file is downloaded once; a remembered choice wins', async () => {
  const preloaded = (page) => page.evaluate(() =>
    [...document.querySelectorAll('link[rel="preload"][href^="locales/"]')].map((l) => l.getAttribute('href')).sort());
  // A Belarusian phone: the Belarusian files are preloaded with the English
  // ones, and the app's own requests use the preloads (one download each).
  {
    const { page, context, requests } = await openPage(site, { locale: 'be-BY' });
    await appReady(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'be');
    const links = await preloaded(page);
    assert.equal(links.filter((h) => h.startsWith('locales/be/')).length, 7, links.join(' '));
    assert.equal(links.filter((h) => !h.startsWith('locales/be/') && !h.startsWith('locales/en/')).length, 0, links.join(' '));
    const asked = localeRequests(requests);
    assert.equal(Object.keys(asked).filter((p) => p.startsWith('locales/be/')).length, 7, JSON.stringify(asked));
    for (const [path, n] of Object.entries(asked)) assert.equal(n, 1, `${path} downloaded ${n} times`);
    // Switching is remembered; the next visit preloads the chosen language
    // even though the browser still asks for Belarusian.
    await page.locator('.lang-picker select').selectOption('uk');
    await page.waitForFunction(() => document.documentElement.lang === 'uk');
    await page.reload();
    await appReady(page);
    const again = await preloaded(page);
    assert.equal(again.filter((h) => h.startsWith('locales/uk/')).length, 7, again.join(' '));
    assert.equal(again.filter((h) => h.startsWith('locales/be/')).length, 0, again.join(' '));
    await context.close();
  }
  // An English phone: only the English files (preloaded by index.html).
  {
    const { page, context, requests } = await openPage(site, { locale: 'en-US' });
    await appReady(page);
    assert.deepEqual((await preloaded(page)).filter((h) => !h.startsWith('locales/en/')), []);
    assert.deepEqual(Object.keys(localeRequests(requests)).filter((p) => !p.startsWith('locales/en/')), []);
    await context.close();
  }
});

test('the bidi pseudo-locale turns the page right-to-left; the accented one marks every string', async () => {
  const bidi = await openPage(site, { hash: 'checklist' });
  await bidi.page.goto(`${site.url}?pseudo=bidi#/checklist`);
  await appReady(bidi.page);
  assert.equal(await bidi.page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await bidi.page.getAttribute('html', 'lang'), 'ar-XB');
  const overflow = await bidi.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `RTL scrolls sideways by ${overflow}px`);
  await bidi.context.close();

  const acc = await openPage(site);
  await acc.page.goto(`${site.url}?pseudo=accented#/checklist`);
  await appReady(acc.page);
  assert.equal(await acc.page.getAttribute('html', 'lang'), 'en-XA');
  const nav = await acc.page.getByRole('navigation').innerText();
  assert.ok(!/Checklist/.test(nav) && /[\u0100-\u024f\u1e00-\u1eff]/.test(nav), `navigation is pseudo-localized: ${nav}`);
  await acc.context.close();
});
