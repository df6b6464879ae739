// The build's file names. These are stand-ins, which the unit tests (loader/test/) see: the
// bundle (scripts/bundle-loader.mjs, run by scripts/post-build.mjs) has the build's hashed
// names in place of this file.
export const GLUE = 'client-triage-0.js';
export const WASM = 'client-triage-0_bg.wasm';
// One file per language (a reader downloads the second only if they switch to it): the texts,
// the pre-rendered screens and the widget's styles, apart by U+001E.
export const LANGUAGE_FILES = { de: 'texts-de-0.txt', en: 'texts-en-0.txt' };
