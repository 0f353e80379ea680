// Helpers of the hardening e2e tests (not a test file itself: node --test skips this name).
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage } from './support.mjs';

/** The Content-Security-Policy the app must run under (docs/SECURITY.md). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** The optional extra directives of docs/SECURITY.md, which the page must tolerate too. */
export const STRICTER_CSP = `${STRICT_CSP}; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`;

/** Hostile strings for URL parameters and articles. Each must end up as inert text. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  '\u202egnp.exe\u202c \u2066bidi\u2069',
  '\u200b'.repeat(10000),
];

/** Records `securitypolicyviolation` events from the very start of every page of `context`. */
export async function recordCspViolations(context) {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

/** support.mjs openPage, with `prepare(context)` run before loading. */
export function openPrepared(browser, url, prepare) {
  return openPage(browser, url, { prepare });
}

/** Elements and attributes that would mean markup from the data was parsed as HTML (in the
 *  document and in every open shadow root, e.g. the embed widget's). */
export async function injectedMarkup(page) {
  return page.evaluate(() => {
    const found = [];
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    const elements = all(document);
    for (const el of elements) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
        // A `javascript:` URL runs only where the browser follows a URL (a checkbox's value, say, is data).
        const isUrl = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'background'].includes(attr.name);
        if (isUrl && /^\s*javascript:/i.test(attr.value)) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
      }
    }
    for (const el of elements) {
      // The app's own charts are SVG drawn by the app (their labels are text nodes); any other is injected.
      if (el.localName === 'svg' && el.matches('.speaker-chart svg, svg.years-chart')) continue;
      if (['img', 'iframe', 'svg', 'object', 'embed', 'b'].includes(el.localName)) found.push(`<${el.localName}>`);
    }
    const scripts = elements.filter((el) => el.localName === 'script').map((s) => s.src.replace(location.origin, ''));
    if (!['/prerender-guard.js,/boot.js', '/hostile-host.js,/embed.js'].includes(scripts.join())) found.push(`scripts: ${scripts.join(', ')}`);
    return found;
  });
}

/** A copy of `dist` in a temp dir, with `changes` = { fileName: contents | null (deleted) }. */
export async function alteredCopy(dist, changes) {
  const dir = await mkdtemp(join(tmpdir(), 'newslens-dist-'));
  await cp(dist, dir, { recursive: true });
  for (const [name, contents] of Object.entries(changes)) {
    if (contents === null) await rm(join(dir, name));
    else await writeFile(join(dir, name), contents);
  }
  return dir;
}

/** The files of `dir` as site paths ('/index.html', …), plus '/' for the index. */
export async function sitePaths(dir) {
  const names = await readdir(dir, { recursive: true });
  return new Set(['/', ...names.map((n) => '/' + n.split('\\').join('/'))]);
}
