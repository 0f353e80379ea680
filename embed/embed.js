// <news-lens>: the newslens widget for other people's pages. One module script defines it:
//   <script type="module" src="https://example.org/newslens/embed.js"></script>
//   <news-lens speaker="Volodymyr Zelenskyy" view="quotes"></news-lens>
// Everything else (widget.js, widget_bg.wasm, widget.css) is fetched from this script's own
// folder, whatever the page's origin; see docs/EMBEDDING.md for the CORS headers that needs.

const HERE = new URL('./', import.meta.url);
const asset = (name) => new URL(name, HERE).href;

// The attributes the widget reads (the same list as ATTRIBUTES in src/embed/params.rs).
const ATTRIBUTES = ['speaker', 'q', 'kind', 'article', 'mention', 'from', 'to', 'view', 'theme', 'compact', 'max-height'];

// One wasm instance for every widget of the page, started by the first one that connects.
let moduleReady = null;
function loadModule() {
  moduleReady ??= (async () => {
    const module = await import(asset('widget.js'));
    await module.default({ module_or_path: asset('widget_bg.wasm') });
    return module;
  })();
  return moduleReady;
}

// Every card with its texts: data/corpus.bin, the page's, has the cards without theirs.
const CORPUS = 'data/whole.bin';

// The data files of the page's widgets, in the binary format of src/codec.rs (fetched while the
// module loads, each decoded once by loadCorpus, which returns a speaker bucket's keys).
const dataFiles = new Map();
function fetchBytes(path) {
  return fetch(asset(path)).then(async (response) => {
    if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`.trim());
    return new Uint8Array(await response.arrayBuffer());
  });
}
// Resolves to { path, keys } once the file is decoded.
function loadData(path) {
  if (!dataFiles.has(path)) {
    const bytes = fetchBytes(path);
    bytes.catch(() => {}); // reported by whoever awaits the result
    dataFiles.set(path, loadModule().then(async (module) => ({ path, keys: module.loadCorpus(await bytes, path) })));
  }
  return dataFiles.get(path);
}

// How many hex digits of a key name a speaker bucket: the build wrote it (1 to 4, more with a
// larger corpus, src/slices.rs), or null when it cannot be read (the whole corpus then).
let bucketDigits = null;
function speakerBucketDigits() {
  bucketDigits ??= fetch(asset('data/speakers/digits.txt'))
    .then((response) => (response.ok ? response.text() : ''))
    .then((text) => (/^[1-4]\n?$/.test(text) ? Number(text.trim()) : null), () => null);
  return bucketDigits;
}

// The path of the data a widget with these attributes shows: the bucket of its one speaker's key
// (data/speakers/K.bin, see src/slices.rs) when the key is in it, else the whole corpus.
async function dataFor(attrs) {
  const speakers = new Set((attrs.speaker ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  if (speakers.size === 1) {
    // Both small, and asked for at once, while the module loads.
    const [{ speakerKey }, digits] = await Promise.all([import('./speaker-key.js'), speakerBucketDigits()]);
    const key = speakerKey([...speakers][0]);
    if (digits) {
      const bucket = await loadData(`data/speakers/${key.slice(0, digits)}.bin`);
      if (bucket.keys.includes(key)) return bucket.path;
    }
  }
  return (await loadData(CORPUS)).path;
}

// Resolves when the stylesheet has loaded or failed (a failure leaves the widget unstyled but
// readable, which beats an empty box).
function stylesheetSettled(link) {
  return new Promise((done) => {
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', () => { console.warn(`newslens: could not load ${link.href}`); done(); }, { once: true });
  });
}

// The widgets on the page, so that a panic in the shared module can be shown in each of them.
const live = new Set();
window.addEventListener('newslens-panic', (event) => {
  for (const widget of live) widget.panicked(event.detail);
});

class NewsLens extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #shadow = this.attachShadow({ mode: 'open' });
  #container = document.createElement('div');
  #status = document.createElement('p');
  #stylesheet = document.createElement('link');
  #styled = stylesheetSettled(this.#stylesheet);
  #handle = null;
  #mounting = null;
  #updateQueued = false;
  #updates = 0;

  constructor() {
    super();
    this.#stylesheet.rel = 'stylesheet';
    this.#stylesheet.href = asset('widget.css');
    this.#container.className = 'nl-mount';
    this.#status.className = 'nl-status';
    this.#status.setAttribute('role', 'status');
    this.#status.textContent = 'Loading quotes and events…';
    this.#shadow.append(this.#stylesheet, this.#status, this.#container);
  }

  connectedCallback() {
    live.add(this);
    if (this.#handle || this.#mounting) return;
    const attrs = this.#attributes();
    this.#mounting = Promise.all([loadModule(), dataFor(attrs), this.#styled])
      .then(([module, data]) => {
        if (!this.isConnected) return;
        this.#handle = module.mountWidget(this.#container, attrs, asset('index.html'), data);
        // Attributes set while the data loaded: an update brings the widget up to date.
        if (JSON.stringify(this.#attributes()) !== JSON.stringify(attrs)) this.attributeChangedCallback();
        this.#status.remove();
      })
      .catch((error) => this.#fail(error))
      .finally(() => { this.#mounting = null; });
  }

  disconnectedCallback() {
    // Moving the element fires disconnect then connect: unmount only if it really left.
    queueMicrotask(() => {
      if (this.isConnected) return;
      live.delete(this);
      if (!this.#handle) return;
      this.#handle.destroy();
      this.#handle.free();
      this.#handle = null;
    });
  }

  attributeChangedCallback() {
    // Several attributes set in one go re-render once.
    if (!this.#handle || this.#updateQueued) return;
    this.#updateQueued = true;
    queueMicrotask(async () => {
      this.#updateQueued = false;
      // A slower file for older attributes must not overwrite a newer update.
      const ticket = ++this.#updates;
      const attrs = this.#attributes();
      try {
        const data = await dataFor(attrs);
        if (ticket === this.#updates) this.#handle?.update(attrs, data);
      } catch (error) { this.#fail(error); }
    });
  }

  #attributes() {
    const attrs = {};
    for (const name of ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) attrs[name] = value;
    }
    return attrs;
  }

  /** The module panicked: nothing in this widget can be trusted to work any more. */
  panicked(message) {
    this.#container.replaceChildren();
    this.#alert(`These quotes and events stopped because of an internal error: ${message}. Reload the page to try again.`);
  }

  #fail(error) {
    console.error('newslens widget:', error);
    this.#alert(`These quotes and events could not be loaded (${error?.message ?? error}). Reload the page to try again.`);
  }

  #alert(text) {
    this.#status.classList.add('nl-failed');
    this.#status.setAttribute('role', 'alert');
    this.#status.textContent = text;
    if (!this.#status.isConnected) this.#shadow.append(this.#status);
  }
}

// Loading this script twice (two snippets on one page, or two URLs for it) must not throw.
if (!customElements.get('news-lens')) customElements.define('news-lens', NewsLens);
