// Helpers shared by the export and desk end-to-end tests: Fluent strings read
// from the shipped .ftl files (so tests find controls by their real,
// translated names), Debian's `age` CLI, and the demo key.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const IDENTITY = 'tests/fixtures/demo-identity.txt';
export const DEMO_RECIPIENT = 'age1ef76wppp82sy2hs6g48jrttlpu6lhpnft2xcnu5cmp7ez63c9f3sv3drpe';
export const DEMO_FINGERPRINT = 'CA7D-A704-213A-A045';
export const BUCKETS = [2048, 4096, 16384, 65536, 262144, 524288];
export const MAX_EXPORT_INPUT = 1024 * 1024;

const cache = new Map();

/** Single-line Fluent messages of `locales/<locale>/<file>` as a Map. */
function messages(locale, file) {
  const key = `${locale}/${file}`;
  if (!cache.has(key)) {
    const map = new Map();
    for (const line of readFileSync(`locales/${locale}/${file}`, 'utf8').split('\n')) {
      const m = /^([a-z0-9-]+) = (.+)$/.exec(line);
      if (m) map.set(m[1], m[2]);
    }
    cache.set(key, map);
  }
  return cache.get(key);
}

/** The text of message `id` (searched in every .ftl file of `locale`), with `{ $x }` filled from `args` and `{ -term }` from app.ftl. */
export function msg(locale, id, args = {}) {
  for (const file of ['export.ftl', 'desk.ftl', 'app.ftl', 'intake.ftl', 'intake-content.ftl', 'checklist.ftl', 'checklist-content.ftl']) {
    const text = messages(locale, file).get(id);
    if (text !== undefined) {
      return text
        .replace(/\{ \$([a-z]+) \}/g, (_, name) => String(args[name] ?? ''))
        // Terms such as { -brand-name } are defined in app.ftl.
        .replace(/\{ (-[a-z-]+) \}/g, (_, term) => messages(locale, 'app.ftl').get(term) ?? '')
        // A reference to another message ({ nav-checklist }) is that message.
        .replace(/\{ ([a-z][a-z0-9-]*) \}/g, (_, id) => msg(locale, id));
    }
  }
  throw new Error(`no single-line message ${id} in ${locale}`);
}

/** A regular expression matching `text` literally. */
export function literal(text) {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

export function tempDir() {
  return mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
}

/** `age -d -i demo-identity.txt <path>` → plaintext (throws when it fails). */
export function ageDecrypt(path) {
  return execFileSync('age', ['-d', '-i', IDENTITY, path]).toString('utf8');
}

/** Seals `plaintext` to the demo key with the `age` CLI; returns the file path. */
export function ageSeal(dir, name, plaintext, { armor = false, recipient = DEMO_RECIPIENT } = {}) {
  const src = join(dir, `${name}.plain`);
  const out = join(dir, name);
  writeFileSync(src, plaintext);
  execFileSync('age', [...(armor ? ['-a'] : []), '-r', recipient, '-o', out, src]);
  return out;
}

/** Runs axe-core with the WCAG 2.1 A/AA tags; returns one line per violation. */
export async function axeViolations(AxeBuilder, page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
