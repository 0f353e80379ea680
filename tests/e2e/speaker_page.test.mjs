// A speaker's page (issue 12): a speaker's name on a card opens it; it says who they are, how
// and when they are quoted, in which articles and about whom, and lists all their cards; Back
// returns; a permalink opens it; axe-clean, keyboard-operable, and fits 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, appReady, bundledCorpus, axeViolations, screenshot, settledUrl } from './support.mjs';

let server, browser, corpus, quotes;
before(async () => {
  corpus = await bundledCorpus();
  [server, browser] = await Promise.all([serve(), launch()]);
  quotes = corpus.articles.flatMap((article) => article.quotes.map((q) => ({ ...q, article })));
});
after(async () => { await browser?.close(); await server?.close(); });

function topSpeaker() {
  const counts = new Map();
  for (const q of quotes) if (q.speaker && q.kind !== 'comment') counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
}

test('a name on a card opens the speaker page, which sums up their quotes; Back returns', async (t) => {
  const name = topSpeaker();
  if (!name) { t.skip('no named speaker'); return; }
  const page = await openPage(browser, server.url + '/?view=quotes');
  await appReady(page);
  const before = await settledUrl(page);
  await page.locator('.quote-card a.speaker', { hasText: name }).first().click();
  await page.waitForURL((u) => u.searchParams.get('view') === 'speaker' && u.searchParams.get('speaker') === name);
  const heading = page.getByRole('heading', { level: 2, name });
  assert.ok(await heading.isVisible());
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'speaker-page', 'the focus lands on the name');

  const mine = quotes.filter((q) => q.speaker === name);
  const articles = new Set(mine.map((q) => q.article.file));
  assert.equal(await page.locator('.speaker-figures').innerText(),
    `${mine.length} quote${mine.length === 1 ? '' : 's'} in ${articles.size} article${articles.size === 1 ? '' : 's'}`);
  assert.equal(await page.locator('.quote-card').count(), Math.min(mine.length, 24));
  const speakers = await page.locator('.quote-card .speaker').allInnerTexts();
  assert.ok(speakers.every((s) => s === name));
  // Roles come from the articles' people.
  const roles = new Set(corpus.articles.flatMap((a) => a.people.filter((p) => p.name === name).flatMap((p) => p.roles)));
  if (roles.size) assert.ok(roles.has((await page.locator('.speaker-roles').innerText()).split(' · ')[0]));
  const kinds = await page.locator('[aria-labelledby=speaker-kinds] li').allInnerTexts();
  assert.equal(kinds.reduce((sum, k) => sum + Number(k.match(/(\d+)$/)[1]), 0), mine.length);
  const dated = mine.filter((q) => q.date).length;
  if (dated) assert.match(await page.locator('.years-chart title').textContent(), /^Quotes per year: \d{4}: \d+/);
  await screenshot(page, 'speaker-page');
  assert.deepEqual(await axeViolations(page), []);

  await page.goBack();
  await page.waitForURL(before);
  assert.equal(await page.locator('.speaker-head').count(), 0);
  assert.ok(await page.locator('.quote-card').count() > 0);
  assert.deepEqual(page.problems, []);
});

test('a speaker page opens from its permalink, works from the keyboard and at 360 px', async (t) => {
  const name = topSpeaker();
  if (!name) { t.skip('no named speaker'); return; }
  const page = await openPage(browser, `${server.url}/?speaker=${encodeURIComponent(name)}&view=speaker`,
    { viewport: { width: 360, height: 740 } });
  await appReady(page);
  assert.ok(await page.getByRole('heading', { level: 2, name }).isVisible());
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'nothing scrolls sideways');
  // From the keyboard: the back link is the first thing to reach after the masthead's controls.
  const back = page.getByRole('link', { name: /Their quotes among all the cards/ });
  await back.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('view') === 'quotes');
  assert.ok(await page.locator('.quote-card').count() > 0);
  await screenshot(page, 'speaker-page-phone', { fullPage: false });
  assert.deepEqual(page.problems, []);
});
