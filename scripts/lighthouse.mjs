// Lighthouse audit of the release build: serves dist/ from a sub-path with
// the tests' dumb static server, runs Lighthouse 12 (Node API, default mobile
// emulation, simulated throttling) on every screen of the newcomer app and on
// the organisation area, on Debian's Chromium (never a downloaded browser),
// and prints the scores per page beside the targets of SPEC.md section 5,
// the failing audits of any category under target, and the performance
// metrics and opportunities. It reports; it does not fail (except when a
// page does not load at all).
//
//   node scripts/lighthouse.mjs [dist] [--host br|gzip|br-http1|plain] [--out target/lighthouse] [--pages home,org.html] [--throttling simulate|devtools]
//
// --throttling: `simulate` (default, what PageSpeed Insights and the score
// targets use) loads the page unthrottled and computes the slow-4G figures
// from that trace; its LCP counts every request that finished before the
// observed LCP as needed for it (on a local server the 1 MB wasm arrives
// before anything is painted, so the wasm's download time becomes the LCP
// even though the first frame shows the checklist's heading long before).
// `devtools` really slows the network and CPU while loading (Lighthouse's
// applied throttling: 562.5 ms RTT, 1.44 Mbit/s, CPU 4×), so its LCP is what
// was painted when.
//
// --host: `br` (default) serves like Netlify or Cloudflare Pages (HTTPS with
// HTTP/2 and a self-signed certificate the browser is told to trust, brotli,
// a year of caching for hashed files), `gzip` like deploy/nginx.conf (HTTPS,
// HTTP/2, gzip), `br-http1` brotli over plain HTTP/1.1 (what these figures
// measured before 2026-11-22), `plain` like the tests' deliberately dumb
// server (HTTP/1.1, no compression, no caching).
//
// Writes <out>/summary.json (scores, metrics, failing audits per page) and
// the full report of each page as <out>/<page>.json (open it in the
// Lighthouse viewer). Run it on a quiet machine: the performance score
// depends on the CPU load (the load average is printed and recorded).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadavg, cpus } from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import { serve, HOSTS } from '../tests/e2e/server.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : 'target/lighthouse';
const hostAt = args.indexOf('--host');
const hostName = hostAt >= 0 ? args.splice(hostAt, 2)[1] : 'br';
if (!HOSTS[hostName]) throw new Error(`--host must be one of ${Object.keys(HOSTS).join(', ')}`);
const pagesAt = args.indexOf('--pages');
const only = pagesAt >= 0 ? args.splice(pagesAt, 2)[1].split(',') : null;
const throttlingAt = args.indexOf('--throttling');
const throttling = throttlingAt >= 0 ? args.splice(throttlingAt, 2)[1] : 'simulate';
if (!['simulate', 'devtools'].includes(throttling)) throw new Error('--throttling must be simulate or devtools');
const root = args[0] || 'dist';
const CHROME = process.env.CHROME_PATH || process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// SPEC.md section 5 (SEO has no budget: reported only).
const TARGET = { performance: 95, accessibility: 100, 'best-practices': 100 };
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'speed-index': 'SI',
  'cumulative-layout-shift': 'CLS',
  interactive: 'TTI',
};
// Every screen of the newcomer app (the first screen with no hash, then each
// route) and the organisation area. `screen` is the data-screen the page
// must show, to prove Lighthouse really loaded the hash route.
const PAGES = [
  { name: 'home', path: '', screen: 'checklist' },
  { name: 'checklist', path: '#/checklist', screen: 'checklist' },
  { name: 'intake', path: '#/intake', screen: 'intake' },
  { name: 'export', path: '#/export', screen: 'export' },
  { name: 'settings', path: '#/settings', screen: 'settings' },
  { name: 'org-screen', path: '#/org', screen: 'org' },
  { name: 'org.html', path: 'org.html', screen: null },
].filter((p) => !only || only.includes(p.name));
if (only && PAGES.length !== only.length) throw new Error(`--pages takes names from: home, checklist, intake, export, settings, org-screen, org.html`);

const server = await serve(root, '/some/sub/path/', 0, {}, HOSTS[hostName]);
const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: [...FLAGS, ...server.chromiumFlags] });
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
await mkdir(out, { recursive: true });
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const summary = {
  date: new Date().toISOString(),
  lighthouse: null,
  chromium: await browser.version(),
  host: hostName,
  throttling,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  loadBefore: load(),
  pages: [],
};
let broken = false;
// One unmeasured visit first: the first page audited in a new browser was
// consistently slower (TBT) than the same screen audited later.
{
  const page = await browser.newPage();
  await page.goto(server.url, { waitUntil: 'networkidle0' });
  await page.close();
}

/** The audits of `category` that did not pass (score below 1). */
function failing(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1 &&
      !['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode))
    .map((a) => ({ id: a.id, title: a.title, score: a.score, value: a.displayValue ?? '' }));
}

for (const target of PAGES) {
  const url = server.url + target.path;
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const result = await lighthouse(url, {
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    throttlingMethod: throttling,
  }, undefined, page);
  const lhr = result.lhr;
  summary.lighthouse = lhr.lighthouseVersion;
  // Did Lighthouse really load the hash route? Its last step (the
  // back/forward-cache check) navigates away and back, so wait for the page
  // to settle on the same URL, then read the screen it shows. The largest
  // contentful paint element Lighthouse measured is recorded too: it differs
  // per screen.
  await page.waitForSelector('section[data-screen], main h1', { timeout: 30000 }).catch(() => {});
  const shown = await page.evaluate(() => ({
    href: location.href,
    screen: document.querySelector('section[data-screen]')?.dataset.screen ?? null,
    heading: document.querySelector('#screen-heading, h1')?.textContent?.trim() ?? null,
  }));
  await page.close();
  const row = {
    page: target.name,
    url: lhr.finalDisplayedUrl,
    shown,
    loadAfter: load(),
    runtimeError: lhr.runtimeError?.message ?? null,
    scores: {},
    metrics: {},
    failing: {},
    opportunities: [],
    pageErrors: errors,
    lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? null,
  };
  for (const c of CATEGORIES) {
    const score = lhr.categories[c]?.score;
    row.scores[c] = score == null ? null : Math.round(score * 100);
    if (c === 'seo' ? row.scores[c] < 100 : row.scores[c] < TARGET[c]) row.failing[c] = failing(lhr, c);
  }
  for (const [id, short] of Object.entries(METRICS)) {
    row.metrics[short] = { value: lhr.audits[id]?.numericValue ?? null, display: lhr.audits[id]?.displayValue ?? '' };
  }
  row.opportunities = Object.values(lhr.audits)
    .filter((a) => a.details?.type === 'opportunity' && (a.metricSavings?.LCP || a.metricSavings?.FCP || a.details.overallSavingsMs))
    .map((a) => ({ id: a.id, title: a.title, value: a.displayValue ?? '', savingsMs: a.details.overallSavingsMs ?? 0 }));
  if (lhr.runtimeError || (target.screen && shown.screen !== target.screen) || !shown.heading) {
    row.notLoaded = true;
    broken = true;
  }
  summary.pages.push(row);
  await writeFile(join(out, `${target.name.replace(/[^a-z0-9.-]/gi, '_')}.json`), result.report);
  console.error(`lighthouse: ${target.name} done (load ${row.loadAfter})`);
}
await browser.disconnect();
await chrome.kill();
await server.close();
summary.loadAfter = load();
await writeFile(join(out, 'summary.json'), JSON.stringify(summary, null, 2));

// --- report ------------------------------------------------------------------
const pad = (s, n) => String(s).padStart(n);
console.log(`Lighthouse ${summary.lighthouse}, ${summary.chromium}, mobile emulation, ${throttling === 'simulate' ? 'simulated' : 'applied (devtools)'} throttling, host: ${hostName}`);
console.log(`machine: ${summary.machine}; load average before ${summary.loadBefore}, after ${summary.loadAfter}`);
console.log(`${'page'.padEnd(12)} ${pad('perf', 5)} ${pad('a11y', 5)} ${pad('BP', 5)} ${pad('SEO', 5)} ${
  Object.values(METRICS).map((m) => pad(m, 8)).join(' ')}  shown`);
const mark = (c, s) => (s == null ? '  -' : `${s}${TARGET[c] && s < TARGET[c] ? '!' : ' '}`);
for (const r of summary.pages) {
  const m = Object.values(r.metrics).map((v) => pad(v.display.replace(/\s/g, ''), 8)).join(' ');
  console.log(`${r.page.padEnd(12)} ${CATEGORIES.map((c) => pad(mark(c, r.scores[c]), 5)).join(' ')} ${m}  ${
    r.notLoaded ? 'NOT LOADED' : `${r.shown.screen ?? 'org.html'}: ${r.shown.heading}`}`);
  console.log(`${''.padEnd(12)} LCP element: ${r.lcpElement}`);
}
console.log(`target       ${pad('≥95', 5)} ${pad('100', 5)} ${pad('100', 5)} ${pad('-', 5)}  (! = under target)`);
for (const r of summary.pages) {
  for (const [c, audits] of Object.entries(r.failing)) {
    if (!audits.length) continue;
    console.log(`\n${r.page} — ${c} ${r.scores[c]}:`);
    for (const a of audits) console.log(`  ${a.id.padEnd(34)} ${a.title}${a.value ? ` (${a.value})` : ''}`);
  }
  if (r.runtimeError) console.log(`\n${r.page}: Lighthouse error: ${r.runtimeError}`);
  if (r.pageErrors.length) console.log(`\n${r.page}: page errors: ${r.pageErrors.join(' | ')}`);
}
const opp = new Map();
for (const r of summary.pages) for (const o of r.opportunities) opp.set(o.id, o);
if (opp.size) {
  console.log('\nperformance opportunities (last page that reported each):');
  for (const o of opp.values()) console.log(`  ${o.id.padEnd(34)} ${o.title}${o.value ? ` — ${o.value}` : ''}`);
}
console.log(`\nsummary: ${join(out, 'summary.json')}; full reports: ${out}/<page>.json`);
if (broken) {
  console.error('lighthouse: a page did not load (see NOT LOADED above)');
  process.exit(1);
}
