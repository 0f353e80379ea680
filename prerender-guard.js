// A classic script, run before the body is parsed. index.html's #app holds the prerendered first
// screen, the page without a query (scripts/prerender.sh). An address with a query (a permalink,
// a filter, the reader) asks for another screen: this one stays hidden (styles/app.css) until
// boot.js replaces it, so those cards never flash by. External, so a strict CSP allows it.
// Parameters that are not newslens's (a newsletter's utm_source, say) ask for nothing: such a
// link opens on the first screen as the bare address does. boot.js follows the mark it sets.
if (asksForAnotherScreen()) {
  document.documentElement.classList.add('other-screen');
  fetchAhead();
} else {
  askToStartOnIntent();
}
// Whether the address names a query of newslens's: one of its parameters (src/query/url.rs) with
// a value.
function asksForAnotherScreen() {
  const params = new URLSearchParams(location.search);
  return ['speaker', 'article', 'mention', 'kind', 'q', 'from', 'to', 'view', 'sort', 'read']
    .some((name) => params.getAll(name).some(Boolean));
}

// An address with a query starts the app at once, but boot.js (a module) runs only once the
// whole document is parsed: at 10,000 articles that was 190 ms after this script. Ask now for
// what boot.js fetches first: the module (a modulepreload, which import() takes), and the wasm
// and the data file by fetch(), whose answers boot.js takes from window.newslensAhead. Not
// <link rel=preload as=fetch>: WebKit does not hand those to a fetch() and downloads them again
// (tests/engines saw corpus.bin and the wasm served twice). The data file follows boot.js's rule
// (dataPath): one speaker, and no search and no article in the reader, start from their slice
// (named by a hash that speaker-key.js computes) with the first screen's counts; any other
// query from the whole data.
function fetchAhead() {
  const params = new URLSearchParams(location.search);
  const speakers = new Set(params.getAll('speaker').filter(Boolean));
  const ofOneSpeaker = speakers.size === 1 && !params.get('q') && !params.get('read');
  const modulePreload = (href) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  };
  const ahead = (path) => {
    const response = fetch(path);
    response.catch(() => {}); // boot.js reports it, if it takes it
    return response;
  };
  modulePreload('newslens.js');
  const data = ofOneSpeaker ? 'data/first.bin' : 'data/corpus.bin';
  if (ofOneSpeaker) modulePreload('speaker-key.js');
  window.newslensAhead = { 'newslens_bg.wasm': ahead('newslens_bg.wasm'), [data]: ahead(data) };
}

// Input before the app is live waits for it: on the prerendered screen, and on the cards of a
// speaker's slice that the app draws before the whole data is here (boot.js).
keepEarlyInput();

// The app's code and data are fetched only when the reader reaches for the page (boot.js): the
// first pointer over it, touch, key or focus, or a click or typing that came some other way (an
// assistive technology's). Listened for here, from the start of parsing, so an early one is not
// missed; boot.js starts at once if it was, else on the event.
function askToStartOnIntent() {
  const root = document.documentElement;
  const types = ['pointermove', 'pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'click', 'input', 'change'];
  const ask = () => {
    for (const type of types) document.removeEventListener(type, ask, true);
    root.setAttribute('data-start-wanted', '');
    root.dispatchEvent(new Event('newslens-start'));
  };
  for (const type of types) document.addEventListener(type, ask, { capture: true, passive: true });
}

// The prerendered screen shows its controls before the app is live (the wasm and the data are
// not loaded yet, or still loading: boot.js marks that time `starting`, and the count line says
// so, styles/app.css), and so does a speaker's slice until the whole data is here. A click on a
// checkbox or a button, or typing in a field, would then do nothing and be lost: hold it, and
// hand it to the app once it marks <html data-app-ready>. Links need nothing: they navigate.
// Hydration keeps these very nodes, so they are replayed as they are.
function keepEarlyInput() {
  const root = document.documentElement;
  const live = () => root.hasAttribute('data-app-ready');
  const clicks = [];
  const typed = new Map();
  const inApp = (target) => target instanceof Element && target.closest('#app');
  document.addEventListener('click', (event) => {
    const control = inApp(event.target) && event.target.closest('button, input[type=checkbox], input[type=radio]');
    if (live() || !control) return;
    // The box keeps its state until the app decides, so the screen never says what is not so.
    event.preventDefault();
    event.stopImmediatePropagation();
    clicks.push(control);
    root.classList.add('input-waiting');
  }, true);
  const remember = (event) => {
    const field = inApp(event.target) && event.target.closest('input:not([type=checkbox]):not([type=radio]), select, textarea');
    if (live() || !field) return;
    typed.set(field, { type: event.type, value: field.value });
    root.classList.add('input-waiting');
  };
  document.addEventListener('input', remember, true);
  document.addEventListener('change', remember, true);
  new MutationObserver((_, observer) => {
    if (!live()) return;
    observer.disconnect();
    root.classList.remove('starting', 'input-waiting');
    for (const [field, { type, value }] of typed) {
      if (!field.isConnected) continue;
      field.value = value;
      field.dispatchEvent(new Event(type, { bubbles: true }));
    }
    for (const control of clicks) {
      if (control.isConnected) control.click();
    }
  }).observe(root, { attributes: true, attributeFilter: ['data-app-ready'] });
}
