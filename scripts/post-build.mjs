// Trunk post_build hook (runs in Trunk's staging directory before it becomes
// the dist folder). It moves Trunk's inline start-up script of the built page
// (index.html or org.html) into its own hashed file, so the
// Content-Security-Policy needs no 'unsafe-inline' and no per-build hash,
// with a subresource-integrity attribute like Trunk's own assets.
// For the newcomer app it also preloads the plain-text files every start
// reads (config, the English locale — always loaded as the fallback — and
// the two content files: the checklist is the first screen of a first
// visit, the intake form that of the intake and export screens, and the app
// reads both in the background after its first screen, so no preload is
// left unused), so they arrive while the wasm downloads instead of one
// round trip after another once it runs.
// Its own start script (start-<hash>.js, a classic script right after
// #boot-message) guesses the language, preloads that language's files and
// draws the first frame: the checklist's heading and introduction, so a
// newcomer reads something useful while the wasm downloads.
// (The service worker is written afterwards by scripts/make-sw.mjs, once both
// pages are in dist/.)
import { createHash } from 'node:crypto';
import { readFile, writeFile, readdir, access } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const page = (await readdir(staging)).find((f) => f.endsWith('.html'));
if (!page) {
  console.error('post-build: no .html page in the staging directory');
  process.exit(1);
}
const indexPath = join(staging, page);
let html = await readFile(indexPath, 'utf8');

const inline = /<script type="module"[^>]*>([\s\S]*?import init[\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error(`post-build: Trunk's inline start-up script was not found in ${page}`);
  process.exit(1);
}
const exists = (p) => access(join(staging, p)).then(() => true, () => false);
let code = match[1].trim() + '\n';
// The newcomer app's language files are fetched once the wasm runs and has
// chosen the language: for anyone not reading English, one more round trip
// after the download (0.7 s on a slow 4G phone, measured). The start-up
// script starts them early instead, as preloads, for the language the app
// will most likely choose: the one remembered on this phone, else the first
// of the browser's languages the site ships. It is only a hint: the app
// still chooses (src/i18n, with the organisation's enabled languages) and
// fetches what it chose; a wrong guess costs one language's files.
// Organisation-only texts (`ORG_ONLY_FILES` in src/i18n/mod.rs): the
// newcomer app never fetches them, so it never preloads them either (a
// preload of a file the service worker does not keep fails offline).
const ORG_ONLY = ['desk.ftl'];
const newcomerFtl = (f) => f.endsWith('.ftl') && !ORG_ONLY.includes(f);
let startCode = null;
if (await exists('locales/en')) {
  const shipped = (await readdir(join(staging, 'locales'), { withFileTypes: true }))
    .filter((d) => d.isDirectory() && d.name !== 'en').map((d) => d.name).sort();
  const files = (await readdir(join(staging, 'locales/en'))).filter(newcomerFtl).sort();
  // scripts/start.js: the language hint and the first frame.
  const template = await readFile(new URL('./start.js', import.meta.url), 'utf8');
  const slot = '/* site */ { shipped: [], files: [] }';
  if (!template.includes(slot)) throw new Error(`post-build: ${slot} was not found in scripts/start.js`);
  // Whole-line comments are for readers of the source, not for every phone.
  startCode = template.replace(slot, JSON.stringify({ shipped, files }))
    .split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');
}

const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
await writeFile(join(staging, name), code);
html = html.replace(match[0], `<script type="module" src="./${name}" integrity="${sri}"></script>`);
if (startCode) {
  const boot = '<p id="boot-message" class="boot">Loading…</p>';
  if (!html.includes(boot)) throw new Error(`post-build: ${boot} was not found in ${page}`);
  const startName = `start-${createHash('sha256').update(startCode).digest('hex').slice(0, 16)}.js`;
  await writeFile(join(staging, startName), startCode);
  const startSri = `sha384-${createHash('sha384').update(startCode).digest('base64')}`;
  html = html.replace(boot, `${boot}\n    <script src="./${startName}" integrity="${startSri}"></script>`);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error(`post-build: an inline script is left in ${page}; the CSP would block it`);
  process.exit(1);
}
// The newcomer build copies the data folders; the organisation area's does
// not (it preloads nothing). No integrity attribute: organisations edit
// these files. `crossorigin` makes the preload match the app's fetch().
if (await exists('locales/en')) {
  const english = (await readdir(join(staging, 'locales/en'))).filter(newcomerFtl).sort();
  const files = ['config/org.toml', ...english.map((f) => `locales/en/${f}`), 'content/checklist.toml', 'content/intake.toml'];
  for (const f of files) if (!(await exists(f))) throw new Error(`post-build: ${f} is missing`);
  const links = files.map((f) => `<link rel="preload" href="${f}" as="fetch" crossorigin="anonymous">`).join('');
  html = html.replace('</head>', `${links}</head>`);
}
await writeFile(indexPath, html);
console.log(`post-build: start-up script of ${page} moved to ${name}`);

