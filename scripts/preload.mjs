// The inline script of index.html that starts the reader's language file early (see
// post-build.mjs): it chooses the language as the loader does (loader/embed/language.js), from
// the facts Rust gives (loader/generated/facts.js): the order, the ?lang parameter, the default
// storage key and its stored field, the fallback language. The language files are named in the
// script's data attributes, one per language, so its text changes only with those facts — and
// a strict CSP allows it by its hash (docs/EMBED.md).

/** `.name`, or `["name"]` where it is no identifier. */
const field = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`);

/** Each source of LANGUAGE_ORDER as the script reads it (`w`: the languages wanted, in order;
 *  `o`: what the widget stored, if anything). The host's data-lang is read by the loader alone:
 *  the script runs in <head>, before the host, and index.html's host has none. */
const SOURCES = {
  query: ({ LANGUAGE_PARAMETER }) => `w.push(new URLSearchParams(location.search).get(${JSON.stringify(LANGUAGE_PARAMETER)}));`,
  saved: ({ DEFAULT_KEY, STORED_LANG }) =>
    `try{o=localStorage.getItem(${JSON.stringify(DEFAULT_KEY)});w.push(JSON.parse(o)${field(STORED_LANG)})}catch{}`,
  host: () => '',
  browser: () => 'w.push(...navigator.languages??[navigator.language]);',
};

/** The script's text, from `facts` (the module loader/generated/facts.js). */
export function preloadScript(facts) {
  const steps = facts.LANGUAGE_ORDER.map((source) => {
    if (!SOURCES[source]) throw new Error(`preload: no way to read the language source ${source}`);
    return SOURCES[source](facts);
  });
  return (
    '{const s=document.currentScript.dataset,w=[];let o;' +
    steps.join('') +
    `const l=w.map(t=>String(t).slice(0,2).toLowerCase()).find(t=>t in s)??${JSON.stringify(facts.DEFAULT_LANGUAGE)},` +
    "p=document.createElement('link');p.rel='preload';p.as='fetch';p.crossOrigin='';p.href=s[l];document.head.append(p);" +
    // The start screen in the page shows the reader's language (declarativeStartScreen), and none
    // over stored data: a returning reader's screen is their own, which the module draws.
    "for(const k in s)document.documentElement.style.setProperty('--ct-start-'+k,k==l&&o==null?'block':'none')}"
  );
}
