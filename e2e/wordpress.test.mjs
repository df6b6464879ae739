// The WordPress plugin on a real WordPress (issue 27): Debian's WordPress 6.1 with the default
// block theme (Twenty Twenty-Three), its own MariaDB and `php -S` on loopback (e2e/wordpress.mjs).
// The zip `make package` writes is uploaded under Plugins → Add New → Upload in Chromium and
// activated; an Author (no unfiltered_html) writes a post with two shortcodes, an administrator a
// page with the block; readers' answers survive a reload and an update of the plugin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AFTER_NEXT_FRAME, axe, launchPlain, SHOTS, watch } from './browser.mjs';
import { ADMIN, installed, startWordPress } from './wordpress.mjs';
import { MARK, NEXT, deployBuildB } from './hosting.mjs';
import { buildWordPressPlugin, version } from '../scripts/package.mjs';

const AUTHOR = { login: 'anna', password: 'anna-e2e-password' };
const PHONE = { viewport: { width: 375, height: 800 }, locale: 'de-DE' };
const START = /Einschätzung starten|Start the assessment/;

let wp;
let browser;
let admin; // a page logged in as the administrator
let reader; // a reader's browser context: its storage lives through the whole file
let work;
let zips;
const posts = {};

before(async () => {
  const missing = installed();
  if (missing.length) throw new Error(`missing ${missing.join(', ')}: run scripts/install-tools.sh`);
  work = await mkdtemp(join(tmpdir(), 'ct-wp-zips-'));
  const v = await version();
  // The update is another build (deployBuildB: new file names, its code and texts marked) under
  // a new version, as a release of the plugin brings it.
  await mkdir(join(work, 'update'));
  const distB = join(work, 'dist-b');
  await cp('dist', distB, { recursive: true });
  await deployBuildB(distB);
  zips = {
    first: { ...(await buildWordPressPlugin({ out: work })), version: v },
    update: { ...(await buildWordPressPlugin({ dist: distB, out: join(work, 'update'), version: `${v}.1` })), version: `${v}.1` },
  };
  [wp, browser] = await Promise.all([startWordPress(), launchPlain()]);
  await mkdir(SHOTS, { recursive: true });
  admin = await (await browser.newContext()).newPage();
  reader = await browser.newContext(PHONE);
});

after(async () => {
  await browser?.close();
  await wp?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Logs the administrator in (once). */
async function logIn() {
  await admin.goto(`${wp.url}wp-login.php`);
  await admin.locator('#user_login').fill(ADMIN.login);
  await admin.locator('#user_pass').fill(ADMIN.password);
  await Promise.all([admin.waitForURL(/wp-admin/), admin.locator('#wp-submit').click()]);
}

/** Uploads `zip` under Plugins → Add New → Upload Plugin; `replace`: over the installed one. */
async function upload(zip, { replace = false } = {}) {
  await admin.goto(`${wp.url}wp-admin/plugin-install.php?tab=upload`);
  await admin.locator('#pluginzip').setInputFiles(zip.path);
  await admin.locator('#install-plugin-submit').click();
  if (replace) {
    // WordPress compares the two versions and offers to replace the installed plugin.
    await admin.getByText(zip.version, { exact: false }).first().waitFor();
    await admin.getByRole('link', { name: /Replace current with uploaded/ }).click();
  }
  await admin.getByText(/Plugin (installed|updated) successfully/).waitFor({ timeout: 60000 });
}

/** The host elements' shadow roots as a locator per widget. */
const widgets = (page) => page.locator('[data-client-triage]');

/** Starts `host`'s widget (named `label`) and answers `count` questions with option `index`. */
async function answer(host, count, index, label) {
  await host.getByRole('button', { name: START }).waitFor();
  if (label) await host.locator('.ct-intro .ct-input').fill(label);
  await host.getByRole('button', { name: START }).click();
  for (let n = 1; n <= count; n += 1) {
    await host.locator(`[role=progressbar][aria-valuenow="${n}"]`).waitFor();
    await host.getByRole('radio').nth(index).check();
    await host.locator('button[type=submit]').click();
  }
  await host.locator(`[role=progressbar][aria-valuenow="${count + 1}"]`).waitFor();
}

/** The scripts of a page's HTML as the server sent it, as [type, src]. */
const scripts = (html) => [...html.matchAll(/<script\b([^>]*)>/g)].map(([, a]) => [a.match(/type="([^"]+)"/)?.[1] ?? '', a.match(/src=['"]([^'"]+)/)?.[1] ?? '']);

test('the zip installs through Plugins → Add New → Upload and activates; the Plugins screen says where readers\' data lives', async () => {
  const names = execFileSync('unzip', ['-Z1', zips.first.path], { encoding: 'utf8' }).split('\n');
  for (const name of ['client-triage/client-triage.php', 'client-triage/block/block.json', 'client-triage/block/render.php', 'client-triage/readme.txt', 'client-triage/build/embed.js', 'client-triage/languages/client-triage-de_DE.mo']) {
    assert.ok(names.includes(name), `the zip holds ${name}`);
  }
  await logIn();
  await upload(zips.first);
  await admin.getByRole('link', { name: 'Activate Plugin' }).click();
  const row = admin.locator('tr[data-slug="client-triage"]');
  await row.waitFor();
  assert.match(await row.getAttribute('class'), /\bactive\b/);
  assert.match(await row.innerText(), new RegExp(`Version ${zips.first.version.replaceAll('.', '\\.')}\\b`));
  assert.match(await row.innerText(), /Readers' answers live only in their own browsers/);
});

test("an Author's post with two shortcodes: both widgets load, work apart and keep their answers after a reload; nothing leaves 127.0.0.1", async () => {
  const author = await wp.setup('author', AUTHOR);
  assert.equal(author.unfiltered_html, false, 'an Author may not post scripts');
  posts.post = await wp.setup('post', {
    author: AUTHOR.login,
    type: 'post',
    title: 'Zwei Widgets',
    content: '<p>Vorher.</p>\n[client_triage lang="de" storage_key="post-a" load="eager"]\n<p>Dazwischen.</p>\n[client_triage lang="en" storage_key="post-b"]\n<p>Danach.</p><script>window.__authorScript = 1</script>',
  });
  assert.ok(!posts.post.content.includes('<script'), "WordPress removed the Author's own script (why the plugin is needed)");
  const html = await (await fetch(posts.post.url)).text();
  const loaders = scripts(html).filter(([, src]) => src.includes('client-triage/build/embed.js'));
  assert.deepEqual(loaders.map(([type]) => type), ['module'], 'the loader once, as a module');
  assert.match(loaders[0][1], new RegExp(`^${wp.url}wp-content/plugins/client-triage/build/embed\\.js\\?ver=${zips.first.version}$`));
  assert.equal((html.match(/<div data-client-triage /g) ?? []).length, 2);

  const page = await reader.newPage();
  const log = watch(page);
  await page.goto(posts.post.url);
  const [a, b] = [widgets(page).nth(0), widgets(page).nth(1)];
  await answer(a, 2, 1, 'Agentur A');
  assert.equal(await b.locator('[data-screen]').getAttribute('data-screen'), 'intro', 'the second widget is untouched');
  await answer(b, 1, 2, 'Agency B');
  await page.screenshot({ path: `${SHOTS}/wordpress-post-375.png`, fullPage: true });
  await page.reload();
  await a.locator('[role=progressbar][aria-valuenow="3"]').waitFor();
  await b.locator('[role=progressbar][aria-valuenow="2"]').waitFor();
  const stored = await page.evaluate(() => ['client-triage:post-a', 'client-triage:post-b'].map((key) => JSON.parse(localStorage.getItem(key)).clients.map((c) => c.label)));
  assert.deepEqual(stored, [['Agentur A'], ['Agency B']], 'each widget under its own key');
  assert.equal(await page.evaluate(() => window.__authorScript), undefined);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.failed, []);
  assert.deepEqual(log.requests.filter((url) => !url.startsWith('http://127.0.0.1:')), [], 'no request leaves the machine');
  assert.ok(log.requests.some((url) => url.endsWith('_bg.wasm')), 'the module came from the plugin');
  await page.close();
});

test("the start screen is in the HTML the server sent: styled before any script in the post's languages; Start works once the loader runs; nothing shifts", async () => {
  const html = await (await fetch(posts.post.url)).text();
  const hosts = [...html.matchAll(/<div data-client-triage[^>]*>\s*<template shadowrootmode="open"><style>[\s\S]+?<\/style><div data-ct-start="(de|en)">/g)].map((m) => m[1]);
  assert.deepEqual(hosts, ['de', 'en'], 'each host carries its start screen in its own language');

  // Without JavaScript: the browser builds the shadow roots from the HTML alone.
  const still = await (await browser.newContext({ ...PHONE, javaScriptEnabled: false })).newPage();
  await still.goto(posts.post.url);
  const shown = await widgets(still).evaluateAll((all) => all.map((host) => {
    const start = host.shadowRoot?.querySelector('.ct-start');
    return start && { title: host.shadowRoot.querySelector('.ct-title').textContent, disabled: start.disabled, styled: getComputedStyle(start).minHeight };
  }));
  assert.deepEqual(shown.map((s) => s?.disabled), [true, true], 'Start waits for the loader');
  assert.match(shown[0].title, /^Schwieriger Kunde/);
  assert.match(shown[1].title, /^Difficult client/);
  assert.equal(shown[0].styled, '44px', "the widget's styles apply");
  await still.screenshot({ path: `${SHOTS}/wordpress-start-screen-no-script-375.png`, fullPage: true });
  await still.context().close();

  // With the module held back: Start and question 1 work from the page's start screen, and the
  // module takes over in place.
  const page = await (await browser.newContext(PHONE)).newPage();
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm/, async (route) => {
    await released;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__cls += e.hadRecentInput ? 0 : e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  const log = watch(page);
  await page.goto(posts.post.url);
  const a = widgets(page).nth(0);
  await a.getByRole('button', { name: 'Einschätzung starten' }).click();
  await a.getByRole('radio').nth(1).check();
  assert.equal(await a.locator('[data-screen]').count(), 0, 'still without the module');
  release();
  await a.locator('[data-screen="question"]').waitFor();
  assert.ok(await a.getByRole('radio').nth(1).isChecked(), 'the answer carried over');
  await widgets(page).nth(1).locator('[data-screen="intro"]').waitFor();
  // A layout shift is reported with the frame that shows it.
  for (let frame = 0; frame < 3; frame += 1) await page.evaluate(AFTER_NEXT_FRAME);
  assert.equal(await page.evaluate(() => window.__cls), 0, 'no layout shift');
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('a page built with the block renders the same widget; a page without one gets no script', async () => {
  posts.page = await wp.setup('post', {
    author: ADMIN.login,
    type: 'page',
    title: 'Block',
    content: '<!-- wp:client-triage/widget {"lang":"en","storageKey":"page","theme":"dark","persist":"on","sourceUrl":"https://example.com/blog/difficult-clients/","load":"eager"} /-->',
  });
  const html = await (await fetch(posts.page.url)).text();
  assert.match(html, /<div class="wp-block-client-triage-widget">\s*<div data-client-triage data-lang="en" data-storage-key="page" data-theme="dark" data-persist="on" data-source-url="https:\/\/example\.com\/blog\/difficult-clients\/" data-load="eager">/);
  const page = await reader.newPage();
  const log = watch(page);
  await page.goto(posts.page.url);
  await widgets(page).locator('[data-screen="intro"][data-theme="dark"]').waitFor();
  await widgets(page).getByRole('button', { name: 'Start the assessment' }).click();
  await widgets(page).locator('[data-screen="question"]').waitFor();
  assert.deepEqual(log.errors, []);
  await page.close();

  const plain = await wp.setup('post', { author: ADMIN.login, type: 'page', title: 'Ohne', content: '<p>Kein Widget.</p>' });
  const without = await (await fetch(plain.url)).text();
  assert.ok(!without.includes('client-triage'), 'nothing of the plugin on a page without a widget');
});

test("the block in the editor: the server's preview, and its options in the sidebar in German from the plugin's translation", async () => {
  assert.deepEqual(await wp.setup('language', { locale: 'de_DE' }), { locale: 'de_DE' });
  try {
    const log = watch(admin);
    await admin.goto(`${wp.url}wp-admin/post.php?post=${posts.page.id}&action=edit`);
    // The editor greets a first visit with a guide.
    const guide = admin.getByRole('dialog').getByRole('button', { name: /Close/ });
    await guide.click({ timeout: 20000 }).catch(() => {});
    const block = admin.locator('[data-type="client-triage/widget"]');
    await block.getByText('Client Triage: Die Selbsteinschätzung erscheint hier auf der veröffentlichten Seite.').waitFor({ timeout: 60000 });
    assert.equal(await block.getAttribute('data-title'), 'Client Triage – schwierige Kunden', "block.json's title, translated");
    await block.click();
    await admin.getByRole('button', { name: 'Optionen' }).waitFor();
    assert.equal(await admin.getByLabel('Sprache').inputValue(), 'en');
    assert.equal(await admin.getByLabel('Speicherschlüssel').inputValue(), 'page');
    assert.deepEqual(log.errors.filter((e) => /client-triage|editor\.js/i.test(e)), []);
  } finally {
    await wp.setup('language', { locale: '' });
  }
});

test('a shortcode with a bad option shows a visible, escaped message in the site\'s language, never broken markup', async () => {
  const bad = [
    ['[client_triage lang="fr"]', '"fr" is not a value for lang. It accepts: de, en.'],
    ['[client_triage langg="de"]', 'unknown option langg="de".'],
    [`[client_triage storage_key='a" onclick="window.__injected=1']`, `"a" onclick="window.__injected=1" is not a value for storage_key`],
    ["[client_triage theme='<b>bold</b>']", '"<b>bold</b>" is not a value for theme.'],
    ['[client_triage source_url="javascript:alert(1)"]', '"javascript:alert(1)" is not a value for source_url. It accepts: an address starting with https:// (or http://).'],
    ['[client_triage persist="maybe"]', '"maybe" is not a value for persist. It accepts: on, off.'],
  ];
  const post = await wp.setup('post', { author: ADMIN.login, type: 'post', title: 'Fehler', content: bad.map(([code]) => `<p>x</p>${code}`).join('\n') });
  const page = await reader.newPage();
  await page.goto(post.url);
  const messages = page.locator('p.client-triage-error');
  assert.equal(await messages.count(), bad.length);
  for (const [i, [, text]] of bad.entries()) assert.ok((await messages.nth(i).innerText()).includes(text), `message ${i}: ${await messages.nth(i).innerText()}`);
  assert.equal(await page.locator('[data-client-triage], .client-triage-error b, [onclick]').count(), 0, 'no widget, no markup from the attributes');
  await messages.first().click();
  assert.equal(await page.evaluate(() => window.__injected), undefined);
  await page.close();

  // In German, from the plugin's own translation (WordPress itself has no German here).
  assert.deepEqual(await wp.setup('language', { locale: 'de_DE' }), { locale: 'de_DE' });
  try {
    const html = await (await fetch(post.url)).text();
    assert.match(html, /„fr“ ist kein Wert für lang\. Erlaubt: de, en\./);
    assert.match(html, /unbekannte Option langg=&quot;de&quot;/);
  } finally {
    await wp.setup('language', { locale: '' });
  }
});

test("an update of the plugin (Upload → Replace current with uploaded) keeps readers' answers", async () => {
  await upload(zips.update, { replace: true });
  const html = await (await fetch(posts.post.url)).text();
  assert.ok(html.includes(`embed.js?ver=${zips.update.version}'`) || html.includes(`embed.js?ver=${zips.update.version}"`), 'the new version is served');
  const page = await reader.newPage();
  await page.goto(posts.post.url);
  const [a, b] = [widgets(page).nth(0), widgets(page).nth(1)];
  await a.locator('[role=progressbar][aria-valuenow="3"]').waitFor();
  await b.locator('[role=progressbar][aria-valuenow="2"]').waitFor();
  assert.equal(await page.evaluate(() => window.__ctBuild), 'B', 'the new build runs');
  assert.match(await a.locator('button[type=submit]').textContent(), new RegExp(`^(${NEXT.de}|${NEXT.en})${MARK}$`), 'with its texts');
  await admin.goto(`${wp.url}wp-admin/plugins.php`);
  const row = admin.locator('tr[data-slug="client-triage"]');
  assert.match(await row.getAttribute('class'), /\bactive\b/, 'still active after the update');
  assert.match(await row.innerText(), new RegExp(`Version ${zips.update.version.replaceAll('.', '\\.')}\\b`));
  await page.close();
});

test('axe finds nothing on the WordPress post; screenshots at 375 px in German and English', async () => {
  for (const lang of ['de', 'en']) {
    const post = await wp.setup('post', { author: AUTHOR.login, type: 'post', title: lang === 'de' ? 'Ein schwieriger Kunde' : 'A difficult client', content: `<p>${lang === 'de' ? 'Mach den Test:' : 'Take the test:'}</p>\n[client_triage lang="${lang}" storage_key="axe-${lang}" load="eager"]` });
    const page = await (await browser.newContext({ ...PHONE, locale: lang })).newPage();
    await page.goto(post.url);
    await widgets(page).locator('[data-screen="intro"]').waitFor();
    await axe(page, `WordPress post, ${lang}`);
    await page.screenshot({ path: `${SHOTS}/wordpress-${lang}-375.png`, fullPage: true });
    await page.context().close();
  }
});
