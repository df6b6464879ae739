// Bytes of a first visit, two ways:
//  - first visit (the ratchet): every response the server sends while a fresh Chromium opens
//    the standalone page and its service worker installs, gzip -9 of each body (measureFirstVisit);
//  - page files: index.html plus every local file it loads (script src, link href: stylesheets,
//    preloads, icon; img src) and every existing file named in a string of those scripts or of
//    inline scripts (imports, wasm, service worker …), read from disk (measurePage: the SurveyJS
//    page, which has no worker, and the per-file table of bench/run.mjs).
//
//   node bench/size.mjs                 first visit of dist/, its page files (and the SurveyJS page, if built)
//   node bench/size.mjs DIR [DIR …]     page files of these page directories
//   node bench/size.mjs --check [DIR]   first visit of dist/ against bench/size-budget: the change per
//                                       file, and a failure when the total is more than 1 % over
//                                       (TOLERANCE); ends with "size-budget: N passed, N failed"
//   node bench/size.mjs --record [DIR]  writes the first visit's figures into bench/size-budget
//
// gzip -9 is Debian's gzip CLI (`gzip -9 -n`, i.e. `gzip -9c | wc -c` without the file name in the
// header), so the figure is the one anyone can reproduce by hand; brotli -q 11 is node's zlib,
// which gives the same bytes as the `brotli -q 11` CLI. Both are deterministic for a given file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { startServer } from '../e2e/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '..');
export const BUDGET_FILE = join(here, 'size-budget');
export const DEFAULT_DIST = join(REPO, 'dist');
export const DEFAULT_SURVEYJS = join(here, 'work', 'surveyjs');

function localRef(ref) {
  return ref && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref);
}

// `apple-touch-icon` serves installing the page, not showing it: Safari fetches it only when the
// reader adds the page to the home screen. (Chromium does load the manifest, and its first icon,
// the page's own SVG, from the HTTP cache: both count.)
const NOT_LOADED = /^(?:canonical|alternate|prefetch|dns-prefetch|preconnect|next|prev|search|help|license|apple-touch-icon)$/i;

/** Files an HTML page loads: script src, link href (stylesheet, preload, icon …), img/source src,
 *  plus whatever its inline scripts name (see jsRefs). Links (<a href>) are not loads. */
function htmlRefs(text) {
  const refs = []; // [reference, strict]: a tag that loads a missing file is a broken page
  for (const [tag, name] of text.matchAll(/<(script|link|img|source|audio|video|iframe|embed)\b[^>]*>/gi)) {
    const attr = (a) => tag.match(new RegExp(`\\s${a}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);
    if (name.toLowerCase() === 'link') {
      if (!NOT_LOADED.test(attr('rel') ?? '')) refs.push([attr('href'), true]);
    } else {
      refs.push([attr('src'), true]);
    }
  }
  for (const [, body] of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) refs.push(...jsRefs(body));
  return refs.filter(([r]) => r).map(([r, strict]) => [r.split(/[?#]/)[0], strict]);
}

/** Asset names in a script's string literals ('./x.js', "x_bg.wasm", `sw.js` …): module imports,
 *  fetches, wasm, service workers. Only names of files that exist in the page count (pageFiles). */
function jsRefs(text) {
  const refs = [];
  for (const m of text.matchAll(/(["'`])((?:\.{1,2}\/)?[\w@.\-\/]+\.(?:m?js|wasm|css|json|svg|png|webp|woff2?|txt))\1/g)) {
    refs.push([m[2], false]); // a name in a script may be unused (e.g. wasm-bindgen's defaults)
  }
  return refs;
}

const SERVICE_WORKER = /\bcaches\.open\s*\(|\bskipWaiting\s*\(|addEventListener\(\s*["']fetch["']/;

/** index.html and every local file the first load fetches, as paths relative to `root`. */
export function pageFiles(root) {
  const base = resolve(root);
  const index = join(base, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} does not exist: build the page first`);
  const files = ['index.html'];
  const queue = [['index.html', htmlRefs(readFileSync(index, 'utf8'))]];
  while (queue.length) {
    const [from, refs] = queue.shift();
    for (const [ref, strict] of refs.filter(([r]) => localRef(r))) {
      const abs = normalize(ref.startsWith('/') ? join(base, ref) : join(base, dirname(from), ref));
      const rel = relative(base, abs);
      if (rel.startsWith('..') || files.includes(rel)) continue;
      if (!existsSync(abs) || !statSync(abs).isFile()) {
        if (strict) throw new Error(`${from} loads ${ref}, which is not in ${root}`);
        continue;
      }
      files.push(rel.split(sep).join('/'));
      if (rel.endsWith('.js') || rel.endsWith('.mjs')) {
        const text = readFileSync(abs, 'utf8');
        // A service worker counts itself (the browser fetches it on registration), but its
        // precache list is not followed: those fetches come after the page is up and mostly
        // revalidate the files counted already.
        if (!SERVICE_WORKER.test(text)) queue.push([rel, jsRefs(text)]);
      }
    }
  }
  return files;
}

export function gzipSize(bytes) {
  return execFileSync('gzip', ['-9', '-n', '-c'], { input: bytes, maxBuffer: 1 << 30 }).length;
}

export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

/** { root, files: [{ file, raw, gzip, brotli }], total: { raw, gzip, brotli } } */
export function measurePage(root) {
  const files = pageFiles(root).map((file) => {
    const bytes = readFileSync(join(root, file));
    return { file, raw: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes) };
  });
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of Object.keys(total)) total[k] += f[k];
  return { root, files, total };
}

/** Issue 27's budget for what a reader downloads before they can answer question 1. */
export const BEFORE_ANSWER_BUDGET = 12_000;

/**
 * What a reader downloads before they can answer question 1: the page (with the start screen in
 * it and loader/embed/early.js, which makes it work) and its style sheet. The loader, the
 * language file and the module come later. { files: [{ file, gzip }], gzip } of the page at
 * `root`; only these two files are read.
 */
export function beforeAnswer(root) {
  const files = pageFiles(root)
    .filter((file) => /^(?:index\.html|page-[0-9a-f]+\.css)$/.test(file))
    .map((file) => ({ file, gzip: gzipSize(readFileSync(join(root, file))) }));
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/** Quiet time after the worker is active before the count closes: nothing more is asked for. */
const SETTLE_MS = 1500;

/**
 * Every byte a first visit of the standalone page transfers, counted at the server: a fresh
 * Chromium profile opens `root`'s index.html through e2e/serve.mjs (ETag, `no-cache`, like common
 * static hosts) and stays until its service worker is active and the server has been quiet for
 * SETTLE_MS. Each served response counts with the gzip -9 (and brotli) size of its body, so a
 * file fetched twice counts twice and a 304 counts 0.
 * { root, files: [{ file, status, raw, gzip, brotli }], total } — files in the order served.
 */
export async function measureFirstVisit(root) {
  const { launch } = await import('../e2e/browser.mjs');
  const responses = [];
  let last = Date.now();
  // Under a path of its own, as a blog hosts it: at a site's root the page registers no worker.
  const site = mkdtempSync(join(tmpdir(), 'ct-size-'));
  symlinkSync(resolve(root), join(site, 'app'));
  const server = await startServer(site, 0, {
    served: ({ path, status, body }) => {
      responses.push({ path, status, body });
      last = Date.now();
    },
  });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}app/`);
    await page.locator('[data-screen="intro"]').waitFor({ timeout: 30_000 });
    const state = await page.evaluate(async () => {
      const registration = await Promise.race([
        navigator.serviceWorker.ready,
        new Promise((resolve) => setTimeout(resolve, 20_000)),
      ]);
      const worker = registration?.active;
      if (worker?.state === 'activating') await new Promise((done) => worker.addEventListener('statechange', done));
      return worker?.state ?? 'no worker';
    });
    if (state !== 'activated') throw new Error(`the service worker is not active after the first visit (${state})`);
    while (Date.now() - last < SETTLE_MS) await page.waitForTimeout(100);
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true });
  }
  const files = responses.map(({ path, status, body }) => ({
    file: `${path.replace(/^\/app\//, '') || './'}${status === 200 ? '' : ` (${status})`}`,
    status,
    raw: body.length,
    gzip: body.length ? gzipSize(body) : 0,
    brotli: body.length ? brotliSize(body) : 0,
  }));
  const bad = files.filter((f) => f.status >= 400);
  if (bad.length) throw new Error(`the first visit asked for missing files: ${bad.map((f) => f.file).join(', ')}`);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of Object.keys(total)) total[k] += f[k];
  return { root, files, total };
}

export const fmt = (n) => n.toLocaleString('en-US');

/** A Markdown table of one or more measured pages. */
export function sizeTable(pages) {
  const rows = ['| page | file | raw | gzip -9 | brotli -q 11 |', '| --- | --- | ---: | ---: | ---: |'];
  for (const { name, files, total } of pages) {
    for (const f of files) rows.push(`| ${name} | ${f.file} | ${fmt(f.raw)} | ${fmt(f.gzip)} | ${fmt(f.brotli)} |`);
    rows.push(`| **${name}** | **total (${files.length} files)** | **${fmt(total.raw)}** | **${fmt(total.gzip)}** | **${fmt(total.brotli)}** |`);
  }
  return rows.join('\n');
}

/** How far the first visit may grow past the recorded total before the check fails: gzip moves
 *  by about ±100 B on unrelated changes, and bytes differ a little from one compiler to the next.
 *  The check guards against accidents; a feature that spends bytes records the new figures. */
export const TOLERANCE = 0.01;

/** A served file's name without the build's hash, so the same file matches across builds:
 *  `client-triage-3f2a…_bg.wasm` → `client-triage-#_bg.wasm`. */
export function stableName(file) {
  return file.replace(/-[0-9a-f]{8,}(?=[._])/g, '-#');
}

/** { total, rustc, files: Map(stable name → gzip bytes) } as `--record` wrote them. */
export function readBudget(file = BUDGET_FILE) {
  const budget = { total: undefined, rustc: undefined, files: new Map() };
  for (const line of readFileSync(file, 'utf8').split('\n').map((l) => l.trim())) {
    const [word, ...rest] = line.split(' ');
    if (word === 'total') budget.total = Number(rest[0]);
    else if (word === 'rustc') budget.rustc = line;
    else if (word === 'file') budget.files.set(rest.slice(0, -1).join(' '), Number(rest.at(-1)));
  }
  if (!Number.isInteger(budget.total)) throw new Error(`${file} has no "total N" line`);
  return budget;
}

/** Gzip bytes per stable file name; a file served twice counts twice. */
function bytesPerFile(page) {
  const files = new Map();
  for (const f of page.files) files.set(stableName(f.file), (files.get(stableName(f.file)) ?? 0) + f.gzip);
  return files;
}

function compilerVersion() {
  try {
    return execFileSync('rustc', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'rustc (unknown)';
  }
}

function writeBudget(page) {
  const lines = [
    '# The first visit of dist/ in gzip -9 bytes, per file and in total, as `node bench/size.mjs --check`',
    '# measures it. The check fails when the total grows more than 1 % past `total` (bench/size.mjs,',
    '# TOLERANCE). A change that spends or saves bytes on purpose records them again with',
    '# `node bench/size.mjs --record` and says how many in its commit message.',
    `total ${page.total.gzip}`,
    compilerVersion(),
    ...[...bytesPerFile(page)].map(([name, bytes]) => `file ${name} ${bytes}`),
  ];
  writeFileSync(BUDGET_FILE, `${lines.join('\n')}\n`);
}

const signed = (n) => (n > 0 ? `+${fmt(n)}` : n < 0 ? `−${fmt(-n)}` : '±0');

/** Each file's change against the recorded figures, and files that came or went. */
function changeTable(recorded, now) {
  const rows = ['| file | recorded | now | change |', '| --- | ---: | ---: | ---: |'];
  for (const name of new Set([...recorded.keys(), ...now.keys()])) {
    const before = recorded.get(name) ?? 0;
    const after = now.get(name) ?? 0;
    rows.push(`| ${name} | ${recorded.has(name) ? fmt(before) : '–'} | ${now.has(name) ? fmt(after) : '–'} | ${signed(after - before)} |`);
  }
  return rows.join('\n');
}

async function check(dist) {
  const shown = relative(process.cwd(), dist) || '.';
  let ok = false;
  try {
    const page = await measureFirstVisit(dist);
    const recorded = readBudget();
    console.log(changeTable(recorded.files, bytesPerFile(page)));
    const rustc = compilerVersion();
    if (recorded.rustc && recorded.rustc !== rustc) {
      console.log(`size-budget: measured with ${rustc}, recorded with ${recorded.rustc}.`);
    }
    const limit = Math.floor(recorded.total * (1 + TOLERANCE));
    const total = page.total.gzip;
    const change = `${signed(total - recorded.total)} against the recorded ${fmt(recorded.total)}`;
    if (total > limit) {
      console.log(
        `size-budget: FAILED: ${shown}/ first visit is ${fmt(total)} bytes gzip -9 (${change}), over the ` +
          `limit of ${fmt(limit)} (recorded + ${TOLERANCE * 100} %). If an accident, the table above says ` +
          'which file grew; if a feature spends the bytes on purpose, `node bench/size.mjs --record` and say so in the commit.',
      );
    } else {
      ok = true;
      console.log(`size-budget: ok: ${shown}/ first visit is ${fmt(total)} bytes gzip -9 (${change}; limit ${fmt(limit)}).`);
    }
  } catch (err) {
    console.log(`size-budget: FAILED: ${err.message}`);
  }
  // The start-up guard that needs no timing: what comes before question 1 stays small.
  const start = beforeAnswer(dist);
  const startOk = start.files.length === 2 && start.gzip <= BEFORE_ANSWER_BUDGET;
  console.log(
    `size-budget: ${startOk ? 'ok' : 'FAILED'}: bytes before question 1 (${start.files.map((f) => f.file).join(', ')}) ` +
      `${fmt(start.gzip)} gzip -9, budget ${fmt(BEFORE_ANSWER_BUDGET)}.`,
  );
  const passed = Number(ok) + Number(startOk);
  console.log(`size-budget: ${passed} passed, ${2 - passed} failed`);
  return ok && startOk;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.includes('--record')) {
    const dir = args.find((a) => !a.startsWith('--'));
    const page = await measureFirstVisit(dir ? resolve(dir) : DEFAULT_DIST);
    writeBudget(page);
    console.log(`size-budget: recorded ${fmt(page.total.gzip)} bytes gzip -9 in bench/size-budget.`);
    process.exit(0);
  }
  if (args.includes('--check')) {
    const dir = args.find((a) => !a.startsWith('--'));
    process.exit((await check(dir ? resolve(dir) : DEFAULT_DIST)) ? 0 : 1);
  }
  if (!args.length && existsSync(join(DEFAULT_DIST, 'index.html'))) {
    console.log(`${sizeTable([{ name: 'first visit (dist)', ...(await measureFirstVisit(DEFAULT_DIST)) }])}\n`);
  }
  const dirs = args.length
    ? args.map((d) => [d, resolve(d)])
    : [['ours (dist)', DEFAULT_DIST], ['SurveyJS', DEFAULT_SURVEYJS]].filter(([, d]) => existsSync(join(d, 'index.html')));
  if (!dirs.length) {
    console.error('No page to measure: build dist/ first (make dist).');
    process.exit(1);
  }
  console.log(sizeTable(dirs.map(([name, d]) => ({ name, ...measurePage(d) }))));
}
