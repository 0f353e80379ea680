import { chromium } from 'playwright-core';
import { serve } from '../e2e/support.mjs';
const server = await serve(process.argv[2]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (let r = 0; r < 3; r++) {
  const page = await browser.newPage();
  page.on('console', (m) => { if (m.text().startsWith('PROBE')) console.log(m.text()); });
  await page.goto(server.url + '/');
  await page.waitForLoadState('networkidle');
  const t0 = await page.evaluate(() => performance.now());
  await page.mouse.move(8, 8);
  await page.waitForSelector('html[data-app-ready]', { timeout: 120000 });
  console.log('ready', Math.round(await page.evaluate(() => performance.now()) - t0));
  await page.close();
}
await browser.close(); await server.close();
