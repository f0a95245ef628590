// A minimal W3C WebDriver client for the Firefox smoke test: geckodriver
// (crates.io, `cargo install geckodriver --locked`) is started on a free port
// as a child process and spoken to with Node's own `fetch` (no npm
// dependency). Debian's Firefox ESR runs headless in a throw-away profile with
// every pref that would make it reach the network switched off.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const GECKODRIVER = process.env.GECKODRIVER || 'geckodriver';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Prefs that keep Firefox off the network (the test machine has none). */
const OFFLINE_PREFS = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'messaging-system.rsexperimentloader.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.aboutHomeSnippets.updateUrl': '',
  'browser.discovery.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.geoip.url': '',
  'browser.search.suggest.enabled': false,
  'browser.search.update': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.page': 0,
  'browser.tabs.firefox-view': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.suggest.quicksuggest.sponsored': false,
  'browser.urlbar.suggest.quicksuggest.nonsponsored': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.policy.firstRunURL': '',
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.enabled': false,
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-manager.url': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'privacy.query_stripping.enabled': false,
  'signon.rememberSignons': false,
  'signon.autofillForms': false,
  'extensions.formautofill.addresses.enabled': false,
  'extensions.formautofill.creditCards.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/remote-settings-off/v1',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  // Page console messages go to Firefox's stdout, so a test that fails can
  // show the page's own errors (collected from geckodriver's output).
  'devtools.console.stdout.content': true,
};

/** Prefs that save every download of `mime` into `dir` without asking. */
function downloadPrefs(dir, mime) {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.manager.showWhenStarting': false,
    'browser.download.panel.shown': true,
    'browser.helperApps.neverAsk.saveToDisk': mime,
  };
}

/**
 * A "proxy" that answers nothing and records every host Firefox tried to
 * reach: all traffic except to 127.0.0.1 (the test site) is sent to it, so
 * the test can assert that nothing tried to leave the machine.
 */
async function startOutboundRecorder() {
  const seen = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    seen,
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.address().port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.address().port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    },
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}

/**
 * Polls `probe` until it returns a truthy value; throws, naming `what`, after
 * `timeout` ms (or at once when `fatal(error)` says an error is final).
 */
export async function waitFor(what, probe, { timeout = 20000, interval = 100, fatal = () => false } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      if (fatal(e)) throw e;
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout / 1000} s waiting for ${typeof what === 'function' ? await what() : what}${last ? ` (last error: ${last.message})` : ''}`);
    }
    await new Promise((ok) => setTimeout(ok, interval));
  }
}

/** Starts geckodriver on a free port; resolves to `{ url, output, stop }`. */
async function startGeckodriver(profileRoot) {
  const child = spawn(GECKODRIVER, ['--port', '0', '--websocket-port', '0', '--profile-root', profileRoot, '--allow-system-access'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // MOZ_REMOTE_SETTINGS_DEVTOOLS lets a release build honour services.settings.server.
    env: { ...process.env, MOZ_HEADLESS: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', TMPDIR: profileRoot },
  });
  const output = [];
  const exited = new Promise((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
  const url = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`geckodriver did not start within 10 s:\n${output.join('')}`)), 10000);
    const onData = (chunk) => {
      output.push(chunk.toString());
      const m = /Listening on (\d+\.\d+\.\d+\.\d+:\d+)/.exec(output.join(''));
      if (m) { clearTimeout(timer); ok(`http://${m[1]}`); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (e) => { clearTimeout(timer); fail(new Error(`cannot run ${GECKODRIVER}: ${e.message} (scripts/setup.sh --test installs it)`)); });
    child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`geckodriver exited (${code}):\n${output.join('')}`)); });
  });
  return {
    url,
    output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Starts geckodriver and a headless Firefox ESR session; downloads of
 * `downloadMime` go to `session.downloads` without a dialog. Always call
 * `session.close()` (it quits Firefox, stops geckodriver and removes the
 * temporary profile and download folders, also after a failure).
 */
export async function startFirefox({ downloadMime = 'application/octet-stream', prefs = {} } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'waymark-firefox-'));
  const downloads = mkdtempSync(join(root, 'downloads-'));
  let driver;
  let session;
  let recorder;
  const close = async () => {
    try {
      if (session) await session.command('DELETE', '').catch(() => {});
    } finally {
      await driver?.stop();
      await recorder?.close();
      rmSync(root, { recursive: true, force: true });
    }
  };
  try {
    recorder = await startOutboundRecorder();
    driver = await startGeckodriver(root);
    const created = await request(driver.url, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'firefox',
          acceptInsecureCerts: false,
          pageLoadStrategy: 'normal',
          timeouts: { pageLoad: 30000, script: 30000, implicit: 0 },
          'moz:firefoxOptions': {
            binary: FIREFOX,
            args: ['-headless'],
            prefs: { ...OFFLINE_PREFS, ...recorder.prefs, ...downloadPrefs(downloads, downloadMime), ...prefs },
          },
        },
      },
    });
    session = new Session(driver.url, created.sessionId, created.capabilities, downloads, driver.output);
    session.close = close;
    session.outbound = recorder.seen;
    return session;
  } catch (e) {
    await close();
    throw e;
  }
}

/** One WebDriver command; a hung browser fails it after 90 s instead of hanging the test. */
async function request(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    signal: AbortSignal.timeout(90000),
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try { json = JSON.parse(text); } catch { json = { value: text }; }
  if (!res.ok || json.value?.error) {
    const v = json.value || {};
    const err = new Error(`WebDriver ${method} ${path}: ${v.error || res.status}: ${v.message || text}`);
    err.webdriver = v.error;
    throw err;
  }
  return json.value;
}

class Session {
  constructor(base, id, capabilities, downloads, output) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
    this.downloads = downloads;
    this.output = output;
  }

  command(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  goto(url) { return this.command('POST', '/url', { url }); }

  refresh() { return this.command('POST', '/refresh', {}); }

  setWindowRect(rect) { return this.command('POST', '/window/rect', rect); }

  /**
   * Gives the page a `width`×`height` CSS-pixel viewport. Firefox's window
   * has a minimum width of 500 px (`min-width` on its own browser window,
   * also when headless), so a 360 px rect alone gives a 500 px page; the
   * minimum is lifted in the browser's chrome scope first (geckodriver runs
   * with --allow-system-access for this). The window is then made taller by
   * the toolbar's height so the page itself is `height` high. Returns what
   * WebDriver reported for the plain rect, and the page's final size.
   */
  async phoneViewport(width, height) {
    const plain = await this.setWindowRect({ width, height });
    await this.command('POST', '/moz/context', { context: 'chrome' });
    try {
      await this.execute(() => { document.documentElement.style.minWidth = '0px'; });
    } finally {
      await this.command('POST', '/moz/context', { context: 'content' });
    }
    await this.setWindowRect({ width, height });
    const [, innerH, , outerH] = await this.execute(() => [innerWidth, innerHeight, outerWidth, outerHeight]);
    await this.setWindowRect({ width, height: height + (outerH - innerH) });
    const viewport = await this.execute(() => ({ width: innerWidth, height: innerHeight }));
    if (viewport.width !== width || viewport.height !== height) {
      throw new Error(`could not make a ${width}×${height} viewport: got ${viewport.width}×${viewport.height}`);
    }
    return { plain, viewport };
  }

  /** Runs `fn` (a function or a function body) in the page with `args`. */
  execute(fn, ...args) {
    const script = typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
    return this.command('POST', '/execute/sync', { script, args });
  }

  /** Every element matching the XPath expression (maybe none). */
  async findAll(xpath) {
    const found = await this.command('POST', '/elements', { using: 'xpath', value: xpath });
    return found.map((e) => new Element(this, e[ELEMENT], xpath));
  }

  /** The first displayed element matching `xpath`, waiting for it up to `timeout` ms. */
  waitFor(xpath, { timeout = 20000, what = xpath } = {}) {
    return waitFor(what, async () => {
      for (const el of await this.findAll(xpath)) if (await el.displayed()) return el;
      return null;
    }, { timeout });
  }

  /** Waits until no displayed element matches `xpath`. */
  waitGone(xpath, { timeout = 20000, what = xpath } = {}) {
    return waitFor(`${what} to disappear`, async () => {
      for (const el of await this.findAll(xpath)) if (await el.displayed().catch(() => false)) return false;
      return true;
    }, { timeout });
  }

  /** Lines Firefox wrote that look like page errors (console.error, uncaught exceptions). */
  firefoxErrors() {
    return this.output.join('').split('\n').filter((l) => /error|exception|panicked/i.test(l) && !/\bgeckodriver\b.*\bINFO\b/.test(l));
  }
}

class Element {
  constructor(session, id, xpath) {
    this.session = session;
    this.id = id;
    this.xpath = xpath;
  }

  command(method, path, body) { return this.session.command(method, `/element/${this.id}${path}`, body); }

  click() { return this.command('POST', '/click', {}); }

  clear() { return this.command('POST', '/clear', {}); }

  /** Types `text` (W3C "Element Send Keys"). */
  type(text) { return this.command('POST', '/value', { text: String(text) }); }

  text() { return this.command('GET', '/text'); }

  property(name) { return this.command('GET', `/property/${name}`); }

  attribute(name) { return this.command('GET', `/attribute/${name}`); }

  /** geckodriver's "is displayed" (Selenium's atom; not in W3C but supported). */
  displayed() { return this.command('GET', '/displayed'); }

  enabled() { return this.command('GET', '/enabled'); }

  selected() { return this.command('GET', '/selected'); }

  /** The element as an argument for `session.execute`. */
  toJSON() { return { [ELEMENT]: this.id }; }
}

/** An XPath string literal for `text` (which may hold both quote kinds). */
export function xpathLiteral(text) {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  return `concat(${text.split("'").map((p) => `'${p}'`).join(`, "'", `)})`;
}
