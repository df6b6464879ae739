// loader/embed/handover.js in Chromium: what the reader did on a start screen goes to the module
// as it mounts, and focus, the open section and a waiting click follow onto its screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HEADING_CLASS, INPUT_CLASS, ROOT_CLASS, SCREEN_ATTRIBUTE, START_CLASS } from '../generated/facts.js';
import { chromiumSuite } from './chromium.mjs';

const suite = chromiumSuite();

const INTRO = ['div', { class: ROOT_CLASS },
  ['h2', { class: HEADING_CLASS, tabindex: '-1' }, 'Difficult client'],
  ['input', { class: INPUT_CLASS, type: 'text', id: 'ct1-label' }],
  ['details', {}, ['summary', { id: 'ct1-data' }, 'My clients & data']],
  ['button', { type: 'button', class: START_CLASS }, 'Start'],
  ['button', { type: 'button', id: 'ct1-language' }, 'Deutsch']];
const QUESTION = ['div', { class: ROOT_CLASS },
  ['div', { role: 'progressbar', 'aria-valuenow': '1' }],
  ['form', {},
    ['h2', { class: HEADING_CLASS, tabindex: '-1' }, 'What is it about?'],
    ['input', { type: 'radio', name: 'q', value: 'manner', id: 'ct1-q-1' }],
    ['button', { type: 'submit', id: 'ct1-next' }, 'Next']]];

/** In the page: the start screen on host `a`, `act` done on it (with the module's helpers), then
 *  handOver, then the module's screen `drawn` (HTML) as the module draws it, one task later. */
async function takeover(page, act, drawn) {
  return page.evaluate(async ([screens, act, drawn]) => {
    const { prerender } = await import('/loader/embed/start-screen.js');
    const { handOver } = await import('/loader/embed/handover.js');
    const host = document.getElementById('a');
    const shown = prerender(host, screens);
    new Function('shadow', 'shown', act)(host.shadowRoot, shown);
    const handed = handOver(host, shown);
    const clicks = [];
    host.shadowRoot.addEventListener('click', (event) => clicks.push(event.target.id));
    // The module empties the shadow root and draws its own screen (ids with its own number).
    host.shadowRoot.replaceChildren();
    const root = document.createElement('div');
    host.shadowRoot.append(root);
    await new Promise((resolve) => setTimeout(resolve));
    root.innerHTML = drawn;
    await new Promise((resolve) => setTimeout(resolve));
    return { handed, clicks, focused: host.shadowRoot.activeElement?.id ?? null, open: host.shadowRoot.querySelector('details')?.open ?? null };
  }, [[INTRO, QUESTION], act, drawn]);
}

const MODULE_INTRO = `<div class="${ROOT_CLASS}" ${SCREEN_ATTRIBUTE}="intro"><input id="ct2-label"><details><summary id="ct2-data">My clients</summary></details><button id="ct2-language">Deutsch</button></div>`;
const MODULE_QUESTION = (n) => `<div class="${ROOT_CLASS}" ${SCREEN_ATTRIBUTE}="question"><div role="progressbar" aria-valuenow="${n}"></div><input type="radio" id="ct2-q-1"><button type="submit" id="ct2-next">Next</button></div>`;

test('on the intro: the name typed goes to the module; focus, the open section and a waiting click follow onto its intro', async () => {
  const page = await suite.open('<div id="a"></div>');
  const result = await takeover(
    page,
    `shadow.querySelector('input').value = 'Agency X';
     shadow.querySelector('details').open = true;
     shadow.getElementById('ct1-language').focus();
     shadow.getElementById('ct1-language').click();`,
    MODULE_INTRO,
  );
  assert.deepEqual(result, { handed: ['Agency X', undefined], clicks: ['ct2-language'], focused: 'ct2-language', open: true });
});

test('after Start: the name and the answer chosen; no name is none; focus follows onto question 1', async () => {
  const page = await suite.open('<div id="a"></div>');
  const result = await takeover(
    page,
    `shadow.querySelector('.${START_CLASS}').click();
     shadow.querySelector('[type=radio]').click();
     shadow.querySelector('[type=radio]').focus();`,
    MODULE_QUESTION(1),
  );
  assert.deepEqual(result, { handed: [undefined, 'manner'], clicks: [], focused: 'ct2-q-1', open: null });
  const none = await suite.open('<div id="a"></div>');
  const unanswered = await takeover(none, `shadow.querySelector('.${START_CLASS}').click();`, MODULE_QUESTION(1));
  assert.deepEqual(unanswered.handed, [undefined, ''], "Start clicked, no answer: ''");
});

test('another screen or another question than the start screen showed: nothing carries over', async () => {
  const page = await suite.open('<div id="a"></div>');
  const act = `shadow.querySelector('.${START_CLASS}').click();
     shadow.querySelector('[type=submit]').focus();
     shadow.querySelector('[type=submit]').click();`;
  assert.deepEqual(await takeover(page, act, MODULE_QUESTION(4)), { handed: [undefined, ''], clicks: [], focused: null, open: null });
  const other = await suite.open('<div id="a"></div>');
  assert.deepEqual((await takeover(other, act, MODULE_INTRO)).clicks, []);
});
