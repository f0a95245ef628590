import { startSite, openPage, appReady } from './browser.mjs';
const site = await startSite();
const { page, context } = await openPage(site, { locale: 'en-US', hash: 'checklist' });
await appReady(page);
for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
console.log(await page.evaluate(() => { const e = document.activeElement; const s = getComputedStyle(e); return [e.id, e.matches(':focus'), e.matches(':focus-within'), e.matches(':focus-visible'), s.outlineStyle, s.boxShadow].join(' '); }));
await page.screenshot({ path: '/tmp/date.png', clip: { x: 0, y: 500, width: 360, height: 240 } });
await context.close(); await site.close();
