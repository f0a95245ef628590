// Which built files belong to which page: the newcomer app (index.html) or
// the organisation area (org.html, staff only). Shared by the service-worker
// generator (newcomers' phones never precache the organisation area) and the
// size benchmark (newcomers' first visit never downloads it).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

async function refs(root, page) {
  try {
    const html = await readFile(join(root, page), 'utf8');
    return new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]));
  } catch {
    return new Set();
  }
}

/** Returns a predicate: is this site path loaded only by the organisation area? */
export async function orgOnlyFiles(root) {
  const appRefs = await refs(root, 'index.html');
  const orgRefs = await refs(root, 'org.html');
  // The translators' glossaries are read only by the organisation area's
  // site check ("Check this site"), never by the newcomer app.
  const glossary = (f) => /^locales\/[^/]+\/glossary\.toml$/.test(f);
  // desk.ftl: the desk's own messages (ORG_ONLY_FILES in src/i18n/mod.rs).
  const deskText = (f) => /^locales\/[^/]+\/desk\.ftl$/.test(f);
  return (f) => f === 'org.html' || glossary(f) || deskText(f) || (orgRefs.has(f) && !appRefs.has(f));
}
