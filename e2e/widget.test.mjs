// End-to-end: the built dist/ in real Chromium, driven like a reader would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resetStorage, watch, QUESTION_COUNT, RECORD_RESULTS, servedSuite } from './browser.mjs';
let server;
let browser;
servedSuite((opened) => ({ server, browser } = opened));

/** Waits until question `n` (1-based) is on screen. */
function atQuestion(page, n) {
  return page.locator(`[role=progressbar][aria-valuenow="${n}"]`).waitFor();
}

async function fresh(path = '') {
  const page = await browser.context.newPage();
  await resetStorage(page, server.url);
  await page.addInitScript(RECORD_RESULTS);
  const log = watch(page);
  await page.goto(server.url + path);
  await page.locator('[data-screen="intro"]').waitFor();
  return { page, log };
}

test('dist loads cleanly: intro, no errors, no foreign requests, native radios in labels', async () => {
  const { page, log } = await fresh('?lang=en');
  await assert.doesNotReject(page.getByText('send your data anywhere').waitFor());
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.locator('[data-screen="question"]').waitFor();
  const first = page.getByRole('radio').first();
  await first.waitFor();
  assert.equal(await page.getByRole('radio').count(), 3, 'the first question has three answers');
  assert.equal(await first.evaluate((el) => el.parentElement.tagName), 'LABEL');
  assert.equal(await first.evaluate((el) => el.type), 'radio');
  assert.ok(await page.getByRole('heading', { level: 2 }).isVisible(), 'question heading visible');

  assert.deepEqual(log.errors, [], 'no console errors');
  assert.deepEqual(log.failed, [], 'no failed requests');
  const origin = new URL(server.url).origin;
  const foreign = log.requests.filter((url) => new URL(url).origin !== origin);
  assert.deepEqual(foreign, [], 'no request leaves the page origin');
  await page.close();
});

test('keyboard only: every question answered with arrows and Enter reaches the result', async () => {
  const { page, log } = await fresh('?lang=en');
  const start = page.getByRole('button', { name: 'Start the assessment' });
  await start.focus();
  await page.keyboard.press('Enter');
  for (let n = 1; n <= QUESTION_COUNT; n += 1) {
    // The bar is for the eye (aria-hidden); the heading is described by the same position.
    const bar = page.locator('[role=progressbar]');
    await atQuestion(page, n);
    assert.equal(await bar.getAttribute('aria-valuemax'), String(QUESTION_COUNT));
    assert.match(await page.locator('.ct-progress-text').innerText(), new RegExp(`^${n} / ${QUESTION_COUNT}$`));
    // Focus sits on the question heading; Tab enters the radio group, arrows pick an answer.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }
  await page.locator('[data-screen="review"]').waitFor();
  // At the top of the review and again at its end: Tab reaches the first one.
  const showResult = page.getByRole('button', { name: 'Show my result' }).first();
  for (let i = 0; i < 60 && !(await showResult.evaluate((el) => el.matches(':focus'))); i += 1) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.locator('[data-screen="result"]').waitFor();

  const result = page.locator('[data-strategy]');
  const strategy = await result.getAttribute('data-strategy');
  assert.match(strategy, /^(detach|mediate|terminate)$/);
  const scores = await result.getAttribute('data-scores');
  const parts = Object.fromEntries(scores.split(',').map((p) => p.split(':')).map(([k, v]) => [k, Number(v)]));
  assert.deepEqual(Object.keys(parts), ['detach', 'mediate', 'terminate']);
  assert.equal(parts.detach + parts.mediate + parts.terminate, 100);

  const events = await page.evaluate(() => window.__ctResults);
  assert.equal(events.length, 1, 'the result event fires once');
  assert.equal(events[0].detail.strategy, strategy, 'event and data-strategy agree');
  assert.deepEqual(events[0].detail.scores, parts, 'event and data-scores agree');
  assert.equal(events[0].target, 'DIV', 'dispatched on the host element');
  assert.deepEqual(log.errors, []);
  await page.close();
});

/** Every text of the widget's screen a reader sees or hears: the text of each element
 *  without child elements, and the accessible names, placeholders and titles. */
const screenTexts = (page) =>
  page.locator('[data-client-triage]').evaluate((host) => {
    const texts = new Set();
    for (const el of host.shadowRoot.querySelectorAll('[data-screen] *')) {
      if (!el.children.length && el.textContent.trim()) texts.add(el.textContent.trim());
      for (const name of ['aria-label', 'placeholder', 'title']) if (el.getAttribute(name)) texts.add(el.getAttribute(name).trim());
    }
    return [...texts];
  });

test('?lang=de and ?lang=en choose the language of every text', async () => {
  const seen = {};
  for (const [lang, start] of [['de', 'Einschätzung starten'], ['en', 'Start the assessment']]) {
    const { page } = await fresh(`?lang=${lang}`);
    assert.equal(await page.locator('.ct').getAttribute('lang'), lang);
    const intro = await screenTexts(page);
    await page.getByRole('button', { name: start }).click();
    await atQuestion(page, 1);
    await page.locator('button[type=submit]').click(); // the missing-answer message too
    await page.locator('.ct-error').waitFor();
    seen[lang] = [...intro, ...(await screenTexts(page))];
    assert.ok(seen[lang].length > 10, `${lang}: ${seen[lang].length} texts`);
    await page.close();
  }
  // The same text in both is a text in one language on the other's screen — except what has
  // no language: numbers, the client's name, the language switch naming the other language.
  const neutral = (text) => !/\p{L}{3}/u.test(text) || ['Deutsch', 'English'].includes(text);
  const shared = seen.de.filter((text) => seen.en.includes(text) && !neutral(text));
  assert.deepEqual(shared, [], 'texts on both the German and the English screens');
});

test('a reload mid-questionnaire returns to the same question with the same answers', async () => {
  const { page } = await fresh('?lang=en');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByRole('radio').nth(2).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio').nth(1).check();
  await page.reload();
  await atQuestion(page, 2);
  assert.ok(await page.getByRole('radio').nth(1).isChecked());
  await page.getByRole('button', { name: 'Back' }).click();
  await atQuestion(page, 1);
  assert.ok(await page.getByRole('radio').nth(2).isChecked());
  await page.close();
});

// Issue 13: the next question is patched into the same elements (no rebuild per answer), and
// every question still shows only its own answer.
test('answering patches the question screen in place, and each question keeps its own answer', async () => {
  const { page } = await fresh('?lang=en');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await atQuestion(page, 1);
  const form = page.locator('form.ct-question');
  await form.evaluate((el) => { el.ctMark = 'first form'; });
  const checked = () => page.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.checked));
  await page.getByRole('radio').nth(2).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await atQuestion(page, 2);
  assert.ok((await checked()).every((c) => !c), 'question 2 starts unanswered');
  await page.getByRole('radio').nth(1).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await atQuestion(page, 3);
  assert.ok((await checked()).every((c) => !c), 'question 3 starts unanswered');
  await page.getByRole('button', { name: 'Back' }).click();
  await atQuestion(page, 2);
  assert.equal((await checked()).indexOf(true), 1, 'question 2 keeps its answer');
  await page.getByRole('button', { name: 'Back' }).click();
  await atQuestion(page, 1);
  assert.equal((await checked()).indexOf(true), 2, 'question 1 keeps its answer');
  assert.equal(await form.evaluate((el) => el.ctMark), 'first form', 'the same form element throughout');
  await page.close();
});

// Safari and iOS VoiceOver leave focus on the question heading when an answer and Next are
// tapped: the next question's heading must still receive focus, or nothing announces it.
test('Next moves focus to a new heading even when focus never left the last one', async () => {
  const { page } = await fresh('?lang=en');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await atQuestion(page, 1);
  const focusedHeadings = () => page.locator('[data-client-triage]').evaluate((host) => host.__ctFocused);
  await page.locator('[data-client-triage]').evaluate((host) => {
    host.__ctFocused = [];
    host.shadowRoot.addEventListener('focusin', (e) => e.target.matches('h2') && host.__ctFocused.push(e.target.textContent));
    host.shadowRoot.querySelector('h2').focus();
    // Script clicks, like a tap in Safari, do not move focus.
    host.shadowRoot.querySelector('input[type=radio]').click();
    host.shadowRoot.querySelector('button[type=submit]').click();
  });
  await atQuestion(page, 2);
  const heard = await focusedHeadings();
  const second = await page.locator('.ct-heading').textContent();
  assert.equal(heard.at(-1), second, `focus landed on question 2's heading (focus events: ${JSON.stringify(heard)})`);
  await page.close();
});
