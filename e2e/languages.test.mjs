// One file per language (issue 12): a reader downloads the words of their own language only;
// the other comes when they switch to it. Switching without a connection says so and changes
// nothing; a reader's own language that cannot be loaded gets the loader's "Try again".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainSuite, watch } from './browser.mjs';

const TEXTS = /\/texts-(de|en)-[0-9a-f]+\.txt$/;
const suite = plainSuite();
const germanReader = () => suite.newPage({ locale: 'de-DE' });

const languagesLoaded = (log) =>
  log.requests.map((url) => new URL(url).pathname.match(TEXTS)?.[1]).filter(Boolean);

test('a reader loads only their own language; the other comes when they switch', async () => {
  const page = await germanReader();
  const log = watch(page);
  await page.goto(`${suite.server.url}blog-long.html`);
  const host = page.locator('[data-client-triage]');
  await host.scrollIntoViewIfNeeded();
  await host.getByRole('button', { name: 'Einschätzung starten' }).waitFor();
  assert.deepEqual(languagesLoaded(log), ['de']);

  await host.getByRole('button', { name: 'English' }).click();
  await host.getByRole('button', { name: 'Start the assessment' }).waitFor();
  assert.deepEqual(languagesLoaded(log), ['de', 'en']);
  await host.getByRole('button', { name: 'Deutsch' }).click();
  await host.getByRole('button', { name: 'Einschätzung starten' }).waitFor();
  assert.deepEqual(languagesLoaded(log), ['de', 'en'], 'each language is loaded once');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('switching without a connection says so, keeps the widget working, and works later', async () => {
  const page = await germanReader();
  await page.route(/texts-en-[0-9a-f]+\.txt$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${suite.server.url}blog-long.html`);
  const host = page.locator('[data-client-triage]');
  await host.scrollIntoViewIfNeeded();
  await host.getByRole('button', { name: 'English' }).click();
  const alert = host.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /englische Fassung konnte nicht geladen werden/);
  assert.equal(await host.locator('.ct').getAttribute('lang'), 'de');
  await host.getByRole('button', { name: 'Einschätzung starten' }).click();
  await host.locator('[data-screen="question"]').waitFor();
  assert.equal(await host.getByRole('alert').count(), 0, 'a new screen drops the message');

  await page.unroute(/texts-en-[0-9a-f]+\.txt$/);
  await host.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.querySelector('[data-client-triage]').shadowRoot.querySelector('.ct').lang === 'en');
  assert.equal(await host.getByRole('alert').count(), 0);
  await page.close();
});

test("when the reader's own language cannot be loaded, the loader offers Try again", async () => {
  const page = await germanReader();
  const log = watch(page);
  let refuse = true;
  await page.route(/texts-de-[0-9a-f]+\.txt(\?.*)?$/, (route) => (refuse ? route.fulfill({ status: 503 }) : route.continue()));
  await page.goto(`${suite.server.url}?lang=de`);
  const host = page.locator('[data-client-triage]');
  await host.locator('[data-ct-fallback="failed"]').waitFor();
  assert.equal(await host.locator('[data-screen]').count(), 0);

  refuse = false;
  await host.getByRole('button', { name: 'Erneut versuchen' }).click();
  await host.getByRole('button', { name: 'Einschätzung starten' }).waitFor();
  assert.ok(log.errors.every((e) => /texts|503|loading failed/i.test(e)), log.errors.join('\n'));
  await page.close();
});

test("one widget's language failing leaves the other widget on the page working", async () => {
  const page = await germanReader();
  let refuse = true;
  await page.route(/texts-en-[0-9a-f]+\.txt(\?.*)?$/, (route) => (refuse ? route.fulfill({ status: 503 }) : route.continue()));
  await page.goto(`${suite.server.url}blog-demo.html`);
  const [german, english] = [page.locator('[data-client-triage][data-lang="de"]'), page.locator('[data-client-triage][data-lang="en"]')];
  await english.locator('[data-ct-fallback="failed"]').waitFor();
  await german.getByRole('button', { name: 'Einschätzung starten' }).click();
  await german.locator('[data-screen="question"]').waitFor();

  // Still failing: only that widget says so again; the module is not loaded a second time.
  const wasm = watch(page);
  await english.locator('[data-ct-fallback="failed"]').evaluate((panel) => { panel.dataset.before = ''; });
  await Promise.all([
    page.waitForResponse((response) => /texts-en-/.test(response.url()) && response.status() === 503),
    english.getByRole('button', { name: 'Try again' }).click(),
  ]);
  // The refused file gives a new panel (the one from before is gone).
  await english.locator('[data-ct-fallback="failed"]:not([data-before])').waitFor();
  assert.equal(await german.locator('[data-screen="question"]').count(), 1, 'the German widget kept its place');

  refuse = false;
  await english.getByRole('button', { name: 'Try again' }).click();
  await english.getByRole('button', { name: 'Start the assessment' }).waitFor();
  assert.equal(await german.locator('[data-screen="question"]').count(), 1, 'the German widget kept its place');
  assert.deepEqual(wasm.requests.filter((url) => /_bg\.wasm/.test(url)), [], 'the running module mounted it');
  await page.close();
});
