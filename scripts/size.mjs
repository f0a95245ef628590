// Size benchmark: prints raw / gzip / brotli bytes of every file of the built
// site, the first-visit total (what a newcomer's phone downloads on a first
// English visit: everything but the other locales' text), and the budgets
// from SPEC.md section 5 beside the figures. It reports; it does not fail
// (budgets are judged by people, see docs/quality.md).
//
//   node scripts/size.mjs [dist]
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { orgOnlyFiles } from './site-pages.mjs';

const root = process.argv[2] || 'dist';
const KB = 1024;
const BUDGET = { firstVisit: 250 * KB, firstVisitAim: 200 * KB, wasm: 180 * KB };

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir)) {
    const path = join(dir, entry);
    if ((await stat(path)).isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

const rows = [];
for (const path of (await walk(root)).sort()) {
  const data = await readFile(path);
  rows.push({
    file: relative(root, path),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    br: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}

const fmt = (n) => (n / KB).toFixed(1).padStart(8);
const line = (r, note = '') =>
  console.log(`${r.file.padEnd(48)} ${fmt(r.raw)} ${fmt(r.gzip)} ${fmt(r.br)}  ${note}`);
console.log(`${'file'.padEnd(48)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}  budget (brotli)`);
const sum = (list, file) => list.reduce((a, r) => ({ file, raw: a.raw + r.raw, gzip: a.gzip + r.gzip, br: a.br + r.br }), { raw: 0, gzip: 0, br: 0 });
// Files only the organisation area (org.html) loads: newcomers never fetch them.
const orgOnly = await orgOnlyFiles(root);
// Workers started on demand: the KDF (to unlock) and the QR codes ("Show at the desk").
const worker = (f) => /kdf|qr-worker/.test(f);
for (const r of rows) {
  const note = r.file.endsWith('.wasm')
    ? orgOnly(r.file)
      ? 'organisation area only (newcomers never load it)'
      : worker(r.file) ? (/qr-worker/.test(r.file) ? 'loaded only for "Show at the desk"' : 'loaded only to unlock') : `≤ 180 KB ${r.br <= BUDGET.wasm ? 'ok' : 'OVER'}`
    : '';
  if (!/^locales\/(pl|ru|uk)\//.test(r.file)) line(r, note);
}
console.log('(locales/pl, ru, uk not listed: about the size of locales/be)');
// A newcomer's first visit fetches the page, the app, the config, the content
// and the active locale plus English (the fallback); the KDF worker only on
// unlock, the organisation area never.
const firstVisit = (lang) => sum(
  rows.filter((r) => !worker(r.file) && !orgOnly(r.file) &&
    (!r.file.startsWith('locales/') || r.file.startsWith('locales/en/') || r.file.startsWith(`locales/${lang}/`))),
  `TOTAL first visit (${lang === 'en' ? 'en' : `${lang} + en`})`,
);
const all = sum(rows, 'TOTAL all files');
// After the first page load the service worker downloads the rest of the
// newcomer app in the background (every locale and the KDF worker, which an
// offline unlock needs), for offline use: what the first visit costs in data.
const precached = sum(rows.filter((r) => !orgOnly(r.file)), 'TOTAL first visit + offline precache');
console.log('-'.repeat(100));
for (const lang of ['en', 'be']) {
  const first = firstVisit(lang);
  line(first, `≤ 250 KB (aim 200 KB) ${first.br <= BUDGET.firstVisit ? 'ok' : 'OVER'}${first.br <= BUDGET.firstVisitAim ? ', within aim' : ''}`);
}
line(precached, `all five locales and the KDF worker, fetched in the background after the page loads`);
line(all, '(every file of the site, organisation area included)');
