// Trunk post_build hook (runs in Trunk's staging directory before it becomes
// the dist folder). It moves Trunk's inline start-up script of the built page
// (index.html or org.html) into its own hashed file, so the
// Content-Security-Policy needs no 'unsafe-inline' and no per-build hash,
// with a subresource-integrity attribute like Trunk's own assets.
// (The service worker is written afterwards by scripts/make-sw.mjs, once both
// pages are in dist/.)
import { createHash } from 'node:crypto';
import { readFile, writeFile, readdir } from 'node:fs/promises';
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
const code = match[1].trim() + '\n';
const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
await writeFile(join(staging, name), code);
html = html.replace(match[0], `<script type="module" src="./${name}" integrity="${sri}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error(`post-build: an inline script is left in ${page}; the CSP would block it`);
  process.exit(1);
}
await writeFile(indexPath, html);
console.log(`post-build: start-up script of ${page} moved to ${name}`);

