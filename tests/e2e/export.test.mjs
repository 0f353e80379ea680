// Export (issue 12): the cards shown, as a CSV, JSON or iCalendar download whose contents are
// exactly the selection. Expected values come from target/e2e-corpus.json (the extractor's
// output for the same seeds).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, appReady, bundledCorpus } from './support.mjs';

let server, browser, corpus, quotes;
before(async () => {
  corpus = await bundledCorpus();
  [server, browser] = await Promise.all([serve(), launch()]);
  quotes = corpus.articles.flatMap((article) => article.quotes.map((q) => ({ ...q, article })));
});
after(async () => { await browser?.close(); await server?.close(); });

async function open(path) {
  const page = await openPage(browser, server.url + path, { acceptDownloads: true });
  await appReady(page);
  return page;
}

/** Clicks an Export format and returns the downloaded file's name and text. */
async function exportAs(page, label) {
  const menu = page.locator('details.export');
  if (!(await menu.evaluate((d) => d.open))) await menu.locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: label }).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** RFC 4180: records end with CRLF; quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text) {
  const records = [];
  let record = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { record.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i += 2; continue; }
    assert.notEqual(c, '\n', `a bare LF outside quotes at ${i}`);
    assert.notEqual(c, '"', `a quotation mark inside an unquoted field at ${i}`);
    field += c; i++;
  }
  assert.equal(field, '', 'the last record ends with CRLF');
  return records;
}

test('Export CSV holds exactly the filtered quotes, and quotes with commas and quotation marks survive', async (t) => {
  const counts = new Map();
  for (const q of quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  const [speaker] = [...counts].sort((x, y) => y[1] - x[1])[0] ?? [];
  if (!speaker) { t.skip('no named speaker'); return; }
  const page = await open(`/?speaker=${encodeURIComponent(speaker)}&view=quotes`);
  const { name, text } = await exportAs(page, 'CSV');
  assert.equal(name, 'newslens.csv');
  const [header, ...rows] = parseCsv(text);
  const col = (n) => header.indexOf(n);
  assert.deepEqual(header.slice(0, 3), ['type', 'file', 'title']);
  const mine = quotes.filter((q) => q.speaker === speaker);
  assert.equal(rows.length, mine.length, 'one row per selected quote');
  assert.ok(rows.every((r) => r[col('type')] === 'quote' && r[col('speaker')] === speaker));
  assert.deepEqual(rows.map((r) => r[col('text')]).sort(), mine.map((q) => q.text).sort());

  // Every quote of the corpus, read back: the awkward ones (commas, quotation marks) included.
  const all = await open('/?view=quotes');
  const every = parseCsv((await exportAs(all, 'CSV')).text).slice(1);
  assert.deepEqual(every.map((r) => r[col('text')]).sort(), quotes.map((q) => q.text).sort());
  const awkward = quotes.filter((q) => /[,"“”]/.test(q.text));
  assert.ok(awkward.length > 0, 'the seeds hold quotes with commas or quotation marks');
  assert.deepEqual(page.problems, []);
});

test('Export iCalendar holds one all-day VEVENT per event shown, with CRLF lines of at most 75 octets', async () => {
  const page = await open('/?view=events');
  const shown = await page.locator('.event-card').count();
  const status = await page.getByRole('status').filter({ hasText: /event/ }).first().innerText();
  const total = Number(status.match(/([\d,]+) events?/)[1].replaceAll(',', ''));
  assert.ok(total >= 1 && shown === Math.min(total, 24));
  const { name, text } = await exportAs(page, 'iCalendar (events)');
  assert.equal(name, 'newslens-events.ics');
  assert.ok(text.endsWith('\r\n'));
  const lines = text.slice(0, -2).split('\r\n');
  assert.ok(lines.every((l) => !l.includes('\n') && Buffer.byteLength(l) <= 75), 'folded at 75 octets, CRLF only');
  const unfolded = lines.reduce((acc, l) => (l.startsWith(' ') ? [...acc.slice(0, -1), acc.at(-1) + l.slice(1)] : [...acc, l]), []);
  assert.equal(unfolded[0], 'BEGIN:VCALENDAR');
  assert.equal(unfolded.at(-1), 'END:VCALENDAR');
  assert.equal(unfolded.filter((l) => l === 'BEGIN:VEVENT').length, total);
  assert.equal(unfolded.filter((l) => /^DTSTART;VALUE=DATE:\d{8}$/.test(l)).length, total);
  const uids = unfolded.filter((l) => l.startsWith('UID:'));
  assert.equal(new Set(uids).size, total, 'stable, unique UIDs');
  // Narrowed to one year, the calendar narrows too.
  await page.locator('.timeline .years button').first().click();
  await page.waitForURL((u) => u.searchParams.get('from') !== null);
  const narrowed = (await exportAs(page, 'iCalendar (events)')).text;
  const n = (await page.locator('.event-card').count());
  assert.equal((narrowed.match(/\r\nBEGIN:VEVENT\r\n/g) ?? []).length, n);
  assert.deepEqual(page.problems, []);
});

test('Export JSON is the extract contract with only the selected items, and iCalendar is off for quotes alone', async () => {
  const page = await open('/?view=quotes&kind=direct');
  const { text } = await exportAs(page, 'JSON');
  const data = JSON.parse(text);
  const direct = quotes.filter((q) => q.kind === 'direct');
  const exported = data.articles.flatMap((a) => a.quotes);
  assert.equal(exported.length, direct.length);
  assert.ok(exported.every((q) => q.kind === 'direct'));
  assert.ok(data.articles.every((a) => a.events.length === 0 && typeof a.title === 'string'));
  assert.ok(await page.locator('details.export').getByRole('button', { name: 'iCalendar (events)' }).isDisabled());
  assert.deepEqual(page.problems, []);
});
