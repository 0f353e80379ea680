import { chromium } from 'playwright-core';
import { serve } from '../e2e/support.mjs';
const dir = process.argv[2];
const server = await serve(dir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
for (let r = 0; r < 3; r++) {
  const page = await browser.newPage();
  await page.goto(server.url + '/');
  await page.waitForLoadState('networkidle');
  const t0 = await page.evaluate(() => performance.now());
  await page.mouse.move(8, 8);
  await page.waitForSelector('html[data-app-ready]', { timeout: 120000 });
  const t1 = await page.evaluate(() => performance.now());
  const res = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /wasm|corpus|newslens\.js/.test(e.name)).map((e) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)]));
  console.log(`ready ${Math.round(t1 - t0)} ms after intent at ${Math.round(t0)}; resources:`, JSON.stringify(res));
  await page.close();
}
await browser.close(); await server.close();
