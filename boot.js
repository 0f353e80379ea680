// Starts the app. A separate file (not Trunk's inline loader) so the page runs under a strict
// Content-Security-Policy (script-src 'self'), and so a failed load shows a message, not a blank page.
// The articles' data (data/corpus.bin, beside the module; the binary format of src/codec.rs) is
// fetched while the module loads, and handed to the app as bytes.
// The first screen is already in the page (prerendered): the app hydrates it, or replaces it.
import init, { startApp } from './newslens.js';

const DATA = 'data/corpus.bin';
const data = fetch(new URL(`./${DATA}`, import.meta.url)).then(async (response) => {
  if (!response.ok) throw new Error(`${DATA}: ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
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
let bytes = null;
if (loaded) {
  try {
    bytes = await data;
  } catch (error) {
    fail('newslens could not load its articles', error);
  }
}
// A panic inside is shown by the app's own hook; a damaged file by the app's message.
if (bytes !== null) startApp(bytes, hydrate);
