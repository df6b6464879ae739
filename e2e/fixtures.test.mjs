// Real old data (issue 28.11): every fixture in tests/support/fixtures/ — bytes that a real
// build wrote to localStorage — opens in this build on the screen it was left on (a review or
// result that lacks a question added since opens on that question: the advice depends on it),
// with no notice, every client listed, and is written back whole after the next change.
// (tests/schema.rs checks the same files natively, down to the byte.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { plainSuite, watch } from './browser.mjs';

const DIR = 'tests/support/fixtures';
const suite = plainSuite();
const fixtures = (await readdir(DIR)).filter((name) => name.endsWith('.json')).sort();

test('there are fixtures to load', () => {
  assert.ok(fixtures.length >= 2, fixtures.join(', '));
});

for (const name of fixtures) {
  test(`${name} opens where it was left, with every client, and is written back whole`, async () => {
    const raw = (await readFile(join(DIR, name), 'utf8')).trim();
    const book = JSON.parse(raw);
    const current = book.clients.find((client) => client.id === book.current);
    const page = await suite.newPage();
    const log = watch(page);
    await page.addInitScript((value) => localStorage.setItem('client-triage', value), raw);
    await page.goto(`${suite.server.url}index.html`);
    const widget = page.locator('[data-client-triage]');
    // Questions added since this build wrote it (schema 6: where the job stands).
    const added = ['stage'].filter((id) => !(id in current.draft.answers));
    const finished = ['review', 'result'].includes(current.draft.screen);
    const screen = widget.locator(`[data-screen="${finished && added.length ? 'question' : current.draft.screen}"]`);
    await screen.waitFor();
    assert.equal(await widget.locator('.ct-notice').count(), 0, 'no storage notice');
    if (book.lang) assert.equal(await screen.getAttribute('lang'), book.lang, 'the language the reader chose');
    if (current.draft.screen === 'intro' && book.clients.length > 1) {
      const listed = await widget.locator('.ct-client-list label').allTextContents();
      for (const client of book.clients.filter((c) => c.label)) {
        assert.ok(listed.some((text) => text.includes(client.label)), `${client.label} listed: ${listed.join(' | ')}`);
      }
      assert.equal(listed.length, book.clients.length, 'one entry per client');
    }
    // A change: the whole book is written again in today's form.
    await widget.getByRole('button', { name: /^(English|Deutsch)$/ }).first().click();
    await page.waitForFunction((before) => localStorage.getItem('client-triage') !== before, raw);
    const written = JSON.parse(await page.evaluate(() => localStorage.getItem('client-triage')));
    assert.deepEqual(written.clients.map((c) => [c.id, c.label, c.history?.length ?? 0]), book.clients.map((c) => [c.id, c.label, c.history?.length ?? 0]));
    assert.deepEqual(written.deleted, book.deleted);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
}
