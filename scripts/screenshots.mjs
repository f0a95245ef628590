// Takes the README/docs screenshots: every screen at 360×740 in Belarusian
// and Polish, from the release build in dist/, into docs/screenshots/.
//   node scripts/screenshots.mjs        (after scripts/build.sh)
import { mkdir } from 'node:fs/promises';
import { startSite, openPage, appReady, SCREENS } from '../tests/e2e/browser.mjs';

const site = await startSite({ base: '/' });
await mkdir('docs/screenshots', { recursive: true });
try {
  for (const [lang, browserLocale] of [['be', 'be-BY'], ['pl', 'pl-PL']]) {
    const { page, context } = await openPage(site, { locale: browserLocale, width: 360, height: 740 });
    await appReady(page);
    for (const screen of SCREENS) {
      await page.goto(`${site.url}#/${screen}`);
      await page.locator(`section[data-screen="${screen}"]`).waitFor();
      await page.waitForTimeout(400);
      await page.screenshot({ path: `docs/screenshots/${screen}-${lang}.png` });
    }
    await context.close();
  }
  console.log('screenshots written to docs/screenshots/');
} finally {
  await site.close();
}
