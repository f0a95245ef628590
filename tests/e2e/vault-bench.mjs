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
// The full draft is written by the vault core (`cargo test … write_bench_vault`)
// exactly as the app saves it, then put into the page's localStorage.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  // A full draft, saved by the vault core itself (a format-2 vault refuses
  // copies written with the public key alone), replaces the vault.
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const draft = fullDraft();
  writeFileSync(join(dir, 'draft.json'), JSON.stringify(draft));
  execFileSync('cargo', ['test', '--quiet', '--lib', 'vault::tests::write_bench_vault', '--', '--ignored', '--exact'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WAYMARK_BENCH_PASSPHRASE: PASS, WAYMARK_BENCH_DRAFT: join(dir, 'draft.json'), WAYMARK_BENCH_OUT: join(dir, 'vault.json') },
  });
  const entries = JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8'));
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, entries);
  const stored = Math.max(...Object.entries(entries).filter(([k]) => k.includes('.slot.')).map(([, v]) => v.length));
  console.log(`full draft: ${(JSON.stringify(draft).length / 1024).toFixed(1)} KB JSON, ` +
    `${(stored / 1024).toFixed(1)} KB stored (base64, padded)`);

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
