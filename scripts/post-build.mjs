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
  const frames = await firstFrames(['en', ...shipped]);
  // Its own classic script right after #boot-message, not Trunk's module:
  // the parser runs it as soon as it and the style sheets have arrived, so
  // the frame is in the first paint, long before the wasm (whose download
  // Trunk's preload starts at once) has arrived.
  startCode = `// Language hint (scripts/post-build.mjs): preload the likely language's files.
{
  const shipped = ${JSON.stringify(shipped)};
  const files = ${JSON.stringify(files)};
  const frames = ${JSON.stringify(frames)};
  const primary = (tag) => String(tag).toLowerCase().split('-')[0];
  let pick = null;
  // The key of src/shell/prefs.rs (LOCALE_KEY).
  try { pick = localStorage.getItem('waymark.locale'); } catch (_) { /* storage off */ }
  if (!shipped.includes(pick) && pick !== 'en') {
    pick = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language])
      .map(primary).find((l) => l === 'en' || shipped.includes(l));
  }
  if (shipped.includes(pick) && !new URLSearchParams(location.search).has('pseudo')) {
    for (const file of files) {
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = \`locales/\${pick}/\${file}\`;
      document.head.append(link);
    }
  }
  // First frame: on the checklist (the first screen of a first visit), its
  // heading and introduction replace "Loading…" until the app has started
  // and draws the real screen (it removes #boot-message). At once in the
  // likely language (above); once config/org.toml has arrived, in the
  // language the app will choose (src/ui/i18n.rs: the remembered choice if
  // the organisation enables it, else the first of the browser's languages
  // it enables, else its default), or back to "Loading…" if this reader
  // has any doubt about the file. The frame hands the file's answer to the
  // app (window.waymarkStarted, read once by src/shell/net.rs): it is
  // fetched once, as before.
  const route = location.hash.replace(/^#\\/?/, '');
  const first = document.getElementById('boot-message');
  if (first && (route === '' || route === 'checklist') && !new URLSearchParams(location.search).has('pseudo')) {
    const show = (lang) => {
      const boot = document.getElementById('boot-message');
      // The app removes #boot-message once its own screen is drawn.
      if (!boot || (boot.classList.contains('boot-frame') ? boot.lang : null) === (frames[lang] ? lang : null)) return;
      const frame = frames[lang];
      if (!frame) { boot.replaceWith(first); return; }
      const div = document.createElement('div');
      div.id = 'boot-message';
      div.className = 'boot-frame';
      div.lang = lang;
      div.dir = 'auto';
      const h1 = document.createElement('h1');
      h1.textContent = frame[0];
      const lead = document.createElement('p');
      lead.className = 'lead';
      lead.textContent = frame[1];
      const wait = document.createElement('p');
      wait.setAttribute('role', 'status');
      wait.textContent = frame[2];
      div.append(h1, lead, wait);
      boot.replaceWith(div);
    };
    const chosen = (text) => {
      // Top-level keys only (before the first [table]), comments removed.
      const top = text.split(/^\\s*\\[/m)[0].split('\\n').map((l) => l.replace(/#.*/, '')).join('\\n');
      const def = top.match(/^\\s*default_locale\\s*=\\s*"([^"]*)"\\s*$/m);
      const list = top.match(/^\\s*enabled_locales\\s*=\\s*\\[([^\\]]*)\\]/m);
      const known = ['en', ...shipped];
      const enabled = list ? [...list[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]) : known;
      if (!def || !enabled.length || !enabled.includes(def[1]) || !enabled.every((l) => known.includes(l))) return null;
      let remembered = null;
      try { remembered = localStorage.getItem('waymark.locale'); } catch (_) { /* storage off */ }
      if (enabled.includes(remembered)) return remembered;
      const asked = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
      return asked.map(primary).find((l) => enabled.includes(l)) || def[1];
    };
    show(pick);
    const config = fetch('config/org.toml', { cache: 'no-cache' });
    window.waymarkStarted = { 'config/org.toml': config };
    config.then((r) => (r.ok ? r.clone().text() : '')).then((text) => show(chosen(text)), () => show(null));
  }
}
`;
}
/**
 * The first frame's texts per language, from the built locale files: the
 * checklist's heading and introduction and the "Loading…" line. A language
 * whose texts are not plain one-line messages (a placeable, a term, several
 * lines) gets no first frame: "Loading…" stays, as before.
 */
async function firstFrames(languages) {
  const plain = (text, id) => {
    const m = text.match(new RegExp(`^${id} = (.+)$`, 'm'));
    const next = m && text.slice(m.index + m[0].length + 1).split('\n')[0];
    if (!m || /[{}]/.test(m[1]) || (next && /^\s/.test(next) && next.trim() && !next.trim().startsWith('#'))) return null;
    return m[1].trim();
  };
  const out = {};
  for (const lang of languages) {
    const read = (f) => readFile(join(staging, 'locales', lang, f), 'utf8').catch(() => '');
    const [checklist, app] = [await read('checklist.ftl'), await read('app.ftl')];
    const texts = [plain(checklist, 'checklist-heading'), plain(checklist, 'checklist-intro'), plain(app, 'app-loading')];
    if (texts.every(Boolean)) out[lang] = texts;
  }
  return out;
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

