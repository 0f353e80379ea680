// The page benchmark (`make bench-page`, run by scripts/bench-page.sh): loads each built site in
// headless Chromium and prints first-load bytes (the page opened; then started by a reader's
// pointer), time to the first card (against a static page of the same card), the time from that
// pointer to a live app, a first click made before then (until applied), keystroke and
// facet-click INP and the time until their cards are shown, DOM nodes, JS heap and wasm memory.
//
//   node tests/bench/page.mjs [--runs N] [--json FILE] NAME:DIST:ARTICLES:BUILD ...
//
// BUILD is the build's time in seconds, or a word ("failed", "timed out") when there is no site.
// Not a test: it prints figures. Every figure that cannot be measured prints "n/a".
import { createServer } from 'node:http';
import { readFile, writeFile, rm, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

// Each browser context is fresh (Playwright launches Chromium with a new empty profile): no cache.

// Every CSS selector the benchmark uses, in one place: the UI is being reworked (paging, a
// histogram timeline), so update them here when the markup changes.
// Between two keys of a word typed at a reader's pace (about 80 words a minute).
const TYPING_DELAY_MS = 150;

const SELECTORS = {
  card: '.card',                                     // the first card = the page is useful
  cardWithWords: '.card:not([aria-busy])',           // a card whose words are here (its article's file arrived)
  cardWords: '.words, .sentence',                    // a card's quoted words or event sentence
  search: 'search.filters input[type=search]',       // the main search box (the first match)
  speaker: 'fieldset.facet-speaker input[type=checkbox]', // the first speaker of the facet
  count: 'main .count',                              // "N quotes, N events": the corpus's density
  fatal: '.fatal-error',                             // the app's message when it cannot start
  // The app answers input: hydrated or rendered (App marks <html>). A build without a prerendered
  // #app (older ones) is ready once its .layout is in the page.
  ready: 'html[data-app-ready]',
  prerendered: '#app[data-prerendered]',
  layout: '.layout',
};
// The goals of issue 10, per corpus kind ("seeds" or a generated one).
const GOALS = {
  seeds: { loadKB: 150, cardRatio: 1.5 },
  generated: { loadKB: 300, cardRatio: 2, inpMs: 50, domNodes: 3000, buildBeyondS: 180 },
};
// Seconds of measuring per corpus after which no new run starts (at 10,000 articles one run can
// take many minutes): the table says how many runs each corpus got.
const RUN_BUDGET = Number(process.env.BENCH_RUN_BUDGET ?? 1200) * 1000;
const STATIC_PAGE = '__bench_static.html';          // written into each site's folder
// A 10,000-article page may take long; past this, the first card is reported as ">N s".
const LOAD_TIMEOUT = Number(process.env.BENCH_LOAD_TIMEOUT ?? 180) * 1000;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

/** A static server for `dir`; `log` collects the paths served, for the network-idle bytes. */

/** Until `site` has served nothing for 500 ms. Playwright's "networkidle" is reached once per
 *  page: after an interaction on the same page it no longer waits (the files a cold click
 *  fetched were then counted in some runs and not in others). */
async function quiet(site, timeout = LOAD_TIMEOUT) {
  const end = Date.now() + timeout;
  let seen = site.log.length;
  let since = Date.now();
  while (Date.now() < end) {
    await new Promise((ok) => setTimeout(ok, 100));
    if (site.log.length !== seen) [seen, since] = [site.log.length, Date.now()];
    else if (Date.now() - since >= 500) return;
  }
}
async function serve(dir) {
  const log = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      log.push(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  const close = () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); });
  return { url, log, close, dir };
}

// Runs in the page before any of its scripts: notes when the first card is in the document and a
// frame has been produced for it, and keeps the wasm instances' memories (no hook in boot.js).
const PAGE_PROBE = ({ card: cardSelector, ready, prerendered, layout }) => {
  globalThis.__bench = { card: null, ready: null, memories: [], events: [] };
  const keep = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result?.instance;
    for (const v of Object.values(instance?.exports ?? {})) if (v instanceof WebAssembly.Memory) __bench.memories.push(v);
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (original) WebAssembly[name] = function (...args) { return original.apply(this, args).then(keep); };
  }
  const seen = () => {
    if (__bench.card !== null || !document.querySelector(cardSelector)) return false;
    __bench.card = -1;
    // The next animation frame is when the card is painted; its time, from navigation start.
    requestAnimationFrame(() => {
      __bench.card = performance.now();
      __bench.cardResources = performance.getEntriesByType('resource').map((e) => e.name);
    });
    return true;
  };
  new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true });
  // When the page first answers input (the prerendered cards come before the app does).
  const live = () => document.querySelector(ready) || (!document.querySelector(prerendered) && document.querySelector(layout));
  new MutationObserver((_, observer) => {
    if (__bench.ready !== null || !live()) return;
    __bench.ready = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-app-ready'] });
  // Event Timing: every interaction's longest event (keydown, input, pointerup, click…).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) __bench.events.push({ start: e.startTime, duration: e.duration, name: e.name });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

/** `promise`, or an error after `ms`. Playwright's own timeouts of waitForFunction and evaluate
 *  run in the page: they never fire while the page's main thread is blocked (at 10,000 articles it
 *  was for over 15 minutes), so the limits are kept here, in Node. */
function within(ms, what, promise) {
  let timer;
  const limit = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms / 1000} s`)), ms); });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

const gzCache = new Map();
/** The `gzip -9` size of a served file (GNU gzip itself: Node's zlib at level 9 gives about 1.5%
 *  more, and `make size` uses gzip -9); zlib only when there is no gzip command. */
async function gzipSize(file) {
  if (!gzCache.has(file)) {
    let size;
    try {
      size = execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 2 ** 31 - 1 }).length;
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
      size = gzipSync(await readFile(file), { level: 9 }).length;
    }
    gzCache.set(file, size);
  }
  return gzCache.get(file);
}
const urlToFile = (dist, base, url) => join(dist, decodeURIComponent(new URL(url).pathname).replace(/\/$/, '/index.html'));

/** The figures of one fresh load of the app; null figures are the ones that failed. */
async function loadApp(browser, site, dist) {
  const out = { count: null, card: null, ready: null, start: null, coldClick: null, permalink: null, cardBytes: null, openBytes: null, idleBytes: null, dom: null, heap: null, wasm: null, key: null, click: null, cardHtml: null };
  // Where a run's time goes (printed with the run): a slow benchmark should say why.
  let last = Date.now();
  const laps = [];
  const lap = (name) => { const now = Date.now(); laps.push(`${name} ${((now - last) / 1000).toFixed(1)}`); last = now; };
  out.laps = laps;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(PAGE_PROBE, SELECTORS);
    const page = await context.newPage();
    site.log.length = 0;
    let crashed = null;
    page.on('crash', () => { crashed = 'the renderer crashed'; });
    await page.goto(site.url + '/', { timeout: LOAD_TIMEOUT, waitUntil: 'commit' });
    try {
      // A card, or the app's error message (then there is no card to wait for).
      await within(LOAD_TIMEOUT, 'first card', page.waitForFunction((fatal) => __bench.card > 0 || document.querySelector(fatal),
        SELECTORS.fatal, { timeout: 0, polling: 50 }));
      const fatal = await page.evaluate((sel) => document.querySelector(sel)?.textContent, SELECTORS.fatal);
      if (fatal) throw new Error(`the app failed: ${fatal.slice(0, 200)}`);
      const probe = await page.evaluate(() => ({ card: __bench.card, resources: __bench.cardResources }));
      out.card = probe.card;
      let bytes = await gzipSize(join(dist, 'index.html'));
      for (const url of new Set(probe.resources)) bytes += await gzipSize(urlToFile(dist, site.url, url)).catch(() => 0);
      out.cardBytes = bytes;
      out.cardHtml = await page.evaluate(staticCopy, SELECTORS.card).catch(() => null);
      lap('card');
    } catch (e) {
      console.error(`  first card: ${crashed ?? e.message.split('\n')[0]}`);
      out.timedOut = true;
      out.failure = crashed ?? (e.message.startsWith('the app failed') ? 'app error' : null);
      // What was fetched so far still counts: the page's download is part of why it is slow.
      out.idleBytes = 0;
      for (const file of new Set(site.log)) out.idleBytes += await gzipSize(file).catch(() => 0);
      return out;                                  // nothing else is worth waiting for
    }
    // Opening the page: what a reader who only reads the first screen downloads. The app's code
    // and data wait for the reader to reach for the page (boot.js); a build that starts at once
    // has fetched them by now too.
    await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT }).catch(() => {});
    out.openBytes = await servedBytes(site);
    lap('open');
    // The reader's first act: a speaker click, made before the app is live (it has not started:
    // nothing has reached for the page yet). The pointer moving to the box starts the app; the
    // click is held until it is live, then applied: its time until the box is checked.
    const intent = await page.evaluate(() => performance.now());
    out.coldClick = await coldClick(page, SELECTORS.speaker);
    const speaker = await page.evaluate((sel) => document.querySelector(sel)?.value ?? null, SELECTORS.speaker);
    out.ready = await page.evaluate(() => __bench.ready);
    out.start = out.ready === null ? null : Math.max(0, out.ready - intent);
    lap('cold click');
    await quiet(site);
    out.idleBytes = await servedBytes(site);
    lap('idle');
    // A search permalink (a word of the first card) starts the app at once and shows the cards
    // only it can find: the time from navigation to its first card, nothing prerendered.
    // From the card's words (a quote's, or an event's sentence), not its label or date, of a
    // card whose words are here (a busy one says "Loading the words…": "Loading" was taken).
    // Waited for too: in a third of the runs the clicked speaker's words were not here yet.
    await page.waitForSelector(`${SELECTORS.ready} ${SELECTORS.cardWithWords}`, { timeout: LOAD_TIMEOUT }).catch(() => {});
    const word = await page.evaluate(({ card, words }) => {
      const el = document.querySelector(card);
      const text = (el?.querySelector(words) ?? el)?.cloneNode(true);
      text?.querySelector('.reported-label')?.remove();             // "Reported:" is a label
      return (text?.textContent.match(/[A-Za-z]{6,}/) ?? [null])[0];
    }, { card: SELECTORS.cardWithWords, words: SELECTORS.cardWords });
    if (word) {
      await page.goto(`${site.url}/?q=${encodeURIComponent(word.toLowerCase())}`, { timeout: LOAD_TIMEOUT, waitUntil: 'domcontentloaded' });
      // A card, or the empty state (then the word found nothing: no figure, and a warning).
      const shown = await within(LOAD_TIMEOUT, 'permalink', page.evaluate(([card, empty]) => new Promise((ok) => {
        const look = () => {
          if (document.querySelector(card)) requestAnimationFrame(() => ok(performance.now()));
          else if (document.querySelector(empty)) ok(null);
          else setTimeout(look, 10);
        };
        look();
      }), [`${SELECTORS.ready} ${SELECTORS.cardWithWords}`, `${SELECTORS.ready} .empty`])).catch((e) => { console.error(`  n/a: permalink: ${e.message.split('\n')[0]}`); return null; });
      if (shown === null) console.error(`  n/a: permalink: no card for ?q=${word}`);
      out.permalink = shown;
      lap('permalink');
    }
    // A speaker permalink (a shared link to the most quoted speaker's cards): the time from
    // navigation to their first card with its words, and the bytes fetched until then (from
    // their slice of the data, then the whole, since session 22).
    if (speaker) {
      site.log.length = 0;
      await page.goto(`${site.url}/?speaker=${encodeURIComponent(speaker)}`, { timeout: LOAD_TIMEOUT, waitUntil: 'domcontentloaded' });
      // The files requested before the card was there (the page's own resource timing: the
      // server's log goes on meanwhile, and the data that follows a slice is not the card's).
      const shown = await within(LOAD_TIMEOUT, 'speaker permalink', page.evaluate((card) => new Promise((ok) => {
        const requested = (t) => ['/', ...performance.getEntriesByType('resource').filter((e) => e.startTime <= t).map((e) => new URL(e.name).pathname)];
        const look = () => (document.querySelector(card) ? requestAnimationFrame(() => { const t = performance.now(); ok({ t, paths: requested(t) }); }) : setTimeout(look, 10));
        look();
      }), `#app ${SELECTORS.cardWithWords}`)).catch((e) => { console.error(`  n/a: speaker permalink: ${e.message.split('\n')[0]}`); return null; });
      out.speakerPermalink = shown?.t ?? null;
      const files = new Set((shown?.paths ?? []).map((path) => normalize(join(site.dir, path.endsWith('/') ? path + 'index.html' : path))));
      out.speakerBytes = shown ? await servedBytes({ log: [...files] }) : null;
      lap('speaker permalink');
    }
    // The other figures on the unfiltered page, live.
    await page.goto(site.url + '/', { timeout: LOAD_TIMEOUT, waitUntil: 'commit' });
    await startLive(page);
    await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT }).catch(() => {});
    lap('reload');
    out.dom = await page.evaluate(() => document.getElementsByTagName('*').length);
    out.count = await page.evaluate((sel) => document.querySelector(sel)?.textContent.trim() ?? null, SELECTORS.count);
    // Heap after a full GC, so garbage from the start-up does not count.
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
    out.heap = (await cdp.send('Runtime.getHeapUsage').catch(() => null))?.usedSize ?? null;
    out.wasm = await page.evaluate(() => __bench.memories.length ? __bench.memories.reduce((s, m) => s + m.buffer.byteLength, 0) : null);
    lap('dom+heap');
    out.key = await interaction(page, SELECTORS.search, async (el) => { await el.focus(); return () => page.keyboard.press('e'); },
      (answer) => { out.keyAnswer = answer; }, 'q=');
    lap('key');
    // The click's INP is measured on a fresh load of the live app, not on the filtered page (a
    // reload would keep the typed search in the address).
    await page.goto(site.url + '/', { timeout: LOAD_TIMEOUT, waitUntil: 'commit' });
    await startLive(page);
    await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT }).catch(() => {});
    lap('reload');
    out.click = await interaction(page, SELECTORS.speaker, async (el) => () => el.click(), (answer) => { out.clickAnswer = answer; }, 'speaker=');
    lap('click');
    // A word typed at a reader's pace on a fresh live page: since session 23 its first key
    // fetches the data that answers it, which the page reads while the next keys come.
    if (word) {
      await page.goto(site.url + '/', { timeout: LOAD_TIMEOUT, waitUntil: 'commit' });
      await startLive(page);
      await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT }).catch(() => {});
      const typed = word.toLowerCase();
      out.typing = await interaction(page, SELECTORS.search, async (el) => { await el.focus(); return () => el.pressSequentially(typed, { delay: TYPING_DELAY_MS }); },
        () => {}, `q=${typed}`);
      lap('typing');
    }
  } catch (e) {
    console.error(`  load: ${e.message.split('\n')[0]}`);
  } finally {
    await context.close();
    lap('close');
  }
  return out;
}

let moves = 0;

/** A fresh load made live: once its first card is there (prerender-guard.js listens by then), the
 *  pointer moves over the page, and the app starts (boot.js). */
async function startLive(page) {
  await within(LOAD_TIMEOUT, 'reload', page.waitForFunction(() => __bench.card > 0, null, { timeout: 0, polling: 50 }));
  await page.mouse.move(8 + (++moves % 2), 8);
  await within(LOAD_TIMEOUT, 'reload', page.waitForFunction(() => __bench.ready !== null, null, { timeout: 0, polling: 50 }));
}

/** The gzip bytes of every file served since the page was opened. */
async function servedBytes(site) {
  let bytes = 0;
  for (const file of new Set(site.log)) bytes += await gzipSize(file).catch(() => 0);
  return bytes;
}

/** Milliseconds from a click on `selector` (the pointer moves there, then presses) to the box checked. */
async function coldClick(page, selector) {
  const el = page.locator(selector).first();
  try {
    const t0 = await page.evaluate(() => performance.now());
    await el.click();
    await within(LOAD_TIMEOUT, 'cold click', el.evaluate((box) => new Promise((ok) => {
      const look = () => (box.isConnected && box.checked ? ok() : requestAnimationFrame(look));
      look();
    })));
    return (await page.evaluate(() => performance.now())) - t0;
  } catch (e) {
    console.error(`  n/a: cold click: ${e.message.split('\n')[0]}`);
    return null;
  }
}

/** INP of one interaction: the longest Event Timing entry with an interactionId after `act`.
 *  0 means no entry over the 16 ms threshold (printed "<16"); null means the element is missing. */
async function interaction(page, selector, prepare, onAnswer = () => {}, param = null) {
  const el = page.locator(selector).first();
  if (!(await el.count().catch(() => 0))) { console.error(`  n/a: no element matches ${selector}`); return null; }
  try {
    const act = await prepare(el);
    await page.waitForTimeout(300);                 // let the focus settle before the mark
    const t0 = await page.evaluate(() => performance.now());
    return await within(LOAD_TIMEOUT, selector, (async () => {
      await act();
      // The answer: the address has the change (written after the frame that shows it; a
      // search waits for its typing pause) and the results are no longer busy (since session
      // 23 a click may fetch the data that answers it; the INP is the frame that says so).
      if (param) {
        onAnswer(await page.evaluate(([t0, param]) => new Promise((ok) => {
          const look = () => (location.search.includes(param) && !document.querySelector('main.results[aria-busy]')
            ? ok(performance.now() - t0) : requestAnimationFrame(look));
          look();
        }), [t0, param]));
      }
      // Entries are delivered after the next paint; give a slow page time to get there.
      await page.waitForTimeout(1000);
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 100))));
      return await page.evaluate((t0) => Math.max(0, ...__bench.events.filter((e) => e.start >= t0).map((e) => e.duration)), t0);
    })());
  } catch (e) {
    console.error(`  n/a: ${selector}: ${e.message.split('\n')[0]}`);
    return null;
  }
}

// In the page: the first card with its ancestors (tag, id and class only) and the page's stylesheets,
// as a static HTML document: what the browser would show with no app at all.
function staticCopy(selector) {
  const card = document.querySelector(selector);
  let html = card.outerHTML;
  for (let el = card.parentElement; el && el !== document.body; el = el.parentElement) {
    const attrs = ['id', 'class'].filter((a) => el.hasAttribute(a)).map((a) => ` ${a}="${el.getAttribute(a)}"`).join('');
    html = `<${el.localName}${attrs}>${html}</${el.localName}>`;
  }
  const links = [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => `<link rel="stylesheet" href="${l.getAttribute('href')}">`);
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<meta name="color-scheme" content="light dark"><title>static card</title>${links.join('')}</head><body>${html}</body></html>\n`;
}

/** Time to the first card of the static page, measured the same way. */
async function loadStatic(browser, site) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(PAGE_PROBE, SELECTORS);
    const page = await context.newPage();
    await page.goto(`${site.url}/${STATIC_PAGE}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => __bench.card > 0, null, { timeout: 30_000, polling: 50 });
    return await page.evaluate(() => __bench.card);
  } catch (e) {
    console.error(`  static: ${e.message.split('\n')[0]}`);
    return null;
  } finally {
    await context.close();
  }
}

const best = (xs) => { const v = xs.filter((x) => x !== null); return v.length ? Math.min(...v) : null; };

async function measure(browser, corpus, runs) {
  const row = { ...corpus };
  if (!corpus.built) return row;
  const dist = resolve(corpus.dist);
  const site = await serve(dist);
  try {
    const apps = [], statics = [];
    const start = Date.now();
    for (let r = 0; r < runs; r++) {
      if (r > 0 && Date.now() - start > RUN_BUDGET) {
        console.error(`  ${corpus.name}: ${r} run(s) only, past BENCH_RUN_BUDGET=${RUN_BUDGET / 1000} s`);
        break;
      }
      // Alternated, so a slow moment of the machine hits both pages.
      const app = await loadApp(browser, site, dist);
      apps.push(app);
      if (app.timedOut) { row.timedOut = true; row.failure = app.failure; break; }  // another run would time out too
      if (app.cardHtml && !(await stat(join(dist, STATIC_PAGE)).catch(() => null))) await writeFile(join(dist, STATIC_PAGE), app.cardHtml);
      if (await stat(join(dist, STATIC_PAGE)).catch(() => null)) statics.push(await loadStatic(browser, site));
      const f = (x, d = 0) => (x === null ? 'n/a' : x.toFixed(d));
      console.error(`  ${corpus.name} run ${r + 1}: card ${f(app.card)} ms, start ${f(app.start)} ms, permalink ${f(app.permalink)} ms, speaker permalink ${f(app.speakerPermalink ?? null)} ms, cold click ${f(app.coldClick)} ms, static ${f(statics.at(-1) ?? null)} ms, key ${f(app.key)} ms, click ${f(app.click)} ms, typing ${f(app.typing ?? null)} ms (seconds: ${app.laps.join(', ')})`);
    }
    await rm(join(dist, STATIC_PAGE), { force: true });
    const pick = (k) => best(apps.map((a) => a[k] ?? null));
    Object.assign(row, {
      runs: apps.length,
      card: pick('card'), ready: pick('ready'), start: pick('start'), coldClick: pick('coldClick'), permalink: pick('permalink'), speakerPermalink: pick('speakerPermalink'), static: best(statics),
      cardBytes: pick('cardBytes'), openBytes: pick('openBytes'), idleBytes: pick('idleBytes'), speakerBytes: pick('speakerBytes'),
      count: apps.map((a) => a.count).find((c) => c) ?? null, key: pick('key'), click: pick('click'), typing: pick('typing'), keyAnswer: pick('keyAnswer'), clickAnswer: pick('clickAnswer'), dom: pick('dom'), heap: pick('heap'), wasm: pick('wasm'),
    });
  } finally {
    await site.close();
  }
  return row;
}

// ---- the table ----
const na = 'n/a';
const kb = (b) => (b === null || b === undefined ? na : `${(b / 1024).toFixed(1)}`);
const mb = (b) => (b === null || b === undefined ? na : `${(b / 1048576).toFixed(1)}`);
const ms = (x) => (x === null || x === undefined ? na : x === 0 ? '<16' : `${Math.round(x)}`);
const cardMs = (r) => (r.card == null && r.timedOut ? (r.failure ?? `>${LOAD_TIMEOUT / 1000} s`) : ms(r.card));
const mark = (value, goal) => (value === null || value === undefined || goal === undefined ? '' : value <= goal ? ' ✓' : ' ✗');

function table(rows) {
  const seedsBuild = rows.find((r) => r.name === 'seeds')?.build;
  const head = ['corpus', 'articles', 'results', 'build s', 'build − seeds s', 'KB gz (card)', 'KB gz (opened)', 'KB gz (started)',
    'first card ms', 'static ms', 'ratio', 'start ms', 'cold click ms', 'search permalink ms (÷ static)', 'speaker permalink ms (÷ static), KB gz', 'INP key ms', 'INP click ms', 'INP typing ms', 'key → cards ms', 'click → cards ms', 'DOM nodes', 'JS heap MB', 'wasm MB'];
  const lines = [head, head.map(() => '---')];
  for (const r of rows) {
    const g = r.name.endsWith('seeds') ? GOALS.seeds : GOALS.generated;   // also "before-seeds"…
    const ratio = r.card && r.static ? r.card / r.static : null;
    const buildS = typeof r.build === 'number' ? r.build : null;
    const beyond = buildS !== null && typeof seedsBuild === 'number' && r.name !== 'seeds' ? buildS - seedsBuild : null;
    lines.push([
      r.name, r.articles.toLocaleString('en'), r.count ?? na, buildS === null ? r.build : buildS.toFixed(0),
      // Negative: the seeds' build was slowed by the machine more than this one's (noise, no verdict).
      beyond === null ? '' : beyond < 0 ? `${beyond.toFixed(0)} (noise)` : beyond.toFixed(0) + mark(beyond, g.buildBeyondS),
      kb(r.cardBytes), kb(r.openBytes) + mark(r.openBytes == null ? null : r.openBytes / 1024, g.loadKB),
      kb(r.idleBytes), cardMs(r), ms(r.static), (ratio === null ? na : ratio.toFixed(2)) + mark(ratio, g.cardRatio), ms(r.start), ms(r.coldClick),
      r.permalink && r.static ? `${ms(r.permalink)} (${(r.permalink / r.static).toFixed(1)})` : ms(r.permalink),
      (r.speakerPermalink && r.static ? `${ms(r.speakerPermalink)} (${(r.speakerPermalink / r.static).toFixed(1)})` : ms(r.speakerPermalink)) + `, ${kb(r.speakerBytes)}`,
      ms(r.key) + mark(r.key, g.inpMs), ms(r.click) + mark(r.click, g.inpMs), ms(r.typing) + mark(r.typing, g.inpMs), ms(r.keyAnswer), ms(r.clickAnswer), (r.dom ?? na).toLocaleString('en') + mark(r.dom, g.domNodes),
      mb(r.heap), mb(r.wasm),
    ]);
  }
  return lines.map((l) => `| ${l.join(' | ')} |`).join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  let runs = 3, json = null;
  const corpora = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') runs = Number(args[++i]);
    else if (args[i] === '--json') json = args[++i];
    else {
      const [name, dist, articles, build] = args[i].split(':');
      const seconds = Number(build);
      corpora.push({ name, dist, articles: Number(articles), build: Number.isFinite(seconds) ? seconds : build, built: Number.isFinite(seconds) });
    }
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const rows = [];
  try {
    for (const c of corpora) {
      console.error(`[bench-page] measuring ${c.name} (${runs} runs)`);
      rows.push(await measure(browser, c, runs));
    }
  } finally {
    await browser.close();
  }
  console.log(table(rows));
  console.log(`\nGoals (✓/✗ above): seeds: first load ≤ ${GOALS.seeds.loadKB} KB gzip, first card ≤ ${GOALS.seeds.cardRatio}× static. `
    + `1,000 and 10,000: first load ≤ ${GOALS.generated.loadKB} KB gzip, first card ≤ ${GOALS.generated.cardRatio}× static, `
    + `keystroke and facet-click INP ≤ ${GOALS.generated.inpMs} ms, ≤ ${GOALS.generated.domNodes.toLocaleString('en')} DOM nodes, `
    + `build ≤ ${GOALS.generated.buildBeyondS / 60} min beyond compiling code (build − seeds build).`);
  console.log(`Times: best of the alternated runs (${rows.filter((r) => r.runs).map((r) => `${r.name} ${r.runs}`).join(', ')}); `
    + `"<16": no event over the Event Timing threshold of 16 ms.`);
  if (json) await writeFile(json, JSON.stringify(rows.map(({ cardHtml, ...r }) => r), null, 2));
}

await main();
