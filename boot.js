// Starts the app. A separate file (not Trunk's inline loader) so the page runs under a strict
// Content-Security-Policy (script-src 'self'), and so a failed load shows a message, not a blank page.
import init, { startApp } from './newslens.js';

try {
  await init({ module_or_path: new URL('./newslens_bg.wasm', import.meta.url) });
  startApp();
} catch (error) {
  const root = document.getElementById('app') ?? document.body;
  const box = document.createElement('p');
  box.className = 'fatal-error';
  box.setAttribute('role', 'alert');
  box.textContent = 'newslens could not start: this browser did not load its WebAssembly module ('
    + (error?.message ?? error) + '). Reload the page, or try an up-to-date browser.';
  root.replaceChildren(box);
  console.error(error);
}
