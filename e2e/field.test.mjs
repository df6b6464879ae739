// Nothing lost on a real blog (issue 26): storage that is full or shared, a deletion of all data,
// the start screen's handover, pages that add their widgets later, and what a host opts into.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { envelope, openData, personaEnvelope, personas, plainSuite } from './browser.mjs';

const suite = plainSuite();
const KEY = 'client-triage';
const BROKEN = '{"version":2,"broken":';

/** The origin's localStorage as an object. */
const storage = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

/** A page of the test server with `body` (hosts and the loader) at `path`. */
async function hostPage(page, path, body) {
  await page.route(new RegExp(`/${path}$`), (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><title>${path}</title><link rel="icon" href="data:,"><body>${body}</body></html>`,
  }));
  await page.goto(`${suite.server.url}${path}`);
}

/** Storage set once for the context (a reload must not plant it again). */
const plant = (page, entries) =>
  page.addInitScript((values) => {
    if (sessionStorage.getItem('planted')) return;
    sessionStorage.setItem('planted', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);

/** A page whose wasm waits until `release()`: what the reader does before the module. */
async function heldBack(options) {
  const page = await suite.newPage(options);
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return { page, release };
}

test('an unreadable value with every backup slot taken is never written over; Delete all clears it', async () => {
  const page = await suite.newPage({ locale: 'en-GB' });
  const backups = { [`${KEY}.backup`]: 'one', [`${KEY}.backup-2`]: 'two', [`${KEY}.backup-3`]: 'three' };
  await plant(page, { ...backups, [KEY]: BROKEN });
  await page.goto(`${suite.server.url}index.html?lang=en`);
  const notice = page.locator('.ct-notice');
  await notice.getByText('no room to keep a copy').waitFor();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('[role=progressbar][aria-valuenow="2"]').waitFor();
  assert.deepEqual(await storage(page), { ...backups, [KEY]: BROKEN }, 'nothing written over it');
  // The notice's button gives the reader the value itself.
  const [file] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button').click()]);
  assert.equal(file.suggestedFilename(), 'client-triage-unreadable.json');

  // Delete all data removes it and the backups; saving works again.
  await page.reload();
  await openData(page);
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await page.locator('.ct-confirm .ct-danger').click();
  await page.waitForFunction(() => localStorage.length === 0);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByRole('radio').first().check();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.clients?.length === 1, KEY);
  await page.close();
});

test('data-storage-key="client-triage" leaves the default data where it is', async () => {
  const [persona] = await personas();
  const stored = await personaEnvelope(persona.name);
  const page = await suite.newPage({ locale: 'en-GB' });
  await plant(page, { [KEY]: stored });
  await hostPage(page, 'own-key.html', '<div data-client-triage data-storage-key="client-triage"></div><script type="module" src="./embed.js"></script>');
  await page.locator('[data-screen="intro"]').waitFor();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByRole('radio').first().check();
  await page.waitForFunction(() => localStorage.getItem('client-triage:client-triage') !== null);
  assert.equal((await storage(page))[KEY], stored, 'the default key keeps its data');
  // The standalone page still opens the reader's result.
  await page.goto(`${suite.server.url}index.html`);
  await page.locator('[data-strategy]').waitFor();
  await page.close();
});

test('Delete all data leaves nothing behind, and another open tab lets go of it', async () => {
  const [persona] = await personas();
  const page = await suite.newPage({ locale: 'en-GB' });
  const stored = envelope(persona.answers, { label: 'Secret Client', screen: 'intro' });
  await plant(page, { [KEY]: stored, [`${KEY}.backup`]: 'old data' });
  await page.goto(`${suite.server.url}index.html?lang=en`);
  const other = await page.context().newPage();
  await other.goto(`${suite.server.url}index.html?lang=en`);
  for (const tab of [page, other]) await tab.getByRole('button', { name: 'Continue the assessment' }).waitFor();

  await openData(page);
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await page.locator('.ct-confirm .ct-danger').click();
  await page.waitForFunction(() => localStorage.length === 0);
  // The other tab drops the client too, and its next change writes nothing of it back.
  await other.getByRole('button', { name: 'Start the assessment' }).click();
  await other.getByRole('radio').first().check();
  await other.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  const after = await storage(other);
  assert.deepEqual(Object.keys(after), [KEY]);
  assert.ok(!after[KEY].includes('Secret Client'), after[KEY]);
  assert.deepEqual(JSON.parse(after[KEY]).deleted, [], 'no deleted ids with their creation times');
  await page.close();
});

test('the name typed on the start screen never appears in the page’s DOM', async () => {
  const { page, release } = await heldBack({ locale: 'en-GB' });
  await page.addInitScript(() => {
    window.__seen = [];
    new MutationObserver((records) => {
      for (const r of records) if (r.type === 'attributes') window.__seen.push(`${r.attributeName}=${r.target.getAttribute(r.attributeName)}`);
    }).observe(document, { attributes: true, subtree: true });
  });
  await page.goto(`${suite.server.url}index.html?lang=en`);
  const host = page.locator('[data-client-triage]');
  await host.getByLabel('For which client? (optional)').fill('Confidential GmbH');
  await host.getByRole('button', { name: 'Start the assessment' }).click();
  await host.getByRole('radio').nth(1).check();
  release();
  await host.locator('[data-screen="question"]').waitFor();
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes('Confidential GmbH'), KEY);
  const seen = await page.evaluate(() => window.__seen);
  assert.ok(!seen.some((change) => change.includes('Confidential')), seen.join('\n'));
  assert.ok(await host.getByRole('radio').nth(1).isChecked(), 'the answer came over');
  await page.close();
});

test('a waiting Next is not carried out on another question that another tab’s draft opens', async () => {
  const [persona] = await personas();
  const { page, release } = await heldBack({ locale: 'en-GB' });
  await page.goto(`${suite.server.url}index.html?lang=en`);
  const host = page.locator('[data-client-triage]');
  await host.getByRole('button', { name: 'Start the assessment' }).click();
  await host.getByRole('radio').first().check();
  await host.getByRole('button', { name: 'Next' }).click();
  // Meanwhile another tab saved a draft on question 5, its answers given up to there.
  const firstFive = Object.fromEntries(Object.entries(persona.answers).slice(0, 5));
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, envelope(firstFive, { screen: 'question', question: 'fairness' })]);
  release();
  await host.locator('[data-screen="question"]').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await host.locator('[role=progressbar]').getAttribute('aria-valuenow'), '5', 'still on question 5');
  await page.close();
});

test('hosts added later get their widget: a page swapped by script (pushState), a saved data-ct-mounted', async () => {
  const page = await suite.newPage({ locale: 'en-GB' });
  await hostPage(page, 'pjax.html', `<main><p>First page, no widget.</p><a href="#" id="next">Next post</a></main><script type="module" src="./embed.js"></script>`);
  await page.waitForTimeout(300); // the loader has looked and found no host
  // As PJAX/Turbo do: the content is swapped and the address changes, without a page load.
  await page.evaluate(() => {
    history.pushState({}, '', 'second-post.html');
    document.querySelector('main').innerHTML =
      '<h1>Second post</h1><div data-client-triage data-lang="en" data-storage-key="pjax"></div>' +
      '<div data-client-triage data-lang="en" data-storage-key="snapshot" data-ct-mounted=""></div>';
  });
  const hosts = page.locator('[data-client-triage]');
  await hosts.nth(0).locator('[data-screen="intro"]').waitFor();
  await hosts.nth(1).locator('[data-screen="intro"]').waitFor();
  // And once the module runs, a host added after that (infinite scroll) mounts at once.
  await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<section><div data-client-triage data-lang="en" data-storage-key="scrolled"></div></section>'));
  await hosts.nth(2).locator('[data-screen="intro"]').waitFor();
  await hosts.nth(2).getByRole('button', { name: 'Start the assessment' }).click();
  await hosts.nth(2).locator('[role=progressbar][aria-valuenow="1"]').waitFor();
  await page.close();
});

/** Counts navigator.storage.persist() calls in `window.__persist`. */
function countPersist() {
  window.__persist = 0;
  if (!navigator.storage) return;
  navigator.storage.persist = async () => {
    window.__persist += 1;
    return false;
  };
}

test('the browser is asked to keep the data only on the standalone page or where the host opts in', async () => {
  const [persona] = await personas();
  const atReview = envelope(persona.answers, { screen: 'review' });
  const finish = async (page, host) => {
    await host.locator('[data-screen="review"] .ct-primary').first().click();
    await host.locator('[data-strategy]').waitFor();
    await page.waitForTimeout(200);
    return page.evaluate(() => window.__persist);
  };
  for (const [where, attributes, asked] of [['blog', '', 0], ['blog, opted in', ' data-persist="on"', 1], ['standalone', null, 1]]) {
    const page = await suite.newPage({ locale: 'en-GB' });
    await page.addInitScript(countPersist);
    await plant(page, { [attributes === null ? KEY : `${KEY}:p`]: atReview });
    if (attributes === null) await page.goto(`${suite.server.url}index.html?lang=en`);
    else await hostPage(page, 'post.html', `<div data-client-triage data-storage-key="p"${attributes}></div><script type="module" src="./embed.js"></script>`);
    assert.equal(await finish(page, page.locator('[data-client-triage]')), asked, where);
    await page.close();
  }
});

test('a press on Start while the module takes over is not lost (the bench’s lost Start)', async () => {
  const { page, release } = await heldBack({ locale: 'en-GB' });
  await page.goto(`${suite.server.url}index.html?lang=en`);
  const host = page.locator('[data-client-triage]');
  const start = host.getByRole('button', { name: 'Start the assessment' });
  const box = await start.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  release();
  // Long enough for the module to start and draw, were it allowed to during the press.
  await host.locator('[data-screen]').waitFor({ timeout: 3000 }).catch(() => {});
  await page.mouse.up();
  await host.locator('[role=progressbar][aria-valuenow="1"]').waitFor({ timeout: 5000 });
  await host.locator('[data-screen="question"]').waitFor();
  await page.close();
});
