// What the loader shares with the widget. Written by `cargo run --example texts` from
// src/web/facts.rs before each build: change them in Rust, not here.
/** The languages the widget speaks. */
export const LANGUAGES = ['de', 'en'];
/** The language when nothing names one of them. */
export const DEFAULT_LANGUAGE = 'de';
/** Where a widget's language comes from, first to last (`language()`). */
export const LANGUAGE_ORDER = ['query', 'saved', 'host', 'browser'];
/** The page address's parameter that chooses the language. */
export const LANGUAGE_PARAMETER = 'lang';
/** Every element it matches gets a widget. */
export const HOSTS = '[data-client-triage]';
/** The host's `data-lang`, as its `dataset` name. */
export const LANG_OPTION = 'lang';
/** The host's `data-storage-key`, as its `dataset` name. */
export const STORAGE_KEY_OPTION = 'storageKey';
/** The host's `data-theme`, as its `dataset` name. */
export const THEME_OPTION = 'theme';
/** The host's `data-load`, as its `dataset` name. */
export const LOAD_OPTION = 'load';
/** The standalone page's opt-in to offline use. */
export const STANDALONE = 'meta[name="client-triage-offline"]';
/** The start of a widget's element ids (`ct1-title`): the widget's number. */
export const INSTANCE_ID = /^ct\d+-/;
/** The class of the intro's Start button. */
export const START_CLASS = 'ct-start';
/** The class of the widget's root. */
export const ROOT_CLASS = 'ct';
/** The class of the client's name field. */
export const INPUT_CLASS = 'ct-input';
/** The class of each screen's heading. */
export const HEADING_CLASS = 'ct-heading';
/** The class of the loader's own panels (a failed download, a crash). */
export const FALLBACK_CLASS = 'ct-fallback';
/** The attribute on the widget's root that names its screen. */
export const SCREEN_ATTRIBUTE = 'data-screen';
/** Where the data of a host without `data-storage-key` lives; a key `k` is `client-triage:k`. */
export const DEFAULT_KEY = 'client-triage';
/** The stored envelope's field with the reader's chosen language. */
export const STORED_LANG = 'lang';
/** The stored envelope's schema version field. */
export const STORED_VERSION = 'version';
/** The loader's own texts, per language. */
export const TEXT = {
  de: {
    failed: 'Das Werkzeug konnte nicht geladen werden. Prüfe deine Verbindung.',
    retry: 'Erneut versuchen',
    noWasm: 'Dieser Browser kann das Werkzeug nicht ausführen: WebAssembly ist nicht verfügbar oder abgeschaltet.',
    csp: 'Die Sicherheitsregeln dieser Seite blockieren das Werkzeug. Hinweis für Seitenbetreiber: \'wasm-unsafe-eval\' in script-src der Content-Security-Policy erlauben.',
    crashed: 'Etwas ist schiefgelaufen. Deine gespeicherten Antworten sind nicht verloren.',
    reload: 'Neu laden',
    download: 'Gespeicherte Daten herunterladen',
    title: 'Schwieriger Kunde – client-triage',
  },
  en: {
    failed: 'The tool could not be loaded. Please check your connection.',
    retry: 'Try again',
    noWasm: 'This browser cannot run the tool: WebAssembly is not available or switched off.',
    csp: 'This page\'s security rules block the tool. For the site owner: allow \'wasm-unsafe-eval\' in the Content-Security-Policy\'s script-src.',
    crashed: 'Something went wrong. Your saved answers are not lost.',
    reload: 'Reload',
    download: 'Download saved data',
    title: 'Difficult client – client-triage',
  },
};
