// scripts/preload.mjs: index.html's inline script, run in a Node context with a stand-in page.
// It must choose as the loader does (language.js) for the page's host, which has no data-lang.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import vm from 'node:vm';
import * as facts from '../generated/facts.js';
import { preloadScript } from '../../scripts/preload.mjs';
import { language } from '../embed/language.js';

const FILES = Object.fromEntries(facts.LANGUAGES.map((lang) => [lang, `./texts-${lang}-0.txt`]));

/** Runs the script on a page with this query, stored value (`null`: storage refused) and
 *  browser languages; returns the preload link it added and the start screens' switches. */
function run(script, { search = '', stored, languages = [] }) {
  const links = [];
  const switches = {};
  const context = {
    document: {
      currentScript: { dataset: { ...FILES } },
      createElement: () => ({}),
      head: { append: (link) => links.push(link) },
      documentElement: { style: { setProperty: (name, value) => (switches[name] = value) } },
    },
    location: { search },
    localStorage: {
      getItem: (key) => {
        if (stored === null) throw new Error('refused');
        return key === facts.DEFAULT_KEY ? stored ?? null : null;
      },
    },
    navigator: { languages, language: languages[0] },
    URLSearchParams,
  };
  vm.runInNewContext(script, context);
  return { links, switches };
}

const CASES = [
  {},
  { languages: ['en-GB'] },
  { languages: ['fr', 'en'] },
  { search: '?lang=en', languages: ['de'] },
  { search: '?lang=de', stored: '{"version":4,"lang":"en"}' },
  { stored: '{"version":4,"lang":"en"}', languages: ['de'] },
  { stored: '{"version":4}', languages: ['en'] },
  { stored: '{broken', languages: ['en'] },
  { stored: null, languages: ['en'] },
  { search: '?lang=xx', languages: ['it'] },
];

test("the preload script chooses each page's language as the loader does, and preloads its file once", () => {
  const script = preloadScript(facts);
  for (const page of CASES) {
    const { links, switches } = run(script, page);
    Object.defineProperty(globalThis, 'location', { value: { search: page.search ?? '' }, configurable: true, writable: true });
    Object.defineProperty(globalThis, 'navigator', { value: { languages: page.languages ?? [] }, configurable: true, writable: true });
    Object.defineProperty(globalThis, 'localStorage', {
      value: { getItem: () => { if (page.stored === null) throw new Error('refused'); return page.stored ?? null; } },
      configurable: true,
      writable: true,
    });
    const lang = language({ dataset: {} });
    assert.deepEqual(links.map((l) => [l.rel, l.as, l.href]), [['preload', 'fetch', FILES[lang]]], JSON.stringify(page));
    // The page's start screen shows the reader's language, none over stored data.
    const shown = page.stored === undefined || page.stored === null;
    assert.deepEqual(switches, Object.fromEntries(facts.LANGUAGES.map((each) => [`--ct-start-${each}`, each === lang && shown ? 'block' : 'none'])), JSON.stringify(page));
  }
});

test('the preload script follows the facts: another order, parameter, key or default changes what it picks', () => {
  const reversed = preloadScript({ ...facts, LANGUAGE_ORDER: [...facts.LANGUAGE_ORDER].reverse() });
  assert.equal(run(reversed, { search: '?lang=en', languages: ['de'] }).links[0].href, FILES.de, 'the browser first');
  const other = preloadScript({ ...facts, LANGUAGE_PARAMETER: 'sprache', DEFAULT_KEY: 'other', DEFAULT_LANGUAGE: 'en' });
  assert.equal(run(other, { search: '?sprache=de' }).links[0].href, FILES.de);
  assert.equal(run(other, { search: '?lang=de' }).links[0].href, FILES.en, 'the default');
  assert.throws(() => preloadScript({ ...facts, LANGUAGE_ORDER: ['cookie'] }), /cookie/);
});
