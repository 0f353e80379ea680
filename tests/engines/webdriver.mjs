// A small W3C WebDriver client over fetch: just the commands the engine smoke needs. Our own
// rather than selenium-webdriver so nothing can try to download a browser or a driver, and so
// every request has a deadline (a hung browser fails a test, it does not hang CI).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** The key under which the protocol passes an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const COMMAND_TIMEOUT = 30000;

/** How each engine is driven on this machine (Debian packages; geckodriver from cargo). */
export const ENGINES = {
  firefox: {
    driver: process.env.GECKODRIVER ?? 'geckodriver',
    args: (port) => ['--host', '127.0.0.1', '--port', String(port)],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
        args: ['-headless', '-width=1280', '-height=900'],
        // No update checks, telemetry or first-run pages: nothing but our own server.
        prefs: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false,
          'browser.shell.checkDefaultBrowser': false, 'network.captive-portal-service.enabled': false },
      },
    },
  },
  webkit: {
    driver: process.env.WEBKITWEBDRIVER ?? 'WebKitWebDriver',
    args: (port) => ['--host=127.0.0.1', `--port=${port}`],
    // MiniBrowser has no headless mode: it needs an X display (xvfb-run when there is none).
    display: true,
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  },
};

async function freePort() {
  const server = createServer();
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** Every driver started and not yet stopped, killed even if the test process ends early. */
const running = new Set();
const signalAll = (signal) => { for (const child of running) for (const pid of browserProcesses(child)) kill(pid, signal); };
process.on('exit', () => signalAll('SIGKILL'));
// Stopped from outside (a timeout): a driver given a moment removes its temporary profile.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    signalAll('SIGTERM');
    for (let i = 0; i < 30 && running.size > 0; i++) await sleep(100);
    process.exit(1);
  });
}

function kill(pid, signal) {
  try { process.kill(pid, signal); } catch { /* already gone */ }
}

/** The driver and the browser: the processes of the child's group (the driver runs in a group
 *  of its own), but for xvfb-run and its Xvfb, which clean up by themselves when their command
 *  ends (on a signal, xvfb-run would leave its Xvfb and temporary folder behind). */
function browserProcesses(child) {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(group) !== child.pid) continue;
      if (child.xvfb && (Number(entry) === child.pid || readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'Xvfb')) continue;
      pids.push(Number(entry));
    } catch { /* gone meanwhile */ }
  }
  return pids;
}

/** Starts `engine`'s WebDriver server and opens a session. Throws a message that says what
 *  failed (driver missing, driver exited, browser did not start) and what the driver printed. */
export async function startSession(engine, { timeout = 45000 } = {}) {
  const spec = ENGINES[engine];
  const port = await freePort();
  let command = spec.driver;
  let args = spec.args(port);
  if (spec.display && !process.env.DISPLAY) [command, args] = ['xvfb-run', ['-a', command, ...args]];
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.xvfb = command === 'xvfb-run';
  running.add(child);
  // A driver left behind must not keep the test process alive (the exit handler kills it).
  child.unref();
  child.stdout.unref();
  child.stderr.unref();
  let output = '';
  const keep = (chunk) => { output = (output + chunk).slice(-4000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const exit = new Promise((ok) => {
    child.once('error', (e) => {
      exited = e.code === 'ENOENT' ? `${command} was not found (scripts/setup.sh --test installs it)` : e.message;
      running.delete(child);
      ok();
    });
    child.once('exit', (code, signal) => { exited ??= `exited with ${signal ?? code}`; running.delete(child); ok(); });
  });
  const stop = async () => {
    for (const pid of browserProcesses(child)) kill(pid, 'SIGTERM');
    // Whatever does not end in time is killed, xvfb-run and Xvfb included.
    const timer = setTimeout(() => kill(-child.pid, 'SIGKILL'), 5000);
    await exit;
    clearTimeout(timer);
    for (const pid of browserProcesses(child)) kill(pid, 'SIGKILL');
  };
  const fail = async (what) => {
    await stop();
    const tail = output.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${engine}: ${what} (${[command, ...args].join(' ')})${tail ? `\n${tail}` : ''}`);
  };

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15000;
  for (;;) {
    if (exited) return fail(`the WebDriver server: ${exited}`);
    try {
      if ((await call(base, 'GET', '/status', undefined, 1000)).ready !== undefined) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) return fail('the WebDriver server did not answer within 15 s');
    await sleep(100);
  }
  let created;
  try {
    created = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: spec.capabilities } }, timeout);
  } catch (e) {
    return fail(`the browser did not start: ${e.message}`);
  }
  const session = new Session(`${base}/session/${created.sessionId}`, created.capabilities, stop);
  try {
    await session.cmd('POST', '/timeouts', { pageLoad: 30000, script: 15000, implicit: 0 });
  } catch (e) {
    await session.quit();
    throw new Error(`${engine}: the session refused its timeouts: ${e.message}`);
  }
  return session;
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** One command: JSON in, the response's `value` out, a WebDriver error as an Error. */
async function call(base, method, path, body, timeout = COMMAND_TIMEOUT) {
  let response;
  try {
    response = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
  } catch (e) {
    throw new Error(`${method} ${path}: ${e.name === 'TimeoutError' ? `no answer within ${timeout / 1000} s` : e.message}`);
  }
  const text = await response.text();
  let value;
  try { ({ value } = JSON.parse(text)); } catch { throw new Error(`${method} ${path}: HTTP ${response.status}: ${text.slice(0, 300)}`); }
  if (!response.ok || value?.error) {
    throw new Error(`${method} ${path}: ${value?.error ?? response.status}: ${value?.message ?? text.slice(0, 300)}`);
  }
  return value;
}

export class Session {
  constructor(url, capabilities, stop) {
    this.url = url;
    this.capabilities = capabilities;
    this.stopDriver = stop;
  }

  cmd(method, path, body) { return call(this.url, method, path, body); }

  get browser() { return `${this.capabilities.browserName} ${this.capabilities.browserVersion}`; }

  /** Loads `url` and returns when its load event has fired. */
  navigate(url) { return this.cmd('POST', '/url', { url }); }

  currentUrl() { return this.cmd('GET', '/url'); }

  /** Runs `fn` (a function, sent as source) in the page with JSON `args`; an element it returns
   *  comes back as a reference that `click` takes. */
  execute(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }

  /** A real click (the driver scrolls the element into view and checks nothing covers it). */
  click(element) { return this.cmd('POST', `/element/${element[ELEMENT]}/click`, {}); }

  /** Moves the mouse to `(x, y)` of the viewport, as a reader's hand would (pointer events). */
  async movePointer(x, y) {
    const actions = [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', duration: 0, origin: 'viewport', x, y }] }];
    await this.cmd('POST', '/actions', { actions });
    await this.cmd('DELETE', '/actions');
  }

  /** Types `text` into the element as key presses (input events, as a user makes them). */
  type(element, text) { return this.cmd('POST', `/element/${element[ELEMENT]}/value`, { text }); }

  /** Polls `fn` in the page until it returns something truthy, and returns that. On timeout the
   *  error names `what` and the last value seen, so a failure says what the page showed. */
  async waitFor(what, fn, args = [], { timeout = 15000, interval = 50 } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.execute(fn, ...args);
        if (last) return last;
      } catch (e) {
        // A navigation in progress can discard a script; anything else is worth reporting.
        last = e.message;
      }
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what} (last: ${JSON.stringify(last)})`);
      await sleep(interval);
    }
  }

  /** Ends the session (if the browser still answers) and stops the driver and browser. */
  async quit() {
    try { await call(this.url, 'DELETE', '', undefined, 10000); } catch { /* the kill below suffices */ }
    await this.stopDriver();
  }
}
