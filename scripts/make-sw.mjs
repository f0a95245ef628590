// Writes the service worker dist/sw.js from scripts/sw-template.js: the list
// of files to precache (the newcomer app, every locale, content and config;
// not the organisation area) and a version that is the hash of ALL the site's
// files, so any change — even to an .ftl file — makes a new version.
//   node scripts/make-sw.mjs [dist]
import { createHash } from 'node:crypto';
import { readFile, writeFile, readdir, stat } from 'node:fs/promises';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { orgOnlyFiles } from './site-pages.mjs';

const root = process.argv[2] || 'dist';
async function walk(dir) {
  const out = [];
  for (const entry of (await readdir(dir)).sort()) {
    const path = join(dir, entry);
    if ((await stat(path)).isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}
const files = (await walk(root)).map((p) => relative(root, p)).filter((f) => f !== 'sw.js');
const version = createHash('sha256');
for (const f of files) version.update(f).update(await readFile(join(root, f)));
// The organisation area (org.html and the files only it loads) is not
// precached: newcomers' phones never download it. It is cached when staff
// open it, and works offline from then on.
const orgOnly = await orgOnlyFiles(root);
const precache = ['./', ...files.filter((f) => f !== 'index.html' && !orgOnly(f)).map((f) => `./${f}`)];
const here = dirname(fileURLToPath(import.meta.url));
const template = await readFile(join(here, 'sw-template.js'), 'utf8');
const sw = template
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__PRECACHE__', JSON.stringify(precache, null, 2));
await writeFile(join(root, 'sw.js'), sw);
console.log(`make-sw: sw.js precaches ${precache.length} files`);
