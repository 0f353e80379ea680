// Starts the app. A separate file (not Trunk's inline loader) so the page runs under a strict
// Content-Security-Policy (script-src 'self'), and so a failed load shows a message, not a blank page.
//
// The first screen is already in the page (prerendered, scripts/prerender.sh): its cards are
// readable as they arrive. A reader who only reads them needs nothing else, so on that screen the
// module, the wasm and the data (data/first.bin, in the binary format of src/codec.rs,
// and the files of the first screen's articles) are fetched only once the reader reaches for
// the page (prerender-guard.js says when: a pointer
// over it, a touch, a key, a focus): the first load stays the same size whatever the corpus.
// Input made meanwhile is held by prerender-guard.js and replayed once the app is live. That
// screen starts from its own slice of the data (data/first.bin, src/slices.rs: the articles of
// the first page of each view, with the build's counts of the whole corpus); the app fetches
// what each later query needs (a speaker's slice, or data/corpus.bin, which then stays).
// Any other address (a permalink, the reader, a card's anchor) starts at once. One that names a single
// speaker (and no search, no article in the reader) starts from that speaker's slice of the
// data (data/quoted/K.bin, src/slices.rs: their articles' cards, a few KB whatever the
// corpus) with the first screen's file for its counts of the whole data, and is live with them.
const DATA = 'data/corpus.bin';
const FIRST = 'data/first.bin';
const root = document.documentElement;

// #app holds the prerendered first screen: the page without a query, which the app hydrates.
// Another address (prerender-guard.js marks it `other-screen`: a parameter of newslens's, not a
// newsletter's utm_source) renders afresh; meanwhile the loading message replaces the stale
// screen that prerender-guard.js hid.
const app = document.getElementById('app');
const prerendered = app?.hasAttribute('data-prerendered') ?? false;
const hydrate = prerendered && !root.classList.contains('other-screen');
if (prerendered && !hydrate) {
  const loading = document.createElement('p');
  loading.className = 'loading';
  loading.setAttribute('role', 'status');
  loading.textContent = 'Loading the articles…';
  app.replaceChildren(loading);
  app.removeAttribute('data-prerendered');
  root.classList.remove('other-screen');
}

function fail(message, error) {
  const box = document.createElement('p');
  box.className = 'fatal-error';
  box.setAttribute('role', 'alert');
  box.textContent = message + ' (' + (error?.message ?? error) + '). Reload the page, or try an up-to-date browser.';
  (app ?? document.body).replaceChildren(box);
  root.classList.remove('starting', 'input-waiting');
  console.error(error);
}

// How many hex digits of a speaker's key name their slice: the prerender step writes it, as
// the build chose it for this corpus (src/slices.rs, quoted_digits). Read before the
// prerendered screen makes room for another.
const quotedDigits = Number(app?.getAttribute('data-quoted-digits') ?? 0);

// The data file this address starts from: src/slices.rs's is_quoted_slice_for, read the same
// way (empty values are no filter, a speaker named twice is one). The app checks that it is.
// prerender-guard.js asks for the same file ahead (fetchAhead): a change here goes there too.
async function dataPath() {
  // The prerendered screen as it is; with a card's anchor, the card may be further down.
  if (hydrate && location.hash === '') return FIRST;
  const params = new URLSearchParams(location.search);
  const speakers = new Set(params.getAll('speaker').filter(Boolean));
  if (!quotedDigits || speakers.size !== 1 || params.get('q') || params.get('read')) return DATA;
  try {
    const { speakerKey } = await import('./speaker-key.js');
    return `data/quoted/${speakerKey([...speakers][0]).slice(0, quotedDigits)}.bin`;
  } catch {
    return DATA;
  }
}

// A response prerender-guard.js asked for ahead (a permalink: fetchAhead), taken once.
function takeAhead(path) {
  const ahead = window.newslensAhead;
  const response = ahead?.[path];
  if (response) delete ahead[path];
  return response;
}

async function fetchData(path) {
  const response = await (takeAhead(path) ?? fetch(new URL(`./${path}`, import.meta.url)));
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

// The articles whose texts the prerendered cards show (the prerender step lists them): the
// data leaves texts out, and hydration draws them. Fetched with the data; one that fails is
// left out, and the app then renders afresh.
const firstArticles = hydrate
  ? (app.getAttribute('data-articles') ?? '').split(' ').filter(Boolean).map(Number)
  : [];

let started = false;
async function start() {
  if (started) return;
  started = true;
  // The prerendered screen's count line says so until the app is live (prerender-guard.js takes
  // the mark off); another address shows the loading message instead.
  if (hydrate) root.classList.add('starting');
  // The module loads and compiles while the data downloads.
  const loadModule = (async () => {
    const module = await import('./newslens.js');
    await module.default({ module_or_path: takeAhead('newslens_bg.wasm') ?? new URL('./newslens_bg.wasm', import.meta.url) });
    return module;
  })();
  // Reported below, in order: not unhandled rejections.
  loadModule.catch(() => {});
  // A slice that cannot be fetched (a site built before it, a failed request): the whole data
  // then.
  const firstPath = dataPath();
  const data = firstPath.then((path) => {
    const whole = () => fetchData(DATA).then((bytes) => ({ path: DATA, bytes }));
    return path === DATA ? whole() : fetchData(path).then((bytes) => ({ path, bytes }), whole);
  });
  data.catch(() => {});
  // A speaker's slice comes with the first screen's file for its counts of the whole data: the
  // page is then live with the slice (without them it waits for data/corpus.bin).
  const counts = firstPath.then((path) => (path.startsWith('data/quoted/') ? fetchData(FIRST).catch(() => null) : null));
  const articles = Promise.all(firstArticles.map((n) => fetchData(`data/articles/${n}.bin`).catch(() => null)));
  let startApp;
  try {
    startApp = (await loadModule).startApp;
  } catch (error) {
    return fail('newslens could not start: this browser did not load its WebAssembly module', error);
  }
  let loaded;
  try {
    loaded = await data;
  } catch (error) {
    return fail('newslens could not load its articles', error);
  }
  const files = await articles;
  const read = firstArticles.filter((_, k) => files[k] !== null);
  // Without all of them the app renders afresh (its cards fetch what is missing, and say why
  // one fails): the prerendered screen makes room.
  const hydrateNow = hydrate && read.length === firstArticles.length;
  if (hydrate && !hydrateNow) {
    app.replaceChildren();
    app.removeAttribute('data-prerendered');
  }
  // Only for the slice: corpus.bin (its fallback) has every count.
  const countsBytes = loaded.path.startsWith('data/quoted/') ? await counts : null;
  // A speaker's slice without the counts is drawn before the page is live: the count line says
  // it is starting.
  if (loaded.path !== DATA && loaded.path !== FIRST && !countsBytes) root.classList.add('starting');
  // A panic inside is shown by the app's own hook; a damaged file by the app's message.
  startApp(loaded.bytes, loaded.path, hydrateNow, new Uint32Array(read), files.filter((f) => f !== null), countsBytes ?? undefined);
}

// The prerendered screen as it is (no query, no card to scroll to) waits for the reader.
const waits = hydrate && location.hash === '';
if (!waits || root.hasAttribute('data-start-wanted')) start();
else root.addEventListener('newslens-start', start, { once: true });
