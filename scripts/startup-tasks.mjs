// Where start-up time goes: the long tasks of one page load (CPU 4× slower,
// phone-sized, brotli over HTTPS and HTTP/2 like Netlify), each with the functions that ran in it, by
// name. A report for finding what blocks the main thread (Lighthouse's TBT);
// it asserts nothing.
//
//   node scripts/startup-tasks.mjs [dist] [--page org.html|'#/intake'|…] [--min 30]
//
// Run after `scripts/build-site.sh`. The release wasm has no function names,
// so this copies dist/ to a temporary folder and puts in a build of the same
// code with names kept (the cargo output in target/ through wasm-bindgen
// --keep-debug and wasm-opt -Oz -g; integrity attributes removed). Timings
// are the real ones of this machine with CPU throttling, not Lighthouse's
// simulation; a task of n ms here is about what Lighthouse counts.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const page = option('--page', '');
const minMs = Number(option('--min', '30'));
const dist = args[0] || 'dist';
const WASM_OPT = ['-Oz', '-g', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-reference-types', '--enable-multivalue'];

// A copy of dist/ whose two page programs keep their function names.
const work = await mkdtemp(join(tmpdir(), 'waymark-tasks-'));
const named = join(work, 'dist');
await cp(dist, named, { recursive: true });
const files = await readdir(named);
for (const bin of ['waymark', 'waymark-org']) {
  const hashed = files.find((f) => new RegExp(`^${bin}-[0-9a-f]+_bg\\.wasm$`).test(f));
  if (!hashed) throw new Error(`no ${bin}-<hash>_bg.wasm in ${dist}: build first (scripts/build-site.sh)`);
  execFileSync('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', join(work, bin),
    `target/wasm32-unknown-unknown/release/${bin}.wasm`]);
  execFileSync('wasm-opt', [...WASM_OPT, join(work, bin, `${bin}_bg.wasm`), '-o', join(named, hashed)]);
}
for (const html of ['index.html', 'org.html']) {
  const path = join(named, html);
  await writeFile(path, (await readFile(path, 'utf8')).replace(/ integrity="[^"]*"/g, ''));
}

// browser.mjs reads the folder to serve when it is first imported.
process.env.WAYMARK_DIST = named;
const { startSite } = await import('../tests/e2e/browser.mjs');
const { HOSTS } = await import('../tests/e2e/server.mjs');
const site = await startSite({ host: HOSTS.br });
const context = await site.browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
const tab = await context.newPage();
const cdp = await context.newCDPSession(tab);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await tab.goto(site.url + page);
await tab.waitForTimeout(6000);
const { profile } = await cdp.send('Profiler.stop');
const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.end');
await traced;
await site.close();
await rm(work, { recursive: true, force: true });

// Main-thread tasks of the page, and the profile's samples inside each
// (trace and profiler share the same monotonic clock, in µs).
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const tasks = events
  .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === main?.pid && e.tid === main?.tid && e.dur >= minMs * 1000)
  .sort((a, b) => a.ts - b.ts);
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
let clock = profile.startTime;
const samples = profile.samples.map((id, i) => [(clock += profile.timeDeltas[i]), id]);
const name = (id) => {
  const f = nodes.get(id).callFrame;
  return f.functionName || `(${f.url.split('/').pop() || 'native'})`;
};
console.log(`Long tasks (≥ ${minMs} ms) loading ${page || 'the first screen'}, CPU 4× slower; share of each task's samples per function (inclusive):`);
// Frames every wasm task passes through (bindgen shims, the executor).
const PLUMBING = /convert::closures|wasm_bindgen__convert|js_sys::futures::queue|core::pin::Pin<P> as core::future|__wbg_|wasm-function\[/;
const t0 = tasks[0]?.ts ?? 0;
for (const task of tasks) {
  const inclusive = new Map();
  let count = 0;
  for (const [ts, id] of samples) {
    if (ts < task.ts || ts > task.ts + task.dur) continue;
    count += 1;
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) seen.add(name(cur));
    for (const f of seen) inclusive.set(f, (inclusive.get(f) || 0) + 1);
  }
  console.log(`+${((task.ts - t0) / 1000).toFixed(0)} ms: task of ${(task.dur / 1000).toFixed(0)} ms (${count} samples)`);
  [...inclusive]
    .filter(([f]) => !['(root)', '(native)', '(idle)', 'real', 'js-to-wasm', 'wasm-to-js'].includes(f) && !PLUMBING.test(f))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .forEach(([f, n]) => console.log(`  ${String(Math.round((100 * n) / Math.max(count, 1))).padStart(3)}% ${f.slice(0, 130)}`));
}
