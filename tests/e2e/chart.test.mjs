// The most-quoted speakers chart (issue 12): the selection's top speakers as one image (rows of a
// name, a bar and a count) with a name, a description and a table of the same figures; it
// follows the filters; no axe violations, in light and dark, and readable at 360 px.
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
  const chart = page.locator('.speaker-chart [role=img]');
  assert.equal(await chart.locator('svg.chart-bar').count(), top.length);
  assert.deepEqual(await chart.locator('.chart-label').allTextContents(), top.map(([name]) => name));
  assert.deepEqual(await tableOf(page), top);
  const title = await chart.getAttribute('aria-label');
  assert.match(title, new RegExp(`The ${top.length} most quoted speakers`));
  const desc = await page.locator(`#${await chart.getAttribute('aria-describedby')}`).textContent();
  assert.ok(desc.startsWith(`${top[0][0]}: ${top[0][1]} quote`), desc);
  // The longest bar belongs to the first speaker, and each is as long as its share of it, its
  // count right after it.
  const bars = await chart.locator('.chart-track').evaluateAll((tracks) => tracks.map((t) => {
    const [bar, count] = [t.querySelector('svg.chart-bar').getBoundingClientRect(), t.querySelector('.chart-count').getBoundingClientRect()];
    return { width: bar.width, gap: count.left - bar.right, count: Number(t.querySelector('.chart-count').textContent) };
  }));
  assert.equal(Math.max(...bars.map((b) => b.width)), bars[0].width);
  for (const b of bars) {
    assert.ok(Math.abs(b.width / bars[0].width - b.count / bars[0].count) < 0.02 || b.width <= 4, JSON.stringify(bars));
    assert.ok(b.gap >= 0 && b.gap < 12, `a count ${b.gap} px from its bar`);
  }
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
  // Its names are as large as the page's other small text (drawn in a scaled SVG, they were 8 px).
  const heights = await chart.locator('.chart-label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  assert.ok(heights.length > 0 && heights.every((h) => h >= 14), `label heights: ${heights}`);
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
    for (const width of [1280, 360]) {
      const page = await openPage(browser, `${large.url}/?${longest.map((n) => `speaker=${encodeURIComponent(n)}`).join('&')}`, { viewport: { width, height: 800 } });
      await appReady(page);
      const seen = await page.locator('.speaker-chart .chart').evaluate((chart) => {
        const box = chart.getBoundingClientRect();
        return [...chart.querySelectorAll('.chart-label')].map((e) => {
          const r = e.getBoundingClientRect();
          return { text: e.textContent, inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5, cut: e.scrollWidth > e.clientWidth };
        });
      });
      assert.ok(seen.length > 0);
      for (const { text, inside } of seen) assert.ok(inside, `${width} px: "${text}" is drawn outside the chart`);
      // The whole name is there (a screen reader, a copy): the stylesheet cuts what is shown.
      assert.ok(seen.every((l) => longest.includes(l.text)), JSON.stringify(seen));
      if (width === 360) assert.ok(seen.some((l) => l.cut), `none cut at 360 px: ${JSON.stringify(seen)}`);
      await page.locator(".speaker-chart").scrollIntoViewIfNeeded();
      await screenshot(page, `chart-long-names-${width}`, { fullPage: false });
      await page.context().close();
    }
  } finally {
    await large.close();
  }
});
