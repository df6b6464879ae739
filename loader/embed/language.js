// The language each widget starts in, and what the widget keeps for its host. The values shared
// with the widget (the key, the stored field, the order) come from Rust (loader/generated/facts.js).
import {
  DEFAULT_KEY,
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_ORDER,
  LANGUAGE_PARAMETER,
  LANG_OPTION,
  STORAGE_KEY_OPTION,
  STORED_LANG,
} from '../generated/facts.js';

/** The key this host's data lives under: the widget prefixes a host's own key. */
export function storageKey(host) {
  const given = (host.dataset[STORAGE_KEY_OPTION] ?? '').trim();
  return given ? `${DEFAULT_KEY}:${given}` : DEFAULT_KEY;
}

/** The reader's earlier choice of language, as the widget saved it; null if none or unreadable. */
export function savedLanguage(host) {
  try {
    return JSON.parse(stored(host))?.[STORED_LANG] ?? null;
  } catch {
    return null;
  }
}

/** What the widget keeps for `host` (null: nothing). Only under its own key: whether a value
 *  under the host's key from before the prefix is the widget's data is the module's to decide
 *  (it copies it over), by the one rule that reads it. Throws where the browser refuses storage. */
export function stored(host) {
  return localStorage.getItem(storageKey(host));
}

/** Where each source of LANGUAGE_ORDER names languages. */
export const SOURCES = {
  query: () => [new URLSearchParams(location.search).get(LANGUAGE_PARAMETER)],
  saved: (host) => [savedLanguage(host)],
  host: (host) => [host.dataset[LANG_OPTION]],
  browser: () => navigator.languages ?? [navigator.language],
};

/** The language a host's widget starts in (given to the module as it mounts the host): the
 *  first language the widget speaks named by the sources in LANGUAGE_ORDER (?lang, the
 *  reader's saved choice, the host's data-lang, the browser's languages), else German. */
export function language(host) {
  const wanted = LANGUAGE_ORDER.flatMap((source) => SOURCES[source](host));
  for (const tag of wanted) {
    const primary = String(tag ?? '').slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
