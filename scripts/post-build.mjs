// Trunk post_build hook (runs in Trunk's staging directory before it becomes
// dist/). It
// 1. moves Trunk's inline start-up script into its own hashed file, so the
//    Content-Security-Policy needs no 'unsafe-inline' and no per-build hash,
//    with a subresource-integrity attribute like Trunk's own assets;
// 2. writes the service worker sw.js from scripts/sw-template.js, with the
//    list of every file of the site to precache and a version that is the
//    hash of all their contents (any change, even to an .ftl file, makes a
//    new version).
import { createHash } from 'node:crypto';
import { readFile, writeFile, readdir, stat } from 'node:fs/promises';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');

const inline = /<script type="module"[^>]*>([\s\S]*?import init[\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error('post-build: Trunk\'s inline start-up script was not found in index.html');
  process.exit(1);
}
const code = match[1].trim() + '\n';
const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
await writeFile(join(staging, name), code);
html = html.replace(match[0], `<script type="module" src="./${name}" integrity="${sri}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post-build: an inline script is left in index.html; the CSP would block it');
  process.exit(1);
}
await writeFile(indexPath, html);
console.log(`post-build: start-up script moved to ${name}`);

// --- service worker -------------------------------------------------------
async function walk(dir) {
  const out = [];
  for (const entry of (await readdir(dir)).sort()) {
    const path = join(dir, entry);
    if ((await stat(path)).isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}
const files = (await walk(staging)).map((p) => relative(staging, p)).filter((f) => f !== 'sw.js');
const version = createHash('sha256');
for (const f of files) version.update(f).update(await readFile(join(staging, f)));
const precache = ['./', ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`)];
const here = dirname(fileURLToPath(import.meta.url));
const template = await readFile(join(here, 'sw-template.js'), 'utf8');
const sw = template
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__PRECACHE__', JSON.stringify(precache, null, 2));
await writeFile(join(staging, 'sw.js'), sw);
console.log(`post-build: sw.js precaches ${precache.length} files`);
