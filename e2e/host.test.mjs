// The host page is safe from the widget (issue 18): no other script can fake a crash, printing
// a plan leaves the blog's own printing intact, a Trusted Types page works, and a host can turn
// the result event off. (Storage keys of the host: tests/browser.rs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './serve.mjs';
import { resetStorage, AFTER_NEXT_FRAME, RECORD_RESULTS, QUESTION_COUNT, servedSuite } from './browser.mjs';

let server;
let browser;
servedSuite((opened) => ({ server, browser } = opened));

async function open(url = `${server.url}?lang=en`) {
  const page = await browser.context.newPage();
  await resetStorage(page, new URL(url).origin + '/');
  await page.addInitScript(RECORD_RESULTS);
  await page.goto(url);
  await page.locator('[data-screen="intro"]').waitFor();
  return page;
}

async function finish(page) {
  await page.locator('.ct-start').click();
  for (let n = 1; n <= QUESTION_COUNT; n += 1) {
    await page.locator(`[role=progressbar][aria-valuenow="${n}"]`).waitFor();
    await page.getByRole('radio').first().check();
    await page.locator('button[type=submit]').click();
  }
  await page.locator('[data-screen="review"] .ct-primary').first().click();
  await page.locator('[data-screen="result"]').waitFor();
}

test('a script on the page cannot fake a crash and replace the widget', async () => {
  const page = await open();
  await page.evaluate(() => {
    window.dispatchEvent(new CustomEvent('client-triage:crash', { detail: 'spoofed' }));
    document.dispatchEvent(new CustomEvent('client-triage:crash', { detail: 'spoofed' }));
  });
  await page.evaluate(AFTER_NEXT_FRAME); // what would react to the events has had its turn
  assert.equal(await page.locator('[data-ct-fallback]').count(), 0, 'no crash panel');
  await page.locator('.ct-start').click();
  await page.locator('[data-screen="question"]').waitFor();
  await page.close();
});

test('after printing a plan, printing the blog post prints the post', async () => {
  const page = await open();
  await finish(page);
  // While the browser prints, the widget carries the mark that hides the page around it.
  await page.evaluate(() => {
    window.print = () => { window.__marked = document.querySelector('[data-client-triage]').hasAttribute('data-ct-printing'); };
  });
  await page.locator('[data-plan]').getByRole('button', { name: 'Print plan' }).click();
  assert.equal(await page.evaluate(() => window.__marked), true, 'marked while printing');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('[data-client-triage]').getAttribute('data-ct-printing'), null, 'the mark is gone');
  assert.equal(
    await page.locator('.page-title').evaluate((el) => getComputedStyle(el).visibility),
    'visible',
    'the host page prints as itself',
  );
  await page.close();
});

test('a page that requires Trusted Types runs the widget, retry included', async () => {
  const csp = "require-trusted-types-for 'script'; trusted-types 'none'";
  const strict = await startServer('dist', 0, { headers: () => ({ 'content-security-policy': csp }) });
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  let failOnce = true;
  await page.route(/_bg\.wasm/, (route) => {
    if (failOnce) {
      failOnce = false;
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(`${strict.url}?lang=en`);
  await page.locator('[data-ct-fallback="failed"]').waitFor();
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('[data-screen="intro"]').waitFor();
  await page.locator('.ct-start').click();
  await page.locator('[data-screen="question"]').waitFor();
  const trustedTypes = errors.filter((e) => /TrustedHTML|Trusted Type/i.test(e));
  assert.deepEqual(trustedTypes, [], 'no Trusted Types violation');
  await page.close();
  await strict.close();
});

test('data-events="off" keeps the result to the widget', async () => {
  // A fresh origin, so that no service worker from another test answers before the route.
  const fresh = await startServer('dist');
  const page = await browser.context.newPage();
  await page.addInitScript(RECORD_RESULTS);
  // The standalone page, with its host saying data-events="off".
  await page.route(/\/\?lang=en$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<div data-client-triage>', '<div data-client-triage data-events="off">');
    await route.fulfill({ response, body });
  });
  await page.goto(`${fresh.url}?lang=en`);
  await page.locator('[data-screen="intro"]').waitFor();
  assert.equal(await page.locator('[data-client-triage]').getAttribute('data-events'), 'off');
  await finish(page);
  assert.match(await page.locator('[data-strategy]').getAttribute('data-strategy'), /^(detach|mediate|terminate)$/);
  assert.deepEqual(await page.evaluate(() => window.__ctResults), [], 'no result event');
  await page.close();
  await fresh.close();
});
