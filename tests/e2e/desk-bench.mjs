// Benchmark (run by hand, not a test): time to open 100 exports in the desk.
//   node tests/e2e/desk-bench.mjs            (needs a release build in dist/)
// Seals 100 varied exports to the demo key with Debian's `age`, loads the demo
// key in the desk, chooses all 100 files at once and measures, in the page,
// the time from choosing the files until all 100 are rendered. Prints the
// median of 3 runs.
import { startSite, openPage, appReady } from './browser.mjs';
import { msg, tempDir, ageSeal, IDENTITY } from './export-helpers.mjs';

const N = 100;
const needs = ['legal', 'housing', 'supplies', 'education', 'work', 'health', 'psychological', 'banking'];
const locales = ['be', 'ru', 'uk', 'pl', 'en'];
const dir = tempDir();
const files = [];
for (let i = 0; i < N; i++) {
  const e = {
    format: 'waymark-export', version: 1, content_version: '2026-11-21', locale: locales[i % 5],
    created: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`,
    answers: {
      'consent-processing': true, name: `Person ${i}`, needs: [needs[i % 8], needs[(i + 3) % 8]],
      'in-danger': i % 7 === 0, 'housing-situation': 'shelter', 'contact-channel': 'telegram', 'contact-telegram': `@p${i}`,
      languages: ['belarusian', 'polish'], household: [{ 'member-relationship': 'child', 'member-birth-year': 2010 + (i % 10) }],
      message: 'Тэкст '.repeat(20 + (i % 40)),
    },
    checklist: { steps: { pesel: 'done', 'profil-zaufany': 'in-progress' } },
  };
  files.push(ageSeal(dir, `e${i}.age`, JSON.stringify(e)));
}

const site = await startSite();
const times = [];
try {
  for (let run = 0; run < 3; run++) {
    const { page, context } = await openPage(site, { locale: 'en', path: 'org.html', width: 1280, height: 900 });
    await appReady(page);
    await page.getByLabel(msg('en', 'desk-identity-file-label'), { exact: true }).setInputFiles(IDENTITY);
    await page.locator('.desk-keys .fingerprint').waitFor();
    await page.evaluate(() => { window.__t0 = performance.now(); });
    await page.getByLabel(msg('en', 'desk-files-label')).setInputFiles(files);
    await page.waitForFunction((n) => document.querySelectorAll('article.desk-export').length === n, N, { timeout: 120000 });
    const ms = await page.evaluate(() => performance.now() - window.__t0);
    times.push(ms);
    console.log(`run ${run + 1}: ${N} exports opened and rendered in ${ms.toFixed(0)} ms`);
    await context.close();
  }
} finally {
  await site.close();
}
times.sort((a, b) => a - b);
console.log(`median: ${times[1].toFixed(0)} ms for ${N} exports (${(times[1] / N).toFixed(1)} ms each)`);
