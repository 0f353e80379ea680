// The embeddable widget (<news-lens>, docs/EMBEDDING.md) on a host page of ANOTHER origin:
// the example host pages (examples/) are served on one port, dist/ (the widget) on another,
// with the CORS header a module script needs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, bundledCorpus, ROOT, APP_READY, appReady } from './support.mjs';

// The widget origin the example pages point at (`make serve`); the tests swap in their own.
const EXAMPLE_BASE = 'http://127.0.0.1:8080/';
const FIRST_CARDS = 5;
const FIRST_CARDS_COMPACT = 3;

let widgetServer, hostServer, hostDir, browser, corpus;

before(async () => {
  // Files first: a missing one must fail the suite, not leave a server and a browser running.
  corpus = await bundledCorpus();
  [widgetServer, browser] = await Promise.all([
    serve(undefined, { headers: () => ({ 'access-control-allow-origin': '*' }) }),
    launch(),
  ]);
  hostDir = await mkdtemp(join(tmpdir(), 'newslens-host-'));
  for (const name of ['host.html', 'host-iframe.html', 'host.css']) {
    const text = await readFile(join(ROOT, 'examples', name), 'utf8');
    await writeFile(join(hostDir, name), text.replaceAll(EXAMPLE_BASE, widgetServer.url + '/'));
  }
  await writeFile(join(hostDir, 'hostile.css'), [
    '* { all: unset !important; }',
    'div { color: red !important; font-size: 40px !important; }',
    'html, body, div, span, h1, h2, h3, p, blockquote, q, ol, ul, li, article, section, header, footer, button, cite, time',
    '  { margin: 0; padding: 0; border: 0; font: inherit; vertical-align: baseline; line-height: 3; }',
    'news-lens { font-family: monospace !important; letter-spacing: 9px !important; color: lime !important; display: inline !important; }',
    ':root { --nl-fg: red; --nl-bg: black; --fg: red; }',
  ].join('\n'));
  hostServer = await serve(hostDir);
});
after(async () => {
  await browser?.close();
  await Promise.all([widgetServer?.close(), hostServer?.close()]);
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

const allQuotes = () => corpus.articles.flatMap((a) => a.quotes.map((q) => ({ ...q, article: a.title })));
const allEvents = () => corpus.articles.flatMap((a) => a.events);
const quotesBy = (name) => allQuotes().filter((q) => q.speaker === name);
/** Speakers, most quoted first (as the widget lists them). */
function speakersByCount() {
  const counts = new Map();
  for (const q of allQuotes()) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

/** A host page (same origin as the examples) holding `body`, with the widget script. */
async function hostPage(name, body, { extraHead = '' } = {}) {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">
    <link rel="stylesheet" href="host.css">${extraHead}
    <script type="module" src="${widgetServer.url}/embed.js"></script></head><body><main class="story">${body}</main></body></html>`;
  await writeFile(join(hostDir, `${name}.html`), html);
  return `${hostServer.url}/${name}.html`;
}

/** Waits until the widget `selector` has rendered (its status line gone, its root in place). */
async function widgetReady(page, selector) {
  await page.waitForFunction((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    return root && root.querySelector('.nl-root') && !root.querySelector('.nl-status');
  }, selector, { timeout: 15000 });
}

/** Texts of `inner` elements inside the widget's shadow root. */
function shadowTexts(page, selector, inner) {
  return page.evaluate(([sel, inn]) => [...document.querySelector(sel).shadowRoot.querySelectorAll(inn)]
    .map((el) => el.textContent.trim()), [selector, inner]);
}

async function clickInWidget(page, selector, inner) {
  await page.locator(selector).locator(inner).first().click();
}

test('the example page: two widgets from another origin, one wasm download, cards as the attributes say', async () => {
  const name = 'Volodymyr Zelenskyy';
  const expected = quotesBy(name);
  assert.ok(expected.length > 0, 'the extractor attributes no quote to him');
  const before = widgetServer.requests.length;
  const page = await openPage(browser, `${hostServer.url}/host.html`);
  await widgetReady(page, '#first-widget');
  await widgetReady(page, '#second-widget');
  const speakers = await shadowTexts(page, '#first-widget', '.nl-speaker');
  assert.equal(speakers.length, Math.min(expected.length, FIRST_CARDS));
  assert.ok(speakers.every((s) => s === name), `other speakers shown: ${speakers}`);
  assert.deepEqual(await shadowTexts(page, '#first-widget', '.nl-event'), []);
  const words = await shadowTexts(page, '#first-widget', '.nl-words');
  assert.deepEqual(words, expected.slice(0, FIRST_CARDS).map((q) => q.text.trim()));

  // The timeline: every event, by date, compact (3 first).
  const events = allEvents();
  const dates = await page.evaluate(() => [...document.querySelector('#second-widget').shadowRoot.querySelectorAll('.nl-event time')]
    .map((t) => t.getAttribute('datetime')));
  assert.equal(dates.length, Math.min(events.length, FIRST_CARDS_COMPACT));
  assert.deepEqual(dates, events.map((e) => e.start).sort().slice(0, FIRST_CARDS_COMPACT));

  const fetched = widgetServer.requests.slice(before);
  // One instance of the widget's own module for both widgets, and nothing of the page's.
  assert.equal(fetched.filter((p) => p === '/widget_bg.wasm').length, 1, `wasm fetched: ${fetched}`);
  assert.equal(fetched.filter((p) => p === '/widget.js').length, 1, `js fetched: ${fetched}`);
  assert.deepEqual(fetched.filter((p) => p.startsWith('/newslens')), [], `the page's module fetched: ${fetched}`);
  await screenshot(page, 'embed-host');
  assert.deepEqual(page.problems, []);
});

test('a widget of one speaker fetches only the bucket of that name, never the whole corpus', async () => {
  const [name] = speakersByCount();
  const alias = corpus.articles.flatMap((a) => a.people).find((p) => p.name === name && p.aliases.length)?.aliases[0];
  const body = `<news-lens id="by-name" speaker="${name.toUpperCase()}" view="quotes"></news-lens>`
    + (alias ? `<news-lens id="by-alias" speaker="${alias}" view="quotes"></news-lens>` : '');
  const url = await hostPage('slice', body);
  const before = widgetServer.requests.length;
  const page = await openPage(browser, url);
  await widgetReady(page, '#by-name');
  const expected = quotesBy(name).slice(0, FIRST_CARDS).map((q) => q.text.trim());
  assert.deepEqual(await shadowTexts(page, '#by-name', '.nl-words'), expected);
  if (alias) {
    await widgetReady(page, '#by-alias');
    assert.deepEqual(await shadowTexts(page, '#by-alias', '.nl-words'), expected, `the alias ${alias}`);
  }
  const data = widgetServer.requests.slice(before).filter((p) => p.startsWith('/data/'));
  assert.equal(data.length, new Set(data).size, `each file once: ${data}`);
  // The buckets are named by as many digits of the key as the build wrote down.
  const digits = Number((await readFile(join(ROOT, 'dist/data/speakers/digits.txt'), 'utf8')).trim());
  const bucket = new RegExp(`^/data/speakers/[0-9a-f]{${digits}}\\.bin$`);
  const buckets = data.filter((p) => p !== '/data/speakers/digits.txt');
  assert.ok(data.includes('/data/speakers/digits.txt'), `fetched: ${data}`);
  assert.ok(buckets.length >= 1 && buckets.every((p) => bucket.test(p)), `fetched: ${data}`);
  assert.deepEqual(page.problems, []);

  // A name nobody is quoted under: its bucket says so, and the whole corpus gives the notice.
  const url2 = await hostPage('slice-unknown', '<news-lens id="w" speaker="Nobody Atall"></news-lens>');
  const from = widgetServer.requests.length;
  const page2 = await openPage(browser, url2);
  await widgetReady(page2, '#w');
  assert.match((await shadowTexts(page2, '#w', '.nl-notice'))[0], /^No speaker named 'Nobody Atall'/);
  const data2 = widgetServer.requests.slice(from).filter((p) => p.startsWith('/data/'));
  assert.equal(data2.at(-1), '/data/whole.bin', `fetched: ${data2}`);
  assert.deepEqual(page2.problems, [], 'no failed request');
});

test('clicks inside the shadow root work: show all, full sentence', async () => {
  const page = await openPage(browser, `${hostServer.url}/host.html`);
  await widgetReady(page, '#second-widget');
  const events = allEvents();
  if (events.length > FIRST_CARDS_COMPACT) {
    await clickInWidget(page, '#second-widget', '.nl-more');
    assert.equal((await shadowTexts(page, '#second-widget', '.nl-event')).length, events.length);
    assert.equal((await shadowTexts(page, '#second-widget', '.nl-more'))[0], 'Show fewer');
  }
  // A quote whose sentence says more than the quote: open its sentence.
  const url = await hostPage('context', '<news-lens id="w" view="quotes"></news-lens>');
  const page2 = await openPage(browser, url);
  await widgetReady(page2, '#w');
  const shown = allQuotes().slice(0, FIRST_CARDS);
  const index = shown.findIndex((q) => q.sentence.trim() !== q.text.trim());
  if (index >= 0) {
    const card = page2.locator('#w').locator('.nl-quote').nth(index);
    assert.equal(await card.locator('.nl-context').isVisible(), false);
    await card.locator('.nl-context-toggle').click();
    assert.equal(await card.locator('.nl-context').isVisible(), true);
    assert.equal((await card.locator('.nl-context').textContent()).trim(), shown[index].sentence.trim());
    assert.equal(await card.locator('.nl-context-toggle').getAttribute('aria-expanded'), 'true');
    await card.locator('.nl-context-toggle').click();
    assert.equal(await card.locator('.nl-context').isVisible(), false);
  }
  assert.deepEqual([...page.problems, ...page2.problems], []);
});

test('two widgets with different speakers show different quotes and ids never collide', async () => {
  const [a, b] = speakersByCount();
  assert.ok(a && b, 'the corpus needs two quoted speakers');
  const url = await hostPage('two', `<news-lens id="a" speaker="${a}" view="quotes"></news-lens>
    <news-lens id="b" speaker="${b}" view="quotes"></news-lens>`);
  const page = await openPage(browser, url);
  await widgetReady(page, '#a');
  await widgetReady(page, '#b');
  const [sa, sb] = [await shadowTexts(page, '#a', '.nl-speaker'), await shadowTexts(page, '#b', '.nl-speaker')];
  assert.equal(sa.length, Math.min(quotesBy(a).length, FIRST_CARDS));
  assert.equal(sb.length, Math.min(quotesBy(b).length, FIRST_CARDS));
  assert.ok(sa.every((s) => s === a) && sb.every((s) => s === b), `${sa} / ${sb}`);
  const ids = await page.evaluate(() => [...document.querySelectorAll('news-lens')]
    .flatMap((w) => [...w.shadowRoot.querySelectorAll('[id]')].map((el) => el.id)));
  assert.ok(ids.length >= 2);
  assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids}`);
  assert.deepEqual(page.problems, []);
});

test('changing an attribute at run time updates the widget; removing and re-adding it remounts', async () => {
  const [a, b] = speakersByCount();
  const url = await hostPage('change', `<news-lens id="w" speaker="${a}" view="quotes"></news-lens>`);
  const page = await openPage(browser, url);
  await widgetReady(page, '#w');
  await page.evaluate((name) => document.querySelector('#w').setAttribute('speaker', name), b);
  await page.waitForFunction((name) => [...document.querySelector('#w').shadowRoot.querySelectorAll('.nl-speaker')]
    .every((s) => s.textContent === name), b);
  assert.equal((await shadowTexts(page, '#w', '.nl-speaker')).length, Math.min(quotesBy(b).length, FIRST_CARDS));
  assert.equal((await shadowTexts(page, '#w', '.nl-title'))[0], `Quotes by ${b}`);

  await page.evaluate(() => { const w = document.querySelector('#w'); w.removeAttribute('speaker'); w.setAttribute('view', 'events'); });
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.querySelector('.nl-title').textContent === 'Events');
  assert.equal((await shadowTexts(page, '#w', '.nl-event')).length, Math.min(allEvents().length, FIRST_CARDS));
  assert.equal((await shadowTexts(page, '#w', '.nl-quote')).length, 0);

  await page.evaluate(() => { const w = document.querySelector('#w'); w.remove(); document.body.append(w); });
  await page.waitForTimeout(100);
  assert.equal((await shadowTexts(page, '#w', '.nl-root')).length, 1);
  await page.evaluate(() => document.querySelector('#w').remove());
  await page.waitForTimeout(100);
  assert.deepEqual(page.problems, []);
});

test('invalid attributes give a visible, polite message, never a blank box', async () => {
  const known = speakersByCount()[0];
  const url = await hostPage('invalid', `<news-lens id="nobody" speaker="Nobody Atall"></news-lens>
    <news-lens id="bad" view="cards" from="yesterday" max-height="tall" kind="shouted"></news-lens>`);
  const page = await openPage(browser, url);
  await widgetReady(page, '#nobody');
  await widgetReady(page, '#bad');
  const [notice] = await shadowTexts(page, '#nobody', '.nl-notice');
  assert.match(notice, /^No speaker named 'Nobody Atall' in these articles\. Known speakers: /);
  assert.ok(notice.includes(known), notice);
  assert.deepEqual(await shadowTexts(page, '#nobody', '.nl-card'), [], 'a wrong name must not show everyone');
  assert.ok((await page.locator('#nobody').locator('.nl-notice').boundingBox()).height > 10, 'notice not visible');
  const notices = await shadowTexts(page, '#bad', '.nl-notice');
  assert.equal(notices.length, 4, notices.join('\n'));
  assert.match(notices.join('\n'), /view="cards" is not one of all, quotes, events, timeline/);
  // Bad values fall back: the second widget still lists cards.
  assert.ok((await shadowTexts(page, '#bad', '.nl-card')).length > 0);
  assert.deepEqual(page.problems, []);
});

test('loading embed.js twice is harmless', async () => {
  const url = await hostPage('twice', '<news-lens id="w" view="events"></news-lens>',
    { extraHead: `<script type="module" src="${widgetServer.url}/embed.js?again=1"></script>` });
  const page = await openPage(browser, url);
  await widgetReady(page, '#w');
  assert.ok((await shadowTexts(page, '#w', '.nl-event')).length > 0);
  assert.deepEqual(page.problems, []);
});

// Properties that do not depend on the page's width (the hostile reset changes body margins).
const STYLE_PROPS = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'font-style',
  'line-height', 'letter-spacing', 'text-transform', 'text-decoration-line', 'text-align', 'display',
  'visibility', 'opacity', 'list-style-type', 'box-sizing', 'white-space',
  ...['top', 'right', 'bottom', 'left'].flatMap((s) => [`margin-${s}`, `padding-${s}`, `border-${s}-width`,
    `border-${s}-style`, `border-${s}-color`])];

/** Computed styles of every element inside every widget's shadow root. */
function widgetStyles(page) {
  return page.evaluate((props) => [...document.querySelectorAll('news-lens')].flatMap((w) =>
    [...w.shadowRoot.querySelectorAll('*')].filter((el) => el.localName !== 'link').map((el) => {
      const cs = getComputedStyle(el);
      return `${w.id} ${el.localName}.${el.className}: ` + props.map((p) => `${p}=${cs.getPropertyValue(p)}`).join('; ');
    })), STYLE_PROPS);
}

/** Computed styles of the host page's own elements (everything but the widgets). */
function hostStyles(page) {
  return page.evaluate((props) => [...document.body.querySelectorAll('*')].filter((el) => el.localName !== 'news-lens')
    .map((el) => {
      const cs = getComputedStyle(el);
      return `${el.localName}.${el.className}: ` + props.map((p) => `${p}=${cs.getPropertyValue(p)}`).join('; ');
    }), STYLE_PROPS);
}

test('a hostile host stylesheet changes nothing inside the widgets', async () => {
  const page = await openPage(browser, `${hostServer.url}/host.html`);
  await widgetReady(page, '#first-widget');
  await widgetReady(page, '#second-widget');
  const clean = await widgetStyles(page);
  await page.evaluate(() => new Promise((done) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: 'hostile.css' });
    link.onload = done;
    document.head.append(link);
  }));
  // The reset did reach the host page…
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('h1')).textTransform), 'none');
  // …and nothing inside the widgets.
  const hostile = await widgetStyles(page);
  assert.ok(clean.length > 10, 'the widgets rendered too little to compare');
  assert.deepEqual(hostile, clean);
  await screenshot(page, 'embed-hostile');
  assert.deepEqual(page.problems, []);
});

test("the widget's styles change nothing on the host page", async () => {
  const withWidget = await openPage(browser, `${hostServer.url}/host.html`);
  await widgetReady(withWidget, '#first-widget');
  await widgetReady(withWidget, '#second-widget');
  const html = await readFile(join(hostDir, 'host.html'), 'utf8');
  const bare = html.replace(/<script type="module" src="[^"]*embed\.js"><\/script>/, '');
  assert.notEqual(bare, html, 'the example page no longer loads embed.js as expected');
  await writeFile(join(hostDir, 'host-bare.html'), bare);
  const withoutWidget = await openPage(browser, `${hostServer.url}/host-bare.html`);
  await withoutWidget.waitForLoadState('load');
  assert.equal(await withoutWidget.evaluate(() => customElements.get('news-lens')), undefined);
  const [a, b] = [await hostStyles(withWidget), await hostStyles(withoutWidget)];
  assert.ok(a.length > 10);
  assert.deepEqual(a, b);
  assert.deepEqual(withWidget.problems, []);
});

test('the iframe variant sizes itself to its content, without scrollbars', async () => {
  const page = await openPage(browser, `${hostServer.url}/host-iframe.html`);
  const frameHandle = await page.waitForSelector('#framed-widget');
  const frame = await frameHandle.contentFrame();
  await frame.waitForFunction(() => {
    const root = document.querySelector('news-lens')?.shadowRoot;
    return root?.querySelector('.nl-root') && !root.querySelector('.nl-status');
  }, null, { timeout: 15000 });
  const fits = async () => {
    const content = await frame.evaluate(() => Math.ceil(document.querySelector('news-lens').getBoundingClientRect().height));
    await page.waitForFunction((h) => document.querySelector('#framed-widget').getBoundingClientRect().height === h, content);
    const scroll = await frame.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.clientHeight]);
    assert.ok(scroll[0] <= scroll[1], `the frame scrolls: ${scroll}`);
    return content;
  };
  const first = await fits();
  assert.ok(first > 150, `frame height ${first} (the default is 150)`);
  // Opening a sentence makes the content taller: the frame follows.
  const toggle = frame.locator('news-lens').locator('.nl-context-toggle').first();
  if (await toggle.count()) {
    await toggle.click();
    const second = await fits();
    assert.ok(second > first, `${second} <= ${first}`);
  }
  const speakers = await frame.locator('news-lens').locator('.nl-speaker').allTextContents();
  assert.ok(speakers.length > 0 && speakers.every((s) => s === 'Volodymyr Zelenskyy'), `${speakers}`);
  await screenshot(page, 'embed-iframe');
  assert.deepEqual(page.problems, []);
});

test("the app's Embed button gives snippets for its filters that work on another site", async () => {
  const name = 'Volodymyr Zelenskyy';
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: widgetServer.url });
  const page = await context.newPage();
  await page.goto(`${widgetServer.url}/?speaker=${encodeURIComponent(name)}&view=quotes`);
  await page.waitForSelector(APP_READY, { timeout: 15000 });
  await page.getByRole('button', { name: 'Embed' }).click();
  const element = await page.locator('#embed-element').inputValue();
  const iframe = await page.locator('#embed-iframe').inputValue();
  assert.equal(element, `<script type="module" src="${widgetServer.url}/embed.js"></script>\n`
    + `<news-lens speaker="${name}" view="quotes"></news-lens>`);
  assert.ok(iframe.startsWith(`<iframe src="${widgetServer.url}/embed.html?speaker=Volodymyr%20Zelenskyy&amp;view=quotes"`), iframe);
  assert.ok(iframe.includes(`<script src="${widgetServer.url}/embed-frame.js" defer></script>`), iframe);

  await page.locator('.snippet-copy').first().click();
  await page.getByText('Copied to the clipboard.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), element);
  await screenshot(page, 'embed-dialog');

  // The copied snippet, pasted into a page of another origin, shows the same quotes.
  const url = await hostPage('pasted', element.replace(/^<script[^\n]*\n/, '').replace('<news-lens', '<news-lens id="w"'));
  const host = await openPage(browser, url);
  await widgetReady(host, '#w');
  const speakers = await shadowTexts(host, '#w', '.nl-speaker');
  assert.equal(speakers.length, Math.min(quotesBy(name).length, FIRST_CARDS));
  assert.ok(speakers.every((s) => s === name));
  assert.deepEqual(host.problems, []);
  await context.close();
});

test('without clipboard access, Copy selects the snippet instead', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  const page = await context.newPage();
  await page.goto(`${widgetServer.url}/`);
  await appReady(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  await page.locator('.snippet-copy').nth(1).click();
  await page.getByText('Selected: press Ctrl+C').waitFor();
  const selection = await page.locator('#embed-iframe').evaluate((area) =>
    [area.selectionStart, area.selectionEnd, area.value.length, document.activeElement === area]);
  assert.deepEqual(selection, [0, selection[2], selection[2], true]);
  await context.close();
});

test('the widget runs under the strict host Content-Security-Policy that docs/EMBEDDING.md gives', async () => {
  const csp = `default-src 'none'; script-src 'self' ${widgetServer.url} 'wasm-unsafe-eval'; `
    + `style-src 'self' ${widgetServer.url}; connect-src 'self' ${widgetServer.url}; img-src data:`;
  const url = await hostPage('csp', '<news-lens id="w" view="timeline" max-height="200px"></news-lens>',
    { extraHead: `<meta http-equiv="Content-Security-Policy" content="${csp}">` });
  const page = await openPage(browser, url);
  const violations = [];
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()); });
  await widgetReady(page, '#w');
  assert.ok((await shadowTexts(page, '#w', '.nl-event')).length > 0);
  const maxHeight = await page.evaluate(() => getComputedStyle(document.querySelector('#w').shadowRoot.querySelector('.nl-scroll')).maxHeight);
  assert.equal(maxHeight, '200px');
  assert.deepEqual([...violations, ...page.problems], []);
});

test('theme="auto" follows the reader\'s colour scheme; the Open link carries the filters', async () => {
  const url = await hostPage('theme', `<news-lens id="auto" view="events"></news-lens>
    <news-lens id="light" view="events" theme="light"></news-lens>`);
  const background = (page, sel) => page.evaluate((s) =>
    getComputedStyle(document.querySelector(s).shadowRoot.querySelector('.nl-root')).backgroundColor, sel);
  const luminance = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
  const dark = await openPage(browser, url, { colorScheme: 'dark' });
  await widgetReady(dark, '#auto');
  await widgetReady(dark, '#light');
  assert.ok(luminance(await background(dark, '#auto')) < 200, await background(dark, '#auto'));
  assert.ok(luminance(await background(dark, '#light')) > 600, await background(dark, '#light'));
  const light = await openPage(browser, url, { colorScheme: 'light' });
  await widgetReady(light, '#auto');
  assert.ok(luminance(await background(light, '#auto')) > 600);
  const href = await light.locator('#auto').locator('.nl-open').getAttribute('href');
  assert.equal(href, `${widgetServer.url}/index.html?view=events`);
  assert.deepEqual([...dark.problems, ...light.problems], []);
});
