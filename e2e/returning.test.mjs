// Coming back (issue 16): the browser is asked to keep the data after a finished assessment,
// and a reader without a recent export is offered a copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, download, envelope, openData, personas, resetStorage, servedSuite, SHOTS } from './browser.mjs';

let server;
let browser;
servedSuite((opened) => ({ server, browser } = opened));

/** Records every call to navigator.storage.persist / persisted and answers them as told. */
const STUB_STORAGE = (granted) => {
  window.__keepCalls = [];
  const answer = (name, value) => () => {
    window.__keepCalls.push(name);
    return Promise.resolve(value);
  };
  Object.defineProperty(Navigator.prototype, 'storage', {
    configurable: true,
    get: () => ({ persist: answer('persist', granted), persisted: answer('persisted', false) }),
  });
};

async function open({ stored, lang = 'en', init, arg } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 375, height: 740 });
  await resetStorage(page, server.url, stored ? { 'client-triage': stored } : {});
  if (init) await page.addInitScript(init, arg);
  await page.goto(`${server.url}?lang=${lang}`);
  await page.locator('[data-screen]').waitFor();
  return page;
}

/** A client on the review screen with every question answered: one click finishes it. */
async function atReview(label = 'Agency X') {
  const persona = (await personas()).find((p) => p.strategy === 'mediate');
  return envelope(persona.answers, { label, screen: 'review' });
}

test('a finished assessment asks the browser once to keep the data, and the data panel says what it granted', async () => {
  const page = await open({ stored: await atReview(), init: STUB_STORAGE, arg: true });
  assert.deepEqual(await page.evaluate(() => window.__keepCalls), ['persisted'], 'a page view only looks');
  await page.getByRole('button', { name: 'Show my result' }).first().click();
  await page.locator('[data-screen="result"]').waitFor();
  await page.waitForFunction(() => window.__keepCalls.includes('persist'));
  assert.deepEqual(await page.evaluate(() => window.__keepCalls), ['persisted', 'persist'], 'asked once after the finish');
  await page.getByRole('button', { name: 'Start over' }).click();
  await openData(page);
  await page.getByText('This browser has agreed to keep it until you delete it.').waitFor();
  assert.equal(await page.getByText(/Safari also deletes it/).count(), 0);
});

test('where the browser does not keep it, the panel says it may go, and what Safari and the home screen do', async () => {
  const page = await open({ stored: await atReview(), init: STUB_STORAGE, arg: false });
  await page.getByRole('button', { name: 'Show my result' }).first().click();
  await page.waitForFunction(() => window.__keepCalls.includes('persist'));
  await page.getByRole('button', { name: 'Start over' }).click();
  await openData(page);
  await page.getByText(/Safari also deletes it after seven days of browsing in which you don’t use this site\. If you open this page from your home screen/).waitFor();
});

test('the real navigator.storage in Chromium: what it answered is what the panel says', async () => {
  const page = await open({ stored: await atReview() });
  await page.getByRole('button', { name: 'Show my result' }).first().click();
  await page.locator('[data-screen="result"]').waitFor();
  const kept = await page.evaluate(() => navigator.storage.persisted());
  await page.getByRole('button', { name: 'Start over' }).click();
  await openData(page);
  const sentence = kept ? 'This browser has agreed to keep it' : 'The browser may delete it';
  await page.locator('.ct-data').getByText(sentence).waitFor();
  console.log(`# Chromium navigator.storage.persisted() after the finish: ${kept}`);
});

test('after a finish, an offer to save a copy: once, until an export or "Not now", remembered across reloads', async () => {
  const page = await open({ stored: await atReview() });
  const offer = page.locator('.ct-copy-offer');
  await page.getByRole('button', { name: 'Show my result' }).first().click();
  await offer.waitFor();
  await axe(page, 'result with the copy offer');
  await offer.screenshot({ path: `${SHOTS}/copy-offer-en-375.png` });
  await offer.getByRole('button', { name: 'Not now' }).click();
  await offer.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByRole('button', { name: 'Back to my answers' }).click();
  await page.getByRole('button', { name: 'Show my result' }).first().click();
  await page.locator('[data-screen="result"]').waitFor();
  assert.equal(await offer.count(), 0, 'closed is remembered');
  await page.close(); // an open tab would share its "Not now" with the next one

  // A reader who saves the copy: the file is the export, and the panel says when.
  const second = await open({ stored: await atReview('Shop Y') });
  await second.getByRole('button', { name: 'Show my result' }).first().click();
  const file = await download(second, () => second.locator('.ct-copy-offer').getByRole('button', { name: 'Export a copy (JSON)' }).click());
  assert.match(file.name, /^client-triage-\d{4}-\d\d-\d\d\.json$/);
  assert.equal(JSON.parse(file.text).clients[0].label, 'Shop Y');
  await second.locator('.ct-copy-offer').waitFor({ state: 'detached' });
  await second.getByRole('button', { name: 'Start over' }).click();
  await openData(second);
  await second.locator('.ct-data').getByText(/^Last export: \d+\u00a0[A-Z][a-z]{2}\u00a0\d{4}\.$/).waitFor();
  assert.ok(JSON.parse(await second.evaluate(() => localStorage.getItem('client-triage'))).exported, 'the export time is kept');
});

test('a reader who never finished sees no offer, and the panel says nothing was exported', async () => {
  const page = await open({ stored: envelope({}, { screen: 'intro' }) });
  await openData(page);
  await page.locator('.ct-data').getByText('Not exported yet.').waitFor();
  assert.equal(await page.locator('.ct-copy-offer').count(), 0);
});
