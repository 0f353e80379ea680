// Shared helpers for the end-to-end tests: a static server for dist/ and a headless Chromium.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` on 127.0.0.1 (a free port unless given). `headers(path)` adds response headers.
 *  Returns { url, requests, close } where `requests` logs every path asked for. */
export async function serve(dir = DIST, { port = 0, headers = () => ({}) } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  // close() alone waits for the browser's keep-alive connections, which a page left open holds.
  const close = () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); });
  return { url, requests, close };
}

/** Debian's Chromium, headless, with the flags this sandboxed machine needs. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A new page that records console errors, page errors and dialogs (all should stay empty).
 *  `prepare(context)` runs before the page loads (init scripts, listeners). */
export async function openPage(browser, url, { prepare = async () => {}, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await prepare(context);
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { page.problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(url);
  return page;
}

/** The search has answered: the chunks of search words it needs are here (until then the page
 *  keeps the last answer on screen, `main` marked busy). */
export async function answered(page) {
  await page.locator('main.results:not([aria-busy])').waitFor();
  // And every card shown has its words (their articles' files arrived).
  await page.waitForFunction(() => !document.querySelector('.card[aria-busy]'));
}

/** The app is live: rendered or hydrated (App's effect marks <html>), not only prerendered. */
export const APP_READY = 'html[data-app-ready] .layout';

let wiggle = 0;

/** Waits until the app has rendered its cards (or its empty state) and answers input: the
 *  prerendered first screen is in the page before its controls work, and on it the app starts
 *  only when a reader reaches for the page (boot.js): the pointer moves over it first. */
export async function appReady(page) {
  // To another point each time: a move to where the pointer already is fires no event.
  await page.mouse.move(8 + (wiggle++ % 2), 8);
  await page.waitForSelector(APP_READY, { timeout: 15000 });
}

/** The page's address once the app has written it: the app writes it after the frame that shows
 *  a change (src/app/after_paint.rs), so a test that waited for the cards waits a frame more. */
export async function settledUrl(page) {
  for (let frame = 0; frame < 2; frame++) {
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
  }
  return page.url();
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** axe-core's accessibility violations on the page as it is now, one line each. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/** The corpus the app bundles, as `cargo run --bin extract -- seeds/*.txt` prints it. */
export async function bundledCorpus() {
  return JSON.parse(await readFile(join(ROOT, 'target/e2e-corpus.json'), 'utf8'));
}
