// Starts the app. A separate file (not Trunk's inline loader) so the page runs under a strict
// Content-Security-Policy (script-src 'self'), and so a failed load shows a message, not a blank page.
// The articles' data (data/corpus.json, beside the module) is fetched while the module loads.
import init, { startApp } from './newslens.js';

const DATA = 'data/corpus.json';
const data = fetch(new URL(`./${DATA}`, import.meta.url)).then((response) => {
  if (!response.ok) throw new Error(`${DATA}: ${response.status} ${response.statusText}`.trim());
  return response.text();
});
// Reported below, once the module has loaded (or failed first): not an unhandled rejection.
data.catch(() => {});

function fail(message, error) {
  const root = document.getElementById('app') ?? document.body;
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
if (text !== null) startApp(text);
