// The start screen before the module (issue 13): the loader shows the intro and question 1 from
// the reader's language file, pre-rendered by the widget's own component; they work at once, and
// the module takes over from exactly that state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AFTER_NEXT_FRAME, QUESTION_COUNT, RECORD_RESULTS, axe, personaEnvelope, personas, plainSuite, watch } from './browser.mjs';
import { snippetPost } from './hosting.mjs';

const suite = plainSuite();
const PHONE = { viewport: { width: 375, height: 740 }, locale: 'de-DE' };

/** A page whose wasm response waits until `release()`: the module cannot start before. */
async function heldBack(options = PHONE) {
  const page = await suite.newPage(options);
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return { page, release };
}

/** `heldBack` on the standalone page, opened. */
async function openHeldBack(options) {
  const { page, release } = await heldBack(options);
  await page.goto(`${suite.server.url}index.html`);
  return { page, release, host: page.locator('[data-client-triage]') };
}

/** The widget's root (pre-rendered or the module's) as markup with sorted attributes and without
 *  `data-screen` (which only the module's carries), for comparing the two. */
const markup = (page) =>
  page.locator('[data-client-triage]').evaluate((host) => {
    const write = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.data;
      // An empty style is what a click by the test tool may leave. An input's value and
      // checkedness as the reader sees them, whichever way they were set.
      const attributes = [...node.attributes]
        .filter((a) => !['data-screen', 'value', 'checked'].includes(a.name) && !(a.name === 'style' && !a.value))
        .map((a) => `${a.name}="${a.value}"`)
        .concat(node.localName === 'input' ? [`value="${node.value}"`, `checked="${node.checked}"`] : [])
        .sort()
        .join(' ');
      return `<${node.localName} ${attributes}>${[...node.childNodes].map(write).join('')}</${node.localName}>`;
    };
    return write(host.shadowRoot.querySelector('.ct'));
  });

/** Waits until the loader has had the language file, and so has decided whether to show a
 *  start screen: the file's styles go into the shadow root, and the decision follows in the
 *  same turn (a frame later for one that shows). */
async function languageFileTaken(page) {
  await page.waitForFunction(() => document.querySelector('[data-client-triage]')?.shadowRoot?.adoptedStyleSheets[0]?.cssRules.length > 0);
  await page.evaluate(AFTER_NEXT_FRAME);
}

const moduleScreen = (page) => page.locator('[data-client-triage] [data-screen]');
const prerendered = (page) => page.locator('[data-client-triage] .ct:not([data-screen])');

test('before the module: the intro shows, Start and question 1 work; the module continues from there', async () => {
  const { page, release } = await heldBack();
  await page.addInitScript(RECORD_RESULTS);
  const log = watch(page);
  await page.goto(`${suite.server.url}index.html`);
  const host = page.locator('[data-client-triage]');
  await prerendered(page).waitFor();
  assert.equal(await moduleScreen(page).count(), 0, 'the module has not started');
  await host.getByLabel('Für welchen Kunden?').fill('Agentur Nord');
  await host.getByRole('button', { name: 'Einschätzung starten' }).click();
  await host.getByRole('heading', { name: 'Worum geht es in dem Konflikt vor allem?' }).waitFor();
  assert.ok(await host.locator('h2').evaluate((h) => h === h.getRootNode().activeElement), 'focus on the question, as the module does');
  await host.getByRole('radio').nth(1).check();
  assert.equal(await host.getByRole('radio').nth(1).evaluate((r) => r === r.getRootNode().activeElement), true);
  await page.screenshot({ path: 'e2e/screenshots/prerender-answered-de-375.png' });
  const before = await markup(page);
  const box = await host.boundingBox();
  assert.equal(await moduleScreen(page).count(), 0, 'still without the module');

  release();
  await page.locator('[data-client-triage] [data-screen="question"]').waitFor();
  assert.equal(await markup(page), before, 'the module draws the same screen');
  assert.deepEqual(await host.boundingBox(), box, 'in the same place and size');
  assert.ok(await host.getByRole('radio').nth(1).isChecked(), 'the answer is still chosen');
  assert.ok(
    await host.getByRole('radio').nth(1).evaluate((r) => r === r.getRootNode().activeElement),
    'focus stays on it',
  );
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('client-triage') ?? 'null')?.clients?.[0]?.label === 'Agentur Nord');
  await host.getByRole('button', { name: 'Weiter' }).click();

  // The rest of the way: exactly one result at the end.
  for (let n = 2; n <= QUESTION_COUNT; n += 1) {
    await host.locator(`[role=progressbar][aria-valuenow="${n}"]`).waitFor();
    await host.getByRole('radio').first().check();
    await host.locator('button[type=submit]').click();
  }
  await host.locator('[data-screen="review"]').waitFor();
  await host.getByRole('button', { name: 'Ergebnis anzeigen' }).first().click();
  await host.locator('[data-strategy]').waitFor();
  await page.evaluate(AFTER_NEXT_FRAME); // a second event would have come by now
  assert.equal(await page.evaluate(() => window.__ctResults.length), 1, 'one client-triage:result');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('Next before the module waits for it and then goes to question 2; so does Back to the intro', async () => {
  for (const [button, then] of [
    ['Weiter', '[role=progressbar][aria-valuenow="2"]'],
    ['Zurück', '[data-screen="intro"]'],
  ]) {
    const { page, release, host } = await openHeldBack();
    await host.getByRole('button', { name: 'Einschätzung starten' }).click();
    await host.getByRole('radio').first().check();
    await host.getByRole('button', { name: button }).click();
    // The click waits: the start screen goes inert until the module carries it out.
    await page.waitForFunction(() => document.querySelector('[data-client-triage]').shadowRoot.querySelector('.ct').inert);
    assert.equal(await moduleScreen(page).count(), 0);
    assert.equal(await prerendered(page).locator('input[type=radio]:checked').count(), 1, 'still question 1, answered');
    release();
    await host.locator(then).waitFor();
    if (button === 'Zurück') {
      // Back keeps the answer: the intro offers to continue.
      await host.getByRole('button', { name: 'Einschätzung fortsetzen' }).waitFor();
    }
    await page.close();
  }
});

test('the pre-rendered intro and question 1 are the module’s own, in both languages, and pass axe', async () => {
  for (const lang of ['de', 'en']) {
    const { page, release, host } = await openHeldBack({ ...PHONE, locale: lang === 'de' ? 'de-DE' : 'en-GB' });
    await prerendered(page).waitFor();
    const intro = await markup(page);
    await page.screenshot({ path: `e2e/screenshots/prerender-intro-${lang}-375.png` });
    await axe(page, `the pre-rendered intro (${lang})`);
    await host.locator('.ct-start').click();
    await host.locator('input[type=radio]').first().waitFor();
    const question = await markup(page);
    await page.screenshot({ path: `e2e/screenshots/prerender-question-${lang}-375.png` });
    await axe(page, `the pre-rendered question 1 (${lang})`);
    release();
    await page.locator('[data-client-triage] [data-screen="question"]').waitFor();
    assert.equal(await markup(page), question, `question 1 (${lang})`);
    await host.locator('.ct-question button[type=button]').click();
    await page.locator('[data-client-triage] [data-screen="intro"]').waitFor();
    assert.equal(await markup(page), intro, `the intro (${lang})`);
    await page.close();
  }
});

test("index.html carries the start screen in its HTML: the reader's language shows before any script file, styled, and Start and question 1 work; the module continues; nothing shifts", async () => {
  const html = await (await fetch(`${suite.server.url}index.html`)).text();
  assert.match(html, /<div data-client-triage><template shadowrootmode="open"><style>[\s\S]+?<\/style><div data-ct-start="de">.*<div data-ct-start="en">/);
  for (const [locale, shown, hidden] of [['de-DE', 'Schwieriger Kunde', 'en'], ['en-GB', 'Difficult client', 'de']]) {
    const page = await suite.newPage({ ...PHONE, locale });
    // No script file arrives: what shows is the page's own HTML (and its inline script).
    let release;
    const released = new Promise((resolve) => (release = resolve));
    await page.route(/embed\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.addInitScript(() => {
      window.__cls = 0;
      window.__shifts = new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__cls += e.hadRecentInput ? 0 : e.value)));
      window.__shifts.observe({ type: 'layout-shift', buffered: true });
    });
    // Module scripts hold DOMContentLoaded back: wait for the page's body instead.
    await page.goto(`${suite.server.url}index.html`, { waitUntil: 'commit' });
    const host = page.locator('[data-client-triage]');
    await host.locator('.ct-title').filter({ visible: true }).waitFor();
    const title = host.locator('.ct-title').filter({ visible: true });
    assert.equal(await title.count(), 1, `one start screen shows (${locale})`);
    assert.ok((await title.textContent()).startsWith(shown));
    // The other language's screen is hidden by the head's script, then removed by the early one.
    assert.ok(await host.locator(`[data-ct-start="${hidden}"]`).evaluateAll((e) => e.every((each) => getComputedStyle(each).display === 'none')));
    assert.equal(await host.locator('.ct-start').filter({ visible: true }).evaluate((b) => getComputedStyle(b).minHeight), '44px', 'styled');
    // Still no embed.js: the page's own early script makes Start and the answers work.
    await host.locator('.ct-start').filter({ visible: true }).click();
    await host.locator('input[type=radio]').first().check();
    assert.equal(await host.locator('[data-screen]').count(), 0, 'question 1 before the module');
    assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /embed\.js$/.test(r.name)).length), 0, 'embed.js not yet here');
    release();
    await host.locator('[data-screen="question"]').waitFor();
    assert.ok(await host.locator('input[type=radio]').first().isChecked());
    // The module has taken over (the page's own start screen is gone) and drawn a frame since:
    // every shift of the takeover is measured by then, delivered or still queued.
    await host.locator('[data-ct-start]').waitFor({ state: 'detached' });
    const cls = await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      window.__shifts.takeRecords().forEach((e) => (window.__cls += e.hadRecentInput ? 0 : e.value));
      return window.__cls;
    });
    assert.equal(cls, 0, `no layout shift (${locale})`);
    await page.close();
  }
});

// Re-review 5: with the start screen working before the loader, a reader whose embed.js never
// came could start and answer, then Next did nothing, and nothing said why.
test("index.html without its loader (embed.js blocked or gone): the start screen says the tool could not be loaded", async () => {
  const page = await suite.newPage({ ...PHONE, locale: 'en-GB' });
  await page.route(/embed\.js$/, (route) => route.abort());
  await page.goto(`${suite.server.url}index.html`);
  const panel = page.locator('[data-client-triage] [data-ct-fallback="failed"]');
  await panel.getByText('The tool could not be loaded').waitFor();
  assert.ok(await panel.getByRole('button', { name: 'Try again' }).isVisible());
  await page.close();
});

test('Start pressed on the start screen and released once the module has taken over still starts', async () => {
  const { page, release, host } = await openHeldBack();
  const start = host.locator('.ct-start').filter({ visible: true });
  await start.hover();
  await page.mouse.down();
  release();
  // The module's screen (the intro, or already question 1: the loader clicks for the reader).
  await host.locator('[data-screen]').waitFor();
  await page.mouse.up(); // on the module's screen: no click event anywhere
  await host.locator('[data-screen="question"]').waitFor();
  await page.close();
});

test('a reader with stored data sees no pre-rendered screen: the module opens theirs', async () => {
  const [persona] = await personas();
  const stored = await personaEnvelope(persona.name);
  const { page, release } = await heldBack();
  await page.addInitScript((value) => localStorage.setItem('client-triage', value), stored);
  // Before the loader runs (it removes the page's start screen over stored data): hidden already.
  let loader;
  const loaded = new Promise((resolve) => (loader = resolve));
  await page.route(/embed\.js$/, async (route) => {
    await loaded;
    await route.continue();
  });
  await page.goto(`${suite.server.url}index.html`, { waitUntil: 'commit' });
  // Hidden by the head's script, then removed by the early one as the parser passes it.
  await page.waitForFunction(() => document.querySelector('[data-client-triage]')?.shadowRoot);
  assert.equal(await page.locator('[data-client-triage] .ct').filter({ visible: true }).count(), 0, "the page's start screen stays hidden over stored data");
  loader();
  await languageFileTaken(page);
  assert.equal(await page.locator('[data-client-triage] .ct').count(), 0, 'nothing pre-rendered over stored data');
  release();
  await page.locator('[data-client-triage] [data-strategy]').waitFor();
  await page.close();
});

test('the single file from file:// shows the start screen before its module, too', async () => {
  const page = await suite.newPage(PHONE);
  // What the reader sees at each frame: the pre-rendered root, then the module's.
  await page.addInitScript(() => {
    window.__seen = [];
    const look = () => {
      const root = document.querySelector('[data-client-triage]')?.shadowRoot?.querySelector('.ct');
      const kind = root ? (root.dataset.screen ? 'module' : 'prerendered') : null;
      if (kind && window.__seen.at(-1) !== kind) window.__seen.push(kind);
      if (kind !== 'module') requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(pathToFileURL(resolve('dist/client-triage.html')).href);
  await page.locator('[data-client-triage] [data-screen="intro"]').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__seen), ['prerendered', 'module']);
  await page.close();
});

test('a waiting click finds its own button when the module draws more (a name typed, then the language)', async () => {
  const { page, release, host } = await openHeldBack();
  await host.getByLabel('Für welchen Kunden?').fill('Agentur Nord');
  await host.getByRole('button', { name: 'English' }).click();
  release();
  // With a name the module's intro has the client's tools too: the click must not land by position.
  await host.locator('[data-screen="intro"][lang="en"]').waitFor();
  assert.equal(await host.getByLabel('For which client?').inputValue(), 'Agentur Nord');
  assert.ok(await host.locator('.ct-lang').evaluate((b) => b === b.getRootNode().activeElement), 'focus back on the language button');
  assert.equal(await host.evaluate((h) => h.getAttributeNames().filter((n) => /^data-ct-(label|answer)$/.test(n)).length), 0, 'no reader input left on the host');
  await page.close();
});

test('data under a host key from before the prefix: the module opens it, in its language; a host value there is not ours', async () => {
  const [persona] = await personas();
  const stored = JSON.parse(await personaEnvelope(persona.name));
  stored.lang = 'en';
  const { page, release } = await heldBack();
  await page.route(/\/legacy\.html$/, (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="de"><title>legacy</title><link rel="icon" href="data:,"><div data-client-triage data-storage-key="old-key"></div><div data-client-triage data-storage-key="prefs"></div><script type="module" src="./embed.js"></script>',
  }));
  // Under `prefs`, the host's own value that merely looks like an envelope (issue 26, item 6).
  await page.addInitScript((value) => {
    localStorage.setItem('old-key', value);
    localStorage.setItem('prefs', '{"version":3,"lang":"en"}');
  }, JSON.stringify(stored));
  await page.goto(`${suite.server.url}legacy.html`);
  const [old, prefs] = [page.locator('[data-client-triage]').first(), page.locator('[data-client-triage]').last()];
  // The loader reads only the widget's own key: its start screen shows on both, in German.
  await prerendered(page).nth(1).waitFor();
  assert.equal(await prefs.locator('.ct').getAttribute('lang'), 'de', 'the host value does not choose the language');
  release();
  const result = old.locator('[data-screen="result"]');
  await result.waitFor();
  assert.equal(await result.getAttribute('lang'), 'en', 'the language the reader chose');
  await prefs.locator('[data-screen="intro"]').waitFor();
  assert.equal(await prefs.locator('[data-screen="intro"]').getAttribute('lang'), 'de');
  const kept = await page.evaluate(() => [localStorage.getItem('old-key'), localStorage.getItem('prefs'), localStorage.getItem('client-triage:prefs')]);
  assert.equal(kept[0], JSON.stringify(stored), 'copied, not moved');
  assert.deepEqual(kept.slice(1), ['{"version":3,"lang":"en"}', null], 'the host value untouched and not taken');
  await page.close();
});

test('without constructable style sheets the start screen and the module are styled by a <style>', async () => {
  const { page, release } = await heldBack();
  await page.addInitScript(() => { delete CSSStyleSheet.prototype.replaceSync; });
  await page.goto(`${suite.server.url}index.html`);
  const border = () => page.locator('[data-client-triage] .ct').evaluate((root) => getComputedStyle(root).borderTopStyle);
  await prerendered(page).waitFor();
  assert.equal(await border(), 'solid', 'the start screen');
  release();
  await moduleScreen(page).waitFor();
  assert.equal(await border(), 'solid', 'the module');
  await page.close();
});

test('an import clicked before the module opens the file picker once the module is there', async () => {
  const { page, release, host } = await openHeldBack();
  await host.getByLabel('Für welchen Kunden?').fill('Agentur Nord');
  await host.locator('summary').click();
  await host.locator('.ct-file').click();
  const picker = page.waitForEvent('filechooser', { timeout: 5000 });
  release();
  // The module lists the named client above the import: the click must find the file field.
  await host.locator('[data-screen="intro"]').waitFor();
  assert.ok(await host.locator('details').evaluate((d) => d.open), 'the section stays open');
  const chooser = await picker;
  assert.equal(await chooser.element().evaluate((input) => input.id.replace(/^ct\d+-/, '')), 'import-file');
  await page.close();
});

// Issue 26 (re-review 2, paths 1 and 2): a page that brought its start screen in one language (the
// snippet, the WordPress plugin) said "Nothing is stored yet" to a returning reader until the
// loader ran, with an import that did nothing; and the name typed there was dropped over stored
// data or when the reader's language was the other one.
test('the snippet’s start screen: no “nothing stored” before the loader; a name typed there is kept over stored data and in the other language', async () => {
  const post = await snippetPost('dist', 'en', '<h1>Post</h1>');
  const stored = await personaEnvelope((await personas())[0].name, 'Stored Client');
  for (const [what, path, planted] of [['over stored data', 'snippet.html', stored], ['in the other language', 'snippet.html?lang=de', null]]) {
    const page = await suite.newPage({ locale: 'en-GB' });
    await page.route(/\/snippet\.html(\?.*)?$/, (route) => route.fulfill({ contentType: 'text/html', body: post }));
    if (planted) await page.addInitScript((value) => localStorage.getItem('client-triage') ?? localStorage.setItem('client-triage', value), planted);
    let loader;
    const held = new Promise((resolve) => (loader = resolve));
    await page.route(/embed\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${suite.server.url}${path}`, { waitUntil: 'commit' });
    const host = page.locator('[data-client-triage]');
    const name = host.getByLabel('For which client? (optional)');
    await name.waitFor();
    // Behind "My clients & data": "Nothing is stored yet" and an import that would do nothing.
    assert.equal(await host.locator('summary').filter({ visible: true }).count(), 0, `${what}: no data section before the loader knows the data`);
    await name.fill('Typed Client');
    loader();
    await host.locator('[data-screen="intro"]').waitFor();
    const field = host.locator('.ct-input');
    assert.equal(await field.inputValue(), 'Typed Client', `${what}: the name is in the field`);
    await page.waitForFunction(() => localStorage.getItem('client-triage')?.includes('Typed Client'));
    const labels = JSON.parse(await page.evaluate(() => localStorage.getItem('client-triage'))).clients.map((c) => c.label);
    assert.deepEqual(labels, planted ? ['Stored Client', 'Typed Client'] : ['Typed Client'], `${what}: saved, beside what was stored`);
    if (!planted) assert.equal(await host.getByLabel('Für welchen Kunden? (optional)').count(), 1, 'the German start screen took the name');
    await page.close();
  }
});
