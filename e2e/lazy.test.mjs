// Lazy loading on long posts (issue 13): a blog reader pays only for the loader until a widget
// comes within about one screen; data-load="eager" and the standalone page load at once (the
// single file has no loader: it carries the module).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainSuite, watch } from './browser.mjs';

const MODULE = /client-triage-[0-9a-f]+(_bg\.wasm|\.js)$/;
const suite = plainSuite();
const newPage = () => suite.newPage({ viewport: { width: 1280, height: 800 } });

const moduleRequests = (log) => log.requests.filter((url) => MODULE.test(new URL(url).pathname));

/** Init script: every URL the page fetches, recorded in the page as it asks (the module and
 *  its language file are fetched; the glue is imported, and the request log has it). */
const RECORD_FETCHES = () => {
  window.__fetched = [];
  const fetch = window.fetch;
  window.fetch = (input, init) => {
    window.__fetched.push(String(input instanceof Request ? input.url : input));
    return fetch(input, init);
  };
};

/** Waits until the loader's view of how near the widget is has been brought up to date: an
 *  IntersectionObserver with the loader's margin, made now, reports in the same rendering
 *  step as the loader's (or a later one), and the loader starts loading in its callback. */
const nearnessChecked = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const observer = new IntersectionObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(resolve)); // and whatever the loader queued
        }, { rootMargin: '100% 0px' });
        observer.observe(document.querySelector('[data-client-triage]'));
      }),
  );
const fetched = (page) => page.evaluate(() => window.__fetched.filter((url) => /_bg\.wasm|texts-/.test(url)));

test('a long post asks for no module until the widget comes near; then it loads and works', async () => {
  const page = await newPage();
  await page.addInitScript(RECORD_FETCHES);
  const log = watch(page);
  await page.goto(`${suite.server.url}blog-long.html`);
  const host = page.locator('[data-client-triage]');
  const screensDown = await host.evaluate((h) => h.getBoundingClientRect().top / innerHeight);
  assert.ok(screensDown > 3.2, `the widget is ${screensDown.toFixed(1)} screens down`);
  await nearnessChecked(page);
  assert.deepEqual(await fetched(page), [], 'nothing of the module before scrolling');
  assert.deepEqual(moduleRequests(log), [], 'nothing of the module before scrolling');

  await page.mouse.wheel(0, 800); // one screen down: the widget is still more than a screen away
  await page.waitForFunction(() => scrollY >= 800);
  await nearnessChecked(page);
  assert.deepEqual(await fetched(page), [], 'one screen down: still nothing');
  assert.deepEqual(moduleRequests(log), [], 'one screen down: still nothing');

  await Promise.all([
    page.waitForResponse(/_bg\.wasm$/),
    page.evaluate(() => scrollTo(0, document.querySelector('[data-client-triage]').offsetTop - 1.8 * innerHeight)),
  ]);
  await host.locator('[data-screen="intro"]').waitFor();
  await host.getByRole('button', { name: 'Einschätzung starten' }).click();
  await host.locator('[data-screen="question"]').waitFor();
  await host.getByRole('radio').first().check();
  await host.locator('button[type=submit]').click();
  await host.locator('[role=progressbar][aria-valuenow="2"]').waitFor();
  assert.equal(moduleRequests(log).length, 2, 'the glue and the wasm, once each');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('data-load="eager" loads at once, and so does the standalone page, even far down', async () => {
  const page = await newPage();
  const log = watch(page);
  // Both pages with their widget three screens down.
  const farDown = (html) => html.replace(/<div data-client-triage/, '<div style="height: 300vh"></div>$&');
  await page.route(/blog-long\.html$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('data-client-triage ', 'data-client-triage data-load="eager" ');
    await route.fulfill({ response, body });
  });
  await page.route(/\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: farDown(await response.text()) });
  });
  await page.goto(`${suite.server.url}blog-long.html`);
  await page.locator('[data-client-triage] [data-screen="intro"]').waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => scrollY), 0, 'without scrolling');
  assert.equal(moduleRequests(log).length, 2);

  // index.html preloads the module itself, so only the mounted widget tells that it started.
  await page.goto(`${suite.server.url}?lang=en`);
  const screensDown = await page.locator('[data-client-triage]').evaluate((h) => h.getBoundingClientRect().top / innerHeight);
  assert.ok(screensDown > 2.5, `the standalone widget is ${screensDown.toFixed(1)} screens down`);
  await page.locator('[data-client-triage] [data-screen="intro"]').waitFor({ state: 'attached', timeout: 10_000 });
  assert.equal(await page.evaluate(() => scrollY), 0, 'without scrolling');
  await page.close();
});
