// A broken or missing config/org.toml never gives a blank page: the newcomer
// sees a calm message in their language and the checklist still works; the
// #/org area shows the organisation what is wrong, where, and the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, openPage, appReady } from './browser.mjs';

const GOOD_KEY = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
const CASES = {
  'missing file': { body: null, file: 'config/org.toml', line: null },
  'TOML syntax error': { body: 'name = "Help"\ncontact = { email = "a@b.c" \nrecipients = [', file: 'config/org.toml', line: 3 },
  'secret key pasted as recipient': {
    body: 'name = "Help"\ndefault_locale = "en"\nenabled_locales = ["en", "pl"]\n' +
      'recipients = ["AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSQ"]\n' +
      '[contact]\nemail = "help@example.org"\n',
    file: 'config/org.toml', line: null,
  },
  'wrong types and unknown locale': {
    body: `name = 42\ndefault_locale = "xx"\nenabled_locales = "en"\nrecipients = ["${GOOD_KEY}"]\n`,
    file: 'config/org.toml', line: 1,
  },
  'empty file': { body: '', file: 'config/org.toml', line: null },
};

for (const [name, c] of Object.entries(CASES)) {
  test(`config problem: ${name} → calm message, working checklist, explained in #/org`, async () => {
    const site = await startSite({ overrides: { 'config/org.toml': c.body } });
    try {
      const { page, context } = await openPage(site, { locale: 'pl-PL' });
      await appReady(page);
      // Calm message in the newcomer's language (Polish here), not a blank page.
      await page.getByText('W ustawieniach tej strony jest błąd', { exact: false }).waitFor();
      assert.equal(await page.locator('section[data-screen="checklist"]').count(), 1);
      assert.ok((await page.locator('#screen-heading').innerText()).length > 0);
      // The organisation sees file, line and fix.
      await page.goto(`${site.url}org.html`);
      const where = c.line ? `${c.file}:${c.line}` : c.file;
      const diag = page.locator('.diagnostics .diag-error').filter({ hasText: where }).first();
      await diag.waitFor({ timeout: 15000 });
      const text = await diag.innerText();
      assert.match(text, /:\s*\S/);
      // The organisation area's program keeps the findings' wording (the
      // newcomer's leaves it out, src/diagnostic.rs): what is wrong and the fix.
      assert.ok(text.replace(where, '').replace(/[^\p{L}]/gu, '').length >= 20, `the finding says what is wrong: ${text}`);
      await context.close();
    } finally {
      await site.close();
    }
  });
}
