// The WebDriver sessions (selenium-webdriver, npm) and the processes they need: Xvfb,
// geckodriver (Firefox ESR) and WebKitWebDriver (WebKitGTK's MiniBrowser). selenium-webdriver
// only ever talks to the driver started here (`usingServer`): it never runs Selenium Manager,
// which would download drivers. Starting the drivers stays ours: selenium-webdriver knows no
// WebKitGTK, and no Xvfb.
// Every process is started on a free loopback port / free display, in its own process group,
// and stopped by `stop()` — also when a test failed (the test file calls it from `after`).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder } from 'selenium-webdriver';

/** WebDriver key codes (W3C WebDriver, "keyboard actions"). */
export const KEY = {
  Tab: '\uE004',
  Enter: '\uE007',
  Space: '\uE00D',
  ArrowUp: '\uE013',
  ArrowDown: '\uE015',
};

/** A free TCP port on 127.0.0.1 (the OS picks it; the driver binds it right after). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const started = new Set();
const tempDirs = new Set();

/** A fresh folder under the system's temp folder, removed by `removeTempDir` or at exit. */
export function makeTempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir) {
  tempDirs.delete(dir);
  rmSync(dir, { recursive: true, force: true });
}

/** Starts `command` in its own process group; its output is kept for error messages. */
function startProcess(command, args, { env = {}, extraFds = 0 } = {}) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', ...Array(extraFds).fill('pipe')],
    detached: true,
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const proc = {
    child,
    exited,
    output: () => output,
    /** SIGTERM to the whole group (the driver and the browser it started), SIGKILL after 5 s. */
    async stop() {
      started.delete(proc);
      if (child.exitCode !== null || child.signalCode !== null) return;
      try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
      const gone = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!gone) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    },
  };
  started.add(proc);
  child.on('error', (error) => keep(`\n${command}: ${error.message}`));
  return proc;
}

// Last resort if the test process exits without `after` (an uncaught error, or `timeout` sending
// SIGTERM/SIGINT to the test run): the drivers live in their own process groups, so kill them.
function killAll() {
  for (const proc of started) try { process.kill(-proc.child.pid, 'SIGKILL'); } catch { /* gone */ }
  started.clear();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.once(signal, () => {
    killAll();
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 })[signal]);
  });
}

/** Xvfb on a display it picks itself (-displayfd), for MiniBrowser, which has no headless mode. */
export async function startXvfb() {
  const proc = startProcess('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { extraFds: 1 });
  const display = await Promise.race([
    new Promise((resolve) => {
      let text = '';
      proc.child.stdio[3].on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(`:${text.trim()}`);
      });
    }),
    proc.exited.then(() => { throw new Error(`Xvfb exited: ${proc.output()}`); }),
    sleep(15000).then(() => { throw new Error(`Xvfb did not report a display: ${proc.output()}`); }),
  ]);
  return { display, stop: () => proc.stop() };
}

/** `name` from PATH, else `fallback` (cargo installs geckodriver to ~/.cargo/bin). */
function findCommand(name, fallback) {
  const onPath = (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, name)));
  return onPath || !existsSync(fallback) ? name : fallback;
}

/** MiniBrowser's path, wherever the Debian architecture puts it (…/<triplet>/webkit2gtk-4.x/). */
export function findMiniBrowser() {
  const candidates = [];
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    if (!existsSync(lib)) continue;
    for (const entry of readdirSync(lib)) {
      const dirs = entry.startsWith('webkit2gtk-') ? [join(lib, entry)]
        : /-linux-gnu/.test(entry) && existsSync(join(lib, entry))
          ? readdirSync(join(lib, entry)).filter((d) => d.startsWith('webkit2gtk-')).map((d) => join(lib, entry, d))
          : [];
      for (const dir of dirs) if (existsSync(join(dir, 'MiniBrowser'))) candidates.push(join(dir, 'MiniBrowser'));
    }
  }
  // The highest API version first (4.1 over 4.0).
  return candidates.sort().reverse()[0];
}

/**
 * Starts one engine's driver (and Xvfb for WebKit). Returns { engine, url, capabilities, stop }.
 * `engine` is 'firefox' or 'webkit'.
 */
export async function startDriver(engine) {
  const port = await freePort();
  const stops = [];
  let proc;
  let capabilities;
  let profile;
  if (engine === 'firefox') {
    profile = makeTempDir('ct-geckodriver-');
    proc = startProcess(findCommand('geckodriver', join(homedir(), '.cargo/bin/geckodriver')), ['--host', '127.0.0.1', '--port', String(port), '--log', 'error'], {
      env: { TMPDIR: profile },
    });
    capabilities = {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: process.env.CT_FIREFOX ?? '/usr/bin/firefox-esr', args: ['-headless'] },
    };
  } else if (engine === 'webkit') {
    const miniBrowser = process.env.CT_MINIBROWSER ?? findMiniBrowser();
    if (!miniBrowser) throw new Error('MiniBrowser not found (apt-get install webkit2gtk-driver)');
    const xvfb = await startXvfb();
    stops.push(xvfb.stop);
    proc = startProcess('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { env: { DISPLAY: xvfb.display } });
    capabilities = { 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } };
  } else {
    throw new Error(`unknown engine ${engine}`);
  }
  stops.unshift(() => proc.stop());
  const url = `http://127.0.0.1:${port}`;
  // Ready when GET /status answers.
  for (let i = 0; ; i += 1) {
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (proc.child.exitCode !== null || i > 150) {
      for (const stop of stops) await stop();
      throw new Error(`${engine} driver did not start: ${proc.output()}`);
    }
    await sleep(100);
  }
  return {
    engine,
    url,
    capabilities,
    output: () => proc.output(),
    async stop() {
      for (const stop of stops) await stop();
      if (profile) removeTempDir(profile);
    },
  };
}

/** Turns a function into a WebDriver script body that calls it with the given arguments. */
const body = (fn) => `return (${fn}).apply(null, arguments);`;

/** One browser session on a driver from `startDriver`, with what the journeys need. */
export class Session {
  constructor(driver, webdriver, capabilities) {
    this.driver = driver;
    this.webdriver = webdriver;
    this.capabilities = capabilities;
    this.engine = driver.engine;
  }

  static async create(driver) {
    // selenium-webdriver wants a browser name; WebKitWebDriver's browser calls itself MiniBrowser.
    const webdriver = await new Builder()
      .usingServer(driver.url)
      .withCapabilities({ browserName: driver.engine === 'webkit' ? 'MiniBrowser' : 'firefox', ...driver.capabilities, pageLoadStrategy: 'normal', unhandledPromptBehavior: 'dismiss' })
      .build();
    await webdriver.manage().setTimeouts({ script: 30000, pageLoad: 30000, implicit: 0 });
    const capabilities = await webdriver.getCapabilities();
    return new Session(driver, webdriver, { browserName: capabilities.get('browserName'), browserVersion: capabilities.get('browserVersion') });
  }

  /** e.g. "firefox 153.0" */
  get browser() {
    return `${this.capabilities.browserName} ${this.capabilities.browserVersion}`;
  }

  go(url) { return this.webdriver.get(url); }
  refresh() { return this.webdriver.navigate().refresh(); }
  url() { return this.webdriver.getCurrentUrl(); }
  setWindowRect(rect) { return this.webdriver.manage().window().setRect(rect); }

  /** Runs `fn(...args)` in the page; elements in and out are selenium WebElements. */
  exec(fn, ...args) {
    return this.webdriver.executeScript(body(fn), ...args);
  }

  /** Runs `async fn(...args)` in the page and waits for its promise. */
  execAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ ok: value }), (error) => done({ error: String(error && error.stack || error) }));`;
    return this.webdriver.executeAsyncScript(script, ...args).then((result) => {
      if (result && 'error' in result) throw new Error(`page script failed: ${result.error}`);
      return result?.ok;
    });
  }

  /** Polls `fn(...args)` in the page until it returns something truthy, which it returns. */
  async waitFor(what, fn, ...args) {
    const deadline = Date.now() + 20000;
    let last;
    for (;;) {
      try {
        last = await this.exec(fn, ...args);
        if (last) return last;
      } catch (error) {
        // A navigation in progress may make a script fail; anything else is real.
        if (!/javascript error|no such window|unknown error|script timeout|stale/i.test(String(error))) throw error;
        last = error;
      }
      if (Date.now() > deadline) throw new Error(`${this.engine}: timed out waiting for ${what} (last: ${last})`);
      await sleep(50);
    }
  }

  /** A real click (WebDriver Element Click) on an element from `exec`. */
  click(element) { return element.click(); }
  /** Element Send Keys: typing, or a file path for an `<input type=file>`. */
  sendKeys(element, text) { return element.sendKeys(text); }

  /** Presses each key in turn (keyDown + keyUp), through the Actions API. */
  async press(...keys) {
    let actions = this.webdriver.actions();
    for (const key of keys) actions = actions.keyDown(key).keyUp(key);
    await actions.perform();
    await this.webdriver.actions().clear();
  }

  /** PNG bytes of the viewport. */
  async screenshot() {
    return Buffer.from(await this.webdriver.takeScreenshot(), 'base64');
  }

  async delete() {
    try { await this.webdriver.quit(); } catch { /* the browser may be gone already */ }
  }
}
