// A classic script, run before the body is parsed. index.html's #app holds the prerendered first
// screen, the page without a query (scripts/prerender.sh). An address with a query (a permalink,
// a filter, the reader) asks for another screen: this one stays hidden (styles/app.css) until
// boot.js replaces it, so those cards never flash by. External, so a strict CSP allows it.
if (location.search) document.documentElement.classList.add('other-screen');
