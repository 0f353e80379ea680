// Every engine (issue 12): a smoke test of the built site in Firefox and WebKitGTK, driven through
// WebDriver (Chromium has the full Playwright suite in tests/e2e/). Expected numbers come from
// the extractor's output for the same seeds (target/e2e-corpus.json).
// Run: node --test tests/engines/  (ENGINES=firefox or ENGINES=webkit for one; SITE=dir for
// another build than dist/; CORPUS=file for another corpus JSON).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve, DIST, ROOT } from '../e2e/support.mjs';
import { startSession } from './webdriver.mjs';

// Every wait and WebDriver command has its own deadline; these bound a test as a whole, so a
// hung browser fails its tests instead of hanging CI.
const START_TIMEOUT = 90000;
const TEST_TIMEOUT = 60000;
const PAGE = 24; // cards per page (src/app/components/results.rs)
const WIDGET_FIRST_CARDS = 5; // a widget's first cards (src/embed/params.rs)
const SITE = resolve(process.env.SITE ?? DIST);
const engines = (process.env.ENGINES ?? 'firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);

const corpus = JSON.parse(await readFile(process.env.CORPUS ?? join(ROOT, 'target/e2e-corpus.json'), 'utf8'));
const quotes = corpus.articles.flatMap((a) => a.quotes);
const events = corpus.articles.flatMap((a) => a.events);
const counts = new Map();
for (const q of quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
/** The most quoted speaker (ties by name, as the facet orders them). */
const [TOP, TOP_COUNT] = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0] ?? [];

let site, widgetSite, hostSite, hostDir;
before(async () => {
  site = await serve(SITE);
  // The widget's origin needs CORS (module script, data fetch); the host page is another origin.
  widgetSite = await serve(SITE, { headers: () => ({ 'access-control-allow-origin': '*' }) });
  hostDir = await mkdtemp(join(tmpdir(), 'newslens-engines-'));
  hostSite = await serve(hostDir);
});
after(async () => {
  await Promise.all([site?.close(), widgetSite?.close(), hostSite?.close()]);
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

/** Case and diacritics folded, curly apostrophes straight: what the app's search compares. */
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[‘’]/g, "'");
const startsAWord = (text, term) => fold(text).split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(fold(term)));

/** What the explorer shows: cards by kind and speaker, and the status line. */
const cardsShown = () => ({
  quotes: document.querySelectorAll('.quote-card').length,
  events: document.querySelectorAll('.event-card').length,
  speakers: [...document.querySelectorAll('.quote-card .speaker')].map((s) => s.textContent.trim()),
});

for (const engine of engines) {
  describe(engine, () => {
    let session;
    let started;
    before(() => { started = startSession(engine); started.catch(() => {}); });
    after(async () => { await (await started.catch(() => null))?.quit(); });

    /** The session; if the browser could not start, every test fails saying so (the first
     *  test with the driver's output). */
    async function browser() {
      try {
        session ??= await started;
      } catch (e) {
        throw new Error(`${engine} did not start: ${e.message.split('\n')[0].replace(`${engine}: `, '')}`);
      }
      return session;
    }
    /** Waits for `fn` in the page; a timeout says which cards were shown. */
    async function waitCards(s, what, fn, args) {
      try {
        return await s.waitFor(what, fn, args);
      } catch (e) {
        assert.fail(`${e.message}; shown: ${JSON.stringify(await s.execute(cardsShown).catch(() => '?'))}`);
      }
    }
    async function open(path) {
      const s = await browser();
      await s.navigate(site.url + path);
      // On the prerendered screen the app starts when a reader reaches for the page (boot.js).
      await s.movePointer(10, 10);
      // Rendered or hydrated: the prerendered .layout is there before the app answers.
      await s.waitFor('the app to start (html[data-app-ready] .layout)', () => !!document.querySelector('html[data-app-ready] .layout'));
      return s;
    }

    test(`${engine}: the browser starts through WebDriver`, { timeout: START_TIMEOUT }, async (t) => {
      const s = await started;
      t.diagnostic(s.browser);
      assert.ok(s.capabilities.browserVersion, 'the session names no browser version');
    });

    test(`${engine}: the explorer renders the first page of cards`, { timeout: TEST_TIMEOUT }, async () => {
      const s = await open('/');
      const expected = Math.min(quotes.length + events.length, PAGE);
      const shown = await waitCards(s, `${expected} cards`, (n) => {
        const q = document.querySelectorAll('.quote-card').length, e = document.querySelectorAll('.event-card').length;
        return q + e === n && { q, e };
      }, [expected]);
      assert.equal(shown.q + shown.e, expected);
      assert.ok(shown.q > 0 || quotes.length === 0, 'no quote cards');
      assert.ok(shown.e > 0 || events.length === 0, 'no event cards');
    });

    test(`${engine}: checking a speaker shows only their quotes and puts speaker= in the URL`, { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(TOP, 'the corpus has no named speaker');
      const s = await open('/');
      const box = await s.execute((name) => [...document.querySelectorAll('fieldset.facet-speaker li')]
        .find((li) => li.querySelector('.facet-label')?.textContent.trim() === name)?.querySelector('input[type=checkbox]') ?? null, TOP);
      assert.ok(box, `no checkbox labelled "${TOP}" in the speaker facet`);
      await s.click(box);
      const expected = Math.min(TOP_COUNT, PAGE);
      // The address follows the render: wait for both.
      await waitCards(s, `only ${expected} quotes by ${TOP}, and speaker= in the URL`, (n, name) =>
        document.querySelectorAll('.card').length === n && document.querySelectorAll('.quote-card').length === n
          && new URLSearchParams(location.search).getAll('speaker').includes(name), [expected, TOP]);
      const shown = await s.execute(cardsShown);
      assert.deepEqual(shown.speakers, Array(expected).fill(TOP));
      assert.equal(await s.execute(() => document.querySelector('fieldset.facet-speaker input[type=checkbox]:checked')?.value), TOP);
      const url = new URL(await s.currentUrl());
      assert.deepEqual(url.searchParams.getAll('speaker'), [TOP]);
      assert.ok(url.search.includes(`speaker=${encodeURIComponent(TOP)}`), url.search);
    });

    test(`${engine}: a permalink opens its speaker and view`, { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(TOP, 'the corpus has no named speaker');
      const s = await open(`/?speaker=${encodeURIComponent(TOP)}&view=quotes`);
      const expected = Math.min(TOP_COUNT, PAGE);
      await waitCards(s, `${expected} quote cards`, (n) => document.querySelectorAll('.quote-card').length === n, [expected]);
      const shown = await s.execute(cardsShown);
      assert.deepEqual(shown, { quotes: expected, events: 0, speakers: Array(expected).fill(TOP) });
      const state = await s.execute(() => ({
        checked: [...document.querySelectorAll('fieldset.facet-speaker input:checked')].map((i) => i.value),
        url: location.search,
      }));
      assert.deepEqual(state.checked, [TOP]);
      const url = new URLSearchParams(state.url);
      assert.deepEqual([url.getAll('speaker'), url.get('view')], [[TOP], 'quotes']);
    });

    test(`${engine}: typing a search finds exactly the quotes with a word starting with it`, { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(TOP, 'the corpus has no named speaker');
      // The top speaker's last name in capitals, cut short: a search is a folded word prefix.
      const last = TOP.split(/\s+/).pop();
      const term = last.toUpperCase().slice(0, Math.max(4, last.length - 1));
      const expected = Math.min(quotes.filter((q) => startsAWord(`${q.text}\n${q.speaker ?? ''}`, term)).length, PAGE);
      assert.ok(expected > 0);
      const s = await open('/?view=quotes');
      const box = await s.execute(() => document.querySelector('#search-input'));
      assert.ok(box, 'no search box (#search-input)');
      await s.type(box, term);
      // The search runs once the typing pauses, and then the address says it.
      await waitCards(s, `${expected} quote cards for "${term}", and q= in the URL`, (n, q) =>
        document.querySelectorAll('.quote-card').length === n && new URLSearchParams(location.search).get('q') === q, [expected, term]);
      const unmarked = await s.execute(() => [...document.querySelectorAll('.quote-card')].filter((c) => !c.querySelector('mark')).length);
      assert.equal(unmarked, 0, 'cards without a highlighted match');
    });

    test(`${engine}: a search permalink opens on its quotes (its files asked for ahead, while the page is parsed)`, { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(TOP, 'the corpus has no named speaker');
      const term = TOP.split(/\s+/).pop();
      const expected = Math.min(quotes.filter((q) => startsAWord(`${q.text}\n${q.speaker ?? ''}`, term)).length, PAGE);
      assert.ok(expected > 0);
      const from = site.requests.length;
      const s = await open(`/?q=${encodeURIComponent(term)}&view=quotes`);
      await waitCards(s, `${expected} quote cards for "${term}"`, (n) => document.querySelectorAll('.quote-card').length === n
        && !document.querySelector('main.results[aria-busy=true]'), [expected]);
      // Each of the files the page asked for ahead was fetched once (a preload the engine did
      // not match would be fetched a second time).
      const served = site.requests.slice(from).filter((p) => /newslens(_bg\.wasm|\.js)$|corpus\.bin$/.test(p));
      assert.deepEqual(served.filter((p, i) => served.indexOf(p) !== i), [], `served: ${served}`);
    });

    test(`${engine}: a card's source link opens the article in the reader`, { timeout: TEST_TIMEOUT }, async () => {
      const s = await open('/');
      const link = await s.execute(() => document.querySelector('.card .source a'));
      assert.ok(link, 'no card has a source link');
      const href = await s.execute((a) => a.href, link);
      const file = new URL(href).searchParams.get('read');
      const article = corpus.articles.find((a) => a.file === file);
      assert.ok(article, `the link reads "${file}", which is not an article of the corpus (${href})`);
      await s.click(link);
      const title = await s.waitFor(`the reader's title, and read=${file} in the URL`, (file) =>
        new URLSearchParams(location.search).get('read') === file && document.querySelector('.reader #reader-title')?.textContent.trim(), [file]);
      assert.equal(title, article.title);
      assert.equal(new URL(await s.currentUrl()).searchParams.get('read'), file);
    });

    test(`${engine}: Export makes a CSV of exactly the cards shown`, { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(TOP, 'the corpus has no named speaker');
      const s = await open(`/?speaker=${encodeURIComponent(TOP)}&view=quotes`);
      await waitCards(s, 'the quote cards', (n) => document.querySelectorAll('.quote-card').length === n, [Math.min(TOP_COUNT, PAGE)]);
      // WebDriver cannot read a download: keep the Blob the page hands to the browser instead.
      await s.execute(() => {
        const original = URL.createObjectURL;
        URL.createObjectURL = (blob) => { blob.text().then((text) => { window.__exported = text; }); return original.call(URL, blob); };
      });
      await s.click(await s.execute(() => document.querySelector('details.export > summary')));
      await s.click(await s.execute(() => document.querySelector('details.export button[data-format="newslens.csv"]')));
      const csv = await s.waitFor('the exported CSV', () => window.__exported);
      const rows = csv.split('\r\n').filter((line) => line.startsWith('quote,'));
      assert.equal(rows.length, TOP_COUNT, 'one row per quote of the speaker, every page included');
      assert.ok(csv.startsWith('type,file,title,speaker,'), csv.slice(0, 60));
      const status = await s.waitFor('the export status', () => document.querySelector('.export-status')?.textContent);
      assert.equal(status, 'Downloaded newslens.csv.');
    });

    test(`${engine}: a <news-lens> widget renders its cards on a page of another origin`, { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(TOP, 'the corpus has no named speaker');
      const name = `host-${engine}.html`;
      await writeFile(join(hostDir, name), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <title>host</title><link rel="icon" href="data:,">
        <script type="module" src="${widgetSite.url}/embed.js"></script></head>
        <body><h1>A host page</h1><news-lens id="w" speaker="${TOP}"></news-lens></body></html>`);
      const s = await browser();
      await s.navigate(`${hostSite.url}/${name}`);
      assert.notEqual(new URL(hostSite.url).origin, new URL(widgetSite.url).origin);
      const expected = Math.min(TOP_COUNT, WIDGET_FIRST_CARDS);
      const widget = () => {
        const root = document.querySelector('#w')?.shadowRoot;
        return root && {
          ready: !!root.querySelector('.nl-root') && !root.querySelector('.nl-status'),
          speakers: [...root.querySelectorAll('.nl-speaker')].map((e) => e.textContent.trim()),
          notices: [...root.querySelectorAll('.nl-notice')].map((e) => e.textContent.trim()),
        };
      };
      await s.waitFor('the widget to render', `() => { const w = (${widget})(); return w && w.ready; }`);
      const shown = await s.execute(widget);
      assert.deepEqual(shown.notices, []);
      assert.deepEqual(shown.speakers, Array(expected).fill(TOP));
    });
  });
}
