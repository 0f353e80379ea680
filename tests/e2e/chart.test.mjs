// The most-quoted speakers chart (issue 12): the selection's top speakers as an SVG with a title,
// a description and a table of the same figures; it follows the filters; no axe violations, in
// light and dark, and at 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, appReady, bundledCorpus, axeViolations, screenshot, ROOT } from './support.mjs';

let server, browser, quotes;
before(async () => {
  const corpus = await bundledCorpus();
  [server, browser] = await Promise.all([serve(), launch()]);
  quotes = corpus.articles.flatMap((article) => article.quotes);
});
after(async () => { await browser?.close(); await server?.close(); });

/** Named speakers of `qs`, most quoted first, then by name, as the page ranks them. */
function ranked(qs) {
  const counts = new Map();
  for (const q of qs) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 8);
}

async function tableOf(page) {
  return page.locator('.speaker-chart table tbody tr').evaluateAll((rows) =>
    rows.map((r) => [r.querySelector('th').textContent, Number(r.querySelector('td').textContent)]));
}

test('the chart shows the most quoted speakers of the selection, and its table says the same', async (t) => {
  const top = ranked(quotes);
  if (top.length === 0) { t.skip('no named speaker'); return; }
  const page = await openPage(browser, server.url + '/?view=quotes');
  await appReady(page);
  const chart = page.locator('.speaker-chart svg[role=img]');
  assert.equal(await chart.locator('rect.chart-bar').count(), top.length);
  assert.deepEqual(await tableOf(page), top);
  const title = await chart.locator('title').textContent();
  assert.match(title, new RegExp(`The ${top.length} most quoted speakers`));
  const desc = await chart.locator('desc').textContent();
  assert.ok(desc.startsWith(`${top[0][0]}: ${top[0][1]} quote`), desc);
  // The longest bar belongs to the first speaker.
  const widths = await chart.locator('rect.chart-bar').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
  assert.equal(Math.max(...widths), widths[0]);
  await screenshot(page, 'speaker-chart', { fullPage: false });

  // It follows the filters: reported speech only.
  await page.getByRole('group', { name: 'Kind', exact: true }).locator('input[value=indirect]').check();
  await page.waitForURL((u) => u.searchParams.get('kind') === 'indirect');
  assert.deepEqual(await tableOf(page), ranked(quotes.filter((q) => q.kind === 'indirect')));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
});

test('the chart passes axe in the dark theme and fits a 360 px screen', async (t) => {
  if (ranked(quotes).length === 0) { t.skip('no named speaker'); return; }
  const page = await openPage(browser, server.url + '/?view=quotes', { colorScheme: 'dark', viewport: { width: 360, height: 740 } });
  await appReady(page);
  const chart = page.locator('.speaker-chart');
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, `the chart overflows: ${JSON.stringify(box)}`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'nothing scrolls sideways');
  await screenshot(page, 'speaker-chart-phone-dark', { fullPage: false });
  assert.deepEqual(await axeViolations(page), []);
});

test("a long name's label is cut to fit beside its bar, never drawn outside the chart", async () => {
  // The generated 300-article site: bodies with long names speak there.
  const corpus = JSON.parse(await readFile(join(ROOT, 'target/e2e-large-corpus.json'), 'utf8'));
  const names = [...new Set(corpus.articles.flatMap((a) => a.quotes).map((q) => q.speaker).filter(Boolean))];
  const longest = names.sort((x, y) => y.length - x.length).slice(0, 8);
  assert.ok(longest.every((name) => name.length > 24), `long names to draw: ${longest}`);
  const large = await serve(join(ROOT, 'target/dist-large'));
  try {
    const page = await openPage(browser, `${large.url}/?${longest.map((n) => `speaker=${encodeURIComponent(n)}`).join('&')}`);
    await appReady(page);
    const labels = await page.locator('.speaker-chart text.chart-label').evaluateAll((els) => els.map((e) => ({ text: e.textContent, x: e.getBBox().x })));
    assert.ok(labels.length > 0);
    for (const { text, x } of labels) assert.ok(x >= 0, `"${text}" starts at ${x}, outside the chart`);
    assert.ok(labels.every((l) => l.text.endsWith('…') && longest.some((n) => n.startsWith(l.text.slice(0, -1).trim()))), JSON.stringify(labels));
    await page.context().close();
  } finally {
    await large.close();
  }
});
