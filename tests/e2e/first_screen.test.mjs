// The first screen's slice (issue 10): the prerendered page starts from data/first.bin (the
// articles of each view's first page, with the build's counts of the whole corpus), not from
// data/corpus.bin, and is live with it. A speaker's click fetches their slice; anything else
// fetches corpus.bin, and the page then answers as a page that started from it. Against the
// generated 300-article site (target/dist-large).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { alteredCopy } from './hardening_support.mjs';
import { serve, launch, openPage, answered, appReady, screenshot, axeViolations, settledUrl, APP_READY, ROOT } from './support.mjs';

const SITE = join(ROOT, 'target/dist-large');
let server, browser;
before(async () => {
  [server, browser] = await Promise.all([serve(SITE), launch()]);
});
after(async () => { await browser?.close(); await server?.close(); });

const cardIds = (page) => page.locator('ol.cards > li > article').evaluateAll((els) => els.map((e) => e.id));
const facet = (page, name) => page.locator(`fieldset.facet-${name}`).innerText();
const countLine = (page) => page.locator('main p.count').innerText();

/** What a reader sees of the results and the filters. */
async function screen(page) {
  return {
    ids: await cardIds(page), count: await countLine(page),
    // The chart and the "Show more" line, or '' where there is none.
    chart: await page.evaluate(() => document.querySelector('.speaker-chart')?.innerText ?? ''),
    more: await page.evaluate(() => document.querySelector('p.more')?.innerText ?? ''),
    speakers: await facet(page, 'speaker'), kinds: await facet(page, 'kind'), articles: await facet(page, 'article'),
    mentions: await facet(page, 'mention'),
  };
}

/** The same address opened afresh, from corpus.bin (a permalink starts from it). */
async function fromTheWholeCorpus(url) {
  const page = await openPage(browser, url);
  await page.waitForSelector(APP_READY);
  await answered(page);
  const seen = await screen(page);
  await page.context().close();
  return seen;
}

/** The prerendered page, started: from first.bin. `hold`: corpus.bin waits for `release()`.
 *  `fetched()`: the data files it requested so far (not the articles' texts). */
async function started({ hold = false } = {}) {
  let release = () => {};
  const gate = new Promise((ok) => { release = ok; });
  const requested = [];
  const page = await openPage(browser, server.url + '/', {
    prepare: async (context) => {
      context.on('request', (r) => requested.push(new URL(r.url()).pathname));
      if (hold) await context.route('**/data/corpus.bin', async (route) => { await gate; await route.continue(); });
    },
  });
  await appReady(page);
  await answered(page);
  const fetched = () => requested.filter((p) => p.startsWith('/data/') && !p.startsWith('/data/articles/'));
  return { page, fetched, release };
}

test('the prerendered page starts from the first screen\'s slice and is live with it: the same screen as corpus.bin\'s', async () => {
  const { page, fetched } = await started();
  assert.deepEqual(fetched(), ['/data/first.bin'], 'first.bin only');
  const seen = await screen(page);
  assert.equal(seen.ids.length, 24, 'a page of cards');
  assert.match(seen.more, /Showing 24 of/);
  assert.match(seen.speakers, /more: type in “Find speakers…”/);
  // Every view without a filter, in both orders, from first.bin alone.
  for (const [view, sort] of [['quotes', 'date'], ['events', 'article'], ['all', 'date']]) {
    await page.locator(`.views button[data-view=${view}]`).click();
    await page.locator('#sort').selectOption(sort);
    await answered(page);
    const url = await settledUrl(page);
    assert.deepEqual(await screen(page), await fromTheWholeCorpus(url), `${url}`);
    await page.locator('#sort').selectOption('article');
  }
  assert.deepEqual(fetched(), ['/data/first.bin'], 'and still nothing else');
  await page.locator('.views button[data-view=all]').click();
  await answered(page);
  assert.deepEqual(await screen(page), seen);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a speaker's click from the first screen fetches their slice, not corpus.bin, and shows what corpus.bin would", async () => {
  const { page, fetched } = await started();
  const first = await screen(page);
  // A speaker further down the list: the first screen's counts list ten.
  await page.locator('fieldset.facet-speaker li').nth(6).locator('input').check();
  await answered(page);
  const requests = fetched();
  assert.equal(requests.length, 2, requests.join(' '));
  assert.match(requests[1], /^\/data\/quoted\/[0-9a-f]+\.bin$/);
  const seen = await screen(page);
  assert.deepEqual(seen, await fromTheWholeCorpus(await settledUrl(page)));
  await screenshot(page, 'first-screen-speaker');
  // Unchecked: the first screen again, from first.bin (the browser's cache), not corpus.bin.
  await page.locator('fieldset.facet-speaker li input:checked').uncheck();
  await answered(page);
  assert.ok(!fetched().includes('/data/corpus.bin'), fetched().join(' '));
  assert.deepEqual(await screen(page), first);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('another filter fetches corpus.bin: the cards stay, busy, until it is here, then answer', async () => {
  const { page, fetched, release } = await started({ hold: true });
  const before = await cardIds(page);
  // By its value: a checked value moves to the top of its list.
  const kind = await page.locator('fieldset.facet-kind li').nth(1).locator('input').getAttribute('value');
  const box = page.locator(`fieldset.facet-kind input[value="${kind}"]`);
  await box.check();
  await page.waitForFunction(() => document.querySelector('main.results')?.getAttribute('aria-busy') === 'true');
  assert.equal(await countLine(page), 'Loading the articles…');
  assert.deepEqual(await cardIds(page), before, 'the cards on screen stay meanwhile');
  assert.ok(await box.isChecked(), 'the box is checked at once');
  await screenshot(page, 'first-screen-loading');
  release();
  await answered(page);
  assert.ok(fetched().includes('/data/corpus.bin'));
  assert.deepEqual(await screen(page), await fromTheWholeCorpus(await settledUrl(page)));
  // corpus.bin stays: a speaker's click now fetches nothing.
  const now = fetched().length;
  await page.locator('fieldset.facet-speaker li').nth(1).locator('input').check();
  await answered(page);
  assert.deepEqual(fetched().slice(now), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('"Show more" on the first screen fetches corpus.bin and shows the next cards, the focus on the first new one', async () => {
  const { page, fetched } = await started();
  await page.locator('button.show-more').click();
  await page.waitForFunction(() => document.querySelectorAll('ol.cards > li').length === 48);
  assert.ok(fetched().includes('/data/corpus.bin'));
  const ids = await cardIds(page);
  assert.equal(await page.evaluate(() => document.activeElement?.id), ids[24], 'the focus on the first new card');
  const whole = await openPage(browser, server.url + '/?sort=article');
  await whole.waitForSelector(APP_READY);
  await whole.locator('button.show-more').click();
  await whole.waitForFunction(() => document.querySelectorAll('ol.cards > li').length === 48);
  assert.deepEqual(await cardIds(whole), ids);
  await whole.context().close();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a pointer pressing the search box fetches corpus.bin before the first key; a focus alone does not', async () => {
  const { page, fetched } = await started();
  const box = page.locator('#search-input');
  await box.focus();
  await page.waitForTimeout(300);
  assert.ok(!fetched().includes('/data/corpus.bin'), `a focus without a pointer fetches nothing: ${fetched().join(' ')}`);
  await box.click();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/data/corpus.bin')));
  assert.equal(await box.inputValue(), '', 'before any key');
  // The search then answers as on a page that started from corpus.bin.
  await box.pressSequentially('said');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'said' && !document.querySelector('main.results[aria-busy]'));
  assert.ok((await page.locator('ol.cards > li').count()) > 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a facet's Find… box on the first screen fetches corpus.bin and finds every value", async () => {
  const { page, fetched } = await started();
  const corpus = JSON.parse(await readFile(join(ROOT, 'target/e2e-large-corpus.json'), 'utf8'));
  const shown = await page.locator('fieldset.facet-speaker input[type=checkbox]').evaluateAll((els) => els.map((e) => e.value));
  const unlisted = [...new Set(corpus.articles.flatMap((a) => a.quotes).map((q) => q.speaker).filter(Boolean))].find((s) => !shown.includes(s));
  await page.locator('#facet-filter-speaker').fill(unlisted);
  await page.locator(`fieldset.facet-speaker input[value="${unlisted}"]`).waitFor();
  assert.ok(fetched().includes('/data/corpus.bin'));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a failed corpus.bin says so in the count line, and the next change asks again', async () => {
  let fail = true;
  const page = await openPage(browser, server.url + '/', {
    prepare: (context) => context.route('**/data/corpus.bin', (route) => (fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue())),
  });
  await appReady(page);
  await page.locator('fieldset.facet-kind li').nth(1).locator('input').check();
  await page.waitForFunction(() => /could not be loaded/.test(document.querySelector('main p.count')?.textContent ?? ''));
  assert.match(await countLine(page), /data\/corpus\.bin could not be loaded \(503/);
  fail = false;
  await page.locator('fieldset.facet-kind li').nth(2).locator('input').check();
  await answered(page);
  assert.match(await countLine(page), /^\d[\d,]* quotes?, \d+ events?$/);
  await page.context().close();
});

test("a damaged first screen's slice: the page starts from corpus.bin instead, and works", async () => {
  const dir = await alteredCopy(SITE, { 'data/first.bin': 'damaged' });
  const site = await serve(dir);
  try {
    const warnings = [];
    const page = await openPage(browser, site.url + '/', {
      prepare: (context) => context.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); }),
    });
    await appReady(page);
    await answered(page);
    assert.equal((await cardIds(page)).length, 24);
    assert.deepEqual(await screen(page), await fromTheWholeCorpus(server.url + '/?sort=article'));
    assert.ok(warnings.some((w) => /data\/first\.bin is unreadable/.test(w)), `the console says why: ${warnings.join(' | ')}`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally { await site.close(); await rm(dir, { recursive: true }); }
});
