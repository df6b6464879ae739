// loader/embed/language.js in Node: the page's address, storage and the browser's languages are
// stand-ins set per test.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { DEFAULT_KEY, DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_ORDER } from '../generated/facts.js';
import { SOURCES, language, savedLanguage, storageKey, stored } from '../embed/language.js';

let storage;
const setGlobal = (name, value) => Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
/** The page: its query, what storage holds (or `null`: storage refused), the browser's languages. */
function page({ search = '', items = {}, languages = [] } = {}) {
  storage = items;
  setGlobal('location', { search });
  setGlobal('localStorage', {
    getItem: (key) => {
      if (storage === null) throw new DOMException('refused', 'SecurityError');
      return storage[key] ?? null;
    },
  });
  setGlobal('navigator', { languages, language: languages[0] });
}
const host = (dataset = {}) => ({ dataset });
beforeEach(() => page());

test('storageKey: the default key, or a host key under its prefix, trimmed', () => {
  assert.equal(storageKey(host()), DEFAULT_KEY);
  assert.equal(storageKey(host({ storageKey: '  ' })), DEFAULT_KEY);
  assert.equal(storageKey(host({ storageKey: ' blog ' })), `${DEFAULT_KEY}:blog`);
});

test("stored and savedLanguage read only the host's own key; nothing, broken data or refused storage are no choice", () => {
  page({ items: { [DEFAULT_KEY]: '{"version":4,"lang":"en"}', blog: '{"lang":"de"}' } });
  assert.equal(stored(host()), '{"version":4,"lang":"en"}');
  assert.equal(savedLanguage(host()), 'en');
  assert.equal(stored(host({ storageKey: 'blog' })), null, 'the bare key is the module’s to copy');
  assert.equal(savedLanguage(host({ storageKey: 'blog' })), null);
  page({ items: { [DEFAULT_KEY]: '{not json' } });
  assert.equal(savedLanguage(host()), null);
  page({ items: { [DEFAULT_KEY]: '{"version":4}' } });
  assert.equal(savedLanguage(host()), null);
  page({ items: null });
  assert.throws(() => stored(host()), /refused/);
  assert.equal(savedLanguage(host()), null);
});

test('every source of the order Rust gives has a reader', () => {
  assert.deepEqual(Object.keys(SOURCES).sort(), [...LANGUAGE_ORDER].sort());
});

/** A page where `source` names `lang` and every other source the other language. */
function naming(source, lang, others) {
  const query = source === 'query' ? lang : others.query;
  const saved = source === 'saved' ? lang : others.saved;
  page({
    search: query ? `?lang=${query}` : '',
    items: saved ? { [DEFAULT_KEY]: JSON.stringify({ version: 4, lang: saved }) } : {},
    languages: source === 'browser' ? [lang] : others.browser ? [others.browser] : [],
  });
  return host(source === 'host' ? { lang } : others.host ? { lang: others.host } : {});
}

test('language: each source in LANGUAGE_ORDER wins over every later one, and yields to every earlier one', () => {
  const [first, second] = LANGUAGES;
  LANGUAGE_ORDER.forEach((source, at) => {
    for (const [mine, theirs] of [[first, second], [second, first]]) {
      const later = Object.fromEntries(LANGUAGE_ORDER.slice(at + 1).map((each) => [each, theirs]));
      assert.equal(language(naming(source, mine, later)), mine, `${source} before ${Object.keys(later)}`);
      const earlier = Object.fromEntries(LANGUAGE_ORDER.slice(0, at).map((each) => [each, theirs]));
      if (at > 0) assert.equal(language(naming(source, mine, earlier)), theirs, `${Object.keys(earlier)} before ${source}`);
    }
  });
});

test('language: tags by their first two letters in any case, unknown ones passed by, else the default', () => {
  page({ languages: ['fr-FR', 'EN-gb', 'de'] });
  assert.equal(language(host()), 'en');
  page({ search: '?lang=xx', languages: ['it'] });
  assert.equal(language(host({ lang: 'pt' })), DEFAULT_LANGUAGE);
  page({ languages: undefined });
  setGlobal('navigator', { language: 'en-US' });
  assert.equal(language(host()), 'en', 'navigator.language where there is no list');
});
