// An upgrade on a host that caches like real ones (issue 26, item 9): Debian's nginx on
// loopback, embed.js sent with `Cache-Control: max-age=86400` in one run and with only
// Last-Modified (cached by heuristic) in the other, .wasm as application/octet-stream and .txt
// as text/plain; charset=utf-8. Build A is loaded, build B deployed and A's hashed files deleted:
// a tab running A, a tab that had only A's loader, and a new tab all still work. Build B differs
// from A in its code (its glue marks itself) and its texts (its Next button): the tabs that load
// it run B's code and show B's texts, and the reader's data that A kept carries on in B.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AFTER_NEXT_FRAME, launchPlain } from './browser.mjs';
import { MARK, NEXT, deployBuildB, snippetPost } from './hosting.mjs';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync) ?? 'nginx';

let browser;
before(async () => {
  browser = await launchPlain();
});
after(async () => {
  await browser?.close();
});

/** A free loopback port. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** nginx serving `root` on loopback from a generated config in a temp prefix; `embedJs` is the
 *  config of embed.js's location. Returns its URL, its access log and stop(). */
async function startNginx(root, embedJs) {
  const prefix = await mkdtemp(join(tmpdir(), 'ct-nginx-'));
  const port = await freePort();
  const config = `
daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections 64; }
http {
  access_log ${prefix}/access.log;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  types {
    text/html html;
    text/javascript js;
    text/css css;
    text/plain txt;
    image/svg+xml svg;
    image/png png;
    application/manifest+json webmanifest;
  }
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/plain text/css text/javascript;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location = /embed.js { ${embedJs} }
  }
}
`;
  await writeFile(join(prefix, 'nginx.conf'), config);
  const nginx = spawn(NGINX, ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i += 1) {
    if (await fetch(url).then(() => true, () => false)) break;
    if (i > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${await readFile(join(prefix, 'error.log'), 'utf8').catch(() => '')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    log: () => readFile(join(prefix, 'access.log'), 'utf8'),
    async stop() {
      nginx.kill('SIGTERM');
      await new Promise((resolve) => (nginx.exitCode !== null ? resolve() : nginx.once('exit', resolve)));
      await rm(prefix, { recursive: true, force: true });
    },
  };
}

const intro = (host) => host.locator('[data-screen="intro"]');

/** The widget works: Start, an answer, Next reaches question 2 (only the module does that). */
async function works(host) {
  await host.getByRole('button', { name: /Einschätzung (starten|fortsetzen)|Start the assessment/ }).click();
  await host.getByRole('radio').first().check();
  await host.locator('button[type=submit]').click();
  await host.locator('[role=progressbar][aria-valuenow="2"]').waitFor();
}

for (const [caching, embedJs] of [
  ['Cache-Control: max-age=86400', 'add_header Cache-Control "max-age=86400";'],
  ['only Last-Modified (heuristic caching)', 'etag off;'],
]) {
  test(`after a deploy, with embed.js sent with ${caching}: the open tab, a tab with only the old loader and a new tab all work`, async () => {
    const root = await mkdtemp(join(tmpdir(), 'ct-deploy-'));
    await cp('dist', root, { recursive: true });
    // A post with the start screen in its HTML (the snippet, as the WordPress plugin writes it
    // too), far down: the loader starts loading only once the reader comes near.
    await writeFile(join(root, 'snippet-post.html'), await snippetPost(root, 'de', '<div style="height:300vh">Text</div>'));
    // Uploaded a month ago: by heuristic, a browser may reuse it for about three days.
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    await utimes(join(root, 'embed.js'), monthAgo, monthAgo);
    const server = await startNginx(root, embedJs);
    const context = () => browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
    const [running, lazy, later, cached] = [await context(), await context(), await context(), await context()];
    try {
      // The types common hosts send.
      const types = async (pattern) => {
        const file = (await readdir(root)).find((f) => pattern.test(f));
        return (await fetch(`${server.url}${file}`)).headers.get('content-type');
      };
      assert.equal(await types(/\.wasm$/), 'application/octet-stream');
      assert.equal(await types(/\.txt$/), 'text/plain; charset=utf-8');
      const requests = async (pattern) => (await server.log()).split('\n').filter((line) => pattern.test(line)).length;

      // Build A: one tab runs it; two others had only its loader (the widget far down a post).
      const open = await running.newPage();
      await open.goto(`${server.url}blog-long.html`);
      const openHost = open.locator('[data-client-triage]');
      await openHost.scrollIntoViewIfNeeded();
      await intro(openHost).waitFor();
      const wasm = await requests(/_bg\.wasm/);
      const before = await lazy.newPage();
      await before.goto(`${server.url}blog-long.html`);
      const visited = await later.newPage();
      await visited.goto(`${server.url}blog-long.html`);
      // Loaded, and the loader's IntersectionObserver has had its first frames to report in.
      for (let frame = 0; frame < 3; frame += 1) await visited.evaluate(AFTER_NEXT_FRAME);
      await visited.close();
      const read = await cached.newPage();
      await read.goto(`${server.url}snippet-post.html`);
      await read.close();
      assert.equal(await requests(/_bg\.wasm/), wasm, 'the long posts fetched only the loader');

      assert.equal(await open.evaluate(() => window.__ctBuild), undefined, 'A runs A’s code');

      const renamed = await deployBuildB(root);
      const oldGlue = [...renamed.keys()].find((f) => f.endsWith('.js'));
      const stale = new RegExp(`GET /${oldGlue.replace('.', '\\.')}[^"]*" 404`);

      // The tab running A keeps working, and its other language (never loaded) comes from B.
      await works(openHost);
      await openHost.getByRole('button', { name: 'English' }).click();
      await openHost.getByRole('button', { name: `Next${MARK}` }).waitFor();
      assert.equal(await open.evaluate(() => window.__ctBuild), undefined, 'still A’s code in the open tab');

      // The tab that had only A's loader scrolls down to the widget.
      const lazyHost = before.locator('[data-client-triage]');
      await lazyHost.scrollIntoViewIfNeeded();
      await intro(lazyHost).waitFor();
      await works(lazyHost);
      assert.equal(await requests(stale), 1, 'its loader was A’s and met the deploy');
      assert.equal(await before.evaluate(() => window.__ctBuild), 'B', 'it runs B’s code');
      assert.equal((await lazyHost.locator('button[type=submit]').textContent()).trim(), `${NEXT.de}${MARK}`, 'with B’s texts');

      // A new tab: embed.js comes from the browser's cache (A's), names A's files, which are gone.
      const fresh = await later.newPage();
      await fresh.goto(`${server.url}blog-demo.html`);
      const freshHost = fresh.locator('[data-client-triage][data-lang="de"]');
      await intro(freshHost).waitFor();
      await works(freshHost);
      assert.equal(await requests(stale), 2, 'the new tab’s loader came from the cache, A’s');
      assert.equal(await fresh.evaluate(() => window.__ctBuild), 'B', 'the new tab runs B’s code');
      assert.equal((await freshHost.locator('button[type=submit]').textContent()).trim(), `${NEXT.de}${MARK}`, 'with B’s texts');

      // A new tab on the post with the start screen in its HTML, A's loader from the cache: the
      // reader types a name, starts and answers before the loader meets the deploy (in one task:
      // the heading's focus brings the widget near, and the loader starts a frame later); A's
      // loader hands the screen over.
      const goneFiles = new RegExp(`GET /(?:${[...renamed.keys()].map((f) => f.replaceAll('.', '\\.')).join('|')})[^"]*" 404`);
      const goneBefore = await requests(goneFiles);
      const snippetPage = await cached.newPage();
      await snippetPage.goto(`${server.url}snippet-post.html`);
      const snippetHost = snippetPage.locator('[data-client-triage]');
      await snippetHost.evaluate((host) => {
        host.shadowRoot.querySelector('.ct-input').value = 'Agentur Süd';
        host.shadowRoot.querySelector('.ct-start').click();
        host.shadowRoot.querySelectorAll('input[type=radio]')[1].click();
      });
      await snippetHost.scrollIntoViewIfNeeded();
      await snippetHost.locator('[data-screen="question"]').waitFor();
      assert.ok((await requests(goneFiles)) > goneBefore, 'its loader was A’s and met the deploy');
      assert.equal(await snippetPage.evaluate(() => window.__ctBuild), 'B', 'B’s code took over');
      assert.ok(await snippetHost.getByRole('radio').nth(1).isChecked(), 'the answer given on A’s start screen');
      await snippetPage.waitForFunction(() => localStorage.getItem('client-triage')?.includes('Agentur Süd'));

      // The reader's data, as build A keeps it: question 1 answered, on question 2.
      // blog-long.html keeps its data under its own key.
      const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('client-triage:client-triage-demo-long')));
      const dataOfA = await stored(open);
      assert.equal(Object.keys(dataOfA.clients[0].draft.answers).length, 1, 'one answer kept by A');
      // The reader comes back to the post in a new tab: B's code, B's texts, A's data.
      const again = await running.newPage();
      await again.goto(`${server.url}blog-long.html`);
      const againHost = again.locator('[data-client-triage]');
      await againHost.scrollIntoViewIfNeeded();
      const resume = againHost.getByRole('button', { name: /Einschätzung fortsetzen|Continue the assessment/ });
      await againHost.locator('[role=progressbar][aria-valuenow="2"]').or(resume).first().waitFor();
      if (await resume.count()) await resume.click();
      await againHost.locator('[role=progressbar][aria-valuenow="2"]').waitFor();
      assert.equal(await again.evaluate(() => window.__ctBuild), 'B', 'the reader’s new tab runs B’s code');
      assert.match(await againHost.locator('button[type=submit]').textContent(), new RegExp(`${MARK}$`), 'with B’s texts');
      const dataOfB = await stored(again);
      assert.deepEqual(dataOfB.clients[0].draft.answers, dataOfA.clients[0].draft.answers, 'A’s answers, kept');
      assert.equal(dataOfB.clients.length, dataOfA.clients.length);
      await againHost.getByRole('radio').first().check();
      await againHost.locator('button[type=submit]').click();
      await againHost.locator('[role=progressbar][aria-valuenow="3"]').waitFor();
      for (const page of [open, before, fresh, snippetPage, again]) assert.equal(await page.locator('.ct-fallback').count(), 0);
    } finally {
      for (const each of [running, lazy, later, cached]) await each.close();
      await server.stop();
      await rm(root, { recursive: true, force: true });
    }
  });
}
