// Launches Debian's Chromium through playwright-core and records what a page does.
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

/** The questionnaire's length; tests/docs.rs checks it against src/core/questions.rs. */
export const QUESTION_COUNT = 18;

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A fresh Chromium with its own profile directory; close() removes both. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'ct-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    /** For afterEach: a test that fails before its own close() must not leave a page open that
     *  keeps writing the origin's storage under the next test. */
    async closePages() {
      for (const page of context.pages()) await page.close();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

let axeSource;


/** Where suites save the screenshots a reviewer looks at; servedSuite makes the folder. */
export const SHOTS = 'e2e/screenshots';

/**
 * The usual suite: `dist/` served on loopback and one Chromium, started before the first test
 * and handed to the file by `opened({ server, browser })`. The pages a test opened are closed
 * after it, whatever happened: a page left open by a failed test keeps its widget running on
 * this origin, and that widget would merge its data into every later test's storage.
 */
export function servedSuite(opened) {
  let server;
  let browser;
  before(async () => {
    await mkdir(SHOTS, { recursive: true });
    server = await startServer('dist');
    browser = await launch();
    opened({ server, browser });
  });
  afterEach(() => browser?.closePages());
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/**
 * A suite on a plain (non-persistent) Chromium whose tests each want a context of their own:
 * `dist/` served and the browser started before the first test, both closed after the last.
 * `suite.newPage(options)` opens a page in a fresh context with these options and no service
 * worker (a worker would answer requests a test wants to see reach the network); the context
 * closes with its page.
 */
export function plainSuite() {
  const suite = {
    server: null,
    browser: null,
    async newPage(options = {}) {
      const context = await suite.browser.newContext({ serviceWorkers: 'block', ...options });
      const page = await context.newPage();
      // Unawaited: when after() closes the browser first, that closes the context anyway.
      page.on('close', () => context.close().catch(() => {}));
      return page;
    },
  };
  before(async () => {
    suite.server = await startServer('dist');
    suite.browser = await launchPlain();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/** An init script (`page.addInitScript(recordViolations)`): the page's CSP violations, as
 *  "directive blockedURI", in `window.__violations`. */
export function recordViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
}

/** axe-core on the whole page (shadow roots included): no violations, or the list of them. */
export async function axe(page, where) {
  axeSource ??= await readFile('node_modules/axe-core/axe.min.js', 'utf8');
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const found = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')} ${v.nodes[0].failureSummary}`);
  assert.deepEqual(found, [], `axe on ${where}`);
}

/** Collects console errors, page errors, failed requests and every requested URL. */
export function watch(page) {
  const log = { errors: [], failed: [], requests: [], results: [] };
  page.on('console', (msg) => msg.type() === 'error' && log.errors.push(msg.text()));
  page.on('pageerror', (err) => log.errors.push(String(err)));
  page.on('requestfailed', (req) => log.failed.push(`${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => res.status() >= 400 && log.failed.push(`${res.url()} ${res.status()}`));
  page.on('request', (req) => log.requests.push(req.url()));
  return log;
}

/** Records every `client-triage:result` event the document sees, in `window.__ctResults`. */
/** Init script: every service worker registration the page asks for, as it asks (register()
 *  resolves later, and getRegistrations() lists it only then). */
export const RECORD_REGISTRATIONS = () => {
  window.__ctRegistered = [];
  const container = navigator.serviceWorker;
  if (!container) return;
  const register = container.register.bind(container);
  container.register = (url, options) => {
    window.__ctRegistered.push(String(url));
    return register(url, options);
  };
};

/** In the page: resolves after the next frame and one task after it — every reaction queued
 *  by what happened before (microtasks, a frame's callbacks, a task they queue) has run. */
export const AFTER_NEXT_FRAME = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export const RECORD_RESULTS = () => {
  window.__ctResults = [];
  document.addEventListener('client-triage:result', (event) => {
    window.__ctResults.push({ detail: event.detail, target: event.target.tagName });
  });
};

/**
 * Chromium as readers have it, with the back/forward cache on: Playwright turns it off by
 * default (--disable-back-forward-cache), which would hide the "page restored with Back" path.
 */
export async function launchWithBackForwardCache() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
}

/** A non-persistent Chromium, for contexts with their own options (e.g. JavaScript off). */
export async function launchPlain() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Sets the origin's localStorage to exactly `entries` before the widget runs: done from a
 * same-origin page without the widget, since a running widget may write after a clear.
 */
export async function resetStorage(page, origin, entries = {}) {
  await openBlank(page, origin);
  await page.evaluate((values) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
}

/**
 * Opens an empty page of `origin`, to reach its storage without loading the widget. The page
 * names its own icon: any other document (an SVG, a text file) makes Chromium ask for
 * /favicon.ico, and that 404 can land in the next page's console log.
 */
export async function openBlank(page, origin) {
  const url = new URL('__blank', origin).href;
  // On the context, so that a service worker of the origin cannot answer it first.
  await page.context().route(url, (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><title>blank</title><link rel="icon" href="data:,">',
  }));
  await page.goto(url);
  await page.context().unroute(url);
}

/** Unfolds "My clients & data" (folded unless there are several clients to choose from). */
export async function openData(page) {
  const section = page.locator('.ct-intro details');
  if (!(await section.evaluate((d) => d.open))) await section.locator('summary').click();
}

/** The file that `click` makes the page download: its suggested name and its text. */
export async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Every persona of tests/support/personas.txt: name, expected strategy, close call, answers. */
export async function personas() {
  const table = await readFile('tests/support/personas.txt', 'utf8');
  const lines = table.split('\n');
  const header = lines.filter((l) => l.startsWith('#   ')).join(' ').replace(/#/g, '').trim().split(/\s+/);
  return lines.filter((l) => l.trim() && !l.startsWith('#')).map((line) => {
    const [name, strategy, call, ...row] = line.trim().split(/\s+/);
    return { name, strategy, closeCall: call === 'close', answers: Object.fromEntries(header.map((q, i) => [q, row[i]])) };
  });
}

/**
 * A stored envelope with one client on `screen` (on a question: its id as `question`), with
 * `answers` and an optional history.
 */
export function envelope(answers, { label = 'Agency X', screen = 'result', question, history = [] } = {}) {
  const draft = question ? { screen, question, answers } : { screen, answers };
  const client = { id: 'c1', label, updated: '2026-11-28T10:00:00.000Z', draft, history };
  return JSON.stringify({ version: 3, current: 'c1', deleted: [], clients: [client] });
}

/**
 * A stored envelope (what the widget keeps in localStorage) that opens on the result screen
 * with the answers of a persona from tests/support/personas.txt.
 */
export async function personaEnvelope(name, label = 'Agency X') {
  const table = await readFile('tests/support/personas.txt', 'utf8');
  const header = table.split('\n').filter((l) => l.startsWith('#   ')).join(' ').replace(/#/g, '').trim().split(/\s+/);
  const row = table.split('\n').find((l) => l.startsWith(`${name} `)).trim().split(/\s+/);
  const answers = Object.fromEntries(header.map((question, i) => [question, row[3 + i]]));
  const client = { id: 'c1', label, updated: '2026-11-28T10:00:00.000Z', draft: { screen: 'result', answers }, history: [] };
  return JSON.stringify({ version: 3, current: 'c1', deleted: [], clients: [client] });
}
