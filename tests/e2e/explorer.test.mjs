// The explorer (issue 4): facets with counts, search, timeline, reader, permalinks, history,
// keyboard use, accessibility and the phone layout. Expected numbers come from the corpus the
// app bundles (target/e2e-corpus.json, the extractor's output for the same seeds).
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { serve, launch, openPage, appReady, bundledCorpus, axeViolations, ROOT, SCREENSHOTS, settledUrl, answered } from './support.mjs';

let server, browser, corpus, quotes, events;
before(async () => {
  // Files first: a missing one must fail the suite, not leave a server and a browser running.
  corpus = await bundledCorpus();
  [server, browser] = await Promise.all([serve(), launch()]);
  quotes = corpus.articles.flatMap((article, a) => article.quotes.map((q, i) => ({ ...q, a, i, article })));
  events = corpus.articles.flatMap((article, a) => article.events.map((e, i) => ({ ...e, a, i, article })));
});
after(async () => { await browser?.close(); await server?.close(); });
// Each test's pages go with it: a page left open keeps fetching into the next test's requests.
afterEach(async () => { await Promise.all(browser?.contexts().map((context) => context.close()) ?? []); });

// --- helpers -------------------------------------------------------------------------------

/** Case and diacritics folded, curly quotes straight: what the app's search compares. */
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[‘’]/g, "'");
const tally = (items, key) => {
  const counts = new Map();
  for (const item of items) { const k = key(item); if (k != null) counts.set(k, (counts.get(k) ?? 0) + 1); }
  return counts;
};
const speakerCounts = () => tally(quotes, (q) => q.speaker);
/** Named speakers, most quoted first. */
const topSpeakers = () => [...speakerCounts()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));

async function open(path = '/', options) {
  const page = await openPage(browser, server.url + path, options);
  await appReady(page);
  return page;
}

/** A screenshot of what the viewport shows (the README's pictures), in tests/e2e/screenshots/. */
async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** `{ quotes, events }` as the role="status" region says it. */
async function status(page) {
  const text = await page.getByRole('status').filter({ hasText: /quote/ }).innerText();
  // Counts are printed with digit groups ("12,192 quotes").
  const m = text.match(/([\d,]+) quotes?, ([\d,]+) events?/);
  assert.ok(m, `unexpected status text: ${text}`);
  const number = (printed) => Number(printed.replaceAll(',', ''));
  return { quotes: number(m[1]), events: number(m[2]) };
}

const facet = (page, legend) => page.getByRole('group', { name: legend, exact: true });

/** `value → count` of a facet as shown. */
async function facetCounts(page, legend) {
  return page.evaluate((legend) => {
    const group = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === legend);
    return Object.fromEntries([...group.querySelectorAll('li')].map((li) => [
      li.querySelector('input').value, Number(li.querySelector('.facet-count').textContent.match(/\d+/)[0]),
    ]));
  }, legend);
}

const checkbox = (page, legend, value) => facet(page, legend).locator(`input[type=checkbox][value="${value}"]`);

/** Skips a test that needs quotes when the bundled corpus has none (yet). */
function needQuotes(t, n = 1) {
  if (speakerCounts().size >= n) return true;
  t.skip(`the bundled corpus has fewer than ${n} named speakers`);
  return false;
}

// --- facets ----------------------------------------------------------------------------------

test('the speaker facet lists every named speaker with their number of quotes, most quoted first', async (t) => {
  if (!needQuotes(t)) return;
  const page = await open();
  const shown = await facetCounts(page, 'Speakers');
  assert.deepEqual(shown, Object.fromEntries(speakerCounts()));
  const order = await facet(page, 'Speakers').locator('input[type=checkbox]').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(order, topSpeakers().map(([name]) => name));
  assert.deepEqual(page.problems, []);
});

test('one speaker: only their quotes, and the URL names them', async (t) => {
  if (!needQuotes(t)) return;
  const [name, count] = topSpeakers()[0];
  const page = await open();
  await checkbox(page, 'Speakers', name).check();
  await page.waitForURL((u) => u.searchParams.getAll('speaker').includes(name));
  assert.deepEqual(await status(page), { quotes: count, events: 0 });
  const speakers = await page.locator('.quote-card .speaker').allTextContents();
  assert.equal(speakers.length, count);
  assert.ok(speakers.every((s) => s.trim() === name), `other speakers shown: ${speakers}`);
  assert.ok(new URL(await settledUrl(page)).searchParams.getAll('speaker').includes(name), (await settledUrl(page)));
  assert.ok((await settledUrl(page)).includes(`speaker=${encodeURIComponent(name)}`), 'speaker is percent-encoded');
  assert.deepEqual(page.problems, []);
});

test('several speakers: quotes by any of them, and each facet counts under the other filters', async (t) => {
  if (!needQuotes(t, 2)) return;
  const [[a, na], [b, nb]] = topSpeakers();
  const page = await open();
  await checkbox(page, 'Speakers', a).check();
  await checkbox(page, 'Speakers', b).check();
  assert.deepEqual(await status(page), { quotes: na + nb, events: 0 });
  const speakers = new Set((await page.locator('.quote-card .speaker').allTextContents()).map((s) => s.trim()));
  assert.deepEqual([...speakers].sort(), [a, b].sort());
  // The speaker facet ignores its own selection; the kind facet counts only these two.
  assert.deepEqual(await facetCounts(page, 'Speakers'), Object.fromEntries(speakerCounts()));
  const kinds = tally(quotes.filter((q) => q.speaker === a || q.speaker === b), (q) => q.kind);
  const shownKinds = await facetCounts(page, 'Kind');
  for (const kind of ['direct', 'partial', 'indirect', 'comment']) assert.equal(shownKinds[kind], kinds.get(kind) ?? 0, kind);
  assert.deepEqual(new URL(await settledUrl(page)).searchParams.getAll('speaker'), [a, b]);
  await screenshot(page, 'explorer-speakers');
  assert.deepEqual(page.problems, []);
});

test('kind and article facets count quotes under the other filters', async (t) => {
  if (!needQuotes(t)) return;
  const page = await open('/?view=quotes');
  const allKinds = tally(quotes, (q) => q.kind);
  const shown = await facetCounts(page, 'Kind');
  for (const [kind, n] of allKinds) assert.equal(shown[kind], n, `kind ${kind}`);
  const articleCounts = await facetCounts(page, 'Articles');
  for (const article of corpus.articles) assert.equal(articleCounts[article.file], article.quotes.length, article.file);

  // One article: kind counts shrink to it, article counts stay.
  const article = corpus.articles.find((x) => x.quotes.length > 0);
  await checkbox(page, 'Articles', article.file).check();
  assert.equal((await status(page)).quotes, article.quotes.length);
  const inArticle = tally(article.quotes, (q) => q.kind);
  const kindsNow = await facetCounts(page, 'Kind');
  for (const kind of ['direct', 'partial', 'indirect', 'comment']) assert.equal(kindsNow[kind], inArticle.get(kind) ?? 0, kind);
  assert.deepEqual(await facetCounts(page, 'Articles'), articleCounts);

  // And a kind: the cards are exactly that article's quotes of that kind.
  const [kind, n] = [...inArticle].sort((x, y) => y[1] - x[1])[0];
  await checkbox(page, 'Kind', kind).check();
  assert.equal((await status(page)).quotes, n);
  assert.equal(await page.locator(`.quote-card[data-kind="${kind}"]`).count(), n);
  assert.equal(await page.locator('.quote-card').count(), n);
  assert.equal((await facetCounts(page, 'Articles'))[article.file], n);
  assert.match((await settledUrl(page)), new RegExp(`kind=${kind}`));
  assert.match((await settledUrl(page)), new RegExp(`article=${encodeURIComponent(article.file).replace(/\./g, '\\.')}`));
  assert.deepEqual(page.problems, []);
});

// --- search ----------------------------------------------------------------------------------

test('search folds case and diacritics, matches prefixes, and marks the matches', async (t) => {
  if (!needQuotes(t)) return;
  const [name] = topSpeakers()[0];
  // The last name in capitals and cut short: "ZELENSKYY" finds "Zelenskyy", "ZELENSK" too.
  const last = name.split(/\s+/).pop();
  const term = last.toUpperCase().slice(0, Math.max(4, last.length - 1));
  // A term matches the start of a word.
  const startsAWord = (text, t) => fold(text).split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(fold(t)));
  const expected = quotes.filter((q) => startsAWord(`${q.text}\n${q.speaker ?? ''}`, term)).length;
  const page = await open('/?view=quotes');
  const before = await page.evaluate(() => history.length);
  await page.getByLabel('Search quotes, speakers and events').pressSequentially(term, { delay: 20 });
  // The whole term, not a pause in the middle of it (a shorter prefix may find the same cards).
  await page.waitForFunction((t) => new URLSearchParams(location.search).get('q') === t, term);
  await page.waitForFunction((n) => document.querySelectorAll('.quote-card').length === n, expected);
  assert.equal((await status(page)).quotes, expected);
  const marks = await page.locator('.card mark').allTextContents();
  assert.ok(marks.length >= expected, `${marks.length} marks for ${expected} cards`);
  assert.ok(marks.every((m) => fold(term).includes(fold(m)) || fold(m).includes(fold(term))), `odd marks: ${marks}`);
  // Every card shown has a match, inside a <mark>.
  const unmarked = await page.locator('.quote-card').evaluateAll((cards) => cards.filter((c) => !c.querySelector('mark')).length);
  assert.equal(unmarked, 0);
  assert.equal(new URL(await settledUrl(page)).searchParams.get('q'), term);
  // Typing is one history step, not one per keystroke.
  assert.equal(await page.evaluate(() => history.length), before + 1);
  assert.deepEqual(page.problems, []);
});

test('search finds event sentences too, and an empty result says how to get out of it', async (t) => {
  const page = await open('/?view=events');
  const total = (await status(page)).events;
  if (events.length === 0) { t.skip('the bundled corpus has no events'); return; }
  const word = events[0].sentence.split(/\W+/).filter((w) => w.length >= 5).sort((x, y) => y.length - x.length)[0];
  await page.getByLabel('Search quotes, speakers and events').fill(word);
  // The search runs once the typing pauses, and answers once its words are fetched.
  await page.waitForURL((u) => u.searchParams.get('q') === word);
  await answered(page);
  const shown = await page.locator('.event-card .sentence').allTextContents();
  assert.ok(shown.length >= 1);
  assert.ok(shown.every((s) => fold(s).includes(fold(word))));
  assert.ok(await page.locator('.event-card .sentence mark').count() >= shown.length);

  await page.getByLabel('Search quotes, speakers and events').fill('qqzzxx');
  const empty = page.locator('#empty-state');
  await empty.waitFor();
  assert.match(await empty.innerText(), /No events match “qqzzxx”/);
  assert.doesNotMatch(await empty.innerText(), /second letter/);
  // A last word of one letter is a whole word: the empty state says how a prefix search starts.
  await page.getByLabel('Search quotes, speakers and events').fill('qqzzxx q');
  await page.getByText('No events match “qqzzxx q”. A search finds the words that start with what is typed from its second letter.').waitFor();
  await empty.getByRole('button', { name: 'Clear the search' }).click();
  assert.equal((await status(page)).events, total);
  assert.equal(await page.getByLabel('Search quotes, speakers and events').inputValue(), '');
  assert.deepEqual(page.problems, []);
});

// --- timeline --------------------------------------------------------------------------------

test('choosing a year, then a month, on the timeline filters the cards to that period', async (t) => {
  const dated = events.filter((e) => /^\d{4}-\d\d-\d\d$/.test(e.start));
  if (dated.length === 0) { t.skip('the bundled corpus has no dated events'); return; }
  const page = await open('/?view=events');
  const years = page.locator('.timeline .years button');
  const yearTexts = await years.allInnerTexts();
  const shownYears = yearTexts.map((s) => Number(s.match(/\d{4}/)[0]));
  assert.deepEqual(shownYears, [...new Set(dated.map((e) => Number(e.start.slice(0, 4))))].sort());
  // The busiest year.
  const eventCount = (text) => Number(text.match(/(\d+)\s*events?/)[1]);
  const counts = yearTexts.map(eventCount);
  const k = counts.indexOf(Math.max(...counts));
  const year = shownYears[k];
  await years.nth(k).click();
  assert.equal(await years.nth(k).getAttribute('aria-pressed'), 'true');
  const params = new URL(await settledUrl(page)).searchParams;
  assert.equal(params.get('from'), `${year}-01-01`);
  assert.equal(params.get('to'), `${year}-12-31`);
  assert.equal((await status(page)).events, counts[k]);
  assert.equal(await page.locator('#period-from').inputValue(), `${year}-01-01`);
  const starts = await page.locator('.event-card time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.ok(starts.every((d) => d.slice(0, 4) === String(year)), `outside ${year}: ${starts}`);

  // The chosen year opens its months; a month narrows further.
  const month = page.locator('.timeline .months button').first();
  const monthsOfYear = new Set(dated.filter((e) => e.start.slice(0, 7) === e.end.slice(0, 7) && e.start.startsWith(`${year}-`)).map((e) => e.start.slice(5, 7)));
  assert.equal(await page.locator('.timeline .months button').count(), monthsOfYear.size);
  if (monthsOfYear.size) {
    const n = eventCount(await month.innerText());
    await month.click();
    assert.equal((await status(page)).events, n);
    const from = new URL(await settledUrl(page)).searchParams.get('from');
    assert.match(from, new RegExp(`^${year}-\\d\\d-01$`));
    // Pressing the chosen month again goes back to its year.
    await month.click();
    assert.equal(new URL(await settledUrl(page)).searchParams.get('from'), `${year}-01-01`);
    assert.equal((await status(page)).events, counts[k]);
  }
  // Pressing the year again clears the period.
  await years.nth(k).click();
  assert.equal(new URL(await settledUrl(page)).searchParams.get('from'), null);
  assert.equal((await status(page)).events, counts.reduce((x, y) => x + y, 0));
  assert.deepEqual(page.problems, []);
});

// --- reader ----------------------------------------------------------------------------------

test('a card links to its sentence in the reader, and the reader links back to the card', async (t) => {
  if (quotes.length === 0) { t.skip('the bundled corpus has no quotes'); return; }
  const q = quotes.find((x) => x.kind !== 'comment') ?? quotes[0];
  const page = await open('/?view=quotes');
  const card = page.locator(`#q-${q.a}-${q.i}`);
  await card.locator('.source a').click();
  // The text arrives after the reader opens (data/articles/N.bin); then the focus moves.
  await page.locator('.reader .target').first().waitFor();
  const focused = (id) => page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 5000 });
  const url = new URL(await settledUrl(page));
  assert.equal(url.searchParams.get('read'), q.article.file);
  assert.equal(url.hash, `#r-q-${q.a}-${q.i}`);
  assert.equal(await page.locator('#reader-title').innerText(), q.article.title);
  await focused(`r-q-${q.a}-${q.i}`);
  // The linked sentence is marked as the target and holds the quote's words.
  const target = (await page.locator('.reader .target').allTextContents()).join('').replace(/\s+/g, ' ');
  assert.ok(target.includes(q.text.replace(/\s+/g, ' ').slice(0, 30)), `target "${target}" lacks "${q.text}"`);
  // Quotes and dates are highlighted in the reader.
  assert.ok(await page.locator('.reader mark.direct, .reader mark.partial, .reader mark.indirect, .reader mark.comment').count()
    >= Math.min(1, q.article.quotes.length));
  assert.ok(await page.locator('.reader mark.date').count() >= Math.min(1, q.article.events.length));
  // Headings and comments come from the article's blocks.
  assert.equal(await page.locator('.reader h3').count(), q.article.blocks.filter((b) => b.kind === 'heading' || b.kind === 'comments_header').length);
  await screenshot(page, 'explorer-reader');

  await page.getByRole('link', { name: /Back to the results/ }).click();
  await page.locator('.cards').waitFor();
  assert.equal(new URL(await settledUrl(page)).searchParams.get('read'), null);
  await focused(`q-${q.a}-${q.i}`);
  // Browser back returns to the reader, with its text.
  await page.goBack();
  await page.locator('.reader .target').first().waitFor();
  assert.deepEqual(page.problems, []);
});

test('a card\'s texts come in its article\'s file, fetched once for the cards and the reader', async (t) => {
  if (quotes.length === 0) { t.skip('the bundled corpus has no quotes'); return; }
  const q = quotes[quotes.length - 1];
  // This page's own requests: the server's log also holds late requests of earlier tests' pages.
  const requested = [];
  const page = await open('/?view=quotes', {
    prepare: (context) => context.on('request', (request) => requested.push(new URL(request.url()).pathname)),
  });
  await page.waitForLoadState('networkidle');
  const fetched = () => requested.filter((path) => path.startsWith('/data/'));
  // The articles of the cards on screen, each once; never every text.
  const shown = await page.locator('.card').evaluateAll((cards) => cards.map((c) => Number(c.id.split('-')[1])));
  const articles = [...new Set(shown)].map((a) => `/data/articles/${a}.bin`);
  assert.deepEqual(fetched().slice(0, 1), ['/data/corpus.bin']);
  assert.deepEqual([...fetched().slice(1)].sort(), articles.sort(), 'the articles of the cards shown');
  assert.equal(await page.locator('.card[aria-busy]').count(), 0, 'every card has its words');
  assert.ok(!fetched().includes('/data/whole.bin'));
  const before = fetched().length;
  await page.locator(`#q-${q.a}-${q.i} .source a`).click();
  await page.locator('.reader mark').first().waitFor();
  assert.equal(fetched().length, before, 'the reader\'s article was here with its card');
  // The focus moves to the linked sentence.
  await page.waitForFunction((id) => document.activeElement?.id === id, `r-q-${q.a}-${q.i}`, { timeout: 5000 });
  assert.deepEqual(page.problems, []);
});

test('a card whose article cannot be loaded says so, with its file, and keeps who and where', async (t) => {
  if (quotes.length === 0) { t.skip('the bundled corpus has no quotes'); return; }
  const q = quotes[0];
  const page = await open(`/?view=quotes`, {
    prepare: (context) => context.route(`**/data/articles/${q.a}.bin`, (route) => route.fulfill({ status: 404, body: 'gone' })),
  });
  const card = page.locator(`#q-${q.a}-${q.i}`);
  const alert = card.locator('[role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), new RegExp(`data/articles/${q.a}\\.bin could not be loaded \\(404`));
  assert.equal(await card.getAttribute('aria-busy'), 'true');
  assert.equal(await card.locator('cite').innerText(), q.article.title);
  assert.deepEqual(page.problems.filter((p) => !p.includes('404')), []);
});

test('an article text that cannot be loaded is said, with its file, in the reader', async (t) => {
  if (quotes.length === 0) { t.skip('the bundled corpus has no quotes'); return; }
  const q = quotes[0];
  const page = await open(`/?view=quotes&read=${encodeURIComponent(q.article.file)}`, {
    prepare: (context) => context.route('**/data/articles/*.bin', (route) => route.fulfill({ status: 404, body: 'gone' })),
  });
  const alert = page.locator('.reader [role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), new RegExp(`data/articles/${q.a}\\.bin could not be loaded \\(404`));
  // The title (from corpus.bin) and the way back stay.
  assert.equal(await page.locator('#reader-title').innerText(), q.article.title);
  assert.ok(await page.getByRole('link', { name: /Back to the results/ }).isVisible());
  // The browser logs the failed request itself; nothing else went wrong.
  assert.deepEqual(page.problems.filter((p) => !p.includes('404')), []);
});

test('a date inconsistency shows as a focusable badge whose reason is readable text', async (t) => {
  const withWarning = corpus.articles.flatMap((article, a) => article.events.map((e, i) => ({ e, a, i, article })))
    .find(({ e, article }) => article.date_warnings.some((w) => w.span.start >= e.sentence_span.start && w.span.end <= e.sentence_span.end));
  if (!withWarning) { t.skip('no event sentence holds a date warning in the bundled corpus'); return; }
  const warning = withWarning.article.date_warnings.find((w) => w.span.start >= withWarning.e.sentence_span.start);
  const page = await open('/?view=events');
  const badge = page.locator('.event-card .warning-badge').first();
  await badge.focus();
  const tip = badge.locator('[role=tooltip]');
  assert.ok(await tip.isVisible(), 'the reason shows on focus');
  assert.ok((await tip.innerText()).includes(warning.why));
  assert.equal(await badge.getAttribute('aria-describedby'), await tip.getAttribute('id'));
  assert.deepEqual(page.problems, []);
});

// --- URL and history ---------------------------------------------------------------------------

test('a permalink restores the exact state after a reload', async (t) => {
  if (!needQuotes(t)) return;
  const [name] = topSpeakers()[0];
  const page = await open();
  await checkbox(page, 'Speakers', name).check();
  await page.getByRole('button', { name: 'Quotes', exact: true }).click();
  await page.getByLabel('Sort by').selectOption('date');
  const word = quotes.find((q) => q.speaker === name).text.split(/\W+/).find((w) => w.length >= 4) ?? '';
  await page.getByLabel('Search quotes, speakers and events').fill(word);
  await page.waitForURL((u) => u.searchParams.get('q') === word);
  await answered(page);
  const url = await settledUrl(page);
  const before = { status: await status(page), cards: await page.locator('.card').evaluateAll((cs) => cs.map((c) => c.id)) };
  assert.ok(before.cards.length >= 1);

  await page.reload();
  await appReady(page);
  await answered(page);
  assert.equal((await settledUrl(page)), url);
  assert.deepEqual(await status(page), before.status);
  assert.deepEqual(await page.locator('.card').evaluateAll((cs) => cs.map((c) => c.id)), before.cards);
  assert.ok(await checkbox(page, 'Speakers', name).isChecked());
  assert.equal(await page.getByLabel('Search quotes, speakers and events').inputValue(), word);
  assert.equal(await page.getByRole('button', { name: 'Quotes', exact: true }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByLabel('Sort by').inputValue(), 'date');

  // The same link typed by hand (with + for spaces) opens the same state.
  const other = await open(`/?speaker=${name.replace(/ /g, '+')}&view=quotes&sort=date&q=${encodeURIComponent(word)}`);
  assert.deepEqual(await status(other), before.status);
  assert.deepEqual(page.problems, []);
});

test('back and forward step through filter changes', async (t) => {
  if (!needQuotes(t)) return;
  const [name, n] = topSpeakers()[0];
  const kind = quotes.find((q) => q.speaker === name).kind;
  const nKind = quotes.filter((q) => q.speaker === name && q.kind === kind).length;
  const page = await open();
  const initial = await status(page);
  await checkbox(page, 'Speakers', name).check();
  await checkbox(page, 'Kind', kind).check();
  assert.equal((await status(page)).quotes, nKind);

  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('kind='));
  assert.equal((await status(page)).quotes, n);
  assert.ok(await checkbox(page, 'Speakers', name).isChecked());
  assert.ok(!(await checkbox(page, 'Kind', kind).isChecked()));

  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  assert.deepEqual(await status(page), initial);
  assert.ok(!(await checkbox(page, 'Speakers', name).isChecked()));

  await page.goForward();
  await page.waitForFunction(() => location.search.includes('speaker='));
  assert.equal((await status(page)).quotes, n);
  assert.deepEqual(page.problems, []);
});

// --- keyboard, accessibility, layout ------------------------------------------------------------

/** Presses `key` until the focused element passes `test` (in the page), at most `max` times. */
async function tabTo(page, test, key = 'Tab', max = 120, arg = null) {
  for (let n = 0; n < max; n++) {
    await page.keyboard.press(key);
    if (await page.evaluate(test, arg)) return;
  }
  throw new Error(`focus never reached ${test}`);
}

test('the main flow works from the keyboard alone, with a visible focus', async (t) => {
  if (!needQuotes(t)) return;
  const [name, n] = topSpeakers()[0];
  const page = await open();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await tabTo(page, () => document.activeElement.id === 'search-input');
  await page.keyboard.type(name.split(' ')[0].slice(0, 3));
  await tabTo(page, (v) => document.activeElement.value === v, 'Tab', 120, name);
  await page.keyboard.press('Space');
  await page.waitForURL((u) => u.searchParams.getAll('speaker').includes(name));
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused checkbox shows a focus ring');
  assert.ok((await status(page)).quotes <= n);

  // On to a card's source link, into the reader, and back to the card.
  await tabTo(page, () => document.activeElement.matches('.quote-card .source a'));
  const cardId = await page.evaluate(() => document.activeElement.closest('.card').id);
  await page.keyboard.press('Enter');
  // Tab from where the reader puts the focus once the article's text has arrived.
  await page.waitForFunction(() => document.activeElement?.id.startsWith('r-'), null, { timeout: 5000 });
  await tabTo(page, () => document.activeElement.matches('.reader .back'), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, cardId, { timeout: 5000 });
  assert.deepEqual(page.problems, []);
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations in the ${colorScheme} theme (results and reader)`, async () => {
    const page = await open('/', { colorScheme });
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `explorer-desktop-${colorScheme}`);
    const link = page.locator('.card .source a').first();
    if (await link.count()) {
      await link.click();
      await page.locator('.reader').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'reader');
    }
    assert.deepEqual(page.problems, []);
  });
}

test('at 360 px nothing scrolls sideways, and the filters are one tap away', async () => {
  const page = await open('/', { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0, 'results');
  await screenshot(page, 'explorer-phone');
  const panel = page.locator('details.facet-panel');
  assert.equal(await panel.getAttribute('open'), null, 'filters start folded on a phone');
  await panel.locator('summary').click();
  assert.ok(await facet(page, 'Kind').isVisible());
  assert.equal(await overflow(), 0, 'filters open');
  assert.equal(await axeViolations(page).then((v) => v.length), 0);
  const link = page.locator('.card .source a').first();
  if (await link.count()) {
    await link.click();
    await page.locator('.reader').waitFor();
    assert.equal(await overflow(), 0, 'reader');
  }
  assert.deepEqual(page.problems, []);
});

test('the page asks the network for nothing but its own files (no web fonts)', async () => {
  const page = await open();
  const external = [];
  page.on('request', (r) => { if (!r.url().startsWith(server.url)) external.push(r.url()); });
  await page.reload();
  await appReady(page);
  assert.deepEqual(external, []);
  assert.ok(!server.requests.some((p) => /\.(woff2?|ttf|otf)$/.test(p)), 'no font files');
  const fonts = await page.evaluate(() => document.fonts.size);
  assert.equal(fonts, 0, 'no @font-face');
});

test('the explorer runs under the strict CSP (no inline scripts or style attributes)', async () => {
  // The policy ARCHITECTURE.md promises the page runs under.
  const csp = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  const strict = await serve(undefined, { headers: () => ({ 'content-security-policy': csp }) });
  try {
    const page = await openPage(browser, strict.url + '/?view=events');
    await appReady(page);
    const violations = [];
    await page.exposeFunction('reportViolation', (v) => violations.push(v));
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective}: ${e.blockedURI}`)));
    // Exercise what renders new markup: the timeline, a search, the reader.
    const year = page.locator('.timeline .years button').first();
    if (await year.count()) await year.click();
    await page.getByLabel('Search quotes, speakers and events').fill('a');
    const link = page.locator('.card .source a').first();
    if (await link.count()) { await link.click(); await page.locator('.reader').waitFor(); }
    assert.deepEqual(violations, []);
    assert.deepEqual(page.problems, []);
    assert.equal(await page.locator('[style]').count(), 0, 'no style attributes');
  } finally {
    await strict.close();
  }
});
