// The test build target/dist-test (scripts/test.sh: hostile fixture seeds + the `test-hooks`
// feature): hostile article text renders as inert text under the strict CSP, and a panic in the
// wasm shows a visible message instead of a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { access, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, appReady, screenshot, ROOT } from './support.mjs';
import { STRICT_CSP, recordCspViolations, openPrepared, injectedMarkup, alteredCopy } from './hardening_support.mjs';

const DIST_TEST = join(ROOT, 'target/dist-test');
const HOSTILE_CORPUS = join(ROOT, 'target/e2e-hostile-corpus.json');
const BUILD_HINT = 'build it as scripts/test.sh does: NEWSLENS_SEEDS=tests/fixtures/hostile trunk build --release '
  + '--features test-hooks --dist target/dist-test, and cargo run --release --bin extract -- '
  + 'tests/fixtures/hostile/*.txt > target/e2e-hostile-corpus.json';

let server, browser, corpus;
before(async () => {
  await access(join(DIST_TEST, 'index.html')).catch(() => { throw new Error(`no target/dist-test: ${BUILD_HINT}`); });
  corpus = JSON.parse(await readFile(HOSTILE_CORPUS, 'utf8').catch(() => { throw new Error(`no hostile corpus: ${BUILD_HINT}`); }));
  server = await serve(DIST_TEST, { headers: () => ({ 'content-security-policy': STRICT_CSP }) });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

test('hostile article text is shown as inert text', async () => {
  const article = corpus.articles[0];
  assert.match(article.title, /<script>alert\(1\)<\/script>/, 'the fixture is not the hostile article');
  const items = article.quotes.length + article.events.length;
  assert.ok(items > 0, 'the extractor finds no quote or event in the hostile fixture: this test would prove nothing');

  const page = await openPrepared(browser, server.url + '/', recordCspViolations);
  await appReady(page);
  await page.locator('.card').first().waitFor();
  assert.deepEqual(await injectedMarkup(page), []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(page.problems, []);
  // The markup in the article is there, as characters.
  const text = await page.locator('body').textContent();
  assert.ok(text.includes(article.title), 'the hostile title is not shown as text');
  for (const q of article.quotes) assert.ok(text.includes(q.text), `quote not shown as text: ${q.text.slice(0, 80)}`);
  await screenshot(page, 'hardening-hostile-article');
});

test('a panic in the wasm shows a message, not a blank page', async () => {
  const page = await openPrepared(browser, server.url + '/', recordCspViolations);
  await appReady(page);
  const outcome = await page.evaluate(async () => {
    const app = await import('/newslens.js'); // the instance boot.js started
    try { app.__newslens_panic_for_tests(); return 'returned'; } catch (e) { return `threw ${e}`; }
  });
  assert.match(outcome, /^threw /, 'the hook did not panic');
  const alert = page.locator('.fatal-error[role=alert]');
  await alert.waitFor({ timeout: 5000 });
  assert.match(await alert.textContent(), /internal error: [\s\S]*deliberate panic for the tests[\s\S]*Reload the page/);
  assert.ok(await alert.isVisible(), 'the error message is not visible');
  await screenshot(page, 'hardening-panic');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  // The panic is logged for developers; nothing else goes wrong.
  assert.ok(page.problems.every((p) => p.startsWith('console:')), page.problems.join('\n'));
});

// A host page with two widgets, made of files only (the strict CSP forbids inline script).
const WIDGET_HOST = {
  'panic-host.html': `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>panic host</title>
<link rel="icon" href="favicon.svg"><script type="module" src="embed.js"></script></head>
<body><news-lens view="quotes"></news-lens><news-lens view="events"></news-lens></body></html>`,
};

test('a panic in the wasm shows a message in every widget of the page', async () => {
  const dir = await alteredCopy(DIST_TEST, WIDGET_HOST);
  const host = await serve(dir, { headers: () => ({ 'content-security-policy': STRICT_CSP }) });
  try {
    const page = await openPrepared(browser, host.url + '/panic-host.html', recordCspViolations);
    const widgets = page.locator('news-lens');
    await widgets.nth(1).locator('.nl-mount > *').first().waitFor({ timeout: 15000 });
    const outcome = await page.evaluate(async () => {
      const module = await import('/widget.js'); // the instance embed.js loaded
      try { module.__newslens_panic_for_tests(); return 'returned'; } catch (e) { return `threw ${e}`; }
    });
    assert.match(outcome, /^threw /, 'the hook did not panic');
    for (const i of [0, 1]) {
      const alert = widgets.nth(i).locator('.nl-status[role=alert]');
      await alert.waitFor({ timeout: 5000 });
      assert.match(await alert.textContent(), /internal error: [\s\S]*deliberate panic for the tests[\s\S]*Reload the page/);
      assert.equal(await widgets.nth(i).locator('.nl-mount > *').count(), 0, 'the frozen widget is still shown');
    }
    await screenshot(page, 'hardening-widget-panic');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.ok(page.problems.every((p) => p.startsWith('console:')), page.problems.join('\n'));
  } finally { await host.close(); await rm(dir, { recursive: true }); }
});
