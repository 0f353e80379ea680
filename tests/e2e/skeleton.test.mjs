// The walking skeleton's promise: cards from both seed articles, and a working speaker filter.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, appReady, screenshot, bundledCorpus, settledUrl } from './support.mjs';

let server, browser, corpus;
before(async () => {
  // Files first: a missing one must fail the suite, not leave a server and a browser running.
  corpus = await bundledCorpus();
  [server, browser] = await Promise.all([serve(), launch()]);
});
after(async () => { await browser?.close(); await server?.close(); });

const quotesBy = (name) => corpus.articles.flatMap((a) => a.quotes).filter((q) => q.speaker === name);

test('the page shows event and quote cards from both seed articles', async () => {
  const page = await openPage(browser, server.url + '/');
  await appReady(page);
  const quoteCards = page.locator('.quote-card');
  const eventCards = page.locator('.event-card');
  assert.ok(await quoteCards.count() > 0, 'no quote cards');
  assert.ok(await eventCards.count() > 0, 'no event cards');
  const sources = (await page.locator('.card cite').allTextContents()).join('\n');
  for (const article of corpus.articles) {
    assert.ok(sources.includes(article.title), `no card cites "${article.title}"`);
  }
  await screenshot(page, 'skeleton-all');
  assert.deepEqual(page.problems, []);
});

test('filtering by Volodymyr Zelenskyy shows only his quotes', async () => {
  const name = 'Volodymyr Zelenskyy';
  const expected = quotesBy(name).length;
  assert.ok(expected > 0, 'the extractor attributes no quote to him');
  const page = await openPage(browser, server.url + '/');
  await appReady(page);
  // Scoped to the Speakers fieldset: the "people mentioned" facet can list the same name.
  await page.getByRole('group', { name: 'Speakers' }).getByRole('checkbox', { name: new RegExp(name) }).check();
  const speakers = await page.locator('.quote-card .speaker').allTextContents();
  assert.equal(speakers.length, expected);
  assert.ok(speakers.every((s) => s.trim() === name), `other speakers shown: ${speakers}`);
  assert.match((await settledUrl(page)), /speaker=Volodymyr(%20|\+)Zelenskyy/);
  await screenshot(page, 'skeleton-zelenskyy');
  assert.deepEqual(page.problems, []);
});
