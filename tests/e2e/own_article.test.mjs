// "Read your own article": the extractor runs in the page on a pasted text or a chosen file,
// the article joins the cards and the facets, and bad input is a message naming file and line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, appReady, screenshot, axeViolations, ROOT, settledUrl } from './support.mjs';

const ARTICLE = join(ROOT, 'tests/fixtures/own/harbour_deal.txt');
let server, browser, article;
before(async () => {
  // Files first: a missing one must fail the suite, not leave a server and a browser running.
  article = await readFile(ARTICLE, 'utf8');
  [server, browser] = await Promise.all([serve(), launch()]);
});
after(async () => { await browser?.close(); await server?.close(); });

async function open() {
  const page = await openPage(browser, server.url + '/');
  await appReady(page);
  return page;
}

/** `{ quotes, events }` from the results' status line. */
async function status(page) {
  const text = await page.getByRole('status').filter({ hasText: /quote/ }).innerText();
  const m = text.match(/(\d+) quotes?, (\d+) events?/);
  assert.ok(m, `unexpected status text: ${text}`);
  return { quotes: +m[1], events: +m[2] };
}

const panelButton = (page) => page.getByRole('button', { name: 'Read your own article' });

test('a pasted article opens in the reader, then joins the cards and the speaker filter', async () => {
  const page = await open();
  const before = await status(page);
  const requestsBefore = server.requests.length;
  await panelButton(page).click();
  assert.equal(await panelButton(page).getAttribute('aria-expanded'), 'true');
  await page.getByLabel('Paste an article').fill(article);
  await screenshot(page, 'own-article-form', { fullPage: false });
  await page.getByRole('button', { name: 'Read it' }).click();

  // The reader shows the article, its quotes marked, the keyboard focus on its title.
  const title = page.locator('#reader-title');
  await title.waitFor();
  assert.equal(await title.innerText(), 'Harbour city signs port deal after two years of talks');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'reader-title');
  assert.ok(await page.locator('.reader mark.direct').count() >= 2, 'direct quotes are marked');
  assert.equal(await page.locator('#own-panel').count(), 0, 'the form closes');
  assert.match(new URL(await settledUrl(page)).search, /read=your-article\.txt/);
  await screenshot(page, 'own-article-reader');

  await page.getByRole('link', { name: '← Back to the results' }).click();
  const after = await status(page);
  assert.ok(after.quotes >= before.quotes + 4, `quotes ${before.quotes} → ${after.quotes}`);
  assert.ok(after.events > before.events, `events ${before.events} → ${after.events}`);
  assert.match(await page.locator('.tagline').innerText(), /from 3 news articles/);

  // Her pronoun-attributed words count for her: the speaker facet filters to her quotes.
  await page.getByRole('group', { name: 'Speakers', exact: true }).getByLabel(/Ana Lopes/).check();
  const cards = page.locator('.quote-card');
  await page.waitForFunction(() => document.querySelectorAll('.quote-card').length === 2);
  assert.match(await cards.first().innerText(), /Ana Lopes/);
  assert.match((await cards.allInnerTexts()).join('\n'), /first ships would dock/);
  // The extractor's worker loads on this first use, not with the page, with every text (the
  // article joins the corpus whole); nothing else is fetched (Chromium may ask for the icon
  // again when the address changes) and nothing is sent.
  const worker = ['/extract-worker-loader.js', '/extract_worker.js', '/extract_worker_bg.wasm'];
  assert.ok(!server.requests.slice(0, requestsBefore).some((path) => worker.includes(path) || path === '/data/whole.bin'), 'the page loads without the extractor');
  const fetched = server.requests.slice(requestsBefore).filter((path) => path !== '/favicon.svg');
  assert.deepEqual(fetched, ['/data/whole.bin', ...worker], 'only every text and the worker were fetched, nothing uploaded');
  assert.deepEqual(page.problems, []);
});

test('a publication date dates the weekdays of a pasted article that names no date', async () => {
  const page = await open();
  await panelButton(page).click();
  await page.getByLabel('Paste an article').fill('Bridge vote\nThe river council voted on Tuesday to close the old bridge.\n');
  await page.getByLabel(/Published on/).fill('2016-10-22');
  await page.getByRole('button', { name: 'Read it' }).click();
  await page.locator('#reader-title').waitFor();
  assert.match(new URL(await settledUrl(page)).search, /read=2016-10-22_your-article\.txt/);
  assert.match((await page.locator('.reader mark.date').allInnerTexts()).join(''), /Tuesday/);
  await page.getByRole('link', { name: '← Back to the results' }).click();
  await page.getByRole('searchbox').first().fill('river council');
  // Saturday 22 October 2016: "Tuesday" is the 18th.
  await page.locator('.event-card time[datetime="2016-10-18"]').waitFor();
  assert.deepEqual(page.problems, []);
});

test('a publication date that is not a date is refused with a message', async () => {
  const page = await open();
  await panelButton(page).click();
  await page.getByLabel('Paste an article').fill('Bridge vote\nThe council voted on Tuesday.\n');
  // A date field only holds valid dates; a script (or an old browser's text field) may not.
  await page.getByLabel(/Published on/).evaluate((input) => { input.type = 'text'; input.value = '2016-02-30'; });
  await page.getByRole('button', { name: 'Read it' }).click();
  const error = page.locator('.own-error');
  await error.waitFor();
  assert.equal(await error.innerText(), 'your-article.txt: the publication date "2016-02-30" is not a date (YYYY-MM-DD)');
  assert.equal(await page.locator('#own-panel').count(), 1, 'the form stays open');
  assert.deepEqual(page.problems, []);
});

test('a chosen file keeps its name; a second copy gets a name of its own', async () => {
  const page = await open();
  await panelButton(page).click();
  const chooser = page.getByLabel('or choose a text file:');
  await chooser.setInputFiles(ARTICLE);
  await page.locator('#reader-title').waitFor();
  assert.match(new URL(await settledUrl(page)).search, /read=harbour_deal\.txt/);
  await page.getByRole('link', { name: '← Back to the results' }).click();
  await panelButton(page).click();
  await page.getByLabel('or choose a text file:').setInputFiles(ARTICLE);
  await page.waitForURL(/read=harbour_deal-2\.txt/);
  // The second joins the corpus beside the first, which stays.
  assert.match(await page.locator('.tagline').innerText(), /from 4 news articles/);
  assert.deepEqual(page.problems, []);
});

test("a file named as a bundled article gets a name of its own, and both stay readable", async () => {
  // The worker, which holds every article, names it (the page may hold a slice of them).
  const taken = (await readdir(join(ROOT, 'seeds'))).filter((f) => f.endsWith('.txt')).sort()[0];
  const dir = await mkdtemp(join(tmpdir(), 'newslens-own-'));
  const copy = join(dir, taken);
  await writeFile(copy, article);
  const page = await open();
  await panelButton(page).click();
  await page.getByLabel('or choose a text file:').setInputFiles(copy);
  const renamed = taken.replace(/\.txt$/, '-2.txt');
  await page.waitForURL((url) => url.searchParams.get('read') === renamed);
  assert.match(await page.locator('#reader-title').innerText(), /harbour/i);
  // The bundled one, in the same page (a reload would forget the reader's article).
  const title = page.locator('#reader-title');
  await page.evaluate((file) => {
    history.pushState(null, '', `?read=${encodeURIComponent(file)}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, taken);
  await page.waitForFunction(() => !/harbour/i.test(document.querySelector('#reader-title')?.innerText ?? 'harbour'));
  assert.ok((await title.innerText()).length > 0);
  assert.match(await page.locator('.tagline').innerText(), /from 3 news articles/);
  assert.deepEqual(page.problems, []);
  await rm(dir, { recursive: true });
});

test('every text failing to load or to decode is a message naming the file, and adds nothing', async () => {
  const page = await open();
  const before = await status(page);
  const paste = async () => {
    await page.getByLabel('Paste an article').fill(article);
    await page.getByRole('button', { name: 'Read it' }).click();
  };
  await panelButton(page).click();
  // Not there: the page says so before the extractor starts.
  await page.route('**/data/whole.bin', (route) => route.fulfill({ status: 503, body: 'down' }));
  await paste();
  await page.getByRole('alert').filter({ hasText: 'data/whole.bin' }).waitFor();
  assert.match(await page.getByRole('alert').innerText(), /data\/whole\.bin could not be loaded \(503/);
  // Damaged: the extractor's worker refuses it, and forgets the article it was joining.
  await page.unroute('**/data/whole.bin');
  await page.route('**/data/whole.bin', (route) => route.fulfill({ status: 200, body: 'not a data file' }));
  await paste();
  await page.getByRole('alert').filter({ hasText: 'unreadable' }).waitFor();
  assert.match(await page.getByRole('alert').innerText(), /data\/whole\.bin is unreadable \(not a newslens data file/);
  await screenshot(page, 'own-article-whole-damaged', { fullPage: false });
  assert.deepEqual(await status(page), before);
  // Back: the article joins alone (the failed tries left nothing behind).
  await page.unroute('**/data/whole.bin');
  await paste();
  await page.locator('#reader-title').waitFor();
  assert.match(await page.locator('.tagline').innerText(), /from 3 news articles/);
  // The browser logs the 503 it was given; nothing else went wrong.
  assert.deepEqual(page.problems.filter((p) => !p.includes('503')), []);
});

test('bad input is a message naming the file and line, and adds nothing', async () => {
  const page = await open();
  const before = await status(page);
  await panelButton(page).click();
  await page.getByRole('button', { name: 'Read it' }).click();
  assert.match(await page.getByRole('alert').innerText(), /Paste the text of an article first/);

  await page.getByLabel('or choose a text file:').setInputFiles({
    name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from('Caf\xe9 news\nok \xff here\n', 'latin1'),
  });
  await page.getByRole('alert').filter({ hasText: 'latin1.txt:1' }).waitFor();
  assert.match(await page.getByRole('alert').innerText(), /^⚠?\s*latin1\.txt:1: is not valid UTF-8/);
  await page.getByLabel('or choose a text file:').setInputFiles({
    name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(3 * 1024 * 1024, 'a'),
  });
  await page.getByRole('alert').filter({ hasText: 'huge.txt: is 3.0 MB' }).waitFor();
  await screenshot(page, 'own-article-error');
  assert.deepEqual(await axeViolations(page), [], 'the open form with its message');
  assert.equal(await page.locator('#own-panel').count(), 1, 'the form stays open to try again');
  assert.deepEqual(await status(page), before);
  assert.deepEqual(page.problems, []);
});

test('a hostile file is read as inert text', async () => {
  const page = await open();
  await panelButton(page).click();
  await page.getByLabel('or choose a text file:').setInputFiles(join(ROOT, 'tests/fixtures/hostile/hostile.txt'));
  const title = page.locator('#reader-title');
  await title.waitFor();
  assert.match(await title.innerText(), /<script>alert\(1\)<\/script> Council Votes on <img src=x onerror=alert\(1\)> Budget/);
  assert.equal(await page.locator('.reader script, .reader img, .reader iframe, .reader svg, .reader b').count(), 0);
  assert.deepEqual(page.problems, [], 'no dialog, no error');
});

test('the form works from the keyboard alone', async () => {
  const page = await open();
  await panelButton(page).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'own-text');
  // Escape closes the form and gives the focus back to its button; Enter opens it again.
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#own-panel').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Read your own article');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText(article);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('#reader-title').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'reader-title');
  assert.deepEqual(page.problems, []);
});
