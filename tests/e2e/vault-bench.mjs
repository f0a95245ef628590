// Vault benchmark, run by hand (NOT a test; it asserts nothing about time):
//   trunk build --release && node tests/e2e/vault-bench.mjs [runs]
// Prints, in headless Chromium on this machine:
// - vault creation time (scrypt N=2^17 in the KDF worker, plus the first save);
// - unlock time (click → form gone: worker start, wasm load, scrypt, open,
//   decrypt and show a full ~50 KB draft);
// - the page's wasm memory and JS heap before and after unlocking (the KDF's
//   128 MiB must stay in the worker, which is terminated);
// - autosave time for the full draft (User Timing measure "waymark-save" the
//   app records around check + encrypt + base64 + localStorage.setItem).
// The full draft is planted with the `age` CLI, encrypted to the vault's own
// public key exactly as the app would save it (the screens that would fill
// it by hand do not exist on this branch yet).
import { execFileSync } from 'node:child_process';
import { startSite, appReady } from './browser.mjs';
import { createVault, unlockVault, saveState, SAVED } from './vault-steps.mjs';

const RUNS = Number(process.argv[2] || 5);
const PASS = 'bench passphrase with several words';
const MiB = (n) => (n / 1048576).toFixed(1);

function fullDraft() {
  const text = (i, n) => `Answer ${i}: ` + 'Mieszkam w Warszawie od marca, szukam pracy i mieszkania. '.repeat(12).slice(0, n);
  const notes = {};
  const states = {};
  for (let i = 0; i < 40; i++) {
    notes[`step-${i}`] = text(i, 600);
    states[`step-${i}`] = i % 3 === 0 ? 'done' : 'todo';
  }
  const values = {};
  for (let i = 0; i < 60; i++) values[`question-${i}`] = text(i, 300);
  return {
    checklist: { states, notes },
    intake: { content_version: 'bench', values },
    settings: { auto_lock_minutes: 2, lock_when_hidden: true },
  };
}

const site = await startSite();
try {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  // The page's wasm exports (Trunk's start-up event), to read memory size.
  await context.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__benchWasm = e.detail.wasm; });
  });
  const page = await context.newPage();
  // Memory after a forced garbage collection, so the figures show what the
  // page keeps, not what the collector has not reached yet.
  const cdp = await context.newCDPSession(page);
  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return page.evaluate(() => ({
      wasm: window.__benchWasm?.memory?.buffer?.byteLength ?? NaN,
      js: performance.memory?.usedJSHeapSize ?? NaN,
    }));
  };
  await page.goto(`${site.url}#/settings`);
  await appReady(page);
  await page.getByLabel('After 2 minutes without use', { exact: true }).check();
  let t = Date.now();
  await createVault(page, PASS);
  console.log(`create vault (KDF in worker + first save): ${Date.now() - t} ms`);

  // Plant a full draft as the next save.
  const stored = await page.evaluate(() => ({
    key: JSON.parse(localStorage.getItem('waymark.v1.key')),
    head: JSON.parse(localStorage.getItem('waymark.v1.head')),
  }));
  const slot = stored.head.slot === 'a' ? 'b' : 'a';
  const sequence = stored.head.sequence + 1;
  const draft = fullDraft();
  const envelope = {
    format: 'waymark-vault', version: 1, vault_id: stored.key.vault_id, sequence, slot,
    saved_at: Date.now(), draft,
  };
  const plaintext = Buffer.from(JSON.stringify(envelope));
  const cipher = execFileSync('age', ['-r', stored.key.recipient], { input: plaintext });
  await page.evaluate(({ slot, b64, head }) => {
    localStorage.setItem(`waymark.v1.slot.${slot}`, b64);
    localStorage.setItem('waymark.v1.head', JSON.stringify(head));
  }, { slot, b64: cipher.toString('base64'), head: { ...stored.head, slot, sequence } });
  console.log(`full draft: ${(JSON.stringify(draft).length / 1024).toFixed(1)} KB JSON, ` +
    `${(cipher.length * 4 / 3 / 1024).toFixed(1)} KB stored (base64)`);

  const unlocks = [];
  for (let run = 0; run < RUNS; run++) {
    await page.reload();
    await appReady(page);
    await page.waitForTimeout(300);
    const before = await memory();
    t = Date.now();
    await unlockVault(page, PASS);
    const ms = Date.now() - t;
    await page.getByLabel('After 2 minutes without use', { exact: true }).waitFor();
    const after = await memory();
    unlocks.push(ms);
    console.log(`unlock ${run + 1}: ${ms} ms; page wasm memory ${MiB(before.wasm)} → ${MiB(after.wasm)} MiB; ` +
      `JS heap ${MiB(before.js)} → ${MiB(after.js)} MiB`);
  }
  unlocks.sort((a, b) => a - b);
  console.log(`unlock median: ${unlocks[Math.floor(unlocks.length / 2)]} ms (min ${unlocks[0]}, max ${unlocks[unlocks.length - 1]})`);

  const saves = [];
  for (let i = 0; i < 10; i++) {
    const minutes = i % 2 === 0 ? 5 : 10;
    await page.getByLabel(`After ${minutes} minutes without use`, { exact: true }).check();
    await saveState(page).filter({ hasText: 'Saving' }).waitFor();
    await saveState(page).filter({ hasText: SAVED }).waitFor();
    saves.push(await page.evaluate(() => performance.getEntriesByName('waymark-save').at(-1)?.duration ?? NaN));
  }
  saves.sort((a, b) => a - b);
  const size = await page.evaluate(() => Math.max(...['a', 'b'].map((s) => (localStorage.getItem(`waymark.v1.slot.${s}`) || '').length)));
  console.log(`autosave of the full draft (${(size / 1024).toFixed(1)} KB stored): median ${saves[5].toFixed(1)} ms ` +
    `(min ${saves[0].toFixed(1)}, max ${saves[9].toFixed(1)})`);
  const final = await memory();
  console.log(`page wasm memory after 10 saves: ${MiB(final.wasm)} MiB`);
  console.log(`chromium: ${site.browser.version()}`);
  await context.close();
} finally {
  await site.close();
}
