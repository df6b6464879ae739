// The installable standalone page and the package for blog owners (issue 16): the web app
// manifest is valid, linked only from index.html, served with its type and available offline;
// `make package` (scripts/package.mjs) holds every file, and the snippet of its EMBED.md, under
// its CSP, runs a widget from the unzipped folder served under a path of its own.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './serve.mjs';
import { launch, recordViolations, watch } from './browser.mjs';
import { hostedCopy } from './hosting.mjs';
import { buildPackage, version } from '../scripts/package.mjs';

const DIST = 'dist';

/** What installing needs offline: the manifest and its first icon (the page's own SVG icon,
 *  which Chromium's install check picks). The PNGs are fetched when a reader installs, online. */
async function offlineInstallFiles() {
  const index = await readFile(join(DIST, 'index.html'), 'utf8');
  const manifest = index.match(/<link rel="manifest" href="([^"]+)">/)[1];
  const { icons } = JSON.parse(await readFile(join(DIST, manifest), 'utf8'));
  return [manifest, icons[0].src];
}

let browser;
let work;
const servers = [];

/** A server that afterEach closes, also when its test failed half-way. */
async function serve(root, options) {
  const server = await startServer(root, 0, options);
  servers.push(server);
  return server;
}

before(async () => {
  browser = await launch();
  work = await mkdtemp(join(tmpdir(), 'ct-package-'));
});
afterEach(async () => {
  await browser.closePages();
  while (servers.length) await servers.pop().close();
});
after(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR', 'IHDR comes first');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** No scheme, no leading slash, no `..`: a URL that works wherever the folder is uploaded. */
const isRelativeHere = (url) => !/^(?:[a-z][a-z0-9+.-]*:|\/|\.\.)/i.test(url);

/** The page's own colours, taken from the style sheets the manifest must agree with. */
async function palette() {
  const page = await readFile('styles/page.css', 'utf8');
  const widget = await readFile('styles/widget.css', 'utf8');
  return {
    background: page.match(/body\s*\{[^}]*background:\s*(#[0-9a-f]{6})/i)[1],
    accent: widget.match(/--_accent:\s*var\(--ct-accent,\s*(#[0-9a-f]{6})\)/i)[1],
  };
}

test('the manifest is valid: its members, relative URLs, the palette, and every icon a PNG of its size', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8'));
  for (const member of ['name', 'short_name', 'start_url', 'scope', 'display', 'icons', 'theme_color', 'background_color']) {
    assert.ok(manifest[member], `member ${member}`);
  }
  assert.equal(manifest.display, 'standalone');
  for (const member of ['id', 'start_url', 'scope']) {
    assert.ok(isRelativeHere(manifest[member]), `${member} "${manifest[member]}" works from any folder`);
  }
  assert.ok(manifest.short_name.length <= 13, 'short_name fits under an icon');
  const colours = await palette();
  assert.equal(manifest.theme_color.toLowerCase(), colours.accent, 'theme colour = the widget accent');
  assert.equal(manifest.background_color.toLowerCase(), colours.background, 'background = the page');

  // First the page's own SVG icon, at any size: Chromium's install check then takes it from the
  // HTTP cache instead of downloading a PNG on every first visit.
  const [svg, ...pngs] = manifest.icons;
  assert.deepEqual(svg, { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' });
  assert.match(await readFile(join(DIST, svg.src), 'utf8'), /^<svg /);
  for (const icon of pngs) {
    assert.ok(isRelativeHere(icon.src), `${icon.src} is relative`);
    assert.equal(icon.type, 'image/png', icon.src);
    assert.equal(pngSize(await readFile(join(DIST, icon.src))), icon.sizes, `${icon.src} is ${icon.sizes}`);
  }
  const any = manifest.icons.filter((i) => (i.purpose ?? 'any').split(' ').includes('any')).map((i) => i.sizes);
  assert.ok(any.includes('192x192') && any.includes('512x512'), "Chrome's install criteria: 192 and 512 px");
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'), 'a maskable icon');

  const index = await readFile(join(DIST, 'index.html'), 'utf8');
  const touchIcon = index.match(/<link rel="apple-touch-icon" href="([^"]+)">/)[1];
  assert.equal(pngSize(await readFile(join(DIST, touchIcon))), '180x180', "Safari's touch icon");
  assert.equal(index.match(/<meta name="theme-color" content="([^"]+)">/)[1], manifest.theme_color);
});

test('only index.html links the manifest and the touch icon: the embed, the demo and the single file do not', async () => {
  const linked = (html) => /rel="(?:manifest|apple-touch-icon)"|name="theme-color"/.test(html);
  assert.ok(linked(await readFile(join(DIST, 'index.html'), 'utf8')), 'the standalone page links them');
  assert.ok(!linked(await readFile(join(DIST, 'blog-demo.html'), 'utf8')), 'blog-demo.html');
  assert.ok(!/rel="(?:manifest|apple-touch-icon)"/.test(await readFile(join(DIST, 'client-triage.html'), 'utf8')), 'the single file');
  assert.ok(!/manifest|apple-touch/.test(await readFile(join(DIST, 'embed.js'), 'utf8')), 'the loader adds none');

  // And a blog post running the widget has none in its document.
  const server = await serve(DIST);
  const page = await browser.context.newPage();
  await page.goto(`${server.url}blog-demo.html`);
  await page.locator('[data-screen="intro"]').first().waitFor();
  assert.equal(await page.locator('link[rel="manifest"], link[rel="apple-touch-icon"], meta[name="theme-color"]').count(), 0);
  await page.close();
});

test('the standalone page is installable in Chromium; its manifest and icons are served with their types and work offline', async () => {
  // In a folder, as the worker registers nowhere else.
  const hosted = await hostedCopy('app');
  const server = await serve(hosted.root);
  const home = hosted.url(server);
  for (const [file, type] of [['manifest.webmanifest', 'application/manifest+json'], ['icon-192.png', 'image/png']]) {
    const response = await fetch(`${home}${file}`);
    assert.equal(response.status, 200, file);
    assert.equal(response.headers.get('content-type'), type, file);
  }

  // The persistent context: Chromium installs nothing from an incognito one.
  const { context } = browser;
  const page = await context.newPage();
  const log = watch(page);
  await page.goto(home);
  await page.locator('[data-screen="intro"]').waitFor();
  const cdp = await context.newCDPSession(page);
  const { url, errors } = await cdp.send('Page.getAppManifest');
  assert.equal(url, `${home}manifest.webmanifest`);
  assert.deepEqual(errors, [], 'Chromium parses the manifest without complaint');
  // Chromium's own install check (what Lighthouse's PWA audits used to run, gone in Lighthouse 12).
  assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);

  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const files = await offlineInstallFiles();
  assert.deepEqual(files, ['manifest.webmanifest', 'favicon.svg']);
  const fetched = log.requests.map((u) => new URL(u).pathname.split('/').pop());
  assert.ok(!fetched.some((f) => f.endsWith('.png')), `no PNG icon on a visit: ${fetched.join(', ')}`);
  await context.setOffline(true);
  try {
    const statuses = await page.evaluate(async (files) => {
      const answers = await Promise.all(files.map((f) => fetch(f).then((r) => r.status, () => 'failed')));
      return Object.fromEntries(files.map((f, i) => [f, answers[i]]));
    }, files);
    assert.deepEqual(statuses, Object.fromEntries(files.map((f) => [f, 200])), 'offline, the worker has them');
  } finally {
    await context.setOffline(false);
  }
  assert.deepEqual(log.failed, []);
  await page.close();
  await rm(hosted.root, { recursive: true });
});

/** Unpacks `zipFile` with Info-ZIP's unzip (not our writer's code) into a fresh folder. */
async function unpack(zipFile) {
  execFileSync('unzip', ['-tq', zipFile]); // every entry's CRC-32 checks out
  const dir = await mkdtemp(join(work, 'unzipped-'));
  execFileSync('unzip', ['-q', zipFile, '-d', dir]);
  return dir;
}

let unpacked; // the folder scripts/package.mjs wrote and unzip unpacked, for the next test

test('make package: the zip holds EMBED.md and every file of dist/, byte for byte, and what embed.js loads', async () => {
  const v = await version();
  const built = await buildPackage({ dist: DIST, out: work });
  assert.equal(built.path, join(work, `client-triage-${v}.zip`), 'named after the version in Cargo.toml');
  const dir = await unpack(built.path);
  assert.deepEqual(await readdir(dir), [`client-triage-${v}`]);
  const top = join(dir, `client-triage-${v}`);
  assert.deepEqual((await readdir(top)).sort(), ['EMBED.md', 'client-triage']);

  const dist = (await readdir(DIST)).sort();
  assert.deepEqual((await readdir(join(top, 'client-triage'))).sort(), dist, 'every file of dist/, nothing else');
  for (const file of dist) {
    assert.ok((await readFile(join(top, 'client-triage', file))).equals(await readFile(join(DIST, file))), `${file} unchanged`);
  }
  // What the snippet needs: embed.js and the two files it names.
  const embed = await readFile(join(top, 'client-triage', 'embed.js'), 'utf8');
  const named = [...embed.matchAll(/["'`](client-triage-[0-9a-f]+(?:_bg\.wasm|\.js))["'`]/g)].map((m) => m[1]);
  assert.equal(new Set(named).size, 2, 'embed.js names the glue and the wasm');
  for (const file of named) assert.ok(dist.includes(file), `${file} is in the package`);
  assert.match(await readFile(join(top, 'EMBED.md'), 'utf8'), new RegExp(`Version ${v.replace(/\./g, '\\.')}`));
  unpacked = top;
});

/** The first fenced block of `language` in a Markdown text that matches `pattern`. */
function codeBlock(markdown, language, pattern) {
  const blocks = [...markdown.matchAll(/^```([a-z]*)\n([\s\S]*?)^```$/gm)].filter(([, lang]) => lang === language).map(([, , code]) => code);
  const found = blocks.find((code) => pattern.test(code));
  assert.ok(found, `a ${language || 'plain'} block matching ${pattern}`);
  return found;
}

test("EMBED.md's snippet, under EMBED.md's CSP, runs a widget from the unzipped folder served under a subpath", async () => {
  assert.ok(unpacked, 'the package test ran first');
  const guide = await readFile(join(unpacked, 'EMBED.md'), 'utf8');
  const snippet = codeBlock(guide, 'html', /data-client-triage/);
  const csp = codeBlock(guide, '', /^Content-Security-Policy:/m).match(/^Content-Security-Policy:\s*(.+)$/m)[1];
  const src = snippet.match(/<script type="module" src="([^"]+)"><\/script>/)[1];
  assert.match(src, /^\/.+\/embed\.js$/, 'the snippet loads embed.js from an absolute path');

  // The site: the uploaded folder where the snippet says, a post somewhere else.
  const site = await mkdtemp(join(work, 'site-'));
  const folder = join(site, src.replace(/^\/|\/embed\.js$/g, ''));
  await mkdir(join(folder, '..'), { recursive: true });
  await rename(join(unpacked, 'client-triage'), folder);
  await mkdir(join(site, 'blog', '2026'), { recursive: true });
  const icon = src.replace(/embed\.js$/, 'favicon.svg'); // allowed by the CSP, unlike data:
  const post = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
<link rel="icon" href="${icon}"></head><body><h1>A post</h1>\n${snippet}\n</body></html>`;
  await writeFile(join(site, 'blog', '2026', 'post.html'), post);

  const uploaded = new Set(await readdir(folder));
  let policy = csp;
  const server = await serve(site, { headers: () => ({ 'content-security-policy': policy }) });
  const page = await browser.context.newPage();
  const log = watch(page);
  await page.addInitScript(recordViolations);
  await page.goto(`${server.url}blog/2026/post.html`);
  await page.locator('[data-screen="intro"]').waitFor();
  await page.locator('.ct-start').click();
  await page.locator('[data-screen="question"] [role=progressbar][aria-valuenow="1"]').waitFor();
  await page.getByRole('radio').first().check();
  await page.locator('button[type=submit]').click();
  await page.locator('[data-screen="question"] [role=progressbar][aria-valuenow="2"]').waitFor();

  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
  assert.deepEqual(log.errors, [], 'no console error');
  assert.deepEqual(log.failed, [], 'every request answered');
  const widgetPath = new URL(src, server.url).pathname.replace(/embed\.js$/, '');
  const fromWidget = log.requests.map((u) => new URL(u).pathname).filter((p) => p.startsWith(widgetPath));
  assert.ok(fromWidget.length >= 3, 'embed.js, the glue and the wasm were loaded');
  for (const path of fromWidget) assert.ok(uploaded.has(path.slice(widgetPath.length)), `${path} is a file of the package`);

  // The standalone page from the same upload. Its inline scripts (the language file early, the
  // start screen working early) are allowed by the hashes EMBED.md gives, the built scripts' …
  const withHash = codeBlock(guide, '', /sha256-/).match(/^Content-Security-Policy:\s*(.+)$/m)[1];
  const index = await readFile(join(folder, 'index.html'), 'utf8');
  const script = index.match(/<script data-[^>]*>([^<]+)<\/script>/)[1];
  assert.ok(withHash.includes(`'sha256-${createHash('sha256').update(script).digest('base64')}'`), "EMBED.md's hash is the inline script's");
  const early = index.match(/<\/div><script>([\s\S]+?)<\/script>/)[1];
  assert.ok(withHash.includes(`'sha256-${createHash('sha256').update(early).digest('base64')}'`), "EMBED.md's hash is the start screen script's");
  const style = index.match(/<style>([\s\S]+?)<\/style>/)[1];
  assert.ok(withHash.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`), "EMBED.md's hash is the start screen's style's");
  policy = withHash;
  const fresh = await browser.context.browser().newContext();
  const allowed = await fresh.newPage();
  await allowed.addInitScript(recordViolations);
  await allowed.goto(new URL(widgetPath, server.url).href);
  await allowed.locator('[data-screen="intro"]').waitFor();
  assert.deepEqual(await allowed.evaluate(() => window.__violations), [], 'no CSP violation with the hash');
  await fresh.close();
  // … and under the plain policy it is blocked, reported, and the page works all the same; its
  // manifest is fine too.
  policy = csp;
  const standalone = await browser.context.newPage();
  await standalone.addInitScript(recordViolations);
  await standalone.goto(new URL(widgetPath, server.url).href);
  // The same origin and storage key as the post: it resumes on the question the post left.
  await standalone.locator('[data-screen="question"] [role=progressbar][aria-valuenow="2"]').waitFor();
  const cdp = await browser.context.newCDPSession(standalone);
  assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);
  assert.deepEqual(await standalone.evaluate(() => window.__violations), ['script-src-elem inline', 'style-src-elem inline', 'script-src-elem inline'], 'only the inline scripts and style are blocked');
  await page.close();
  await standalone.close();
});

test("EMBED.md names every data-* attribute of the README's table and the README's CSP; the README points to it", async () => {
  const readme = await readFile('README.md', 'utf8');
  const guide = await readFile('docs/EMBED.md', 'utf8');
  const attributes = [...readme.matchAll(/^\| `(data-[a-z-]+)` \|/gm)].map((m) => m[1]);
  assert.ok(attributes.length >= 4, 'the README table has its rows');
  const documented = [...guide.matchAll(/^\| `(data-[a-z-]+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual(documented, attributes, 'the same attributes, in the same order');
  const policy = (text) => text.match(/^Content-Security-Policy: .+$/m)?.[0];
  assert.equal(policy(guide), policy(readme), 'the same CSP line');
  assert.match(readme, /\(docs\/EMBED\.md\)/, 'the README links docs/EMBED.md');
  assert.match(readme, /make package/, 'and says how to get the zip');
});

test('the snippet with the start screen: its start screen shows without any script, styled, in its language; the widget starts from it', async () => {
  const snippet = await readFile(join(DIST, 'snippet-en.html'), 'utf8');
  assert.match(snippet, /^<!-- client-triage: .*'sha256-[^']+' in style-src/);
  const post = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,"></head>
<body><h1>A post</h1>\n${snippet.replace('/widgets/client-triage/embed.js', '/embed.js')}</body></html>`;
  const root = await mkdtemp(join(work, 'snippet-'));
  await cp(DIST, root, { recursive: true });
  await writeFile(join(root, 'post.html'), post);
  const server = await serve(root);
  const still = await browser.context.browser().newContext({ javaScriptEnabled: false });
  const page = await still.newPage();
  await page.goto(`${server.url}post.html`);
  const host = page.locator('[data-client-triage]');
  assert.match(await host.locator('.ct-title').textContent(), /^Difficult client/);
  assert.equal(await host.locator('.ct-start').evaluate((b) => getComputedStyle(b).minHeight), '44px', 'styled');
  await still.close();

  const live = await browser.context.newPage();
  const log = watch(live);
  await live.goto(`${server.url}post.html`);
  await live.locator('[data-client-triage] .ct-start').click();
  await live.locator('[data-client-triage] [data-screen="question"]').waitFor();
  assert.deepEqual(log.errors, []);
});
