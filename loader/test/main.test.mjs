// loader/embed/main.js in Chromium with a stand-in module: the glue, the wasm and the language
// files are answered by the test (build.js's stand-in names, in the loader's folder), so what
// is tested is the loader's own part: when it loads, what it mounts, its panels.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { START_CLASS, TEXT } from '../generated/facts.js';
import { GLUE, LANGUAGE_FILES, WASM } from '../embed/build.js';
import { chromiumSuite } from './chromium.mjs';

const suite = chromiumSuite();
const DIR = '/loader/embed/';

// The stand-in glue: records what the loader asks of it, draws a screen of its own on mount.
const FAKE_GLUE = `
const log = (window.__log ??= []);
export default async function init({ module_or_path }) {
  await module_or_path;
  log.push('init, start screen shown: ' + !!document.querySelector('[data-client-triage]').shadowRoot?.querySelector('.${START_CLASS}'));
  if (window.__crashWhileStarting) throw new WebAssembly.RuntimeError('unreachable');
}
export function crash_channel(report) { window.__crash = report; }
export function connect(texts, failed, print) { log.push('connect'); window.__failed = failed; }
export function mount_host(host, lang, label, answer) {
  log.push(['mount', host.id, lang, label ?? null, answer ?? null]);
  const root = document.createElement('div');
  root.setAttribute('data-screen', 'intro');
  host.shadowRoot.replaceChildren(root);
  return true;
}`;
const INTRO = ['div', { class: 'ct' }, ['button', { type: 'button', class: START_CLASS }, 'Start']];
const languageFile = (lang) => [`texts of ${lang}`, JSON.stringify([INTRO, INTRO]), '.ct{color:red}', ''].join('\x1e');

/** Answers for the module's files; `glue`: how the glue is answered (a route handler);
 *  `textsAfter`: the language files come that many ms late. */
function routes({ glue, textsAfter = 0 } = {}) {
  const late = (handle) => async (route) => {
    await new Promise((resolve) => setTimeout(resolve, textsAfter));
    return handle(route);
  };
  const requested = [];
  const record = (handle) => (route) => {
    requested.push(new URL(route.request().url()).pathname.split('/').pop() + new URL(route.request().url()).search);
    return handle(route);
  };
  return {
    requested,
    routes: {
      [`${DIR}${GLUE}*`]: record(glue ?? ((route) => route.fulfill({ contentType: 'text/javascript', body: FAKE_GLUE }))),
      [`${DIR}${WASM}*`]: record((route) => route.fulfill({ contentType: 'application/wasm', body: Buffer.from([0, 97, 115, 109]) })),
      [`${DIR}${LANGUAGE_FILES.de}*`]: record(late((route) => route.fulfill({ contentType: 'text/plain', body: languageFile('de') }))),
      [`${DIR}${LANGUAGE_FILES.en}*`]: record(late((route) => route.fulfill({ contentType: 'text/plain', body: languageFile('en') }))),
      // What the server has as the loader now (handOverToNewBuild asks): this build.
      [`${DIR}upgrade.js`]: (route) =>
        route.request().resourceType() === 'fetch' ? route.fulfill({ contentType: 'text/javascript', body: `'${GLUE}'` }) : route.continue(),
    },
  };
}
const start = (page) => page.evaluate((path) => {
  // What the loader fetches, as it asks (the routes see a request only later).
  window.__fetched = [];
  const fetch = window.fetch;
  window.fetch = (...args) => {
    window.__fetched.push(String(args[0]));
    return fetch(...args);
  };
  return import(path);
}, `${DIR}main.js`);

/** Resolves once the browser has reported `selector`'s element to an IntersectionObserver made
 *  now, with the loader's margin, and a task has passed: the loader's own observers, made
 *  before, have had their report on it, and what they started has begun. */
const seen = (page, selector) => page.evaluate((selector) => new Promise((resolve) => {
  const observer = new IntersectionObserver(() => {
    observer.disconnect();
    setTimeout(resolve);
  }, { rootMargin: '100% 0px' });
  observer.observe(document.querySelector(selector));
}), selector);

/** Adds `html` (a host) to the page in a new element #added, and waits until the loader's
 *  observer of added hosts and its near-view observer have had their chance with it. */
async function addedAndSeen(page, html) {
  await page.evaluate((html) => document.body.append(Object.assign(document.createElement('div'), { id: 'added', innerHTML: html })), html);
  await seen(page, '#added [data-client-triage]');
}
const log = (page) => page.evaluate(() => window.__log ?? []);
const panel = (page, id) =>
  page.evaluate((id) => {
    const found = document.getElementById(id).shadowRoot?.querySelector('.ct-fallback');
    return found && [found.dataset.ctFallback, found.querySelector('p').textContent, ...[...found.querySelectorAll('button')].map((b) => b.textContent)];
  }, id);

test("each host gets its widget in its language, after its start screen is on screen (its file coming late); hosts added later get theirs", async () => {
  const { routes: answers } = routes({ textsAfter: 500 });
  const page = await suite.open('<div id="a" data-client-triage data-lang="en"></div><div id="b" data-client-triage data-lang="de"></div>', { routes: answers });
  await start(page);
  await page.waitForFunction(() => (window.__log ?? []).filter((e) => e[0] === 'mount').length === 2);
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('div'), { id: 'c' }), Object.assign(document.createElement('section'), { innerHTML: '<div id="d" data-client-triage></div>' })));
  await page.evaluate(() => document.getElementById('c').setAttribute('data-client-triage', ''));
  await page.waitForFunction(() => window.__log.filter((e) => e[0] === 'mount').length === 3);
  assert.deepEqual(await log(page), [
    'init, start screen shown: true',
    'connect',
    ['mount', 'a', 'en', null, null],
    ['mount', 'b', 'de', null, null],
    ['mount', 'd', 'en', null, null],
  ], 'an attribute added later is no new host; a host in added markup is');
  assert.deepEqual(page.errors, []);
});

test("on the standalone page the page's language and title follow the widget's", async () => {
  const { routes: answers } = routes();
  const page = await suite.open('<meta name="client-triage-offline" content="on"><div id="a" data-client-triage data-lang="en"></div>', { routes: answers });
  await start(page);
  await page.waitForFunction(() => (window.__log ?? []).some((e) => e[0] === 'mount'));
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.title]), ['en', TEXT.en.title]);
});

test('without WebAssembly: the message on every host, and nothing downloaded', async () => {
  const { routes: answers, requested } = routes();
  const page = await suite.open('<div id="a" data-client-triage data-lang="en"></div><div id="b" data-client-triage></div>', {
    routes: answers,
    init: () => delete window.WebAssembly,
  });
  await start(page);
  await page.waitForFunction(() => document.getElementById('b').shadowRoot?.querySelector('.ct-fallback'));
  assert.deepEqual(await panel(page, 'a'), ['noWasm', TEXT.en.noWasm]);
  assert.deepEqual(requested, []);
});

test('a module that fails to download: Try again on every host, which loads it afresh', async () => {
  let fail = true;
  const { routes: answers, requested } = routes({
    glue: (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.fulfill({ contentType: 'text/javascript', body: FAKE_GLUE })),
  });
  const page = await suite.open('<div id="a" data-client-triage data-lang="en"></div>', { routes: answers });
  await start(page);
  await page.waitForFunction(() => document.getElementById('a').shadowRoot?.querySelector('.ct-fallback'));
  assert.deepEqual(await panel(page, 'a'), ['failed', TEXT.en.failed, TEXT.en.retry]);
  fail = false;
  await page.evaluate(() => document.getElementById('a').shadowRoot.querySelector('button').click());
  await page.waitForFunction(() => (window.__log ?? []).some((e) => e[0] === 'mount'));
  assert.ok(requested.includes(`${GLUE}?retry=1`), requested.join());
});

test('a crash: every host gets the crash panel (Reload; Download where something is stored), and hosts added later get nothing', async () => {
  const { routes: answers } = routes();
  const page = await suite.open('<div id="a" data-client-triage data-lang="de"></div><div id="b" data-client-triage data-lang="en" data-storage-key="b"></div>', { routes: answers });
  await page.evaluate(() => localStorage.setItem('client-triage', '{"version":5}'));
  await start(page);
  await page.waitForFunction(() => window.__crash && window.__log.filter((e) => e[0] === 'mount').length === 2);
  await page.evaluate(() => window.__crash('client-triage crashed'));
  assert.deepEqual(await panel(page, 'a'), ['crashed', TEXT.de.crashed, TEXT.de.reload, TEXT.de.download]);
  // Nothing stored under b's key: no download that would do nothing.
  assert.deepEqual(await panel(page, 'b'), ['crashed', TEXT.en.crashed, TEXT.en.reload]);
  await addedAndSeen(page, '<div data-client-triage></div>');
  assert.equal((await log(page)).filter((e) => e[0] === 'mount').length, 2);
});

test('a crash while starting: the crash panel', async () => {
  const { routes: answers } = routes();
  const page = await suite.open('<div id="a" data-client-triage data-lang="en"></div>', { routes: answers, init: () => (window.__crashWhileStarting = true) });
  await start(page);
  await page.waitForFunction(() => document.getElementById('a').shadowRoot?.querySelector('.ct-fallback'));
  assert.equal((await panel(page, 'a'))[0], 'crashed');
});

test('on a blog post the module loads only once a host comes near; data-load="eager" loads it at once', async () => {
  const far = routes();
  const page = await suite.open('<div style="height:600vh"></div><div id="a" data-client-triage></div>', { routes: far.routes });
  await start(page);
  await seen(page, '#a');
  assert.deepEqual(await page.evaluate(() => window.__fetched), [], 'nothing fetched while far');
  assert.deepEqual(far.requested, [], 'nothing while far');
  await page.evaluate(() => document.getElementById('a').scrollIntoView());
  await page.waitForFunction(() => (window.__log ?? []).some((e) => e[0] === 'mount'));
  const eager = routes();
  const other = await suite.open('<div style="height:600vh"></div><div id="a" data-client-triage data-load="eager"></div>', { routes: eager.routes });
  await start(other);
  await other.waitForFunction(() => (window.__log ?? []).some((e) => e[0] === 'mount'));
});
