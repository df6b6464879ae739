// Serving dist/ the way a blog would: a copy under a path of its own, and polling a page.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Polls `fn` in the page (up to 10 s) until it is true. */
export async function until(page, fn, what) {
  for (let i = 0; i < 100; i += 1) {
    if (await page.evaluate(fn)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A copy of dist/ under a path of a fresh root, as a blog would host it. */
export async function hostedCopy(path = 'blog/assets/widget') {
  const root = await mkdtemp(join(tmpdir(), 'ct-host-'));
  await cp('dist', join(root, path), { recursive: true });
  return { root, dir: join(root, path), url: (server) => `${server.url}${path}/` };
}

/**
 * A "deploy" of the worker of `hosted`: its sw.js gets the build id `id` (the cache it fills is
 * named after it) and whatever `edit` does to its text. Returns the build id it had before.
 * Knows how post-build writes the id into sw.js, so that the tests need not.
 */
export async function deployWorker(hosted, id, edit = (sw) => sw) {
  const file = join(hosted.dir, 'sw.js');
  const sw = await readFile(file, 'utf8');
  const build = sw.match(/([0-9a-f]{16})`/)[1];
  await writeFile(file, edit(sw.replace(build, id)));
  return build;
}
