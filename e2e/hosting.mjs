// Serving dist/ the way a blog would: a copy under a path of its own, and polling a page.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A blog post with the package's snippet (start screen in its HTML) for `lang`, its loader
 *  beside the page (./embed.js) as a test server serves it; `before`: the post's text above. */
export async function snippetPost(dist, lang, before = '') {
  const snippet = (await readFile(join(dist, `snippet-${lang}.html`), 'utf8')).replace('/widgets/client-triage/embed.js', './embed.js');
  return `<!doctype html><html lang="${lang}"><title>Post</title><link rel="icon" href="data:,"><body>${before}${snippet}</body></html>`;
}

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

/** Names that carry their content's hash (trunk's and post-build's): what a deploy replaces. */
// Trunk writes its hash without leading zeros: 15 digits or fewer now and then.
const HASHED = /-[0-9a-f]{8,16}(?:_bg)?\.(?:js|wasm|txt|css)$/;

/** What build B says and runs that build A does not: its Next button's text ends in MARK (in
 *  its language files), and its glue sets `window.__ctBuild` to 'B' as it loads. */
export const MARK = ' ·B';
export const NEXT = { de: 'Weiter', en: 'Next' };

/** Build B: build A with every hashed file under a new name (its hash reversed), every
 *  reference rewritten, A's hashed files deleted — what an upload of a new build does — and
 *  its code and texts changed: the glue marks itself, the Next button reads differently. */
export async function deployBuildB(root) {
  const files = await readdir(root);
  const renamed = new Map(
    files.filter((f) => HASHED.test(f)).map((f) => [f, f.replace(/[0-9a-f]{8,16}/, (hash) => [...hash].reverse().join(''))]),
  );
  for (const file of files.filter((f) => /\.(?:js|html)$/.test(f))) {
    let text = await readFile(join(root, file), 'utf8');
    for (const [from, to] of renamed) text = text.replaceAll(from, to);
    await writeFile(join(root, file), text);
  }
  for (const [from, to] of renamed) await rename(join(root, from), join(root, to));
  for (const to of renamed.values()) {
    const file = join(root, to);
    const lang = to.match(/^texts-(de|en)-/)?.[1];
    if (lang) {
      // The texts part: texts split by U+001F, before the first U+001E (then the start screens, the styles).
      const [texts, ...rest] = (await readFile(file, 'utf8')).split('\u001e');
      const parts = texts.split('\u001f');
      assert.ok(parts.includes(NEXT[lang]), `${to} has the text "${NEXT[lang]}"`);
      parts[parts.indexOf(NEXT[lang])] += MARK;
      await writeFile(file, [parts.join('\u001f'), ...rest].join('\u001e'));
    } else if (/^client-triage-[0-9a-f]+\.js$/.test(to)) {
      await writeFile(file, `window.__ctBuild = 'B';\n${await readFile(file, 'utf8')}`);
    }
  }
  assert.equal([...renamed.values()].filter((f) => /^texts-/.test(f)).length, 2, 'both language files changed');
  return renamed;
}
