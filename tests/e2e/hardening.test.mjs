// Hardening of the production build (dist/): strict CSP, no network, a failed wasm load shows a
// message, hostile URL parameters stay inert text, and no test hook ships.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, appReady, screenshot, DIST } from './support.mjs';
import { STRICT_CSP, STRICTER_CSP, PAYLOADS, recordCspViolations, openPrepared, injectedMarkup, alteredCopy, sitePaths } from './hardening_support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const [label, policy] of [['the strict', STRICT_CSP], ['the stricter optional', STRICTER_CSP]]) {
  test(`the page works under ${label} Content-Security-Policy with no violation`, async () => {
    const server = await serve(DIST, { headers: () => ({ 'content-security-policy': policy }) });
    try {
      const page = await openPrepared(browser, server.url + '/', recordCspViolations);
      await appReady(page);
      // Use it a little: a filter click re-renders under the same policy.
      const firstSpeaker = page.locator('.speaker-facet input[type=checkbox]').first();
      if (await firstSpeaker.count()) await firstSpeaker.check();
      // A reader's own article: the extractor's worker must start under the policy too.
      await page.getByRole('button', { name: 'Read your own article' }).click();
      await page.getByLabel('Paste an article').fill('Port Deal Signed\n“A good day,” Mayor Ana Lopes said on March 3, 2026.\n');
      await page.getByRole('button', { name: 'Read it' }).click();
      await page.locator('#reader-title').waitFor({ timeout: 15000 });
      await page.waitForTimeout(200);
      const violations = await page.evaluate(() => window.__cspViolations);
      assert.deepEqual(violations, [], 'securitypolicyviolation events');
      assert.deepEqual(page.problems, []);
      assert.equal(await page.locator('.fatal-error').count(), 0);
    } finally { await server.close(); }
  });
}

test('the page requests only its own static files', async () => {
  const server = await serve(DIST);
  try {
    const own = await sitePaths(DIST);
    const requested = [];
    const page = await openPrepared(browser, server.url + '/', async (context) => {
      context.on('request', (r) => requested.push(r.url()));
    });
    await appReady(page);
    const firstSpeaker = page.locator('.speaker-facet input[type=checkbox]').first();
    if (await firstSpeaker.count()) await firstSpeaker.check();
    await page.waitForTimeout(300);
    assert.ok(requested.length >= 4, `too few requests recorded: ${requested}`);
    // The server's log also sees what the browser asks for on its own (e.g. /favicon.ico).
    for (const path of server.requests) assert.ok(own.has(path), `the server was asked for ${path}, not in dist/`);
    for (const url of requested) {
      assert.ok(url.startsWith(server.url + '/'), `request off the served origin: ${url}`);
      const path = new URL(url).pathname;
      assert.ok(own.has(path), `request for a file not in dist/: ${path}`);
    }
    assert.deepEqual(page.problems, []);
  } finally { await server.close(); }
});

/** Serves `dir` and expects boot.js's fallback message instead of the app. */
async function expectLoadFailureMessage(dir, name) {
  const server = await serve(dir);
  try {
    const page = await openPage(browser, server.url + '/');
    await page.mouse.move(8, 8);                     // the module is fetched once a reader reaches for the page
    const alert = page.locator('.fatal-error[role=alert]');
    await alert.waitFor({ timeout: 15000 });
    assert.match(await alert.textContent(), /newslens could not start: .*WebAssembly/);
    assert.equal(await page.locator('.layout').count(), 0);
    assert.equal(await page.locator('.loading').count(), 0, 'the loading message stays up');
    await screenshot(page, name);
    // The failure is logged for developers, and nothing else goes wrong.
    assert.ok(page.problems.length >= 1 && page.problems.every((p) => p.startsWith('console:')), page.problems.join('\n'));
  } finally { await server.close(); await rm(dir, { recursive: true }); }
}

test('a missing WebAssembly file shows a message, not a blank page', async () => {
  await expectLoadFailureMessage(await alteredCopy(DIST, { 'newslens_bg.wasm': null }), 'hardening-wasm-404');
});

test('a corrupt WebAssembly file shows a message, not a blank page', async () => {
  const wasm = await readFile(join(DIST, 'newslens_bg.wasm'));
  const corrupt = Buffer.from(wasm.subarray(0, wasm.length / 2)); // truncated: valid header, broken body
  corrupt.fill(0xff, 64, 4096);
  await expectLoadFailureMessage(await alteredCopy(DIST, { 'newslens_bg.wasm': corrupt }), 'hardening-wasm-corrupt');
});

test('hostile URL parameters are inert text', async () => {
  const server = await serve(DIST, { headers: () => ({ 'content-security-policy': STRICT_CSP }) });
  try {
    // Payloads a server accepts in a request line (the 10,000 zero-width spaces do not fit: they
    // arrive below through history.pushState, as a link inside the app would bring them).
    const [small, huge] = [PAYLOADS.filter((p) => p.length < 1000), PAYLOADS.filter((p) => p.length >= 1000)];
    const query = new URLSearchParams();
    for (const p of small) { query.append('q', p); query.append('speaker', p); }
    query.append('view', '<script>alert(1)</script>');
    const page = await openPrepared(browser, `${server.url}/?${query}`, recordCspViolations);
    await appReady(page);
    await checkInert(page);

    const bigQuery = new URLSearchParams(huge.flatMap((p) => [['q', p], ['speaker', p]])).toString();
    await page.evaluate((search) => {
      history.pushState(null, '', '/?' + search);
      dispatchEvent(new PopStateEvent('popstate'));
    }, bigQuery);
    await checkInert(page);
    await screenshot(page, 'hardening-hostile-url');
  } finally { await server.close(); }
});

async function checkInert(page) {
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.layout').count(), 1, 'the app is gone');
  assert.deepEqual(await injectedMarkup(page), []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(page.problems.map((p) => p.slice(0, 300)), []);
  assert.equal(await page.locator('.fatal-error').count(), 0);
  // If the page echoes the query (a search box, a filter chip), it does so as text.
  const inputs = await page.locator('input[type=search], input[name=q]').evaluateAll((els) => els.map((e) => e.value));
  for (const value of inputs) assert.ok(value === '' || PAYLOADS.includes(value), `search box holds ${value.slice(0, 80)}`);
}

test('the production build exports no test hook', async () => {
  const js = await readFile(join(DIST, 'newslens.js'), 'utf8');
  assert.ok(js.includes('startApp'), 'dist/newslens.js is not the app module');
  assert.ok(!js.includes('__newslens_panic_for_tests'), 'dist/ was built with the test-hooks feature');
  const widget = await readFile(join(DIST, 'widget.js'), 'utf8');
  assert.ok(widget.includes('mountWidget'), 'dist/widget.js is not the widget module');
  assert.ok(!widget.includes('__newslens_panic_for_tests'), 'dist/widget.js was built with the test-hooks feature');
});

test("the page and the widget each load a module without the other one's views", async () => {
  const page = await readFile(join(DIST, 'newslens.js'), 'utf8');
  const widget = await readFile(join(DIST, 'widget.js'), 'utf8');
  assert.ok(!page.includes('mountWidget'), "the page's module exports the widget");
  assert.ok(!widget.includes('startApp'), "the widget's module exports the app");
});
