// Embedding, strict CSP, offline and the single file, in real Chromium (issue 5).
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from './serve.mjs';
import { deployWorker, hostedCopy, until } from './hosting.mjs';
import { launch, recordViolations, watch, QUESTION_COUNT, RECORD_REGISTRATIONS } from './browser.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let browser;

before(async () => {
  browser = await launch();
});
afterEach(() => browser.closePages());
after(async () => {
  await browser?.close();
});

/** Polls an async page function until it returns true (waitForFunction would not await it). */
const widget = (page, lang) => page.locator(`[data-client-triage][data-lang="${lang}"]`);

async function walk(scope, page, count, index) {
  await scope.getByRole('button', { name: /Start the assessment|Einschätzung starten/ }).click();
  for (let n = 1; n <= count; n += 1) {
    await scope.locator(`[role=progressbar][aria-valuenow="${n}"]`).waitFor();
    await scope.getByRole('radio').nth(index).check();
    await scope.locator('button[type=submit]').click();
  }
  await scope.locator('[data-screen="review"]').waitFor();
  await scope.locator('.ct-review .ct-primary').first().click();
  await scope.locator('[data-screen="result"]').waitFor();
  void page;
}

async function keyStyles(root) {
  return root.evaluate((host) => {
    const shadow = host.shadowRoot;
    const pick = (selector, props) => {
      const el = shadow.querySelector(selector);
      const style = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [`${selector} ${p}`, style.getPropertyValue(p)]));
    };
    const text = ['font-family', 'font-size', 'line-height', 'color', 'text-transform', 'letter-spacing', 'text-align'];
    return {
      ...pick('.ct', [...text, 'box-sizing', 'background-color', 'max-width']),
      ...pick('.ct-title', text),
      ...pick('.ct-start', ['display', 'background-color', 'color', 'min-height', 'box-sizing', 'float', 'font-size']),
      ...pick('.ct-input', ['display', 'box-sizing', 'float', 'font-size']),
    };
  });
}

test('blog demo under a deep path: two instances, hostile theme, same look, nothing leaks', async () => {
  const hosted = await hostedCopy();
  const server = await startServer(hosted.root);
  const page = await browser.context.newPage();
  const log = watch(page);
  await page.goto(`${hosted.url(server)}blog-demo.html`);
  const de = widget(page, 'de');
  const en = widget(page, 'en');
  await de.locator('[data-screen="intro"]').waitFor();
  await en.locator('[data-screen="intro"]').waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('base')), null, 'no <base> injected');

  // Same computed styles as the standalone page (light scheme, same width).
  const standalone = await browser.context.newPage();
  await standalone.setViewportSize(page.viewportSize());
  await standalone.goto(`${hosted.url(server)}index.html?lang=de`);
  await standalone.locator('[data-screen="intro"]').waitFor();
  assert.deepEqual(await keyStyles(de), await keyStyles(standalone.locator('[data-client-triage]')));
  await standalone.close();

  // The post keeps its own theme: the widget's CSS does not leak out.
  const host = await page.evaluate(() => ({
    p: getComputedStyle(document.querySelector('.post p')).color,
    button: getComputedStyle(document.querySelector('#host-button')).display,
    font: getComputedStyle(document.body).fontFamily,
  }));
  assert.deepEqual(host, { p: 'rgb(47, 111, 47)', button: 'none', font: '"Comic Sans MS", "Comic Neue", cursive' });

  // Both complete independently, each in its own language and storage key.
  await walk(de, page, QUESTION_COUNT, 1);
  assert.equal(await en.locator('[data-screen]').getAttribute('data-screen'), 'intro', 'the other instance is untouched');
  await walk(en, page, QUESTION_COUNT, 2);
  const finished = await page.evaluate(() =>
    ['client-triage:client-triage-demo-de', 'client-triage:client-triage-demo-en'].map((key) => JSON.parse(localStorage.getItem(key)).clients[0].history.length),
  );
  assert.deepEqual(finished, [1, 1], 'each instance saved its own finished assessment under its own key');
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('[data-client-triage]')].flatMap((h) => [...h.shadowRoot.querySelectorAll('[id]')].map((e) => e.id)),
  );
  assert.equal(new Set(ids).size, ids.length, 'element ids are unique across instances');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(server.url)), [], 'no foreign origin');
  await page.close();
  await server.close();
  await rm(hosted.root, { recursive: true });
});

test('strict CSP host: the widget works with zero violations', async () => {
  const server = await startServer('dist', 0, { headers: () => ({ 'content-security-policy': STRICT_CSP }) });
  const page = await browser.context.newPage();
  await page.addInitScript(recordViolations);
  const log = watch(page);
  await page.goto(`${server.url}blog-demo.html`);
  const en = widget(page, 'en');
  await walk(en, page, QUESTION_COUNT, 0);
  assert.match(await en.locator('[data-strategy]').getAttribute('data-strategy'), /^(detach|mediate|terminate)$/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(log.errors, []);
  await page.close();
  await server.close();
});

test('offline: after one visit a reload works with the network off, in both languages, and with the server gone', async () => {
  const hosted = await hostedCopy('app');
  let requestsAfterFirstVisit = 0;
  let firstVisitDone = false;
  // The browser may check sw.js for an update after any navigation, after a delay of its own
  // choosing: that check is how a deploy arrives, so it is not counted (and no race decides).
  const server = await startServer(hosted.root, 0, {
    headers: (path) => {
      if (firstVisitDone && !path.endsWith('/sw.js')) requestsAfterFirstVisit += 1;
      return {};
    },
  });
  const context = await browser.context.browser()?.newContext() ?? browser.context;
  const page = await context.newPage();
  await page.goto(`${hosted.url(server)}?lang=en`);
  await page.locator('[data-screen="intro"]').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload(); // now controlled by the worker
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The reader looks at the German version once, online: the worker keeps it from then on.
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('button', { name: 'Einschätzung starten' }).waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
  firstVisitDone = true;

  // Online, with the server up: the worker answers everything, nothing reaches the network.
  await page.reload();
  await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
  assert.equal(requestsAfterFirstVisit, 0, 'after the first visit, no request reaches the server');

  // Offline for this part only, also when it fails: the context is shared with later tests.
  await context.setOffline(true);
  try {
    await page.reload();
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('button', { name: 'Einschätzung starten' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.getByRole('radio').first().check();
    // A link shared with a tracking query opens offline too (issue 26, item 12).
    await page.goto(`${hosted.url(server)}?utm_source=newsletter&fbclid=x1`);
    await page.locator('[role=progressbar][aria-valuenow="1"]').waitFor();
  } finally {
    await context.setOffline(false);
  }

  await server.close();
  await page.reload();
  await page.locator('[role=progressbar][aria-valuenow="1"]').waitFor();
  assert.ok(await page.getByRole('radio').first().isChecked(), 'offline answer kept');
  assert.equal(requestsAfterFirstVisit, 0, 'still no request after going offline and back');
  await page.close();
  await rm(hosted.root, { recursive: true });
});

// Issue 12: the worker used to fetch every file of dist/ again with cache: 'reload' — the wasm a
// second time, the single file, the demos — three times the page itself.
test('a first visit downloads each file once, and the worker keeps only the standalone page', async () => {
  const hosted = await hostedCopy('app');
  const downloads = [];
  const server = await startServer(hosted.root, 0, {
    served: ({ path, status }) => status === 200 && downloads.push(path.replace('/app/', '') || './'),
  });
  const page = await browser.context.newPage();
  await page.goto(hosted.url(server));
  await page.locator('[data-screen="intro"]').waitFor();
  await until(page, async () => (await navigator.serviceWorker.ready).active.state === 'activated', 'an active worker');
  const lang = await page.locator('[data-client-triage] .ct').first().getAttribute('lang');
  const other = lang === 'de' ? 'en' : 'de';
  const twice = downloads.filter((path, i) => downloads.indexOf(path) !== i);
  assert.deepEqual(twice, [], `downloaded twice: ${downloads.join(' ')}`);
  assert.deepEqual(downloads.filter((path) => path.startsWith('texts-')).map((path) => path.slice(0, 9)), [`texts-${lang}-`], "only the reader's language");
  const preloaded = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/texts-')).map((e) => [e.name.split('/').pop().slice(0, 9), e.initiatorType]);
  assert.deepEqual(await page.evaluate(preloaded), [[`texts-${lang}-`, 'link']], "index.html's preload fetched it, once");
  const kept = await page.evaluate(async () => {
    const [key] = await caches.keys();
    return (await (await caches.open(key)).keys()).map((r) => r.url.slice(new URL('.', location.href).href.length) || './').sort();
  });
  // Not the PNG icons: they serve installing (the touch icon, Android's launcher), online.
  // Not the language nobody read here: it is kept once the reader switches to it.
  const built = (await readdir(hosted.dir))
    .filter((f) => !['sw.js', 'client-triage.html'].includes(f) && !/^(?:blog|start|snippet)-/.test(f) && !f.startsWith(`texts-${other}-`) && !/^icon-.*\.png$/.test(f));
  assert.deepEqual(kept, ['./', ...built].sort(), 'the page and what it loads, not the single file, the demos nor the start screens for other pages');
  await page.close();

  // ?lang wins over a German browser's languages, in the preload too.
  const german = await browser.context.browser().newContext({ locale: 'de-DE' });
  const english = await german.newPage();
  await english.goto(`${hosted.url(server)}?lang=en`);
  await english.getByRole('button', { name: 'Start the assessment' }).waitFor();
  assert.deepEqual(await english.evaluate(preloaded), [['texts-en-', 'link']]);
  await german.close();
  // The reader's saved choice beats the browser's languages, in the preload too.
  const chooser = await browser.context.browser().newContext({ locale: 'de-DE' });
  const choosing = await chooser.newPage();
  await choosing.goto(hosted.url(server));
  await choosing.getByRole('button', { name: 'English' }).click();
  await choosing.getByRole('button', { name: 'Start the assessment' }).waitFor();
  await choosing.reload();
  await choosing.getByRole('button', { name: 'Start the assessment' }).waitFor();
  assert.deepEqual(await choosing.evaluate(preloaded), [['texts-en-', 'link']]);
  await chooser.close();
  await server.close();
  await rm(hosted.root, { recursive: true });
});

// The worker takes the page's language file from the HTTP cache; when it is not there (a host
// that sends no-store, an engine without only-if-cached) it must still keep the one the page shows.
test('after one visit alone the page works offline in its language, also when the host sends no-store', async () => {
  const hosted = await hostedCopy('app');
  const server = await startServer(hosted.root, 0, {
    headers: (path) => (path.endsWith('.txt') ? { 'cache-control': 'no-store' } : {}),
  });
  const context = await browser.context.browser().newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(`${hosted.url(server)}?lang=en`);
  await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
  await until(page, async () => (await navigator.serviceWorker.ready).active.state === 'activated', 'an active worker');
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByRole('radio').first().check();
  await context.close();
  await server.close();
  await rm(hosted.root, { recursive: true });
});

test('a new build takes over, and a page still running the old one keeps getting its files', async () => {
  const hosted = await hostedCopy('app');
  const server = await startServer(hosted.root);
  const page = await browser.context.newPage();
  await page.goto(`${hosted.url(server)}?lang=en`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const first = await page.evaluate(() => caches.keys());

  // "Deploy" a new build: a changed loader gives the worker a new cache name, and a file of the
  // old build (here its hashed style sheet) is neither in the new build nor on the server any more.
  await writeFile(join(hosted.dir, 'embed.js'), `${await readFile(join(hosted.dir, 'embed.js'), 'utf8')}\n// build 2\n`);
  // Its English texts changed (a new name the browser has never loaded): the reader read
  // English, so the new build must keep it offline too; German, never read, stays out.
  let oldCss;
  let oldEnglish;
  const newEnglish = 'texts-en-0000000000000002.txt';
  const build = await deployWorker(hosted, '0000000000000002', (sw) => {
    oldCss = sw.match(/"(page-[0-9a-f]+\.css)"/)[1];
    oldEnglish = sw.match(/"(texts-en-[0-9a-f]+\.txt)"/)[1];
    const newSw = sw.replace(`,"${oldCss}"`, '').replace(oldEnglish, newEnglish);
    assert.notEqual(newSw, sw, 'the new build drops the old style sheet');
    return newSw;
  });
  await cp(join(hosted.dir, oldEnglish), join(hosted.dir, newEnglish));
  await rm(join(hosted.dir, oldCss));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await until(page, async () => {
    const keys = (await caches.keys()).map((k) => k.split(':').pop()).sort();
    return keys.length === 2 && keys[0] === '0000000000000002' && keys[1] === 'previous';
  }, 'the new cache and the previous build');
  assert.equal(first.length, 1);
  assert.ok(first[0].endsWith(`:${build}`), first[0]);
  const [fresh, previous] = await page.evaluate(async () => {
    const keys = await caches.keys();
    const text = async (suffix) => {
      const cache = await caches.open(keys.find((k) => k.endsWith(suffix)));
      return (await cache.match('embed.js')).text();
    };
    return [await text(':0000000000000002'), await text(':previous')];
  });
  assert.ok(fresh.endsWith('// build 2\n'), 'the new cache holds the new build, not a mix');
  assert.ok(!previous.endsWith('// build 2\n'), 'the previous cache holds the old build');
  const languagesKept = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((k) => k.endsWith(':0000000000000002')));
    return (await cache.keys()).map((r) => r.url.split('/').pop()).filter((f) => f.startsWith('texts-'));
  });
  assert.deepEqual(languagesKept, [newEnglish], 'the new build keeps the language the reader used, only that one');
  const oldFile = await page.evaluate(async (file) => (await fetch(file)).status, oldCss);
  assert.equal(oldFile, 200, 'the old page still gets a file only the old build had');
  await page.reload();
  await page.locator('[data-screen="intro"]').waitFor();
  await page.close();
  await server.close();
  await rm(hosted.root, { recursive: true });
});

test('single file from file://: completes and finds its answers after reopening', async () => {
  const page = await browser.context.newPage();
  const log = watch(page);
  const url = `${pathToFileURL(resolve('dist/client-triage.html')).href}?lang=en`;
  await page.goto(url);
  await walk(page, page, QUESTION_COUNT, 1);
  const strategy = await page.locator('[data-strategy]').getAttribute('data-strategy');
  await page.close();

  const again = await browser.context.newPage();
  const againLog = watch(again);
  await again.goto(url);
  await again.locator('[data-screen="result"]').waitFor();
  assert.equal(await again.locator('[data-strategy]').getAttribute('data-strategy'), strategy);
  const network = (requests) => requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
  assert.deepEqual(network(log.requests), [], 'no request at all on the first visit');
  assert.deepEqual(network(againLog.requests), [], 'no request at all after reopening');
  assert.ok(againLog.requests.some((u) => u.startsWith('file:')), 'the reopened page was watched');
  await again.close();
});

test('two copies on one origin keep their own caches; foreign queries go to the network', async () => {
  const root = await mkdtemp(join(tmpdir(), 'ct-two-'));
  for (const path of ['de/app', 'en/app']) await cp('dist', join(root, path), { recursive: true });
  const seen = [];
  const server = await startServer(root, 0, {
    headers: (path) => {
      seen.push(path);
      return {};
    },
  });
  const page = await browser.context.newPage();
  for (const path of ['de/app', 'en/app', 'de/app']) {
    await page.goto(`${server.url}${path}/`);
    await page.locator('[data-screen]').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
  }
  const keys = await page.evaluate(() => caches.keys());
  assert.equal(keys.length, 2, `one cache per copy: ${keys.join(', ')}`);
  assert.ok(keys.some((k) => k.includes('/de/app/')) && keys.some((k) => k.includes('/en/app/')));

  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  seen.length = 0;
  const status = await page.evaluate(async () => (await fetch('./?p=123')).status);
  assert.equal(status, 200);
  assert.deepEqual(seen, ['/de/app/'], 'a query the widget does not use is not answered from the cache');
  await page.close();
  await server.close();
  await rm(root, { recursive: true });
});

// Issue 26, item 9: a bad copy kept by the worker (or the HTTP cache) must not be for ever.
// The worker checks each kept file with a hashed name against its digest and fetches a spoilt
// one again (review of issue 26: before, only the loader's Try again passed it by, every time).
test('spoilt files in the worker’s cache are fetched again and replaced: the page just works', async () => {
  const hosted = await hostedCopy('spoilt');
  const server = await startServer(hosted.root);
  const page = await browser.context.newPage();
  await page.goto(`${hosted.url(server)}?lang=en`);
  await page.locator('[data-screen="intro"]').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const SPOILT = /texts-en-|_bg\.wasm$/;
  const spoil = (pattern) => page.evaluate(async (source) => {
    const spoilt = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const request of await cache.keys()) {
        if (!new RegExp(source).test(request.url)) continue;
        // Cut short, as a dropped connection leaves it.
        const body = await (await cache.match(request)).arrayBuffer();
        await cache.put(request, new Response(body.slice(0, body.byteLength >> 1)));
        spoilt.push(request.url);
      }
    }
    return spoilt;
  }, pattern.source);
  assert.equal((await spoil(SPOILT)).length, 2, 'the language file and the module, spoilt');
  await page.reload();
  await page.locator('[data-screen="intro"]').waitFor();
  assert.equal(await page.locator('[data-ct-fallback]').count(), 0, 'no message, no Try again');
  const sizes = await page.evaluate(async (source) => {
    const found = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const request of await cache.keys()) {
        if (new RegExp(source).test(request.url)) found.push([request.url, (await (await cache.match(request)).arrayBuffer()).byteLength]);
      }
    }
    return found;
  }, SPOILT.source);
  for (const [url, bytes] of sizes) {
    const served = (await readFile(join(hosted.dir, url.split('/').pop()))).length;
    assert.equal(bytes, served, `${url}: the cache holds the whole file again`);
  }
  await page.close();
  await server.close();
  await rm(hosted.root, { recursive: true });
});

// Issue 18.12: copied to a site's root, the worker would answer for the whole site.
test('at a site root the worker is not registered unless the page opts in with content="root"', async () => {
  const server = await startServer('dist');
  const page = await browser.context.newPage();
  await page.addInitScript(RECORD_REGISTRATIONS);
  // The loader says so when it decides not to register: that is the moment to look.
  const decided = page.waitForEvent('console', (msg) => msg.type() === 'info' && msg.text().includes('no offline support at the site root'));
  await page.goto(`${server.url}?lang=en`);
  await page.locator('[data-screen="intro"]').waitFor();
  await decided;
  assert.deepEqual(await page.evaluate(() => window.__ctRegistered), [], 'register() was never called');
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  await page.close();
  await server.close();

  const optedIn = await hostedCopy('');
  await writeFile(
    join(optedIn.dir, 'index.html'),
    (await readFile(join(optedIn.dir, 'index.html'), 'utf8')).replace('name="client-triage-offline" content="on"', 'name="client-triage-offline" content="root"'),
  );
  const rootServer = await startServer(optedIn.dir);
  const second = await browser.context.newPage();
  await second.goto(`${rootServer.url}?lang=en`);
  await second.evaluate(() => navigator.serviceWorker.ready);
  assert.equal(await second.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope), rootServer.url);
  await second.close();
  await rootServer.close();
  await rm(optedIn.root, { recursive: true });
});

// Issue 18.11: a host that redirects index.html to ./ made the worker store a redirected
// response, which the browser refuses to use for a navigation: offline, the page broke.
test('a host that redirects index.html to ./ still works offline', async () => {
  const hosted = await hostedCopy('app');
  const server = await startServer(hosted.root, 0, { redirect: (path) => (path === '/app/index.html' ? '/app/' : null) });
  const page = await browser.context.newPage();
  await page.goto(`${hosted.url(server)}?lang=en`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await until(page, async () => !!navigator.serviceWorker.controller, 'the worker controls the page');
  const url = new URL('index.html?lang=en', hosted.url(server)).href;
  await server.close(); // offline from here on
  await page.goto(url);
  await page.locator('[data-screen="intro"]').waitFor();
  await page.close();
  await rm(hosted.root, { recursive: true });
});
