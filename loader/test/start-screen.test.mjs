// loader/embed/start-screen.js in Chromium: the start screen before the module, from trees (as a
// language file brings them) or from the page's own declarative shadow root.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_KEY, HEADING_CLASS, INPUT_CLASS, ROOT_CLASS, START_CLASS } from '../generated/facts.js';
import { chromiumSuite } from './chromium.mjs';

const suite = chromiumSuite();
const MODULE = '/loader/embed/start-screen.js';

/** An intro and question 1 as a language file brings them (much shortened). */
const SCREENS = [
  ['div', { class: ROOT_CLASS },
    ['h2', { class: `${HEADING_CLASS} ct-title`, tabindex: '-1', id: 'ct1-title' }, 'Difficult client'],
    ['input', { class: INPUT_CLASS, type: 'text', id: 'ct1-label' }],
    ['details', {}, ['summary', {}, 'My clients & data']],
    ['button', { type: 'button', class: `ct-primary ${START_CLASS}` }, 'Start'],
    ['button', { type: 'button', id: 'ct1-language' }, 'Deutsch'],
    ['svg', { viewBox: '0 0 1 1' }, ['path', { d: 'M0 0' }]]],
  ['div', { class: ROOT_CLASS },
    ['div', { role: 'progressbar', 'aria-valuenow': '1' }],
    ['form', {},
      ['h2', { class: HEADING_CLASS, tabindex: '-1' }, 'What is it about?'],
      ['input', { type: 'radio', name: 'q', value: 'dispute', id: 'ct1-q-0' }],
      ['button', { type: 'button' }, 'Back'],
      ['button', { type: 'submit' }, 'Next']]],
];

test('build: elements, attributes and text from a tree; svg in its namespace; no innerHTML', async () => {
  const page = await suite.open();
  const result = await page.evaluate(async ([path, intro]) => {
    const { build } = await import(path);
    const root = build(intro);
    return {
      html: root.querySelector('h2').outerHTML,
      svg: root.querySelector('path').namespaceURI,
      div: root.namespaceURI,
    };
  }, [MODULE, SCREENS[0]]);
  assert.deepEqual(result, {
    html: `<h2 class="${HEADING_CLASS} ct-title" tabindex="-1" id="ct1-title">Difficult client</h2>`,
    svg: 'http://www.w3.org/2000/svg',
    div: 'http://www.w3.org/1999/xhtml',
  });
});

test("controlKey: an id without the widget's number, else value, class and text; control finds it on another widget's screen", async () => {
  const page = await suite.open('<button id="ct12-next">Next</button><button class="x" value="v">Go</button><div id="other"><button id="ct3-next">Next</button></div>');
  const result = await page.evaluate(async (path) => {
    const { control, controlKey } = await import(path);
    const [next, go] = document.querySelectorAll('button');
    return [controlKey(next), controlKey(go), control(document.getElementById('other'), controlKey(next))?.id, control(document, null), controlKey(null)];
  }, MODULE);
  assert.deepEqual(result, ['next', 'vxGo', 'ct3-next', null, null]);
});

test('prerender: the intro in the host’s theme, with a name typed before; Start shows question 1 with its heading focused and keeps the name; any other button waits, inert', async () => {
  const page = await suite.open('<div id="a" data-theme=" dark "></div><div id="b" data-theme="neon"></div><div id="c"></div>');
  const result = await page.evaluate(async ([path, screens]) => {
    const { prerender } = await import(path);
    const [a, b] = ['a', 'b'].map((id) => document.getElementById(id));
    const shown = prerender(a, screens);
    const other = prerender(b, screens);
    const themes = [shown.root.dataset.theme, other.root.dataset.theme];
    const intro = shown.root;
    intro.querySelector('input').value = 'Agency X';
    intro.querySelector('.ct-start').click();
    const question = a.shadowRoot.querySelector('[role=progressbar]') !== null;
    const focused = a.shadowRoot.activeElement?.textContent;
    a.shadowRoot.querySelector('[type=radio]').click();
    a.shadowRoot.querySelectorAll('button')[0].focus();
    a.shadowRoot.querySelectorAll('button')[0].click();
    const afterBack = { screen: shown.screen, name: shown.name, waiting: shown.waiting, focused: shown.focused, inert: shown.root.inert };
    other.root.querySelector('form')?.requestSubmit?.();
    b.shadowRoot.querySelector('.ct-start').click();
    b.shadowRoot.querySelector('[type=submit]').click();
    const named = prerender(document.getElementById('c'), screens, undefined, 'Typed before').root.querySelector('input').value;
    return { themes, question, focused, afterBack, submitWaits: other.waiting, introGone: !intro.isConnected, named };
  }, [MODULE, SCREENS]);
  assert.deepEqual(result, {
    themes: ['dark', 'auto'],
    question: true,
    focused: 'What is it about?',
    afterBack: { screen: 'question', name: 'Agency X', waiting: 'Back', focused: 'Back', inert: true },
    submitWaits: 'Next',
    introGone: true,
    named: 'Typed before',
  });
});

test('prerender declines a host with stored data, with storage refused, that is mounted or shows a panel', async () => {
  const page = await suite.open('<div id="stored" data-storage-key="k"></div><div id="mounted"></div><div id="panel"></div><div id="free"></div>');
  const result = await page.evaluate(async ([path, screens, key]) => {
    localStorage.setItem(`${key}:k`, '{}');
    const { prerender } = await import(path);
    const { mounted, showPanel } = await import('/loader/embed/panels.js');
    const host = (id) => document.getElementById(id);
    mounted.add(host('mounted'));
    showPanel(host('panel'), 'failed');
    const results = ['stored', 'mounted', 'panel', 'free'].map((id) => prerender(host(id), screens) !== undefined);
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('no', 'SecurityError'); } });
    results.push(prerender(document.body.appendChild(document.createElement('div')), screens) !== undefined);
    return results;
  }, [MODULE, SCREENS, DEFAULT_KEY]);
  assert.deepEqual(result, [false, false, false, true, false]);
});

test('pressEnded: at once without a press; after the pointer comes up when one is held', async () => {
  const page = await suite.open('<div id="a"></div>');
  const result = await page.evaluate(async ([path, screens]) => {
    const { prerender, pressEnded } = await import(path);
    const shown = prerender(document.getElementById('a'), screens);
    const events = [];
    await pressEnded([shown, undefined]);
    events.push('no press: ended');
    shown.root.querySelector('#ct1-language').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    const ended = pressEnded([shown]).then(() => events.push('ended'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    events.push(`pressed: ${shown.pressed}`);
    dispatchEvent(new PointerEvent('pointerup'));
    await ended;
    return events;
  }, [MODULE, SCREENS]);
  assert.deepEqual(result, ['no press: ended', 'pressed: language', 'ended']);
});

/** A host whose page brought its start screen in both languages (as post-build writes it). */
function declarative(attributes, [intro, question], langs = ['de', 'en']) {
  const markup = (node) => {
    if (typeof node === 'string') return node;
    const [tag, attrs, ...children] = node;
    const list = Object.entries(attrs).map(([name, value]) => ` ${name}="${value}"`).join('');
    return `<${tag}${list}>${children.map(markup).join('')}</${tag}>`;
  };
  const disabled = (node) => JSON.parse(JSON.stringify(node)
    .replace(`"class":"ct-primary ${START_CLASS}"`, `"class":"ct-primary ${START_CLASS}","disabled":""`)
    .replace('["details",{}', '["details",{"hidden":""}'));
  const start = (lang) => `<div data-ct-start="${lang}">${markup(disabled(intro))}<template>${markup(question)}</template></div>`;
  return `<div ${attributes}><template shadowrootmode="open">${langs.map(start).join('')}<slot></slot></template></div>`;
}

test("adoptStartScreen: the page's start screen in the reader's language works at once (Start enabled, the data section shown), the other goes; none, or stored data, leaves nothing but the name typed", async () => {
  const body = declarative('id="a" data-lang="en"', SCREENS)
    + declarative('id="b" data-lang="de" data-storage-key="k"', SCREENS)
    + '<div id="c"></div>'
    + declarative('id="d" data-lang="en"', SCREENS, ['de']);
  const page = await suite.open(body);
  const result = await page.evaluate(async ([path, key]) => {
    localStorage.setItem(`${key}:k`, '{}');
    const { adoptStartScreen } = await import(path);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id));
    // Typed before the loader ran: on a start screen over stored data, and on one in the other language.
    b.shadowRoot.querySelector('[data-ct-start="de"] .ct-input').value = 'Kunde B';
    d.shadowRoot.querySelector('.ct-input').value = 'Client D';
    const { shown, name } = adoptStartScreen(a);
    const starts = [...a.shadowRoot.querySelectorAll('[data-ct-start]')].map((s) => s.dataset.ctStart);
    const start = a.shadowRoot.querySelector('.ct-start');
    const enabled = !start.disabled;
    const dataShown = !a.shadowRoot.querySelector('details').hidden;
    start.click();
    const other = adoptStartScreen(d);
    return {
      starts,
      enabled,
      dataShown,
      name,
      isRoot: shown.root.matches('.ct'),
      screen: shown.screen,
      questionShown: a.shadowRoot.querySelector('[role=progressbar]') !== null,
      stored: [adoptStartScreen(b), b.shadowRoot.querySelectorAll('[data-ct-start]').length],
      none: adoptStartScreen(c),
      otherLanguage: [other, d.shadowRoot.querySelector('[data-ct-start]').inert],
    };
  }, [MODULE, DEFAULT_KEY]);
  assert.deepEqual(result, {
    starts: ['en'],
    enabled: true,
    dataShown: true,
    name: undefined,
    isRoot: true,
    screen: 'question',
    questionShown: true,
    stored: [{ name: 'Kunde B' }, 0],
    none: { name: undefined },
    otherLanguage: [{ name: 'Client D' }, true],
  });
});
