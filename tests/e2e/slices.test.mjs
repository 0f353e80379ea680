// A speaker's slice (issue 10): an address that names one speaker starts from the small file of
// their articles' cards (data/quoted/K.bin, src/slices.rs) instead of data/corpus.bin, with the
// first screen's file for its counts of the whole data (data/first.bin), and is live with them.
// Without those counts it shows their cards, then fetches corpus.bin and goes live with the same
// cards. Against the generated 300-article site (target/dist-large), whose corpus.bin is many
// slices' size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, answered, screenshot, axeViolations, APP_READY, ROOT } from './support.mjs';

const SITE = join(ROOT, 'target/dist-large');
let server, browser, quotes;
before(async () => {
  const corpus = JSON.parse(await readFile(join(ROOT, 'target/e2e-large-corpus.json'), 'utf8'));
  [server, browser] = await Promise.all([serve(SITE), launch()]);
  quotes = corpus.articles.flatMap((article) => article.quotes);
});
after(async () => { await browser?.close(); await server?.close(); });

/** A named speaker with several quotes (not the most quoted: a slice holds others too). */
function aSpeaker() {
  const counts = new Map();
  for (const q of quotes) if (q.speaker && q.kind !== 'comment') counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  const sorted = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return sorted.find(([, n]) => n >= 3 && n <= 20)?.[0] ?? sorted[0][0];
}

/** Opens `path` with data/corpus.bin held back until `release()`: the slice's time made long.
 *  `counts: false`: data/first.bin is not found (a site built before it), so the slice has no
 *  counts of the whole data. */
async function openHeld(path, { counts = true } = {}) {
  let release;
  const gate = new Promise((ok) => { release = ok; });
  const page = await openPage(browser, server.url + path, {
    prepare: async (context) => {
      await context.route('**/data/corpus.bin', async (route) => { await gate; await route.continue(); });
      if (!counts) await context.route('**/data/first.bin', (route) => route.fulfill({ status: 404, body: 'not here' }));
    },
  });
  if (!counts) page.problems.expected = /first\.bin|404/;
  return { page, release };
}

/** Problems but those a test caused on purpose. */
const unexpected = (page) => page.problems.filter((p) => !page.problems.expected?.test(p));

/** What a reader sees of `path` on a page that starts from corpus.bin (the slices not found). */
async function fromTheWholeCorpus(path) {
  const page = await openPage(browser, server.url + path, {
    prepare: (context) => context.route('**/data/quoted/*.bin', (route) => route.fulfill({ status: 404, body: 'not here' })),
  });
  await page.waitForSelector(APP_READY);
  await answered(page);
  const seen = { ids: await cardIds(page), kinds: await kindFacet(page), count: await countLine(page), speakers: await speakerValues(page) };
  await page.context().close();
  return seen;
}

const served = (from) => server.requests.slice(from);
const cardIds = (page) => page.locator('ol.cards > li > article').evaluateAll((els) => els.map((e) => e.id));
const speakerValues = (page) => page.locator('fieldset.facet-speaker input[type=checkbox]').evaluateAll((els) => els.map((e) => e.value));
const kindFacet = (page) => page.locator('fieldset.facet-kind').innerText();
const countLine = (page) => page.locator('main p.count').innerText();

test("a speaker's permalink is live from their slice and the first screen's counts: corpus.bin's screen without corpus.bin", async () => {
  const name = aSpeaker();
  const path = `/?speaker=${encodeURIComponent(name)}&view=quotes`;
  const from = server.requests.length;
  const { page, release } = await openHeld(path);
  await page.waitForSelector(APP_READY);
  await answered(page);
  const data = served(from).filter((p) => p.startsWith('/data/') && !p.startsWith('/data/articles/'));
  assert.equal(data.length, 2, data.join(' '));
  assert.ok(data.includes('/data/first.bin') && data.some((p) => /^\/data\/quoted\/[0-9a-f]+\.bin$/.test(p)), data.join(' '));
  const seen = { ids: await cardIds(page), kinds: await kindFacet(page), count: await countLine(page), speakers: await speakerValues(page) };
  assert.ok(seen.speakers.length > 1 && seen.speakers.includes(name), `the top speakers and them: ${seen.speakers}`);
  assert.equal(await page.locator('.facet-note').count(), 0);
  assert.deepEqual(seen, await fromTheWholeCorpus(path));
  await screenshot(page, 'slice-live');
  // Another filter needs corpus.bin: held, the page says so; released, it answers.
  const box = page.locator('fieldset.facet-kind input[type=checkbox]').first();
  const kind = await box.getAttribute('value');
  await box.check();
  await page.waitForFunction(() => document.querySelector('main.results')?.getAttribute('aria-busy') === 'true');
  assert.equal(await countLine(page), 'Loading the articles…');
  release();
  await answered(page);
  assert.ok(served(from).includes('/data/corpus.bin'));
  assert.equal(await page.locator(`fieldset.facet-kind input[value="${kind}"]`).isChecked(), true);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("without the first screen's counts, a speaker's permalink shows their cards from their slice, then the whole data: the same cards, every speaker", async () => {
  const name = aSpeaker();
  const from = server.requests.length;
  const { page, release } = await openHeld(`/?speaker=${encodeURIComponent(name)}&view=quotes`, { counts: false });
  await page.locator('.quote-card').first().waitFor();
  await answered(page);
  const slices = served(from).filter((p) => /^\/data\/quoted\/[0-9a-f]+\.bin$/.test(p));
  assert.equal(slices.length, 1, `one slice fetched: ${served(from).join(' ')}`);
  assert.ok(!served(from).includes('/data/corpus.bin'), 'corpus.bin is held back, and the cards are here');
  assert.equal(await page.locator('html[data-app-ready]').count(), 0, 'not live before the whole data');
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('starting')));
  assert.deepEqual(await speakerValues(page), [name], 'the slice counts no other speaker: none is shown');
  assert.match(await page.locator('fieldset.facet-speaker .facet-note').innerText(), /other speakers come/);
  const before = { ids: await cardIds(page), kinds: await kindFacet(page), count: await countLine(page) };
  assert.ok(before.ids.length > 0 && before.ids.every((id) => id.startsWith('q-')));
  await screenshot(page, 'slice-before-whole');

  release();
  await page.waitForSelector(APP_READY);
  await answered(page);
  assert.ok(served(from).includes('/data/corpus.bin'));
  assert.deepEqual(await cardIds(page), before.ids, 'the same cards, in the same order');
  assert.equal(await kindFacet(page), before.kinds, "the slice's counts were the whole data's");
  assert.equal(await countLine(page), before.count);
  const speakers = await speakerValues(page);
  assert.ok(speakers.length > 1 && speakers.includes(name), `every speaker now: ${speakers.length}`);
  assert.equal(await page.locator('.facet-note').count(), 0, 'and no note that they are coming');
  assert.ok(!(await page.evaluate(() => document.documentElement.classList.contains('starting'))));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(unexpected(page), []);
});

test("a click on a slice's page without the counts waits for the whole data, then applies", async () => {
  const name = aSpeaker();
  const { page, release } = await openHeld(`/?speaker=${encodeURIComponent(name)}`, { counts: false });
  await page.locator('.quote-card').first().waitFor();
  const box = page.locator('fieldset.facet-kind input[type=checkbox]').first();
  const kind = await box.getAttribute('value');
  await box.click();
  assert.equal(await box.isChecked(), false, 'the box does not say what is not so');
  release();
  await page.waitForSelector(APP_READY);
  await page.waitForFunction((k) => new URL(location.href).searchParams.get('kind') === k, kind);
  assert.equal(await page.locator(`fieldset.facet-kind input[value="${kind}"]`).isChecked(), true);
  assert.deepEqual(unexpected(page), []);
});

test('a name nobody is quoted under has an empty slice; a search or several speakers start from corpus.bin', async () => {
  let from = server.requests.length;
  const page = await openPage(browser, `${server.url}/?speaker=Nobody%20Quoted%20Here`);
  await page.waitForSelector(APP_READY);
  assert.equal(served(from).filter((p) => p.startsWith('/data/quoted/')).length, 1);
  assert.match(await countLine(page), /^0 quotes/);
  assert.deepEqual(page.problems, [], 'no failed request');

  const name = aSpeaker();
  for (const path of [`/?speaker=${encodeURIComponent(name)}&q=the`, `/?speaker=${encodeURIComponent(name)}&speaker=Nobody`]) {
    from = server.requests.length;
    const other = await openPage(browser, server.url + path);
    await other.waitForSelector(APP_READY);
    assert.ok(served(from).includes('/data/corpus.bin'), path);
    assert.equal(served(from).filter((p) => p.startsWith('/data/quoted/')).length, 0, path);
    assert.deepEqual(other.problems, []);
  }
});

test('a damaged slice is passed over: the page says it is loading, then shows the whole data', async () => {
  const name = aSpeaker();
  let damaged = 0;
  const page = await openPage(browser, `${server.url}/?speaker=${encodeURIComponent(name)}`, {
    prepare: (context) => context.route('**/data/quoted/*.bin', (route) => {
      damaged++;
      return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('NLDB broken') });
    }),
  });
  await page.waitForSelector(APP_READY);
  await answered(page);
  assert.ok((await cardIds(page)).length > 0);
  assert.deepEqual(await speakerValues(page).then((v) => v.includes(name)), true);
  assert.equal(damaged, 1, 'the slice was fetched, and was damaged');
  assert.equal(await page.locator('.fatal-error').count(), 0, 'no error: corpus.bin answered');
  assert.deepEqual(page.problems, []);
});

test("the browser's speaker keys are the build's (src/slices.rs checks the same values)", async () => {
  const { speakerKey } = await import('../../embed/speaker-key.js');
  const keys = [
    ['Zoë Ní Bhraonáin', '6a52e337'], ['İsmail Özdemir', 'a72efaa9'], ['ΣΩΚΡΑΤΗΣ ΠΑΠΑΣ', 'de5f726c'],
    ['  Ana Ruiz  ', 'b82a20a5'], ['ǅemal Bešić', '95aaf134'], ['GROẞ', '45008433'],
    ['Ｆｕｌｌ Ｗｉｄｔｈ', 'eec8cf7c'], ['José\u0301 Martí', '3a3abe40'],
  ];
  for (const [name, key] of keys) assert.equal(speakerKey(name), key, name);
});
