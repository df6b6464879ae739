// The loader's modules as they are (not bundled) in headless Chromium: the repository served on
// loopback, so that `import('/loader/embed/panels.js')` in a page loads the module and its
// imports, loader/generated/facts.js among them (checked in).
import { after, afterEach, before } from 'node:test';
import { launchPlain } from '../../e2e/browser.mjs';
import { startServer } from '../../e2e/serve.mjs';

/** Starts the server and Chromium before the file's first test and stops them after its last.
 *  `suite.open(body, { routes, init })` opens a page of the served origin with `body` in it,
 *  in a context of its own; `routes`: { path: (route) => … } answered instead of the server;
 *  `init`: a script run before the page's own. */
export function chromiumSuite() {
  const suite = {
    server: null,
    browser: null,
    async open(body = '', { routes = {}, init } = {}) {
      const context = await suite.browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      page.on('close', () => context.close().catch(() => {}));
      page.errors = [];
      page.on('pageerror', (error) => page.errors.push(String(error)));
      if (init) await page.addInitScript(init);
      for (const [path, handle] of Object.entries(routes)) await context.route(new URL(path, suite.server.url).href, handle);
      const url = new URL('/__page', suite.server.url).href;
      await context.route(url, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>a page</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`,
        }),
      );
      await page.goto(url);
      return page;
    },
  };
  before(async () => {
    suite.server = await startServer('.');
    suite.browser = await launchPlain();
  });
  afterEach(async () => {
    for (const context of suite.browser?.contexts() ?? []) await context.close();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
