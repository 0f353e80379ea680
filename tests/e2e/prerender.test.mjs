// The prerendered first screen (issue 10): dist/index.html carries the first cards as HTML, made
// at build time (scripts/prerender.sh); the app hydrates those very nodes. An address with a
// query renders afresh, without showing the prerendered cards first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, appReady, bundledCorpus, axeViolations, screenshot, DIST, settledUrl } from './support.mjs';
import { alteredCopy } from './hardening_support.mjs';

let server, browser, corpus, quotes;
before(async () => {
  corpus = await bundledCorpus();
  [server, browser] = await Promise.all([serve(), launch()]);
  quotes = corpus.articles.flatMap((article) => article.quotes);
});
after(async () => { await browser?.close(); await server?.close(); });

/** The most quoted named speaker of the corpus and their number of quotes. */
function topSpeaker() {
  const counts = new Map();
  for (const q of quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
}

/** Runs in the page before its scripts: when parsing ends (before boot.js runs), notes what the
 *  prerendered page showed and tags its first card node, to tell hydrated nodes from new ones. */
const WATCH_PARSE = () => {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const app = document.getElementById('app');
    const card = document.querySelector('.card');
    if (card) card.__prerendered = true;
    const shown = (node) => getComputedStyle(node).display !== 'none' && getComputedStyle(node).visibility !== 'hidden';
    window.__parsed = {
      cards: document.querySelectorAll('.card').length,
      appShown: app ? shown(app) : null,
      otherScreen: document.documentElement.classList.contains('other-screen'),
    };
  });
};

/** Runs in the page before its scripts: at every animation frame (what is about to be painted)
 *  until the app is ready, counts the frames and those showing a prerendered card. */
const WATCH_FRAMES = () => {
  window.__frames = { seen: 0, prerenderedShown: 0 };
  const look = () => {
    const app = document.getElementById('app');
    window.__frames.seen++;
    const shown = (node) => getComputedStyle(node).display !== 'none' && getComputedStyle(node).visibility !== 'hidden';
    if (app?.hasAttribute('data-prerendered') && app.querySelector('.card') && shown(app)) {
      window.__frames.prerenderedShown++;
    }
    if (!document.documentElement.hasAttribute('data-app-ready')) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

test('the served index.html holds the first cards, readable without JavaScript', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const mark = html.match(/<div id="app" data-prerendered data-articles="([\d ]*)" data-quoted-digits="([1-4])">/);
  assert.ok(mark, 'dist/index.html was not prerendered (or names no digits for the speakers\' slices)');
  const page = await openPage(browser, server.url + '/', { javaScriptEnabled: false });
  const cards = await page.locator('.card').count();
  assert.ok(cards > 0, 'no card without JavaScript');
  // It lists the articles its cards show (boot.js fetches them before hydrating): each once.
  const ids = await page.locator('.card').evaluateAll((all) => all.map((c) => Number(c.id.split('-')[1])));
  assert.deepEqual(mark[1].split(' ').map(Number).sort(), [...new Set(ids)].sort());
  // The cards are the corpus's: the first quote card shows a quote of the bundled data.
  const words = (await page.locator('.quote-card .words').first().textContent()).replace(/[“”]/g, '').trim();
  assert.ok(quotes.some((q) => q.text.trim() === words.replace(/^Reported: /, '')), `not a quote of the corpus: ${words}`);
  assert.ok(await page.locator('.noscript-note').isVisible(), 'no note that the filters need JavaScript');
  assert.equal(await page.locator('.loading').count(), 0, 'the loading placeholder is still in the page');
  // Links stay relative until hydration: they keep whatever folder the site is served from.
  const speakerLink = await page.locator('.quote-card a.speaker').first().getAttribute('href');
  assert.match(speakerLink ?? '', /^\?speaker=.+&view=speaker$/);
  await page.context().close();
});

test('before the wasm arrives the prerendered page passes axe, dark, at 360 px', async () => {
  const page = await openPage(browser, server.url + '/', {
    colorScheme: 'dark', viewport: { width: 360, height: 740 },
    prepare: (context) => context.route('**/boot.js', (route) => route.abort()),
  });
  await page.locator('.card').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-app-ready')), false, 'the app started');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'something scrolls sideways');
  // On a phone the filters start closed, as the app shows them: the cards come first.
  assert.equal(await page.locator('.facet-panel fieldset').first().isVisible(), false, 'the filter panel is open at 360 px');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'prerendered-phone-dark');
  await page.context().close();
});

test('the app hydrates the prerendered cards: same nodes, then a speaker filter works and keeps the focus', async () => {
  const page = await openPage(browser, server.url + '/', { prepare: (context) => context.addInitScript(WATCH_PARSE) });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await appReady(page);
  const parsed = await page.evaluate(() => window.__parsed);
  assert.ok(parsed.cards > 0, 'the page arrived without cards');
  assert.equal(parsed.appShown, true);
  assert.ok(await page.evaluate(() => document.querySelector('.card').__prerendered === true),
    'the first card was rendered again instead of hydrated');

  const [name, count] = topSpeaker();
  const box = page.getByRole('group', { name: 'Speakers', exact: true }).locator(`input[type=checkbox][value="${name}"]`);
  await box.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction((name) => [...document.querySelectorAll('.quote-card .speaker')].every((s) => s.textContent.trim() === name)
    && document.querySelectorAll('.quote-card').length > 0, name);
  assert.equal(await page.locator('.quote-card').count(), Math.min(count, 24));
  assert.ok(await box.isChecked());
  assert.ok(await box.evaluate((el) => el === document.activeElement), 'the focus left the checkbox');
  assert.match((await settledUrl(page)), /[?&]speaker=/);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(warnings, [], 'console warnings during hydration');
  await page.context().close();
});

/** A page of `/` whose data is held back until `release()`: the prerendered screen, not yet live. */
async function heldBack() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let release;
  const gate = new Promise((ok) => { release = ok; });
  // The first screen's slice, and corpus.bin should the page ask for it.
  await context.route('**/data/*.bin', async (route) => { await gate; await route.continue(); });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  await page.goto(server.url + '/', { waitUntil: 'domcontentloaded' });
  const live = () => page.evaluate(() => document.documentElement.hasAttribute('data-app-ready'));
  return { page, release, live };
}

test('a checkbox clicked before the app is live waits, then filters', async () => {
  const [name] = topSpeaker();
  const { page, release, live } = await heldBack();
  const box = page.getByRole('group', { name: 'Speakers', exact: true }).locator(`input[type=checkbox][value="${name}"]`);
  await box.click();
  assert.equal(await live(), false, 'the data was not held back');
  assert.equal(await box.isChecked(), false, 'the box says "checked" before anything is filtered');
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('input-waiting')));
  const countSuffix = () => page.evaluate(() => getComputedStyle(document.querySelector('#app .count'), '::after').content);
  assert.equal(await countSuffix(), '" · starting…"', 'the count line does not say the page is starting');
  release();
  await appReady(page);
  await page.waitForURL((u) => u.searchParams.getAll('speaker').includes(name));
  await page.waitForFunction((name) => document.querySelectorAll('.quote-card').length > 0
    && [...document.querySelectorAll('.quote-card .speaker')].every((s) => s.textContent.trim() === name), name);
  assert.ok(await box.isChecked());
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('input-waiting')), false);
  assert.equal(await countSuffix(), 'none', 'the page still says it is starting');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a search typed before the app is live is run once it is', async () => {
  const word = quotes.flatMap((q) => q.text.match(/[A-Za-z]{6,}/g) ?? [])[0];
  const { page, release, live } = await heldBack();
  await page.locator('#search-input').fill(word);
  assert.equal(await live(), false, 'the data was not held back');
  release();
  await appReady(page);
  await page.waitForURL((u) => u.searchParams.get('q') === word);
  assert.equal(await page.locator('#search-input').inputValue(), word);
  assert.ok(await page.locator('.card mark').count() > 0, 'the search marks its matches');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/** A page of `/` with the requests it made, by path. */
async function watchedPage(url, options = {}) {
  const requested = [];
  const page = await openPage(browser, url, {
    ...options,
    prepare: async (context) => {
      context.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await options.prepare?.(context);
    },
  });
  const fetched = (pattern) => requested.some((path) => pattern.test(path));
  return { page, fetched };
}

const CODE = /\.wasm$|\/newslens\.js$/;
// The prerendered screen starts from its own slice of the data.
const DATA = /\/data\/first\.bin$/;

test('opening the page fetches neither the code nor the data, until the pointer reaches for it', async () => {
  const { page, fetched } = await watchedPage(server.url + '/');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  assert.ok(await page.locator('.card').count() > 0, 'no prerendered card');
  assert.equal(fetched(CODE), false, 'the wasm was fetched on opening');
  assert.equal(fetched(DATA), false, 'the data was fetched on opening');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('starting')), false,
    'the page says it is starting before anything started');
  await page.mouse.move(40, 40);
  await page.waitForSelector('html[data-app-ready] .layout', { timeout: 15000 });
  assert.ok(fetched(CODE) && fetched(DATA), 'the app started without its code and data');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a key pressed on the opened page starts the app: the keyboard reaches the filters', async () => {
  const { page, fetched } = await watchedPage(server.url + '/');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Tab');
  await page.waitForSelector('html[data-app-ready] .layout', { timeout: 15000 });
  assert.ok(fetched(DATA));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a link with a newsletter's parameters only opens on the first screen, as the bare address does", async () => {
  const { page, fetched } = await watchedPage(server.url + '/?utm_source=newsletter&utm_medium=email', {
    prepare: (context) => context.addInitScript(WATCH_PARSE),
  });
  await page.waitForLoadState('networkidle');
  const parsed = await page.evaluate(() => window.__parsed);
  assert.ok(parsed.cards > 0 && parsed.appShown && !parsed.otherScreen, `the first screen was hidden: ${JSON.stringify(parsed)}`);
  assert.ok(!fetched(CODE) && !fetched(DATA), 'the code or the data were fetched before the reader reached for the page');
  await page.mouse.move(40, 40);
  await page.waitForSelector('html[data-app-ready] .layout', { timeout: 15000 });
  assert.ok(await page.evaluate(() => document.querySelector('.card').__prerendered === true), 'the cards were drawn again, not hydrated');
  assert.ok(fetched(DATA), 'it started from the first screen\'s slice');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a permalink starts at once, with no pointer or key', async () => {
  const [name] = topSpeaker();
  const { page } = await watchedPage(`${server.url}/?speaker=${encodeURIComponent(name)}`);
  await page.waitForSelector('html[data-app-ready] .layout', { timeout: 15000 });
  assert.ok(await page.locator('.quote-card').count() > 0);
  const countSuffix = await page.evaluate(() => getComputedStyle(document.querySelector('#app .count'), '::after').content);
  assert.equal(countSuffix, 'none', 'the live page still says it is starting');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a permalink asks for its code and data while the page is parsed, each once, and the app takes them', async () => {
  const word = quotes.map((q) => q.text.match(/[A-Za-z]{6,}/)?.[0]).find(Boolean);
  const [name] = topSpeaker();
  for (const [query, data] of [[`q=${word}`, 'data/corpus.bin'], [`speaker=${encodeURIComponent(name)}`, 'data/first.bin']]) {
    const page = await openPage(browser, `${server.url}/?${query}`);
    await appReady(page);
    // Resource timing: one request per file, asked for before the document was parsed (boot.js,
    // a module, runs after: a fetch of its own would start later, or be a second request).
    const requests = await page.evaluate((names) => {
      const parsed = performance.getEntriesByType('navigation')[0].domInteractive;
      return names.map((name) => performance.getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname === `/${name}`).map((e) => (e.startTime < parsed ? 'while parsing' : 'after')));
    }, ['newslens.js', 'newslens_bg.wasm', data]);
    assert.deepEqual(requests, [['while parsing'], ['while parsing'], ['while parsing']], `${query}: the module, the wasm and ${data}`);
    assert.ok(await page.locator('.card').count() > 0, `${query}: no card`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test("a permalink shows its speaker's cards, never the prerendered ones", async () => {
  const [name, count] = topSpeaker();
  const path = `/?speaker=${encodeURIComponent(name)}&view=quotes`;
  const page = await openPage(browser, server.url + path, {
    prepare: async (context) => { await context.addInitScript(WATCH_PARSE); await context.addInitScript(WATCH_FRAMES); },
  });
  await appReady(page);
  const parsed = await page.evaluate(() => window.__parsed);
  // The prerendered cards were in the HTML, hidden from the first paint on (prerender-guard.js).
  assert.ok(parsed.cards > 0);
  assert.ok(parsed.otherScreen, 'prerender-guard.js did not mark the page');
  const frames = await page.evaluate(() => window.__frames);
  assert.ok(frames.seen > 0, 'no frame observed');
  assert.equal(frames.prerenderedShown, 0, `the prerendered default cards were painted on a permalink (${frames.prerenderedShown} frames)`);
  const speakers = (await page.locator('.quote-card .speaker').allTextContents()).map((s) => s.trim());
  assert.equal(speakers.length, Math.min(count, 24));
  assert.ok(speakers.every((s) => s === name), `other speakers: ${speakers.filter((s) => s !== name)}`);
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('.card')].some((c) => c.__prerendered)), false,
    'a prerendered card is still in the page');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('app')).visibility), 'visible');
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.getElementById('app')).display), 'none');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('data that cannot be read replaces the prerendered cards with its message, not a hydration panic', async () => {
  // The first screen's slice damaged too: the page would start from corpus.bin instead.
  const dir = await alteredCopy(DIST, { 'data/corpus.bin': '{"id": "damaged', 'data/first.bin': 'damaged' });
  const site = await serve(dir);
  try {
    const page = await openPage(browser, site.url + '/');
    await page.mouse.move(8, 8);                     // the data is fetched once a reader reaches for the page
    const alert = page.locator('.fatal-error[role=alert]');
    await alert.waitFor({ timeout: 15000 });
    assert.match(await alert.textContent(), /data\/corpus\.bin is unreadable \(not a newslens data file .* at byte 0\): upload dist\/ again/);
    assert.doesNotMatch(await page.locator('body').textContent(), /internal error/);
    assert.equal(await page.locator('.card').count(), 0, 'the prerendered cards stayed');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally { await site.close(); await rm(dir, { recursive: true }); }
});

test('a first-screen article that cannot be read: the app renders afresh, and its cards say why', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const first = html.match(/data-articles="(\d+)/)[1];
  const dir = await alteredCopy(DIST, { [`data/articles/${first}.bin`]: 'damaged' });
  const site = await serve(dir);
  try {
    const page = await openPage(browser, site.url + '/');
    await page.mouse.move(8, 8);
    await page.waitForSelector('html[data-app-ready] .layout', { timeout: 15000 });
    const alert = page.locator(`.card[id$="-${first}-0"] [role=alert]`).first();
    await alert.waitFor({ timeout: 15000 });
    assert.match(await alert.textContent(), new RegExp(`data/articles/${first}\\.bin is unreadable`));
    assert.equal(await page.locator('.layout').count(), 1, 'the prerendered screen stayed beside the new one');
    assert.doesNotMatch(await page.locator('body').textContent(), /internal error/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally { await site.close(); await rm(dir, { recursive: true }); }
});
