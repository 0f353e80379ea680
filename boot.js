// Starts the app. A separate file (not Trunk's inline loader) so the page runs under a strict
// Content-Security-Policy (script-src 'self'), and so a failed load shows a message, not a blank page.
// The articles' data (data/corpus.json, beside the module) is fetched while the module loads.
// The first screen is already in the page (prerendered): the app hydrates it, or replaces it.
import init, { startApp } from './newslens.js';

const DATA = 'data/corpus.json';
const data = fetch(new URL(`./${DATA}`, import.meta.url)).then((response) => {
  if (!response.ok) throw new Error(`${DATA}: ${response.status} ${response.statusText}`.trim());
  return response.text();
});
// Reported below, once the module has loaded (or failed first): not an unhandled rejection.
data.catch(() => {});

// #app holds the prerendered first screen (scripts/prerender.sh): the page without a query, which
// the app hydrates. Another address renders afresh; meanwhile the loading message replaces the
// stale screen that prerender-guard.js hid.
const app = document.getElementById('app');
const prerendered = app?.hasAttribute('data-prerendered') ?? false;
const hydrate = prerendered && location.search === '';
if (prerendered && !hydrate) {
  const loading = document.createElement('p');
  loading.className = 'loading';
  loading.setAttribute('role', 'status');
  loading.textContent = 'Loading the articles…';
  app.replaceChildren(loading);
  app.removeAttribute('data-prerendered');
  document.documentElement.classList.remove('other-screen');
}

function fail(message, error) {
  const root = app ?? document.body;
  const box = document.createElement('p');
  box.className = 'fatal-error';
  box.setAttribute('role', 'alert');
  box.textContent = message + ' (' + (error?.message ?? error) + '). Reload the page, or try an up-to-date browser.';
  root.replaceChildren(box);
  console.error(error);
}

let loaded = false;
try {
  await init({ module_or_path: new URL('./newslens_bg.wasm', import.meta.url) });
  loaded = true;
} catch (error) {
  fail('newslens could not start: this browser did not load its WebAssembly module', error);
}
let text = null;
if (loaded) {
  try {
    text = await data;
  } catch (error) {
    fail('newslens could not load its articles', error);
  }
}
// A panic inside is shown by the app's own hook.
if (text !== null) startApp(text, hydrate);
