// Host-page helper for the iframe variant of the newslens widget:
//   <iframe src="https://example.org/newslens/embed.html?speaker=…" title="…" data-news-lens></iframe>
//   <script src="https://example.org/newslens/embed-frame.js" defer></script>
// Each framed widget posts {type: 'newslens:height', height} when its content resizes; this sets
// the matching iframe's height so it shows everything without a scrollbar. A message counts only
// if it comes from one of these iframes (event.source) and from that iframe's origin (event.origin).
(() => {
  if (window.__newslensFrames) return; // the snippet pasted twice: listen once
  window.__newslensFrames = true;

  const frames = () => document.querySelectorAll('iframe[data-news-lens]');
  const prepare = (frame) => {
    // Through the CSSOM, not style="…", so a host's style-src 'self' policy holds.
    frame.style.setProperty('width', '100%');
    frame.style.setProperty('border', '0');
    frame.style.setProperty('display', 'block');
    frame.setAttribute('scrolling', 'no');
  };
  const prepareAll = () => frames().forEach(prepare);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepareAll);
  else prepareAll();

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'newslens:height' || !Number.isFinite(data.height)) return;
    for (const frame of frames()) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.setProperty('height', `${Math.max(0, Math.ceil(data.height))}px`);
      return;
    }
  });
})();
