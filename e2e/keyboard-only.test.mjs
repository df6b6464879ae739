// One reader who never touches the mouse (issue 28, item 13.1): the whole flow with the keys a
// keyboard user has — Tab, Shift+Tab, Space, Enter and the arrows — and nothing else. No click,
// no element.focus() from the test: every control is reached the way a reader reaches it.
// Start screen (a client's name typed), every question, the review, the result; there Copy plan
// (the clipboard holds plain text), the reminder (.ics), the export (.json); then everything is
// deleted and the export is imported again through the file chooser the keyboard opens, and the
// data is what it was. After every key, focus must be on a control with a name and a visible
// focus ring — never on <body>, never on nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AFTER_NEXT_FRAME, QUESTION_COUNT, resetStorage, servedSuite } from './browser.mjs';

let server;
let browser;
servedSuite((opened) => ({ server, browser } = opened));

const NAME = 'Agency Keyboard';

/**
 * In the page: what has focus (through the shadow roots) as "kind: name", and what is wrong
 * with it, if anything: nothing focused, <body>, no accessible name, not rendered, or no ring
 * to see (an outline, on the element or on the control around it that shows it, such as the
 * import button's label around its file input).
 */
const FOCUS = () => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body || el === document.documentElement) return { at: el ? el.tagName.toLowerCase() : 'nothing', problem: 'focus is on no control' };
  if (el.shadowRoot) return { at: 'the widget host', problem: 'focus is on the host, on nothing inside the widget' };
  const words = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const name = words(el.getAttribute('aria-label'))
    || words(el.labels?.[0]?.textContent)
    || (el.getAttribute('aria-labelledby') ? words(el.getRootNode().getElementById(el.getAttribute('aria-labelledby'))?.textContent) : '')
    || words(el.textContent);
  const kind = el.type === 'radio' || el.type === 'file' ? el.type : el.tagName.toLowerCase();
  const at = `${kind}: ${name}`;
  const interactive = el.matches('button, input, select, textarea, summary, a[href], [tabindex]');
  if (!interactive) return { at, problem: 'not a control' };
  if (!name) return { at, problem: 'no accessible name' };
  const rect = el.getBoundingClientRect();
  if (!el.getClientRects().length || rect.width === 0 || rect.height === 0) return { at, problem: 'not rendered' };
  if (rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth) return { at, problem: 'scrolled out of view' };
  // The ring: an outline of at least 2 px on the element, or on an ancestor that draws it
  // for it (:focus-within), itself rendered and not transparent.
  const opaque = (node) => {
    for (let n = node; n && n.nodeType === 1; n = n.parentElement ?? n.getRootNode().host) {
      if (Number(getComputedStyle(n).opacity) === 0 || getComputedStyle(n).visibility !== 'visible') return false;
    }
    return true;
  };
  for (let n = el, depth = 0; n && depth < 3; n = n.parentElement, depth += 1) {
    const style = getComputedStyle(n);
    const width = parseFloat(style.outlineWidth);
    const transparent = /rgba\(.*,\s*0\)$|transparent/.test(style.outlineColor);
    if (style.outlineStyle !== 'none' && width >= 2 && !transparent && opaque(n)) return { at, problem: null };
  }
  return { at, problem: `no focus ring of at least 2 px (outline ${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth})` };
};

/** After a key: the reactions have run, focus has settled, and it is fine. Returns where it is. */
async function settled(page, after) {
  let state;
  for (let i = 0; i < 40; i += 1) {
    await page.evaluate(AFTER_NEXT_FRAME);
    state = await page.evaluate(FOCUS);
    if (!state.problem) return state.at;
    await page.waitForTimeout(25); // focus moves to a new screen's heading a moment after it is drawn
  }
  assert.fail(`after ${after}: ${state.problem} (${state.at})`);
}

/** Presses one key and checks focus afterwards; returns where focus is. */
async function press(page, key) {
  await page.keyboard.press(key);
  return settled(page, key);
}

/** Tab (or Shift+Tab) until focus is on `target` ("kind: name" or a RegExp for it). */
async function tabTo(page, target, key = 'Tab', most = 40) {
  const seen = [];
  for (let i = 0; i < most; i += 1) {
    const at = await press(page, key, seen.length ? `${seen.join(' → ')} → ` : '');
    seen.push(at);
    if (typeof target === 'string' ? at === target : target.test(at)) return at;
  }
  assert.fail(`${key} never reached ${target}; it went through ${seen.join(' → ')}`);
}

/** Waits until focus is on `target`, checking it all along (a new screen focuses its heading). */
async function focusIs(page, target, what) {
  let at;
  for (let i = 0; i < 40; i += 1) {
    at = await settled(page, what);
    if (typeof target === 'string' ? at === target : target.test(at)) return at;
    await page.waitForTimeout(25);
  }
  assert.fail(`${what}: focus is on ${at}, not ${target}`);
}

/** The plan document of the result as plain text should be: its blocks, list numbers as "1.". */
const DOC_TEXT = (host) => {
  const doc = host.shadowRoot.querySelector('section.ct-plan .ct-doc');
  const text = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    let out = '';
    if (node.tagName === 'LI') {
      const list = node.parentElement;
      out += list.tagName === 'OL' ? `${Number(list.getAttribute('start') ?? 1) + [...list.children].indexOf(node)}. ` : '- ';
    }
    for (const child of node.childNodes) out += text(child);
    return `${out}\n`;
  };
  return text(doc);
};

const storedJson = async (page) => JSON.parse(await page.evaluate(() => localStorage.getItem('client-triage')));

test('keyboard only: name, every question, result, copy, reminder, export, delete all, import by the file chooser; focus always visible on a named control', async () => {
  const page = await browser.context.newPage();
  // Listened for from the start: the browser intercepts a file chooser only once told to, and a
  // listener added just before the key press was told too late once on a loaded machine (the
  // clean run of 76cbaa9: no "filechooser" event).
  const chooser = new Promise((resolve) => page.once('filechooser', resolve));
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await resetStorage(page, server.url);
  await page.goto(`${server.url}?lang=en`);
  await page.locator('[data-screen="intro"]').waitFor();
  assert.equal((await page.evaluate(FOCUS)).at, 'body', 'the page starts with nothing focused');
  const t0 = Date.now();

  // Start screen: the name, then Start.
  await tabTo(page, 'input: For which client? (optional)');
  await page.keyboard.type(NAME); // typing is keys too
  await settled(page, 'typing the name');
  await tabTo(page, 'button: Start the assessment');
  await press(page, 'Enter');

  // Every question: its heading takes focus, Tab enters the answers, Space or the arrows choose.
  const chosen = [];
  for (let n = 1; n <= QUESTION_COUNT; n += 1) {
    await page.locator(`[role=progressbar][aria-valuenow="${n}"]`).waitFor();
    const heading = await focusIs(page, /^h2: /, `question ${n} opened`);
    const first = await press(page, 'Tab');
    assert.match(first, /^radio: /, `question ${n} (${heading}): Tab from the heading reaches the answers`);
    const moves = n % 3;
    if (moves === 0) await press(page, 'Space'); // the first answer
    for (let i = 0; i < moves; i += 1) await press(page, 'ArrowDown');
    const answer = await page.locator('[data-client-triage]').evaluate((host) => [...host.shadowRoot.querySelectorAll('input[type=radio]')].findIndex((r) => r.checked));
    assert.equal(answer, moves, `question ${n}: the keys chose answer ${moves}`);
    chosen.push(answer);
    await press(page, 'Enter'); // submits the question's form: Next
  }

  // The review: Tab along its Change buttons to "Show my result".
  await page.locator('[data-screen="review"]').waitFor();
  await focusIs(page, 'h2: Your answers', 'the review opened');
  await tabTo(page, 'button: Show my result');
  await press(page, 'Space');
  await page.locator('[data-screen="result"]').waitFor();
  await focusIs(page, /^h2: Recommendation: /, 'the result opened');
  const draft = (await storedJson(page)).clients[0];
  assert.equal(draft.label, NAME, 'the typed name is saved');
  assert.equal(draft.history.length, 1, 'the finished assessment is in the history');
  assert.equal(Object.keys(draft.history[0].answers).length, QUESTION_COUNT, 'with every answer');

  // Copy plan: the clipboard holds the plan as plain text and nothing else.
  await tabTo(page, 'button: Copy plan');
  await press(page, 'Enter');
  await page.locator('section.ct-plan .ct-status', { hasText: 'The plan is on the clipboard.' }).waitFor();
  await settled(page, 'Copy plan');
  const clipboard = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    return { types: items.flatMap((item) => item.types), text: await navigator.clipboard.readText() };
  });
  assert.deepEqual(clipboard.types, ['text/plain'], 'plain text only, no HTML');
  assert.ok(clipboard.text.includes(NAME), 'the plan names the client');
  assert.doesNotMatch(clipboard.text, /<[a-z/]|\*\*|^#|\\[[\]\\*_#-]/m, 'no markup: no tags, no Markdown emphasis, headings or escapes');
  const doc = await page.locator('[data-client-triage]').evaluate(DOC_TEXT);
  assert.equal(clipboard.text.replace(/\s+/g, ''), doc.replace(/\s+/g, ''), 'the whole plan document, as shown');

  // The export the result offers once: a download of the data as JSON.
  await tabTo(page, 'button: Export a copy (JSON)');
  const [exportFile] = await Promise.all([page.waitForEvent('download'), press(page, 'Enter')]);
  const exported = await readFile(await exportFile.path(), 'utf8');
  assert.match(exportFile.suggestedFilename(), /\.json$/);
  assert.deepEqual(JSON.parse(exported).clients, (await storedJson(page)).clients, 'the export is what is stored');
  await focusIs(page, 'summary: Remind me to check again', 'the offer gone, focus on the next control');

  // The reminder: open the fold, the first choice downloads a calendar file.
  await press(page, 'Enter');
  assert.ok(await page.locator('.ct-reminder').evaluate((d) => d.open), 'Enter opened the reminder');
  await tabTo(page, 'button: In 1 week');
  const inAWeek = () => {
    const day = new Date(Date.now() + 7 * 86400e3);
    return `${day.getFullYear()}${String(day.getMonth() + 1).padStart(2, '0')}${String(day.getDate()).padStart(2, '0')}`;
  };
  const dueFrom = inAWeek();
  const [icsFile] = await Promise.all([page.waitForEvent('download'), press(page, 'Enter')]);
  const dueTo = inAWeek(); // the same day unless midnight passed meanwhile
  const ics = await readFile(await icsFile.path(), 'utf8');
  assert.match(icsFile.suggestedFilename(), /\.ics$/);
  assert.match(ics, /^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT[\s\S]*END:VCALENDAR\r\n$/, 'a calendar file');
  assert.match(ics, new RegExp(`DTSTART[^:]*:(${dueFrom}|${dueTo})`), `due in a week (${dueFrom})`);
  await settled(page, 'the calendar download');

  // Back to the start screen, delete everything, import the export again.
  await tabTo(page, 'button: Start over');
  await press(page, 'Enter');
  await page.locator('[data-screen="intro"]').waitFor();
  await focusIs(page, /^h2: /, 'Start over: the start screen opened');
  await tabTo(page, 'summary: My clients & data');
  await press(page, 'Enter');
  await tabTo(page, 'button: Delete all data');
  await press(page, 'Enter');
  await focusIs(page, 'button: Cancel', 'the confirmation opened on its safe choice');
  await tabTo(page, 'button: Yes, delete', 'Shift+Tab');
  await press(page, 'Space');
  await page.locator('.ct-intro').getByText('Nothing is stored yet.').waitFor();
  await settled(page, 'deleting everything');
  assert.equal(await page.evaluate(() => localStorage.getItem('client-triage')), null, 'nothing is stored');

  await tabTo(page, 'file: Import a file');
  await page.keyboard.press('Enter');
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('Enter on the import opened no file chooser')), 30_000).unref());
  await (await Promise.race([chooser, timeout])).setFiles({ name: exportFile.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(exported) });
  // The export was taken on the result, so the client comes back on its result.
  await page.locator('[data-screen="result"]').waitFor();
  await focusIs(page, /^h2: Recommendation: /, 'the import brought the client back on its result');
  await settled(page, 'the import');
  assert.deepEqual((await storedJson(page)).clients, JSON.parse(exported).clients, 'the same data as before, history and all');
  console.log(`${QUESTION_COUNT} questions (answers ${chosen.join('')}) and the result's actions by keyboard in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await page.close();
});
