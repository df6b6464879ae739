// Writes a stored-data fixture the way a reader makes one: a build's dist/ in Chromium, a rich
// book filled through the widget itself, then what localStorage holds, byte for byte.
// Run it on the build before a schema change, keep its output for ever under
// tests/support/fixtures/ (README.md there), and the tests load it with every later build.
//
//   node scripts/capture-fixture.mjs DIST OUT.json
//
// The book: three clients left (one named with two finished assessments and filled plan notes,
// one unnamed and untouched, one named and open in the middle of the questionnaire), one deleted
// after its assessment, an export, and the reader's language chosen. It drives the English screens
// by their visible names, so it fits the build it was written with; a later build's texts
// may need the names updated — the fixtures it wrote stay as they are.
import { readFile, writeFile } from 'node:fs/promises';
import { launch } from '../e2e/browser.mjs';
import { startServer } from '../e2e/serve.mjs';

const [dist, out] = process.argv.slice(2);
if (!dist || !out) throw new Error('usage: node scripts/capture-fixture.mjs DIST OUT.json');

const server = await startServer(dist);
const browser = await launch();
const page = await browser.context.newPage();
const widget = page.locator('[data-client-triage]');
const stored = () => page.evaluate(() => localStorage.getItem('client-triage'));

/** Waits until the stored value changed from `before` (the widget writes after each change). */
async function saved(before) {
  await page.waitForFunction((old) => localStorage.getItem('client-triage') !== old, before);
}

/** Types the client's name; it is taken when the field is left. */
async function nameClient(name) {
  const field = widget.getByLabel('For which client? (optional)');
  await field.fill(name);
  await field.press('Tab');
}

async function openClients() {
  const panel = widget.locator('details.ct-panel');
  if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
}

/** A persona's answers (tests/support/personas.txt) as each question's answer position, which
 *  the radios carry as their value (src/core/questions.rs gives the order). */
async function persona(name, replaced = {}) {
  const row = (await readFile('tests/support/personas.txt', 'utf8')).split('\n').find((l) => l.startsWith(`${name} `));
  const questions = (await readFile('src/core/questions.rs', 'utf8'))
    .split(/QuestionDef \{\s*id:/)
    .slice(1)
    .map((block) => [...block.matchAll(/\b(?:a|flagged|gap)\("([a-z_]+)"/g)].map((m) => m[1]));
  return row.trim().split(/\s+/).slice(3).map((id, q) => {
    const at = questions[q].indexOf(replaced[q + 1] ?? id);
    if (at < 0) throw new Error(`capture-fixture: no answer ${id} to question ${q + 1}`);
    return at;
  });
}

/** Answers every question with the answer at `answers[n]` (the first where none is given) and
 *  shows the result. */
async function answerAll(answers) {
  for (let n = 1; ; n += 1) {
    const screen = await widget.locator('[data-screen]').getAttribute('data-screen');
    if (screen !== 'question') break;
    await widget.locator(`[role=progressbar][aria-valuenow="${n}"]`).waitFor();
    await widget.locator(`input[type=radio][value="${answers[n - 1] ?? 0}"]`).check();
    await widget.locator('button[type=submit]').click();
    await widget.locator(`[role=progressbar][aria-valuenow="${n + 1}"], [data-screen="review"]`).first().waitFor();
  }
  await widget.getByRole('button', { name: 'Show my result' }).first().click();
  await widget.locator('[data-screen="result"]').waitFor();
}

/** From the result: Start over, which keeps the history and empties the draft. */
async function startOver() {
  await widget.getByRole('button', { name: 'Start over' }).first().click();
  await widget.locator('[data-screen="intro"]').waitFor();
}

/** Unfolds the result and types into every field of its plan builders; a solution added. */
async function fillNotes() {
  const folded = widget.locator('details:not([open]) > summary');
  while (await folded.count()) await folded.first().click();
  const before = await stored();
  const texts = widget.locator('.ct-builder input[type=text]');
  for (let i = 0; i < (await texts.count()); i += 1) {
    await texts.nth(i).fill(`Eintrag ${i + 1}: Anna Beispiel, „Kunde“ & Co`);
    await texts.nth(i).press('Tab');
  }
  const dates = widget.locator('.ct-builder input[type=date]');
  for (let i = 0; i < (await dates.count()); i += 1) {
    await dates.nth(i).fill('2026-12-15');
    await dates.nth(i).press('Tab');
  }
  const addOption = widget.getByRole('button', { name: 'Add a solution' });
  if (await addOption.count()) await addOption.first().click();
  const choice = widget.locator('.ct-choice input');
  if (await choice.count()) await choice.first().check();
  await saved(before);
}

await page.goto(`${server.url}?lang=en`);
await widget.locator('[data-screen="intro"]').waitFor();

// 1. "Agentur Nord & Söhne": three finished assessments (mediate, terminate, mediate), the notes of
//    the first two plans filled in.
let before = await stored();
await nameClient('Agentur Nord & Söhne "Web"');
await saved(before);
await widget.locator('.ct-start').click();
await answerAll(await persona('fair-complaint-email-loops'));
await fillNotes();
await startOver();
await widget.locator('.ct-start').click();
await answerAll(await persona('threatening-client'));
await fillNotes();
await startOver();
// A third with legal threats only (question 17's answer added in schema 5's time).
await widget.locator('.ct-start').click();
await answerAll(await persona('fair-complaint-email-loops', { 17: 'legal_threats' }));
await startOver();

// 2. "Zu löschen": assessed, then deleted.
await openClients();
await widget.getByRole('button', { name: 'Add another client' }).click();
await nameClient('Zu löschen');
await widget.locator('.ct-start').click();
await answerAll([]);
await startOver();
await openClients();
await widget.getByRole('button', { name: 'Delete “Zu löschen”' }).click();
before = await stored();
await widget.getByRole('button', { name: 'Yes, delete' }).click();
await saved(before);

// 3. An unnamed client nobody started.
await openClients();
before = await stored();
await widget.getByRole('button', { name: 'Add another client' }).click();
await saved(before);

// 4. An export.
before = await stored();
const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Export all (JSON)' }).first().click()]);
await download.cancel().catch(() => {});
await saved(before);

// 5. "Müller GmbH", the open one: in the middle of the questionnaire.
await openClients();
await widget.getByRole('button', { name: 'Add another client' }).click();
before = await stored();
await nameClient('Müller GmbH');
await saved(before);
await widget.locator('.ct-start').click();
for (let n = 1; n <= 4; n += 1) {
  await widget.locator(`[role=progressbar][aria-valuenow="${n}"]`).waitFor();
  await widget.getByRole('radio').last().check();
  await widget.locator('button[type=submit]').click();
}
await widget.locator('[role=progressbar][aria-valuenow="5"]').waitFor();
before = await stored();
await widget.getByRole('radio').first().check();
await saved(before);

// 6. The reader chooses German.
before = await stored();
await widget.getByRole('button', { name: 'Deutsch' }).first().click();
await saved(before);

const raw = await stored();
const book = JSON.parse(raw);
const summary = book.clients.map((c) => `${c.label || '(unnamed)'}: ${c.draft.screen}, ${c.history?.length ?? 0} finished`).join('; ');
console.log(`capture-fixture: version ${book.version}, ${book.clients.length} clients (${summary}), ${book.deleted.length} deleted, exported ${book.exported ?? 'never'}, lang ${book.lang}`);
if (book.clients.length < 3 || book.deleted.length < 1 || !book.exported || !book.clients.some((c) => (c.history?.length ?? 0) >= 2)) {
  throw new Error('capture-fixture: the book is not as rich as intended; look at the steps above');
}
await writeFile(out, raw);
await page.close();
await browser.close();
await server.close();
