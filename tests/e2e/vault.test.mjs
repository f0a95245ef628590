// The vault in the browser (issue 4), as a newcomer meets it: the passphrase
// is asked on the first save, never to browse; nothing readable reaches any
// browser storage, the URL, the title or the console; reload, unlock, wrong
// passphrase; quick exit and the back button; auto-lock when hidden and after
// idle minutes; storage full; two tabs; delete everything; damaged and newer
// vaults; blocked storage; axe on every vault state; 320 px; Polish; offline.
//
// Until the checklist and intake screens exist, the newcomer's data here is
// the auto-lock setting (saved inside the vault); the leak scan also looks
// for the draft's own field names, which appear in every saved plaintext.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { startSite, appReady, serviceWorkerInControl } from './browser.mjs';
import {
  createVault, unlockVault, setupDialog, unlockForm, saveState, SAVED,
} from './vault-steps.mjs';

const PASS = 'lantern quietly orbit marmalade';
// Strings that must never be readable anywhere: the passphrase, the field
// names of the draft's plaintext, and the secret key's prefix.
const SECRETS = [PASS, 'lantern', 'auto_lock_minutes', 'lock_when_hidden', 'AGE-SECRET-KEY'];

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

/** A fresh context and page that records ALL console output from the start. */
async function open({ hash = 'settings', locale = 'en-US', width = 360, height = 740, init, clock } = {}) {
  const context = await site.browser.newContext({
    viewport: { width, height }, locale, serviceWorkers: 'block', acceptDownloads: true,
  });
  if (clock) await context.clock.install();
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const logs = [];
  const errors = [];
  page.on('console', (m) => {
    logs.push(m.text());
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => { logs.push(e.message); errors.push(e.message); });
  await page.goto(`${site.url}#/${hash}`);
  await appReady(page);
  return { context, page, logs, errors };
}

/** A second page in the same context (another tab). */
async function openTab(context, hash = 'settings') {
  const page = await context.newPage();
  await page.goto(`${site.url}#/${hash}`);
  await appReady(page);
  return page;
}

/** Settings: choose "After N minutes without use" (N = 1 says "minute"). */
async function chooseMinutes(page, n) {
  const label = n === 1 ? 'After 1 minute without use' : `After ${n} minutes without use`;
  await page.getByLabel(label, { exact: true }).check();
}

function minutesRadio(page, n) {
  const label = n === 1 ? 'After 1 minute without use' : `After ${n} minutes without use`;
  return page.getByLabel(label, { exact: true });
}

/** Opens the settings, changes a setting (which asks for a passphrase) and creates the vault. */
async function withVault(opts = {}) {
  const t = await open(opts);
  await chooseMinutes(t.page, 2);
  await createVault(t.page, PASS);
  return t;
}

async function axe(page, what) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], what);
}

async function storageEntries(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

/** Everything readable outside the page's memory, as one list of strings. */
async function everythingStored(page, context, logs) {
  const dump = await page.evaluate(async () => {
    const out = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      const v = localStorage.getItem(k);
      out.push(k, v);
      // Base64 values are decoded too, so a plaintext cannot hide in them.
      try { out.push(atob(v)); } catch { /* not base64 */ }
      try {
        const rec = JSON.parse(v);
        if (rec && typeof rec.wrapped === 'string') out.push(atob(rec.wrapped));
      } catch { /* not JSON */ }
    }
    for (let i = 0; i < sessionStorage.length; i++) {
      const k = sessionStorage.key(i);
      out.push(k, sessionStorage.getItem(k));
    }
    out.push(document.cookie, location.href, document.title);
    if (indexedDB.databases) {
      for (const info of await indexedDB.databases()) {
        out.push(info.name);
        const db = await new Promise((res, rej) => {
          const r = indexedDB.open(info.name);
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
        for (const store of db.objectStoreNames) {
          const all = await new Promise((res) => {
            const r = db.transaction(store).objectStore(store).getAll();
            r.onsuccess = () => res(r.result);
            r.onerror = () => res([]);
          });
          out.push(JSON.stringify(all));
        }
        db.close();
      }
    }
    return out;
  });
  return [...dump, JSON.stringify(await context.cookies()), page.url(), await page.title(), ...logs];
}

function leaks(haystack) {
  const text = haystack.join('\n');
  return SECRETS.filter((s) => text.includes(s));
}

test('the passphrase is asked on the first change, not to browse; nothing readable is stored anywhere', async () => {
  const { context, page, logs, errors } = await open();
  // Browsing asks for nothing, and says that nothing is saved yet.
  await saveState(page).filter({ hasText: 'Not saved yet' }).waitFor();
  for (const hash of ['checklist', 'intake', 'settings']) {
    await page.goto(`${site.url}#/${hash}`);
    await page.locator(`section[data-screen="${hash}"]`).waitFor();
  }
  assert.equal(await setupDialog(page).isVisible(), false);
  assert.deepEqual(Object.keys(await storageEntries(page)).filter((k) => k.startsWith('waymark.v1')), []);

  // The first change opens the setup dialog with the warning and the hint.
  await chooseMinutes(page, 2);
  const dialog = setupDialog(page);
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /If you forget the passphrase, your saved answers are gone forever/);
  await axe(page, 'setup dialog');
  // Length first: a short passphrase is refused with its own message.
  await dialog.getByLabel('Passphrase', { exact: true }).fill('short');
  assert.match(await dialog.locator('#vault-setup-strength').textContent(), /Too short/);
  await dialog.getByRole('button', { name: 'Lock and save' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'too short' }).waitFor();
  // Different repeat, then the unticked box: each has its message.
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASS);
  assert.match(await dialog.locator('#vault-setup-strength').textContent(), /Strong/);
  await dialog.getByLabel('Type the passphrase again', { exact: true }).fill(PASS + 'x');
  await dialog.getByRole('button', { name: 'Lock and save' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'The two passphrases are different' }).waitFor();
  await dialog.getByLabel('Type the passphrase again', { exact: true }).fill(PASS);
  await dialog.getByRole('button', { name: 'Lock and save' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'Tick the box' }).waitFor();
  await dialog.getByLabel(/I understand/).check();
  await dialog.getByRole('button', { name: 'Lock and save' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 60000 });
  await saveState(page).filter({ hasText: SAVED }).waitFor();

  // Another change autosaves (debounced) without asking again.
  await chooseMinutes(page, 10);
  await saveState(page).filter({ hasText: SAVED }).waitFor();
  assert.equal(await setupDialog(page).isVisible(), false);
  await page.waitForTimeout(600);

  const stored = await storageEntries(page);
  assert.deepEqual(Object.keys(stored).sort(), ['waymark.v1.key', 'waymark.v1.slot.a', 'waymark.v1.slot.b']);
  // The slots are binary age files to the vault's own X25519 key, each with
  // a MAC after the dot; the key is an age scrypt file.
  for (const slot of ['waymark.v1.slot.a', 'waymark.v1.slot.b']) {
    const [body, mac] = stored[slot].split('.');
    const bytes = Buffer.from(body, 'base64').toString('latin1');
    assert.ok(bytes.startsWith('age-encryption.org/v1\n-> X25519 '), slot);
    assert.equal(Buffer.from(mac, 'base64').length, 32, slot);
  }
  const wrapped = Buffer.from(JSON.parse(stored['waymark.v1.key']).wrapped, 'base64').toString('latin1');
  assert.ok(wrapped.startsWith('age-encryption.org/v1\n-> scrypt '));
  assert.match(wrapped, /-> scrypt \S+ 17\n/);

  // Locked and unlocked, nothing readable anywhere.
  assert.deepEqual(leaks(await everythingStored(page, context, logs)), []);
  await page.getByRole('button', { name: 'Lock now' }).first().click();
  await unlockForm(page).waitFor();
  assert.deepEqual(leaks(await everythingStored(page, context, logs)), []);
  await unlockVault(page, PASS);
  assert.deepEqual(leaks(await everythingStored(page, context, logs)), []);
  // The harness can see the secrets it typed: the scan itself works.
  assert.deepEqual(leaks([`typed ${PASS}`]), [PASS, 'lantern']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('reload shows the unlock form; a wrong passphrase has its own message; the right one brings the data back', async () => {
  const { context, page, errors } = await withVault();
  await page.reload();
  await appReady(page);
  const form = unlockForm(page);
  await form.waitFor();
  // The data is not on the page while locked.
  assert.equal(await minutesRadio(page, 2).count(), 0);
  await axe(page, 'unlock form');

  await form.getByLabel('Passphrase', { exact: true }).fill('lantern quietly orbit marmalad');
  await form.getByRole('button', { name: 'Unlock', exact: true }).click();
  await form.getByRole('alert').filter({ hasText: 'This passphrase does not open your answers' }).waitFor({ timeout: 60000 });
  await axe(page, 'unlock form with an error');

  await unlockVault(page, PASS);
  assert.equal(await minutesRadio(page, 2).isChecked(), true);
  await saveState(page).filter({ hasText: SAVED }).waitFor();
  await axe(page, 'settings, unlocked');

  // Change passphrase (in the worker), then the new one opens the data.
  const NEW = 'copper violin harbour sleeps';
  await page.getByLabel('Current passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW);
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill(NEW);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await page.getByRole('status').filter({ hasText: 'From now on, use the new passphrase' }).waitFor({ timeout: 60000 });
  await page.reload();
  await appReady(page);
  await form.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await form.getByRole('button', { name: 'Unlock', exact: true }).click();
  await form.getByRole('alert').filter({ hasText: 'This passphrase does not open' }).waitFor({ timeout: 60000 });
  await unlockVault(page, NEW);
  assert.equal(await minutesRadio(page, 2).isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('quick exit locks; Back (three times) never shows any screen of the app', async () => {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  await context.route('https://www.wikipedia.org/**', (r) => r.fulfill({
    contentType: 'text/html', body: '<!doctype html><title>Neutral</title><p>neutral page</p>',
  }));
  const page = await context.newPage();
  // The page the newcomer came from (a chat, a search): Back may go there.
  await page.goto(`${site.url}../before.html`).catch(() => {});
  await page.goto(`${site.url}#/settings`);
  await appReady(page);
  const entries = await page.evaluate(() => history.length);
  await chooseMinutes(page, 2);
  await createVault(page, PASS);
  // Move around the app by its own links, as a newcomer does.
  for (const [name, screen] of [['Checklist', 'checklist'], ['My answers', 'intake'], ['Settings', 'settings'], ['Checklist', 'checklist']]) {
    await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    await page.locator(`section[data-screen="${screen}"]`).waitFor();
  }
  assert.equal(await page.evaluate(() => history.length), entries, 'moving between screens added history entries');
  await page.getByRole('button', { name: 'Leave quickly' }).click();
  await page.waitForURL(/wikipedia/);
  for (let i = 0; i < 3; i++) {
    await page.goBack().catch(() => {});
    await page.waitForTimeout(500);
    assert.ok(!page.url().startsWith(site.url), `Back ${i + 1} returned to the app: ${page.url()}`);
    assert.equal(await page.locator('section[data-screen], .vault-unlock').count(), 0, `Back ${i + 1}`);
  }
  // The last change was saved before leaving.
  await page.goto(`${site.url}#/settings`);
  await appReady(page);
  await unlockVault(page, PASS);
  assert.equal(await minutesRadio(page, 2).isChecked(), true);
  await context.close();
});

test('a draft planted by someone holding the phone is refused; the owner sees their own last save and the damaged-copy notice', async () => {
  const { context, page } = await withVault();
  await saveState(page).filter({ hasText: SAVED }).waitFor();
  // What someone with the phone and no passphrase can do: encrypt a draft of
  // their choice to the public recipient (stored in the clear) into the
  // other slot, with a higher sequence, and move the head to it.
  const rec = await page.evaluate(() => JSON.parse(localStorage.getItem('waymark.v1.key')));
  const other = rec.slot === 'a' ? 'b' : 'a';
  const sequence = rec.sequence + 100;
  const planted = {
    format: 'waymark-vault', version: 2, vault_id: rec.vault_id, sequence, slot: other, saved_at: Date.now(),
    draft: { settings: { auto_lock_minutes: 10, lock_when_hidden: false } },
  };
  const cipher = execFileSync('age', ['-r', rec.recipient], { input: Buffer.from(JSON.stringify(planted)) });
  await page.evaluate(({ other, text, forged }) => {
    localStorage.setItem(`waymark.v1.slot.${other}`, text);
    localStorage.setItem('waymark.v1.key', JSON.stringify(forged));
  }, {
    other,
    text: `${cipher.toString('base64')}.${Buffer.alloc(32, 7).toString('base64')}`,
    forged: { ...rec, slot: other, sequence, mac: Buffer.alloc(32, 9).toString('base64') },
  });
  await page.reload();
  await appReady(page);
  await unlockVault(page, PASS);
  assert.equal(await minutesRadio(page, 2).isChecked(), true, "the owner's own last save");
  assert.equal(await minutesRadio(page, 10).isChecked(), false, 'the planted draft is not shown');
  await page.getByText('Your latest save was damaged').first().waitFor();
  await context.close();
});

test('answers saved in the older format open with a notice, once; an old copy put back later shows it again', async () => {
  // A vault written by the previous release (format 1: no MACs), with its passphrase.
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/vault/v1-two-saves.json', import.meta.url), 'utf8'));
  const FIXTURE_PASS = 'ранак над Віслай 2026';
  const NOTICE = 'These answers were saved by an older version of this app';
  const putBack = (entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  };
  const { context, page } = await open({ hash: 'checklist' });
  await page.evaluate(putBack, fixture.storage);
  await page.reload();
  await appReady(page);
  await unlockVault(page, FIXTURE_PASS);
  const notice = page.getByRole('alert').filter({ hasText: NOTICE });
  await notice.waitFor();
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await notice.waitFor({ state: 'detached' });
  // Moved to format 2 at that unlock: the next unlock says nothing.
  const rec = await page.evaluate(() => JSON.parse(localStorage.getItem('waymark.v1.key')));
  assert.equal(rec.version, 2, 'the key record is format 2 now');
  await page.getByRole('button', { name: 'Lock now' }).first().click();
  await unlockVault(page, FIXTURE_PASS);
  await saveState(page).filter({ hasText: SAVED }).waitFor();
  assert.equal(await notice.count(), 0, 'no notice for format 2');
  // Someone who copied the storage before the move puts the old copy back:
  // it opens (format 1 cannot be checked), but never silently.
  await page.getByRole('button', { name: 'Lock now' }).first().click();
  await page.evaluate(putBack, fixture.storage);
  await page.reload();
  await appReady(page);
  await unlockVault(page, FIXTURE_PASS);
  await notice.waitFor();
  await context.close();
});

test('the passphrase fields give the browser nothing to save: no password field, no form, autocomplete off, masked', async () => {
  const { context, page } = await open();
  await chooseMinutes(page, 2);
  const dialog = setupDialog(page);
  await dialog.waitFor();
  const fields = async () => page.evaluate(() => [...document.querySelectorAll('.vault-field input')].map((el) => ({
    id: el.id, type: el.type, inForm: !!el.closest('form'), autocomplete: el.getAttribute('autocomplete'),
    autocorrect: el.getAttribute('autocorrect'), spellcheck: el.getAttribute('spellcheck'),
    masked: getComputedStyle(el).webkitTextSecurity,
  })));
  const check = (list, where) => {
    assert.ok(list.length >= 1, where);
    for (const f of list) {
      assert.deepEqual(
        { type: f.type, inForm: f.inForm, autocomplete: f.autocomplete, autocorrect: f.autocorrect, spellcheck: f.spellcheck, masked: f.masked },
        { type: 'text', inForm: false, autocomplete: 'off', autocorrect: 'off', spellcheck: 'false', masked: 'disc' },
        `${where}: ${f.id}`,
      );
    }
  };
  check(await fields(), 'setup dialog');
  assert.equal(await page.locator('input[type="password"], form').count(), 0);
  // "Show" unmasks; Enter in the field submits (there is no form to do it).
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await dialog.getByRole('button', { name: 'Show passphrase' }).first().click();
  assert.equal(await dialog.getByLabel('Passphrase', { exact: true }).evaluate((el) => getComputedStyle(el).webkitTextSecurity), 'none');
  await dialog.getByLabel('Type the passphrase again', { exact: true }).fill(PASS);
  await dialog.getByLabel(/I understand/).check();
  await dialog.getByLabel('Type the passphrase again', { exact: true }).press('Enter');
  await dialog.waitFor({ state: 'hidden', timeout: 60000 });
  await page.getByRole('button', { name: 'Lock now' }).first().click();
  await unlockForm(page).waitFor();
  check(await fields(), 'unlock form');
  await unlockForm(page).getByLabel('Passphrase', { exact: true }).fill(PASS);
  await unlockForm(page).getByLabel('Passphrase', { exact: true }).press('Enter');
  await unlockForm(page).waitFor({ state: 'detached', timeout: 60000 });
  check(await fields(), 'change passphrase');
  assert.equal(await page.locator('input[type="password"], form').count(), 0);
  await context.close();
});

test('auto-lock when the page is hidden (default on), and not when turned off', async () => {
  const { context, page } = await withVault();
  const hide = (hidden) => page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { value: h ? 'hidden' : 'visible', configurable: true });
    Object.defineProperty(document, 'hidden', { value: h, configurable: true });
    // Like the browser's own event, it bubbles from the document to the window.
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, hidden);
  const whenHidden = page.getByLabel('As soon as I switch to another app', { exact: true });
  assert.equal(await whenHidden.isChecked(), true);
  await hide(true);
  await hide(false);
  await unlockForm(page).waitFor();
  await saveState(page).filter({ hasText: 'Locked.' }).waitFor();
  assert.equal(await minutesRadio(page, 2).count(), 0);

  await unlockVault(page, PASS);
  await whenHidden.uncheck();
  await saveState(page).filter({ hasText: SAVED }).waitFor();
  await hide(true);
  await hide(false);
  await page.waitForTimeout(300);
  assert.equal(await unlockForm(page).count(), 0);
  assert.equal(await minutesRadio(page, 2).isChecked(), true);
  await context.close();
});

test('auto-lock after the chosen idle minutes (page.clock)', async () => {
  const { context, page } = await open({ clock: true });
  await chooseMinutes(page, 1);
  await createVault(page, PASS);
  await page.clock.fastForward('00:30');
  await page.waitForTimeout(200);
  assert.equal(await unlockForm(page).count(), 0, 'still open after 30 s');
  await page.clock.fastForward('00:40');
  await unlockForm(page).waitFor({ timeout: 5000 });
  assert.equal(await minutesRadio(page, 1).count(), 0);
  await context.close();
});

test('locking writes the pending change first (the debounce is frozen with page.clock)', async () => {
  const { context, page } = await open({ clock: true });
  await chooseMinutes(page, 2);
  await createVault(page, PASS);
  // Stop time: the 400 ms autosave debounce can no longer fire by itself.
  await page.clock.pauseAt(Date.now() + 60_000);
  await chooseMinutes(page, 15);
  await saveState(page).filter({ hasText: 'Saving' }).waitFor();
  await page.getByRole('button', { name: 'Lock now' }).first().click();
  await unlockForm(page).waitFor();
  await page.clock.resume();
  await unlockVault(page, PASS);
  assert.equal(await minutesRadio(page, 15).isChecked(), true);
  await context.close();
});

test('storage full: its own message; the previous state still opens; saving resumes after freeing space', async () => {
  const { context, page } = await withVault();
  // Fill the quota with junk, then change something.
  const junk = await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length >= 8) {
      try { localStorage.setItem(`junk.${i}`, chunk); i++; } catch { chunk = chunk.slice(0, chunk.length >> 1); }
    }
    return i;
  });
  assert.ok(junk > 0);
  await chooseMinutes(page, 5);
  await saveState(page).filter({ hasText: 'the storage on this phone is full' }).waitFor();
  const full = await saveState(page).textContent();
  assert.match(full, /^Not saved: the storage on this phone is full\./);
  assert.doesNotMatch(full, /Not saved.*Not saved/s, 'one complete message, not "Not saved" twice');

  // Reload while still full: the previous save opens.
  await page.reload();
  await appReady(page);
  await unlockVault(page, PASS);
  assert.equal(await minutesRadio(page, 2).isChecked(), true);

  // Free the space: the next change is saved and opens after a reload.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('junk.')).forEach((k) => localStorage.removeItem(k)));
  await chooseMinutes(page, 10);
  await saveState(page).filter({ hasText: SAVED }).waitFor();
  await page.reload();
  await appReady(page);
  await unlockVault(page, PASS);
  assert.equal(await minutesRadio(page, 10).isChecked(), true);
  await context.close();
});

test('two tabs: the second tab does not silently overwrite the first', async () => {
  const { context, page: first } = await withVault();
  const second = await openTab(context);
  await unlockVault(second, PASS);
  assert.equal(await minutesRadio(second, 2).isChecked(), true);

  // The first tab saves: the second locks and says why.
  await chooseMinutes(first, 5);
  await saveState(first).filter({ hasText: SAVED }).waitFor();
  await second.getByRole('alert').filter({ hasText: 'Your answers were changed in another tab' }).waitFor();
  assert.equal(await minutesRadio(second, 2).count(), 0);
  await axe(second, 'conflict panel');
  await second.getByRole('button', { name: 'Reload' }).click();
  await appReady(second);
  await unlockVault(second, PASS);
  assert.equal(await minutesRadio(second, 5).isChecked(), true);

  // Both open again; the second saves; the first, unaware, cannot overwrite.
  await chooseMinutes(second, 15);
  await saveState(second).filter({ hasText: SAVED }).waitFor();
  await first.getByRole('alert').filter({ hasText: 'Your answers were changed in another tab' }).waitFor();
  await second.reload();
  await appReady(second);
  await unlockVault(second, PASS);
  assert.equal(await minutesRadio(second, 15).isChecked(), true);
  await context.close();
});

test('two tabs: an autosave waits while another tab holds the vault lock, then saves (Web Locks)', async () => {
  const { context, page: first } = await withVault();
  const second = await openTab(context);
  // The other tab takes the site's vault lock (as its own save would) and holds it.
  await second.evaluate(() => {
    window.__release = null;
    navigator.locks.request('waymark-vault', () => new Promise((r) => { window.__release = r; }));
  });
  await second.waitForFunction(() => typeof window.__release === 'function');
  const before = await first.evaluate(() => localStorage.getItem('waymark.v1.key'));
  await chooseMinutes(first, 5);
  await saveState(first).filter({ hasText: 'Saving' }).waitFor();
  await first.waitForTimeout(1500);
  assert.equal(await first.evaluate(() => localStorage.getItem('waymark.v1.key')), before, 'nothing written while the other tab holds the lock');
  assert.match(await saveState(first).innerText(), /Saving/);
  await second.evaluate(() => window.__release());
  await saveState(first).filter({ hasText: SAVED }).waitFor();
  assert.notEqual(await first.evaluate(() => localStorage.getItem('waymark.v1.key')), before);
  await context.close();
});

test('delete everything needs the typed word; the key goes first and nothing is left', async () => {
  const { context, page } = await withVault();
  await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
  const field = page.getByLabel('To confirm, type DELETE', { exact: true });
  await field.fill('DELET');
  await page.getByRole('button', { name: 'Delete everything now' }).click();
  await page.getByRole('alert').filter({ hasText: 'The word is not right' }).waitFor();
  assert.ok(Object.keys(await storageEntries(page)).includes('waymark.v1.key'));
  await axe(page, 'delete confirmation');
  // The language choice (kept in the clear, outside the vault) is a setting too.
  await page.evaluate(() => localStorage.setItem('waymark.locale', 'en'));
  // Spaces at the ends and letter case do not matter.
  await field.fill('  delete ');
  await page.getByRole('button', { name: 'Delete everything now' }).click();
  await saveState(page).filter({ hasText: 'Your answers, notes and settings are deleted from this app.' }).waitFor();
  assert.deepEqual(Object.keys(await storageEntries(page)).filter((k) => k.startsWith('waymark.')), []);
  // Back to the start (default settings): the next change asks again.
  await chooseMinutes(page, 10);
  await setupDialog(page).waitFor();
  await context.close();
});

test('a damaged key has its own message, is offered as a file and is never overwritten; a newer vault is left alone', async () => {
  const { context, page } = await withVault();
  await page.evaluate(() => {
    const rec = JSON.parse(localStorage.getItem('waymark.v1.key'));
    const w = rec.wrapped;
    const i = 60;
    rec.wrapped = w.slice(0, i) + (w[i] === 'A' ? 'B' : 'A') + w.slice(i + 1);
    localStorage.setItem('waymark.v1.key', JSON.stringify(rec));
  });
  const before = await storageEntries(page);
  await page.reload();
  await appReady(page);
  await page.getByRole('alert').filter({ hasText: 'The lock of your saved answers is damaged' }).waitFor();
  await axe(page, 'damaged panel');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save the locked data as a file' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'backup.json');
  const file = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()));
  assert.deepEqual(file, before);
  // Changing a setting does not touch the damaged vault.
  assert.equal(await minutesRadio(page, 2).count(), 0);
  assert.deepEqual(await storageEntries(page), before);

  // A vault written by a newer version: its own message, nothing changed.
  await page.evaluate(() => {
    localStorage.clear();
  });
  await page.reload();
  await appReady(page);
  await chooseMinutes(page, 2);
  await createVault(page, PASS);
  await page.evaluate(() => {
    const rec = JSON.parse(localStorage.getItem('waymark.v1.key'));
    rec.version = 3;
    localStorage.setItem('waymark.v1.key', JSON.stringify(rec));
  });
  const newer = await storageEntries(page);
  await page.reload();
  await appReady(page);
  await page.getByRole('alert').filter({ hasText: 'saved by a newer version of Waymark' }).waitFor();
  assert.deepEqual(await storageEntries(page), newer);
  await context.close();
});

test('storage unavailable (blocked, private mode): said plainly; the app works without saving', async () => {
  const { context, page, errors } = await open({
    init: () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    },
  });
  await saveState(page).filter({ hasText: 'This browser does not let the app save anything' }).waitFor();
  await chooseMinutes(page, 5);
  await page.waitForTimeout(500);
  assert.equal(await setupDialog(page).isVisible(), false);
  assert.equal(await minutesRadio(page, 5).isChecked(), true);
  await axe(page, 'settings without storage');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Polish: setup, wrong passphrase and unlock in the newcomer\'s language', async () => {
  const { context, page } = await open({ locale: 'pl-PL' });
  await page.getByLabel('Po 2 minutach bez używania', { exact: true }).check();
  const dialog = page.getByRole('dialog', { name: 'Zablokuj swoje odpowiedzi hasłem' });
  await dialog.getByLabel('Hasło', { exact: true }).fill(PASS);
  await dialog.getByLabel('Wpisz hasło jeszcze raz', { exact: true }).fill(PASS);
  await dialog.getByLabel(/^Rozumiem/).check();
  await axe(page, 'setup dialog (pl)');
  await dialog.getByRole('button', { name: 'Zablokuj i zapisz' }).click();
  await saveState(page).filter({ hasText: 'Zapisane i zablokowane na tym telefonie' }).waitFor({ timeout: 60000 });
  await page.reload();
  await appReady(page);
  const form = page.getByRole('region', { name: 'Odblokuj swoje odpowiedzi' });
  await form.getByLabel('Hasło', { exact: true }).fill('zle haslo 12345');
  await form.getByRole('button', { name: 'Odblokuj', exact: true }).click();
  await form.getByRole('alert').filter({ hasText: 'To hasło nie otwiera twoich odpowiedzi' }).waitFor({ timeout: 60000 });
  await axe(page, 'unlock form (pl)');
  await form.getByLabel('Hasło', { exact: true }).fill(PASS);
  await form.getByRole('button', { name: 'Odblokuj', exact: true }).click();
  await form.waitFor({ state: 'detached', timeout: 60000 });
  assert.equal(await page.getByLabel('Po 2 minutach bez używania', { exact: true }).isChecked(), true);
  await context.close();
});

test('no sideways scrolling at 320 px: setup dialog, unlock form, settings', async () => {
  const { context, page } = await open({ width: 320, height: 640 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await chooseMinutes(page, 2);
  await setupDialog(page).waitFor();
  assert.ok(await overflow() <= 0, 'setup dialog');
  await createVault(page, PASS);
  assert.ok(await overflow() <= 0, 'settings');
  await page.getByRole('button', { name: 'Lock now' }).first().click();
  await unlockForm(page).waitFor();
  assert.ok(await overflow() <= 0, 'unlock form');
  await context.close();
});

test('offline after one visit: the KDF worker comes from the service worker cache, and unlocking works', async () => {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-US' });
  const page = await context.newPage();
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.goto(`${site.url}#/settings`);
  await appReady(page);
  await serviceWorkerInControl(page);
  await chooseMinutes(page, 2);
  await createVault(page, PASS);
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  const before = site.server.requests.length;
  await page.reload();
  await appReady(page);
  await unlockVault(page, PASS);
  assert.equal(await minutesRadio(page, 2).isChecked(), true);
  // (The browser's own service-worker update check for sw.js is not the
  // app's request and is not covered by Playwright's offline switch.)
  const reached = site.server.requests.slice(before).filter((p) => !p.endsWith('/sw.js'));
  assert.deepEqual(reached, [], 'nothing but the update check reached the server');
  assert.deepEqual(failed, []);
  await context.close();
});
