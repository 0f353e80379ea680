// The page inside the iframe fallback (embed.html): one <news-lens> built from the query string,
// its height sent to the parent page whenever it changes, so the host can size the iframe to fit
// (embed-frame.js does that on the host's side).
import './embed.js';

const ATTRIBUTES = ['speaker', 'q', 'kind', 'article', 'mention', 'from', 'to', 'view', 'theme', 'compact', 'max-height'];
const LIST_ATTRIBUTES = new Set(['speaker', 'kind', 'article', 'mention']);

// No inline styles (CSP): the page's one layout rule goes through the CSSOM. Overflow stays
// visible: a host without embed-frame.js gets a scrollable frame rather than cut-off content.
document.body.style.setProperty('margin', '0');

const widget = document.createElement('news-lens');
const params = new URLSearchParams(location.search);
for (const name of ATTRIBUTES) {
  const values = params.getAll(name);
  if (values.length === 0) continue;
  // Repeated keys (?speaker=A&speaker=B, as in the app's permalinks) become one list attribute.
  widget.setAttribute(name, LIST_ATTRIBUTES.has(name) ? values.join(',') : values[values.length - 1]);
}
document.body.append(widget);

// The height is not secret, so any parent may read it ('*'); the parent checks our origin.
let lastHeight = -1;
const report = () => {
  const height = Math.ceil(widget.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ type: 'newslens:height', height }, '*');
};
new ResizeObserver(report).observe(widget);
