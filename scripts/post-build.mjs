// Trunk post_build hook (runs in Trunk's staging directory before it becomes
// dist/). It moves Trunk's inline start-up script into its own hashed file,
// so the Content-Security-Policy needs no 'unsafe-inline' and no per-build
// hash, and gives it a subresource-integrity attribute like Trunk's own assets.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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
