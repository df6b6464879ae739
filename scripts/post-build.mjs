// Trunk post_build hook: generates what trunk lacks, from the build's own hashed file names.
//   embed.js            the loader (loader/embed.js with the hashed names filled in)
//   index.html          trunk's inline script replaced by embed.js, so it needs no inline script
//   sw.js               precaches every file of this build under a cache named after its content
//   client-triage.html  one self-contained file (wasm, JS, CSS inlined) that works from file://
//   blog-demo.html/.css a blog post with a hostile theme and two instances
// A release build also minifies the JS it ships (the glue in place, embed.js, sw.js): every byte
// of it is on the first load.
import { createHash } from 'node:crypto';
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const loader = new URL('../loader/', import.meta.url);
const read = (file) => readFile(join(staging, file), 'utf8');
const fromLoader = (file) => readFile(new URL(file, loader), 'utf8');
const sri = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

/** terser's safe defaults (no `unsafe*` option). `module`: the code is an ES module, so strict,
 *  and its top-level names are private and can be shortened too; sw.js is a classic worker script.
 *  Debug builds stay readable. */
async function minifyJs(code, module = true) {
  if (process.env.TRUNK_PROFILE !== 'release') return code;
  return (await minify(code, { module, compress: true, mangle: true })).code;
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

// The glue keeps its name (a hash of trunk's unminified bytes, still unique per build), but its
// modulepreload's integrity must be that of the new bytes, or the browser refuses the preload.
const glueSource = await read(glue);
const glueCode = await minifyJs(glueSource);
await writeFile(join(staging, glue), glueCode);
const glueIntegrity = `integrity="${sri(glueSource)}"`;
const trunkIndex = (await read('index.html')).replace(glueIntegrity, `integrity="${sri(glueCode)}"`);
if (!trunkIndex.includes(`integrity="${sri(glueCode)}"`)) throw new Error(`index.html lacks ${glueIntegrity} for ${glue}: update post-build.mjs`);

const embed = (await fromLoader('embed.js')).replace('__CT_GLUE__', glue).replace('__CT_WASM__', wasm);
await writeFile(join(staging, 'embed.js'), await minifyJs(embed));

const TRUNK_SCRIPT = /<script type="module">[\s\S]*?<\/script>/;
if (!TRUNK_SCRIPT.test(trunkIndex)) throw new Error('trunk no longer injects its inline loader: update post-build.mjs');
const index = trunkIndex
  .replace(TRUNK_SCRIPT, '<script type="module" src="./embed.js"></script>')
  .replace('</head>', '  <meta name="client-triage-offline" content="on">\n</head>');
await writeFile(join(staging, 'index.html'), index);

for (const file of ['favicon.svg', 'blog-demo.html', 'blog-demo.css']) {
  await copyFile(new URL(file, loader), join(staging, file));
}

// The single file: no requests at all, so it also works opened from disk. Its script is the glue
// plus a call of the glue's `__wbg_init`, minified as one module so the renamed call still matches.
const wasmBase64 = (await readFile(join(staging, wasm))).toString('base64');
const singleScript = await minifyJs(
  `${glueSource}\n` +
    `const bytes = Uint8Array.from(atob('${wasmBase64}'), (c) => c.charCodeAt(0));\n` +
    'try { await __wbg_init({ module_or_path: bytes }); } catch (error) {\n' +
    "  console.error('client-triage: loading failed.', error);\n" +
    "  for (const host of document.querySelectorAll('[data-client-triage]')) host.textContent = 'client-triage could not start in this browser (WebAssembly).';\n" +
    '}',
);
const single = trunkIndex
  .replace(TRUNK_SCRIPT, '')
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '')
  .replace(/<link rel="stylesheet" href="\.\/page-[^>]*>/, `<style>\n${await read(pageCss)}</style>`)
  .replace(/<link rel="icon"[^>]*>/, '<link rel="icon" href="data:,">')
  // A function, so that `$&` or `$'` in the minified code is not read as a replacement pattern.
  .replace('</body>', () => `<script type="module">\n${singleScript}\n</script>\n</body>`);
await writeFile(join(staging, 'client-triage.html'), single);

// Every file of this build, and the directory URL that serves index.html.
const precache = (await readdir(staging)).filter((f) => f !== 'sw.js' && !f.startsWith('.')).sort();
const digest = createHash('sha256');
for (const file of precache) digest.update(file).update(await readFile(join(staging, file)));
const cache = `client-triage-${digest.digest('hex').slice(0, 16)}`;
const worker = (await fromLoader('sw.js'))
  .replace('__CT_CACHE__', cache)
  .replace('__CT_FILES__', JSON.stringify(['./', ...precache]));
await writeFile(join(staging, 'sw.js'), await minifyJs(worker, false));

console.log(`post-build: embed.js, sw.js (${cache}, ${precache.length + 1} entries), client-triage.html, blog-demo.html`);
