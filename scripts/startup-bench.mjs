// Start-up benchmark: time from navigation to the first interactive screen
// of the newcomer app in headless Debian Chromium with the CPU slowed 4×
// (CDP Emulation.setCPUThrottlingRate), over several network profiles, cold
// (fresh profile: no cache, no service worker) and warm (second visit in the
// same profile, the service worker in control). Prints the median, min and
// max of N runs beside the budgets of SPEC.md section 5. It reports; it
// fails only when the page does not start at all.
//
//   node scripts/startup-bench.mjs [dist] [--runs 7] [--network none,slow4g] [--host br|gzip|br-http1|plain] [--locale en-US]
//
// "Interactive" is what tests/e2e/browser.mjs `appReady` waits for — the
// screen heading is visible and the static "Loading…" text is gone — plus a
// navigation link that a tap would really hit (elementFromPoint at its centre
// is the link). It is measured inside the page from performance.timeOrigin
// (the navigation start), checked on every animation frame.
//
// Limits: network throttling applies to the page's own requests; the
// service worker's requests (its background precache on the first visit, its
// network-first revalidation of page, config, locales and content on the
// second) are not throttled, so warm figures on a slow network are a lower
// bound. "server KB" is what the server sent until interactive.
import { launch, serviceWorkerInControl } from '../tests/e2e/browser.mjs';
import { serve, HOSTS } from '../tests/e2e/server.mjs';
import { loadavg } from 'node:os';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const RUNS = Number(option('--runs', '7'));
const NETWORKS = option('--network', 'none,slow4g').split(',');
const HOST = option('--host', 'br');
const LOCALE = option('--locale', 'en-US');
const root = args[0] || 'dist';
const KB = 1024;

// Network profiles as Chrome DevTools defines them (latency and throughput
// already include DevTools' factors). `slow4g` is DevTools' "Slow 4G" (called
// "Fast 3G" before Chrome 128) and what Lighthouse's mobile run simulates:
// 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up, 150 ms RTT × 3.75.
const PROFILES = {
  none: null,
  slow4g: { latency: 562.5, downloadThroughput: (1.6 * 1e6 * 0.9) / 8, uploadThroughput: (750 * 1e3 * 0.9) / 8 },
  fast4g: { latency: 165, downloadThroughput: (9 * 1e6 * 0.9) / 8, uploadThroughput: (1.5 * 1e6 * 0.9) / 8 },
};
const NETWORK_LABEL = {
  none: 'no network throttling (local server)',
  slow4g: 'DevTools "Slow 4G" = Lighthouse mobile: 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up',
  fast4g: 'DevTools "Fast 4G": 165 ms latency, 8.1 Mbit/s down, 1.35 Mbit/s up',
};
for (const n of NETWORKS) if (!(n in PROFILES)) throw new Error(`unknown --network ${n} (${Object.keys(PROFILES).join(', ')})`);
if (!HOSTS[HOST]) throw new Error(`--host must be one of ${Object.keys(HOSTS).join(', ')}`);

/** In the page: resolves to ms since navigation start once interactive. */
function interactive() {
  const heading = document.querySelector('#screen-heading');
  if (!heading || !heading.getClientRects().length || document.querySelector('#boot-message')) return false;
  const link = document.querySelector('nav a[href^="#/"]');
  if (!link) return false;
  const box = link.getBoundingClientRect();
  if (!box.width || !box.height) return false;
  const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  return hit && link.contains(hit) ? performance.now() : false;
}

/**
 * In the page: ms since navigation start once the checklist's heading can be
 * read — the first frame's (scripts/post-build.mjs) or, without it, the app's.
 */
function wordsShown() {
  const heading = document.querySelector('#boot-message h1, #screen-heading');
  return heading && heading.getClientRects().length ? performance.now() : false;
}

/** In the page: ms since navigation start once the checklist's steps show. */
function stepsShown() {
  const next = document.querySelector('#checklist-next-heading');
  return next && next.getClientRects().length ? performance.now() : false;
}

/**
 * One visit of `page`: ms to interactive, ms until the checklist's "next
 * steps" show (its content is one more file), and bytes the server sent
 * until interactive.
 */
async function visit(page, server, url, errors) {
  const before = server.sent();
  await page.goto(url, { waitUntil: 'commit' });
  const words = await page.waitForFunction(wordsShown, null, { polling: 'raf', timeout: 120000 })
    .catch((e) => { throw new Error(`no heading was shown: ${errors.join(' | ') || e.message}`); });
  const handle = await page.waitForFunction(interactive, null, { polling: 'raf', timeout: 120000 })
    .catch((e) => { throw new Error(`the app did not start: ${errors.join(' | ') || e.message}`); });
  const bytes = server.sent() - before;
  const steps = await page.waitForFunction(stepsShown, null, { polling: 'raf', timeout: 120000 })
    .catch((e) => { throw new Error(`the checklist did not show its steps: ${errors.join(' | ') || e.message}`); });
  return { wordsMs: await words.jsonValue(), ms: await handle.jsonValue(), stepsMs: await steps.jsonValue(), bytes };
}

async function measure(browser, server, network) {
  const cold = [];
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    // A fresh context is a fresh profile: empty HTTP cache, no service worker.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: LOCALE });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    const throttle = async () => {
      await cdp.send('Network.enable');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      if (PROFILES[network]) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PROFILES[network] });
    };
    await throttle();
    cold.push(await visit(page, server, server.url, errors));
    // The second visit: once the service worker controls the page and has
    // precached, come back to the app (a new navigation, as from a link).
    await serviceWorkerInControl(page);
    await page.goto('about:blank');
    await throttle();
    const before = server.requests.length;
    const second = await visit(page, server, server.url, errors);
    second.requests = server.requests.slice(before);
    warm.push(second);
    await context.close();
  }
  return { network, cold, warm };
}

const stats = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
};

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const loadBefore = load();
const server = await serve(root, '/some/sub/path/', 0, {}, HOSTS[HOST]);
const browser = await launch(server.chromiumFlags);
const version = `Chromium ${browser.version()}`;
const results = [];
let failed = null;
try {
  for (const network of NETWORKS) results.push(await measure(browser, server, network));
} catch (e) {
  failed = e;
} finally {
  await browser.close();
  await server.close();
}
if (failed) {
  console.error(`startup-bench: ${failed.message}`);
  process.exit(1);
}

// The repeat-visit budget: nothing of the app itself (hashed files) from the
// server. The page, config, locales and content are network-first on purpose
// (an organisation's edit reaches people on their next online visit).
function repeat(runs) {
  const asked = [...new Set(runs.flatMap((x) => x.requests))];
  const app = asked.filter((p) => /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(p));
  return `repeat visit: 0 bytes for the app itself: ${app.length ? `OVER (${app.join(', ')})` : 'ok'}; ` +
    `${asked.length} other files revalidated (page, config, locales, content)`;
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
console.log(`Start-up to the first interactive screen (#/checklist), ${version}, 360×740, CPU 4× slower, ${RUNS} runs, host: ${HOST}, browser language: ${LOCALE}`);
console.log(`${'network'.padEnd(8)} ${'visit'.padEnd(5)} ${'heading'.padStart(8)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)} ${'steps'.padStart(8)} ${'server KB'.padStart(10)}  budget (SPEC.md section 5)`);
for (const r of results) {
  for (const [visitName, runs] of [['cold', r.cold], ['warm', r.warm]]) {
    const t = stats(runs.map((x) => x.ms));
    const steps = stats(runs.map((x) => x.stepsMs));
    const words = stats(runs.map((x) => x.wordsMs));
    const kb = stats(runs.map((x) => x.bytes)).median / KB; // what the server sent until interactive
    const budget = visitName === 'cold'
      ? 'first visit ≤ 250 KB: see the size table (server KB here includes the service worker precache running meanwhile)'
      : repeat(runs);
    console.log(`${r.network.padEnd(8)} ${visitName.padEnd(5)} ${s(words.median)} ${s(t.median)} ${s(t.min)} ${s(t.max)} ${s(steps.median)} ${kb.toFixed(1).padStart(10)}  ${budget}`);
  }
}
console.log('  heading: median time until the checklist\'s heading can be read (the first frame\'s, before the app has started)');
console.log('  median/min/max: time to interactive; steps: median time until the checklist\'s "next steps" show (its content file read and drawn)');
for (const n of NETWORKS) console.log(`  ${n}: ${NETWORK_LABEL[n]}`);
console.log(`  load average before ${loadBefore}, after ${load()} (figures grow with the machine's load)`);
console.log('  (SPEC.md sets no start-up time budget; Lighthouse (scripts/lighthouse.mjs) judges LCP/TBT against performance ≥ 95)');
