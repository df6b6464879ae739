// Trunk post_build hook: generates what trunk lacks, from the build's own hashed file names.
//   embed.js            the loader (loader/embed/, bundled with the hashed names)
//   index.html          trunk's inline script replaced by embed.js, so it needs no inline script
//   sw.js               keeps the standalone page's files offline, in a cache named after them
//   client-triage.html  one self-contained file (wasm, JS, CSS inlined) that works from file://
//   blog-demo.html/.css a blog post with a hostile theme and two instances
//   blog-long.html      a long post with the widget three screens down (it loads when near)
// A release build also minifies the JS it ships (the glue in place, embed.js, sw.js): every byte
// of it is on the first load. The names between glue and module are shortened (short-imports.mjs).
import { createHash } from 'node:crypto';
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { transform as lightningcss } from 'lightningcss';
import { EARLY_ENTRY, bundleLoader } from './bundle-loader.mjs';
import { preloadScript } from './preload.mjs';
import { markup, tree } from './screens.mjs';
import { shortenImports } from './short-imports.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const loader = new URL('../loader/', import.meta.url);
const read = (file) => readFile(join(staging, file), 'utf8');
const fromLoader = (file) => readFile(new URL(file, loader), 'utf8');
// What the loader shares with the widget, from Rust (examples/texts.rs wrote it before the build).
const facts = await import(new URL('../loader/generated/facts.js', import.meta.url));
// Release builds are minified; debug builds stay readable.
const RELEASE = process.env.TRUNK_PROFILE === 'release';

/** terser's safe defaults (no `unsafe*` option). `module`: the code is an ES module, so strict;
 *  sw.js is a classic worker script. Top-level names are shortened in both: a module's are
 *  private, and a worker's global scope holds nothing but its own script. Debug builds stay
 *  readable. */
async function minifyJs(code, module = true) {
  if (!RELEASE) return code;
  return (await minify(code, { module, toplevel: true, compress: true, mangle: true })).code;
}

/** The CSP source that allows an inline script or style with this text. */
const cspHash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Replaces `pattern` (which must be there) by `value`, taken literally: a missed replacement
 *  would ship a silently broken build. */
function replaceOnce(text, pattern, value, what) {
  const found = typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
  if (!found) throw new Error(`post-build: ${what} not found; trunk's output or a template changed`);
  return text.replace(pattern, () => value);
}

function only(files, pattern, what) {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one ${what} in ${staging}, found ${found.join(', ') || 'none'}`);
  return found[0];
}

const files = await readdir(staging);
const glue = only(files, /^client-triage-[0-9a-f]+\.js$/, 'JS glue');
const wasm = only(files, /^client-triage-[0-9a-f]+_bg\.wasm$/, 'wasm module');
const pageCss = only(files, /^page-[0-9a-f]+\.css$/, 'page style sheet');

// Glue and module keep their names (hashes of trunk's bytes, still unique per build). They carry
// no integrity attribute (index.html asks trunk for none): they come from the same server as
// the page, and their hashed names already keep a page from loading another build's files.
const trunkGlue = await read(glue);
const trunkWasm = await readFile(join(staging, wasm));
const shortened = shortenImports(trunkWasm, trunkGlue);
await writeFile(join(staging, wasm), shortened.wasm);
// `initSync` (compile on the main thread) is never called: the loader and the single file use
// the async `__wbg_init`. Unexported, the minifier drops it.
const glueSource = replaceOnce(
  shortened.glue,
  'export { initSync, __wbg_init as default };',
  'export { __wbg_init as default };',
  "the glue's export list",
);
const glueCode = await minifyJs(glueSource);
await writeFile(join(staging, glue), glueCode);
// The page's style sheet is copied as written: a release build minifies it too (it is on the
// first load).
/** A style sheet as a release ships it, by lightningcss's minifier (no browser targets given:
 *  nothing is lowered for old browsers; spacing, comments and the shortest equal forms). */
const minifyCss = (css, filename) => lightningcss({ filename, code: Buffer.from(css), minify: true }).code.toString();
const cssSource = await read(pageCss);
const cssCode = RELEASE ? minifyCss(cssSource, pageCss) : cssSource;
await writeFile(join(staging, pageCss), cssCode);
// Trunk passes the css link's data-integrity="none" through: it means nothing to a browser.
const trunkIndex = (await read('index.html')).replaceAll(' data-integrity="none"', '');
if (/\sintegrity=/.test(trunkIndex)) throw new Error('post-build: index.html carries an integrity attribute, whose hash the renaming above would break');

// The language files (made before the build by `examples/texts.rs`, see Trunk.toml), under
// names that carry their content's hash like the module's. Each is the texts, the start screens
// pre-rendered in that language (as trees) and the widget's style sheet, apart by U+001E: the
// loader shows the start screen as soon as the reader's file is here, before the module.
const { LANGUAGES } = facts;
const PARTS = '\x1e';
const made = (file) => readFile(new URL(`../target/texts/${file}`, import.meta.url), 'utf8');
const widgetCssSource = await readFile(new URL('../styles/widget.css', import.meta.url), 'utf8');
const widgetCss = RELEASE ? minifyCss(widgetCssSource, 'widget.css') : widgetCssSource;
/** A screen's tree without what only the module's screen says (`data-screen`: host pages and
 *  tests wait for it; the theme, which the loader sets from the host) or what says nothing (an
 *  empty field's `value=""`). */
function startScreen(html) {
  const screen = tree(html);
  delete screen[1]['data-screen'];
  delete screen[1]['data-theme'];
  const strip = (node) => {
    if (typeof node === 'string') return;
    if (node[0] === 'input' && node[1].value === '') delete node[1].value;
    // The loader sets every attribute as it is: none may be a script or an inline style, which
    // a strict CSP or Trusted Types would refuse.
    const unsafe = Object.keys(node[1]).find((name) => /^on|^style$/i.test(name));
    if (unsafe) throw new Error(`post-build: a start screen has a ${unsafe} attribute`);
    node.slice(2).forEach(strip);
  };
  strip(screen);
  return screen;
}
const languageText = {};
const languageFile = {};
const startScreens = {};
for (const lang of LANGUAGES) {
  const texts = await made(`${lang}.txt`);
  const screens = [startScreen(await made(`intro-${lang}.html`)), startScreen(await made(`question-${lang}.html`))];
  startScreens[lang] = screens;
  if ([texts, widgetCss].some((part) => part.includes(PARTS))) throw new Error('post-build: U+001E inside a part of a language file');
  // It ends with U+001E too: a file cut short (a dropped connection, a proxy) lacks that end,
  // and the loader refuses it rather than show a widget with half its styles.
  languageText[lang] = [texts, JSON.stringify(screens), widgetCss, ''].join(PARTS);
  const hash = createHash('sha256').update(languageText[lang]).digest('hex').slice(0, 16);
  languageFile[lang] = `texts-${lang}-${hash}.txt`;
  await writeFile(join(staging, languageFile[lang]), languageText[lang]);
}

// The start screen in the page itself: a declarative shadow root for a host element,
// with the widget's styles, per language the intro (Start disabled: the loader enables it once
// it works) and question 1 in a template, and a slot for the host's own <noscript>. Browsers
// with declarative shadow DOM show it at the first paint; the loader adopts it
// (adoptStartScreen). `langs`: the languages it carries; with two, the page's inline script
// shows the reader's (through the custom properties --ct-start-<lang>), else the first shows.
// start-<lang>.html is what the WordPress plugin writes into its host; snippet-<lang>.html the
// package's snippet with the start screen.
// The page's start screen keeps its data section's room while hidden (declarativeStartScreen).
const WAITING_DATA = '[data-ct-start] details[hidden]{display:block;visibility:hidden}';
function declarativeStartScreen(langs) {
  const screens = langs.map((lang) => {
    const [intro, question] = structuredClone(startScreens[lang]);
    intro[1]['data-theme'] = 'auto';
    const find = (node, matches) => {
      if (typeof node === 'string') return null;
      if (matches(node)) return node;
      return node.slice(2).reduce((found, child) => found ?? find(child, matches), null);
    };
    const start = find(intro, (node) => node[1].class?.split(' ').includes(facts.START_CLASS));
    if (!start) throw new Error(`post-build: the intro has no .${facts.START_CLASS}`);
    start[1].disabled = '';
    // "Nothing is stored yet" and its import: untrue for a returning reader, whose data only
    // the loader can see. Shown once adoptStartScreen knows; its room kept (WAITING_DATA), so
    // that the post below does not move then.
    const data = find(intro, (node) => node[0] === 'details');
    if (!data) throw new Error('post-build: the intro has no <details> (My clients & data)');
    data[1].hidden = '';
    return `<div data-ct-start="${lang}">${markup(intro)}<template>${markup(question)}</template></div>`;
  });
  const choice = langs.length > 1 ? langs.map((lang, i) => `[data-ct-start=${lang}]{display:var(--ct-start-${lang},${i ? 'none' : 'block'})}`).join('') : '';
  return `<template shadowrootmode="open"><style>${widgetCss}${choice}${WAITING_DATA}</style>${screens.join('')}<slot></slot></template>`;
}
const SNIPPET_LANGUAGE = { de: 'German', en: 'English' };
const NOSCRIPT = { de: 'Dieses Werkzeug braucht JavaScript.', en: 'This tool needs JavaScript.' };
for (const lang of LANGUAGES) {
  const start = declarativeStartScreen([lang]);
  await writeFile(join(staging, `start-${lang}.html`), start);
  const style = cspHash(start.match(/<style>([\s\S]*?)<\/style>/)[1]);
  await writeFile(
    join(staging, `snippet-${lang}.html`),
    `<!-- client-triage: the snippet with the start screen (${SNIPPET_LANGUAGE[lang]}). Paste it where the widget should appear and set src to where you uploaded the folder. Readers see the start screen before any script has loaded. Its <style> is inline: a Content-Security-Policy needs ${style} in style-src (EMBED.md). -->\n` +
      `<div data-client-triage data-lang="${lang}">${start}<noscript>${NOSCRIPT[lang]}</noscript></div>\n` +
      '<script type="module" src="/widgets/client-triage/embed.js"></script>\n',
  );
}

// The loader, its modules (loader/embed/) bundled into one with the build's names.
const embed = await bundleLoader({ names: { GLUE: glue, WASM: wasm, LANGUAGE_FILES: languageFile } });
await writeFile(join(staging, 'embed.js'), await minifyJs(embed));

const TRUNK_SCRIPT = /<script type="module">[\s\S]*?<\/script>/;
// The reader's language loads alongside the module, as trunk's preload does for the wasm: the
// loader starts only after the first rendering (a module or async script waits for it too), and
// its late request delayed the first screen (Start shown at 4x CPU, median of 11 cold loads:
// 445 ms without a preload, 370 ms with it). A static preload can only name one language, and a
// reader of the other would download both, so a small inline script chooses the way the loader
// does for this page's widget (LANGUAGE_ORDER: ?lang, the choice saved under the default key,
// the browser's languages; then German). Its text never changes (the files are named in data attributes), so a
// strict CSP can allow it by the hash in docs/EMBED.md; without that it is blocked and the
// loader fetches the file itself. It stands before the style sheet: an inline script after one
// would wait for it. Trunk's crossorigin="anonymous" is the attribute's default and the wasm
// preload's type is unused: both go.
// The script's text is scripts/preload.mjs's, from the facts.
const PRELOAD_SCRIPT = preloadScript(facts);
const preloadAttributes = Object.entries(languageFile).map(([lang, file]) => ` data-${lang}="./${file}"`).join('');
const preloadTexts = `<script${preloadAttributes}>${PRELOAD_SCRIPT}</script>`;
console.log(`post-build: index.html's preload script is ${cspHash(PRELOAD_SCRIPT)}`);
const LOADER_TAG = '<script type="module" src="./embed.js"></script>';
const withLoader = replaceOnce(trunkIndex, TRUNK_SCRIPT, LOADER_TAG, "trunk's inline script");
const withPreload = replaceOnce(withLoader, LOADER_TAG, `${preloadTexts}\n  ${LOADER_TAG}`, 'the loader in index.html');
const indexStart = declarativeStartScreen(LANGUAGES);
// Its <style> is inline too: a strict CSP allows it by this hash (docs/EMBED.md), or the start
// screen shows unstyled until the loader's style sheet arrives.
console.log(`post-build: index.html's start screen style is ${cspHash(indexStart.match(/<style>([\s\S]*?)<\/style>/)[1])}`);
const hostAttribute = facts.HOSTS.slice(1, -1);
// Start works as the parser reaches the host: the start screen's part of the loader (early.js)
// runs inline right after it, not once the page is parsed and embed.js is here, as the module
// loader does. Its text changes with the loader's, so a strict CSP needs this build's hash.
const EARLY_SCRIPT = await minifyJs(await bundleLoader({ names: { GLUE: glue, WASM: wasm, LANGUAGE_FILES: languageFile }, entry: EARLY_ENTRY, format: 'iife' }), false);
console.log(`post-build: index.html's start screen script is ${cspHash(EARLY_SCRIPT)}`);
const withStart = replaceOnce(withPreload, `<div ${hostAttribute}></div>`, `<div ${hostAttribute}>${indexStart}</div><script>${EARLY_SCRIPT}</script>`, "index.html's host");
const index = replaceOnce(withStart, '</head>', '  <meta name="client-triage-offline" content="on">\n</head>', '</head> in index.html')
  .replaceAll(' crossorigin="anonymous"', ' crossorigin')
  .replace(' type="application/wasm"', '');
// A release build drops the whitespace between tags (the page has no inline text that needs it).
const finalIndex = RELEASE ? index.replace(/>\s+</g, '><') : index;
if (!finalIndex.includes(EARLY_SCRIPT)) throw new Error("post-build: dropping whitespace changed index.html's start screen script (its CSP hash)");
await writeFile(join(staging, 'index.html'), finalIndex);

for (const file of ['favicon.svg', 'blog-demo.html', 'blog-long.html', 'blog-demo.css']) {
  await copyFile(new URL(file, loader), join(staging, file));
}
// The standalone page's web app manifest and icons (index.html links them; the embed does not).
// Made by scripts/make-icons.mjs. They land in the precache list below like every file.
const ICONS = ['icon-180.png', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png'];
for (const file of ICONS) await copyFile(new URL(file, loader), join(staging, file));
// The manifest is fetched on every first visit: a release build writes it without spaces.
const manifest = await fromLoader('manifest.webmanifest');
await writeFile(join(staging, 'manifest.webmanifest'), RELEASE ? JSON.stringify(JSON.parse(manifest)) : manifest);

// The single file: no requests at all, so it also works opened from disk. Its script is the
// loader bundled with the glue, module-inline.js in place of module-fetch.js: the language files'
// texts and the wasm are in it (scripts/bundle-loader.mjs), and the module starts once the start
// screen is on screen (decoding it takes a while).
const wasmBase64 = (await readFile(join(staging, wasm))).toString('base64');
const singleLoader = await bundleLoader({ names: { GLUE: glue, WASM: wasmBase64, LANGUAGE_FILES: languageText }, glue: glueSource });
const singleScript = await minifyJs(singleLoader);
let single = replaceOnce(trunkIndex, TRUNK_SCRIPT, '', "trunk's inline script");
single = single.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
single = replaceOnce(single, /<link rel="stylesheet" href="\.\/page-[^>]*>/, `<style>\n${await read(pageCss)}</style>`, 'page style sheet link');
single = replaceOnce(single, /<link rel="icon"[^>]*>/, '<link rel="icon" href="data:,">', 'icon link');
// Installing is for the served page; from disk these would be requests that fail.
single = replaceOnce(single, /\s*<link rel="manifest"[^>]*>/, '', 'manifest link');
single = replaceOnce(single, /\s*<link rel="apple-touch-icon"[^>]*>/, '', 'apple-touch-icon link');
single = replaceOnce(single, '</body>', `<script type="module">\n${singleScript}\n</script>\n</body>`, '</body>');
await writeFile(join(staging, 'client-triage.html'), single);

// What the worker keeps: the standalone page and every local file it loads, the glue and the
// wasm — not the single file nor the demos. The page itself is added by the worker under both of
// its addresses, ./ and index.html. Of the language files, only those the reader has loaded.
const HASHED = [glue, wasm, pageCss];
const languageFiles = Object.values(languageFile);
// Not the touch icon: Safari asks for it only when a reader adds the page to the home screen.
const loaded = [...index.matchAll(/<(?!link rel="apple-touch-icon")[^>]*\s(?:href|src)="([^"]+)"/g)].map(([, ref]) => ref.replace(/^\.\//, ''));
const local = loaded.filter((ref) => !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(ref));
const built = await readdir(staging);
for (const ref of local) if (!built.includes(ref)) throw new Error(`post-build: index.html loads ${ref}, which is not in the build`);
const revalidated = [...new Set(['embed.js', ...local])].filter((f) => ![...HASHED, ...languageFiles].includes(f)).sort();
const digest = createHash('sha256');
for (const file of ['index.html', ...HASHED, ...languageFiles, ...revalidated]) digest.update(file).update(await readFile(join(staging, file)));
const build = digest.digest('hex').slice(0, 16);
const workerSource = await fromLoader('sw.js');
let worker = replaceOnce(workerSource, '__CT_BUILD__', build, 'build id slot in sw.js');
worker = replaceOnce(worker, '__CT_HASHED__', JSON.stringify(HASHED), 'hashed file list slot in sw.js');
worker = replaceOnce(worker, '__CT_LANGUAGES__', JSON.stringify(languageFiles), 'language file list slot in sw.js');
worker = replaceOnce(worker, '__CT_LANGUAGE_PARAMETER__', JSON.stringify(facts.LANGUAGE_PARAMETER), 'language parameter slot in sw.js');
worker = replaceOnce(worker, '__CT_FILES__', JSON.stringify(revalidated), 'file list slot in sw.js');
// The worker checks a kept copy of each hashed file against its digest (sw.js, DIGESTS).
const fileDigest = async (file) => createHash('sha256').update(await readFile(join(staging, file))).digest('hex').slice(0, 16);
const digests = Object.fromEntries(await Promise.all([...HASHED, ...languageFiles].map(async (file) => [file, await fileDigest(file)])));
worker = replaceOnce(worker, '__CT_DIGESTS__', JSON.stringify(digests), 'digest slot in sw.js');
await writeFile(join(staging, 'sw.js'), await minifyJs(worker, false));

console.log(`post-build: embed.js, sw.js (build ${build}, ${HASHED.length + revalidated.length + 2} entries and the languages used), client-triage.html, blog-demo.html, blog-long.html`);
