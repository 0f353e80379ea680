// Facet clicks, one after another on one load: the interaction-to-next-paint (Event Timing) of
// each, and with --trace where its time went (Chromium's timeline: script, style, layout, paint).
// Not a test: it prints figures. The page benchmark (page.mjs) measures one first click on a
// fresh load; this one measures the clicks after it too (uncheck, another facet, the timeline).
//
//   node tests/bench/clicks.mjs [--runs N] [--trace] [--profile] NAME:DIST ...
//
// --profile prints each click's JavaScript/wasm self time by function (CDP Profiler): wasm
// functions are unnamed in a release build, so it tells the module's own work from its calls
// into the DOM.
//
// Sites are loaded alternately, run after run, so a slow moment of the shared machine hits all.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
// The e2e tests' static server (a site at its root, every path logged).
import { serve } from '../e2e/support.mjs';

// Each step: a name, the element clicked (the nth match of a selector).
const STEPS = [
  ['speaker', 'fieldset.facet-speaker input[type=checkbox]', 0],
  ['speaker off', 'fieldset.facet-speaker input[type=checkbox]', 0],
  ['speaker 2', 'fieldset.facet-speaker input[type=checkbox]', 1],
  ['speaker 2 off', 'fieldset.facet-speaker input[type=checkbox]', 0],
  ['kind', 'fieldset.facet-kind input[type=checkbox]', 0],
  ['kind off', 'fieldset.facet-kind input[type=checkbox]', 0],
  ['article', 'fieldset.facet-article input[type=checkbox]', 0],
  ['article off', 'fieldset.facet-article input[type=checkbox]', 0],
  ['year', 'ol.histogram.years button.period', 0],
  ['year off', 'ol.histogram.years button[aria-pressed=true]', 0],
];
const LOAD_TIMEOUT = 300_000;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Timeline events summed per interaction (durations include their children, so the rows overlap:
// EventDispatch holds the app's whole update; the rest is the browser's rendering of it).
const TRACED = ['EventDispatch', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MinorGC', 'MajorGC'];

const PROBE = () => {
  globalThis.__clicks = [];
  // DOM changes: nodes inserted or removed (a removed subtree counts once, as its removal is one
  // call), attributes and texts set. The work a click gives the browser, counted the same on a
  // loaded machine.
  globalThis.__mutations = 0;
  new MutationObserver((records) => {
    for (const r of records) __mutations += r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1;
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) __clicks.push({ start: e.startTime, duration: e.duration, processing: e.processingEnd - e.processingStart, name: e.name });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

/** Sums the TRACED events of the renderer's main thread in a Chromium trace, in ms. */
function breakdown(trace) {
  const events = JSON.parse(trace.toString()).traceEvents ?? [];
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const sums = Object.fromEntries(TRACED.map((n) => [n, 0]));
  for (const e of events) {
    if (e.ph === 'X' && e.name in sums && main.has(`${e.pid}:${e.tid}`)) sums[e.name] += (e.dur ?? 0) / 1000;
  }
  return sums;
}

/** One load of `site`: every step's INP (ms, 0 = under the 16 ms threshold, null = no element). */
/** Self time (ms) by function of a CDP CPU profile, the largest first. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const sums = new Map();
  const dt = profile.timeDeltas ?? [];
  profile.samples.forEach((id, k) => {
    const f = byId.get(id).callFrame;
    const name = f.url.endsWith('.wasm') || f.url.startsWith('wasm://') ? '(wasm)' : `${f.functionName || '(anonymous)'}`;
    sums.set(name, (sums.get(name) ?? 0) + (dt[k + 1] ?? 0) / 1000);
  });
  return [...sums].sort((a, b) => b[1] - a[1]);
}

async function run(browser, site, trace, profile) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const out = {};
  try {
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    await page.goto(site.url + '/', { timeout: LOAD_TIMEOUT });
    await page.mouse.move(8, 8);                   // the app starts when a reader reaches for the page
    await page.waitForSelector('html[data-app-ready]', { timeout: LOAD_TIMEOUT });
    await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT }).catch(() => {});
    await page.waitForTimeout(500);
    const cdp = profile ? await context.newCDPSession(page) : null;
    if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); }
    for (const [name, selector, nth] of STEPS) {
      const el = page.locator(selector).nth(nth);
      if (!(await el.count())) { out[name] = { inp: null }; continue; }
      await page.waitForTimeout(300);
      const t0 = await page.evaluate(() => { __mutations = 0; return performance.now(); });
      if (trace) await browser.startTracing(page, { categories: ['devtools.timeline'] });
      if (cdp) await cdp.send('Profiler.start');
      await el.click({ timeout: LOAD_TIMEOUT });
      await page.waitForTimeout(700);
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 100))));
      const traced = trace ? breakdown(await browser.stopTracing()) : null;
      const profiled = cdp ? selfTimes((await cdp.send('Profiler.stop')).profile) : null;
      const entries = await page.evaluate((t0) => __clicks.filter((e) => e.start >= t0), t0);
      const mutations = await page.evaluate(() => __mutations);
      const longest = entries.reduce((a, e) => (a && a.duration >= e.duration ? a : e), null);
      // The handlers' time: every event of the interaction (the app answers `change` or `click`).
      const processing = entries.reduce((sum, e) => sum + e.processing, 0);
      out[name] = { inp: longest?.duration ?? 0, processing, mutations, traced, profiled };
    }
  } finally {
    await context.close();
  }
  return out;
}

const args = process.argv.slice(2);
let runs = 3, trace = false, profile = false;
const sites = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--trace') trace = true;
  else if (args[i] === '--profile') profile = true;
  else { const [name, dist] = args[i].split(':'); sites.push({ name, dist: resolve(dist) }); }
}
if (!sites.length) { console.error('usage: node tests/bench/clicks.mjs [--runs N] [--trace] NAME:DIST ...'); process.exit(2); }

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const served = await Promise.all(sites.map((s) => serve(s.dist)));
const results = sites.map(() => []);
try {
  for (let r = 0; r < runs; r++) {
    for (const [i, site] of sites.entries()) {
      const out = await run(browser, served[i], trace, profile);
      results[i].push(out);
      console.error(`${site.name} run ${r + 1}: ${STEPS.map(([n]) => `${n} ${out[n].inp ?? 'n/a'}`).join(', ')}`);
      if (trace) {
        for (const [n] of STEPS) {
          const t = out[n].traced;
          if (t) console.error(`  ${n.padEnd(14)} ${Object.entries(t).filter(([, v]) => v > 0.05).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
        }
      }
      if (profile) {
        for (const [n] of STEPS) {
          const p = out[n].profiled;
          if (p) console.error(`  ${n.padEnd(14)} ${p.filter(([k]) => k !== '(idle)').slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
        }
      }
    }
  }
} finally {
  await Promise.all(served.map((s) => s.close()));
  await browser.close();
}
// Best of the runs (and the range), per step and site; the processing part in parentheses.
const load = (await readFile('/proc/loadavg', 'utf8').catch(() => '')).split(' ').slice(0, 3).join(' ');
console.log(`\nDOM changes per click (nodes inserted or removed, attributes and texts set; first run)`);
console.log(`| click | ${sites.map((s) => s.name).join(' | ')} |`);
console.log(`| --- | ${sites.map(() => '---').join(' | ')} |`);
for (const [n] of STEPS) console.log(`| ${n} | ${results.map((rs) => (rs[0]?.[n]?.mutations ?? 'n/a').toLocaleString('en')).join(' | ')} |`);
console.log(`\nINP ms per click, best of ${runs} (the best run's event handlers' time in parentheses; range); load average ${load}`);
console.log(`| click | ${sites.map((s) => s.name).join(' | ')} |`);
console.log(`| --- | ${sites.map(() => '---').join(' | ')} |`);
for (const [n] of STEPS) {
  const cells = results.map((rs) => {
    const v = rs.map((o) => o[n]).filter((x) => x.inp !== null);
    if (!v.length) return 'n/a';
    const bestRun = v.reduce((a, x) => (x.inp < a.inp ? x : a));
    const all = v.map((x) => x.inp);
    const f = (x) => (x === 0 ? '<16' : String(x));
    return `${f(bestRun.inp)} (${f(Math.round(bestRun.processing))}; ${f(Math.min(...all))}–${f(Math.max(...all))})`;
  });
  console.log(`| ${n} | ${cells.join(' | ')} |`);
}
