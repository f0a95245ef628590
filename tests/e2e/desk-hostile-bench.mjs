// Benchmark (run by hand, NOT a test: it asserts nothing about time or
// memory, it only checks each file is refused with the right message):
//   scripts/build-site.sh && node tests/e2e/desk-hostile-bench.mjs [runs]
// Hostile 1 MiB inputs at the desk (org.html) with three keys loaded:
// - stanzas.age: a binary file of 10,698 X25519 stanzas for no one (before
//   the stanza cap, each cost a scalar multiplication per loaded key);
// - stanzas.txt: the same as pasted armor (as much as fits 1 MiB);
// - empty-lines.txt: pasted armor made of empty lines (reserved 64x its size
//   before dearmoring was made to read line by line);
// - cap-64.age: the worst file the cap lets through: 64 stanzas for no one
//   and a payload filling 1 MiB (64 x 3 key attempts, then "no match");
// - json-array.age: an authentic file (sealed to the demo key with the age
//   CLI, as anyone with the public key can) whose JSON is an array of
//   ~500,000 zeros beside an incomplete export (refused before parsing:
//   more than 20,000 JSON items).
// For each: the time from the input (file chosen / Open clicked) to the
// result line, measured in the page (median of the runs; target <= 50 ms),
// and the tab's memory growth over the runs: the page's wasm memory (it
// never shrinks, so this is its peak), also after the first run alone (one
// open; later runs can add a page or two of allocator fragmentation), and
// the JS heap after a forced garbage collection (target: no more than 2x the
// input). Since the desk opens in the input's own buffer, one open holds the
// input once (host tests in src/export/open.rs bound the rest to 16 KiB).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite } from './browser.mjs';
import { msg, tempDir, ageSeal, IDENTITY, MAX_EXPORT_INPUT } from './export-helpers.mjs';

const RUNS = Number(process.argv[2] || 5);
const KiB = (n) => `${(n / 1024).toFixed(0)} KiB`;
const b64 = (bytes) => bytes.toString('base64').replace(/=+$/, '');

/** A header of X25519 stanzas for no one, `stanzas` of them or as many as fit `size`, padded to `size`. */
function stanzaFile(size, stanzas = Infinity) {
  const parts = ['age-encryption.org/v1\n'];
  let len = parts[0].length;
  for (let i = 0; i < stanzas && len + 98 + 48 <= size; i++) {
    const s = `-> X25519 ${b64(randomBytes(32))}\n${b64(randomBytes(32))}\n`;
    parts.push(s);
    len += s.length;
  }
  parts.push(`--- ${b64(randomBytes(32))}\n`);
  const head = Buffer.from(parts.join(''));
  return Buffer.concat([head, randomBytes(size - head.length)]);
}

/** age armor of `binary`, cut to whole lines so the text fits `size`. */
function armorWithin(binary, size) {
  const body = Math.floor((size - 80) / 65) * 48;
  const lines = binary.subarray(0, body).toString('base64').match(/.{1,64}/g);
  return `-----BEGIN AGE ENCRYPTED FILE-----\n${lines.join('\n')}\n-----END AGE ENCRYPTED FILE-----\n`;
}

const dir = tempDir();
const stanzas = stanzaFile(MAX_EXPORT_INPUT);
const emptyLines = '-----BEGIN AGE ENCRYPTED FILE-----\n' + '\n'.repeat(MAX_EXPORT_INPUT - 70) + '-----END AGE ENCRYPTED FILE-----\n';
const cases = [
  { name: `stanzas.age (${stanzas.toString('latin1').split('\n-> X25519 ').length - 1} stanzas, file)`, file: stanzas, id: 'export-open-too-many-keys' },
  { name: 'stanzas.txt (pasted armor)', paste: armorWithin(stanzas, MAX_EXPORT_INPUT), id: 'export-open-too-many-keys' },
  { name: 'empty-lines.txt (pasted armor)', paste: emptyLines, id: 'export-open-armor' },
  { name: 'cap-64.age (64 stanzas, file)', file: stanzaFile(MAX_EXPORT_INPUT, 64), id: 'export-open-no-match' },
];
{
  const head = '{"format":"waymark-export","version":1,"zeros":[';
  const count = Math.floor((MAX_EXPORT_INPUT - 1024 - head.length) / 2);
  const json = head + '0,'.repeat(count - 1) + '0]}';
  cases.push({ name: 'json-array.age (authentic, JSON array of zeros, file)', file: readFileSync(ageSeal(dir, 'json-array.age', json)), id: 'export-open-invalid' });
}
// Three keys: the demo key and two new ones.
const keys = join(dir, 'keys.txt');
writeFileSync(keys, [readFileSync(IDENTITY, 'utf8'), execFileSync('age-keygen').toString(), execFileSync('age-keygen').toString()].join('\n'));

const site = await startSite();
try {
  for (const c of cases) {
    const input = c.file ?? Buffer.from(c.paste);
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en', serviceWorkers: 'block' });
    await context.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', (e) => { window.__benchWasm = e.detail.wasm; });
      // Timing in the page: from the file input's change event or the
      // benchmark's click to the first result line.
      document.addEventListener('change', (e) => {
        if (e.target.id === 'desk-export-files') { window.__t1 = 0; window.__t0 = performance.now(); }
      }, true);
      new MutationObserver(() => {
        if (window.__t0 && !window.__t1 && document.querySelector('.desk-results li.result')) window.__t1 = performance.now();
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const memory = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      return { wasm: await page.evaluate(() => window.__benchWasm?.memory?.buffer?.byteLength ?? NaN), js: heap.usedSize };
    };
    await page.goto(`${site.url}org.html`);
    await page.locator('#desk-identity-file').waitFor();
    await page.locator('#desk-identity-file').setInputFiles(keys);
    await page.waitForFunction(() => document.querySelectorAll('.desk-keys .fingerprint').length === 3);
    const path = join(dir, 'input');
    if (c.file) writeFileSync(path, c.file);
    const before = await memory();
    const times = [];
    const pasteTimes = [];
    let first = null;
    for (let run = 0; run < RUNS; run++) {
      await page.evaluate(() => { window.__t0 = 0; window.__t1 = 0; });
      if (c.file) {
        await page.locator('#desk-export-files').setInputFiles(path);
      } else {
        // As a paste does it: the whole text at once, one input event
        // (Playwright's fill types too slowly for 1 MiB). The browser then
        // lays the text out (its own cost, reported apart); Open is
        // clicked once that is done, as a person would.
        pasteTimes.push(await page.evaluate((text) => {
          const area = document.querySelector('#desk-paste');
          const t = performance.now();
          area.value = text;
          area.dispatchEvent(new Event('input', { bubbles: true }));
          void area.offsetHeight;
          return performance.now() - t;
        }, c.paste));
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await page.evaluate(() => {
          window.__t1 = 0;
          window.__t0 = performance.now();
          document.querySelector('#desk-paste').nextElementSibling.click();
        });
      }
      await page.waitForFunction(() => window.__t1 > 0, null, { timeout: 60000 });
      times.push(await page.evaluate(() => window.__t1 - window.__t0));
      const shown = await page.locator('.desk-results li.result .result-text').innerText();
      const expected = msg('en', c.id, { max: 64 });
      if (shown !== expected) throw new Error(`${c.name}: shown "${shown}", expected "${expected}"`);
      if (run === 0) first = await memory();
    }
    const after = await memory();
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const wasm = after.wasm - before.wasm;
    const js = after.js - before.js;
    console.log(`${c.name}, ${KiB(input.length)}: refused ("${c.id}") in median ${median.toFixed(1)} ms ` +
      `(${times.map((t) => t.toFixed(1)).join(', ')}); memory growth over ${RUNS} runs: wasm ${KiB(wasm)} ` +
      `(${(wasm / input.length).toFixed(2)}x input; after the first run ${((first.wasm - before.wasm) / input.length).toFixed(2)}x), ` +
      `JS heap after GC ${KiB(js)} (${(js / input.length).toFixed(2)}x)` +
      (pasteTimes.length ? `; the browser's own paste and layout before Open: median ${pasteTimes.sort((a, b) => a - b)[Math.floor(pasteTimes.length / 2)].toFixed(0)} ms` : ''));
    await context.close();
  }
} finally {
  await site.close();
}
