// Trunk post_build hook: generates what trunk lacks, from the build's own hashed file names.
//   embed.js            the loader (loader/embed.js with the hashed names filled in)
//   index.html          trunk's inline script replaced by embed.js, so it needs no inline script
//   sw.js               precaches every file of this build under a cache named after its content
//   client-triage.html  one self-contained file (wasm, JS, CSS inlined) that works from file://
//   blog-demo.html/.css a blog post with a hostile theme and two instances
import { createHash } from 'node:crypto';
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const loader = new URL('../loader/', import.meta.url);
const read = (file) => readFile(join(staging, file), 'utf8');
const fromLoader = (file) => readFile(new URL(file, loader), 'utf8');

function only(files, pattern, what) {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one ${what} in ${staging}, found ${found.join(', ') || 'none'}`);
  return found[0];
}

const files = await readdir(staging);
const glue = only(files, /^client-triage-[0-9a-f]+\.js$/, 'JS glue');
const wasm = only(files, /^client-triage-[0-9a-f]+_bg\.wasm$/, 'wasm module');
const pageCss = only(files, /^page-[0-9a-f]+\.css$/, 'page style sheet');

const embed = (await fromLoader('embed.js')).replace('__CT_GLUE__', glue).replace('__CT_WASM__', wasm);
await writeFile(join(staging, 'embed.js'), embed);

const TRUNK_SCRIPT = /<script type="module">[\s\S]*?<\/script>/;
const trunkIndex = await read('index.html');
if (!TRUNK_SCRIPT.test(trunkIndex)) throw new Error('trunk no longer injects its inline loader: update post-build.mjs');
const index = trunkIndex
  .replace(TRUNK_SCRIPT, '<script type="module" src="./embed.js"></script>')
  .replace('</head>', '  <meta name="client-triage-offline" content="on">\n</head>');
await writeFile(join(staging, 'index.html'), index);

for (const file of ['favicon.svg', 'blog-demo.html', 'blog-demo.css']) {
  await copyFile(new URL(file, loader), join(staging, file));
}

// The single file: no requests at all, so it also works opened from disk.
const wasmBase64 = (await readFile(join(staging, wasm))).toString('base64');
const glueCode = await read(glue);
const single = trunkIndex
  .replace(TRUNK_SCRIPT, '')
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '')
  .replace(/<link rel="stylesheet" href="\.\/page-[^>]*>/, `<style>\n${await read(pageCss)}</style>`)
  .replace(/<link rel="icon"[^>]*>/, '<link rel="icon" href="data:,">')
  .replace(
    '</body>',
    `<script type="module">\n${glueCode}\n` +
      `const bytes = Uint8Array.from(atob('${wasmBase64}'), (c) => c.charCodeAt(0));\n` +
      'try { await __wbg_init({ module_or_path: bytes }); } catch (error) {\n' +
      "  console.error('client-triage: loading failed.', error);\n" +
      "  for (const host of document.querySelectorAll('[data-client-triage]')) host.textContent = 'client-triage could not start in this browser (WebAssembly).';\n" +
      '}\n</script>\n</body>',
  );
await writeFile(join(staging, 'client-triage.html'), single);

// Every file of this build, and the directory URL that serves index.html.
const precache = (await readdir(staging)).filter((f) => f !== 'sw.js' && !f.startsWith('.')).sort();
const digest = createHash('sha256');
for (const file of precache) digest.update(file).update(await readFile(join(staging, file)));
const cache = `client-triage-${digest.digest('hex').slice(0, 16)}`;
const worker = (await fromLoader('sw.js'))
  .replace('__CT_CACHE__', cache)
  .replace('__CT_FILES__', JSON.stringify(['./', ...precache]));
await writeFile(join(staging, 'sw.js'), worker);

console.log(`post-build: embed.js, sw.js (${cache}, ${precache.length + 1} entries), client-triage.html, blog-demo.html`);
