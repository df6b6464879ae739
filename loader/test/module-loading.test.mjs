// loader/embed/module-fetch.js and module-inline.js (the module loading job, in its two
// implementations) in Node, and the choice between them at bundle time (scripts/bundle-loader.mjs).
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { bundleLoader } from '../../scripts/bundle-loader.mjs';
import { GLUE, LANGUAGE_FILES, WASM } from '../embed/build.js';
import { languageFile, startModule } from '../embed/module-fetch.js';

const folder = await mkdtemp(join(tmpdir(), 'ct-loader-'));
after(() => rm(folder, { recursive: true, force: true }));
const fresh = (file) => new URL(file, pathToFileURL(`${folder}/`));
/** What happened, in order: fetches, the glue's start, `ready`. */
const events = [];
globalThis.fetch = async (url) => {
  events.push(`fetch ${String(url).split('/').pop()}`);
  const name = String(url).split('/').pop();
  if (name === LANGUAGE_FILES.en) return new Response('the English file');
  return new Response('gone', { status: 404 });
};
// A glue as wasm-bindgen writes it: a default export that starts the module.
await writeFile(
  join(folder, GLUE),
  `export default async function init(options) { globalThis.__events.push('init ' + (options.module_or_path instanceof Promise)); }
   export const mount_host = () => {}, connect = () => {}, crash_channel = () => {};`,
);
globalThis.__events = events;

test("module-fetch: a language's file is fetched by its hashed name; a refusal carries the status", async () => {
  assert.equal(await languageFile('en', fresh), 'the English file');
  await assert.rejects(languageFile('de', fresh), (status) => status === 404);
});

test('module-fetch: the wasm downloads alongside the glue; it starts only once ready() is through, and a ready() that throws stops it', async () => {
  events.length = 0;
  const glue = await startModule(fresh, async () => events.push('ready'));
  assert.deepEqual(events, [`fetch ${WASM}`, 'ready', 'init true']);
  assert.equal(typeof glue.mount_host, 'function');
  events.length = 0;
  await assert.rejects(
    startModule(
      (file) => new URL(`${file}?retry=1`, pathToFileURL(`${folder}/`)),
      async () => {
        throw new Error('a language file is gone');
      },
    ),
    /is gone/,
  );
  assert.deepEqual(events, [`fetch ${WASM}?retry=1`], 'no start');
});

const FAKE_GLUE = `export default async function init({ module_or_path }) { globalThis.__started = [...module_or_path]; }
export function mount_host() { return 'mount_host'; }
export function connect() {}
export function crash_channel() {}
export function unused() {}`;

test('module-inline: the files are here already, the glue is bundled in, the module starts from its bytes once ready', async () => {
  const names = { GLUE: 'client-triage-1.js', WASM: Buffer.from([0, 97, 115, 109]).toString('base64'), LANGUAGE_FILES: { de: 'der deutsche Text', en: 'the English text' } };
  const code = await bundleLoader({ names, glue: FAKE_GLUE, entry: new URL('../embed/module-inline.js', import.meta.url).pathname });
  const inline = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  assert.equal(await inline.languageFile('de'), 'der deutsche Text');
  const order = [];
  globalThis.__started = null;
  const glue = await inline.startModule(null, async () => order.push(`ready ${globalThis.__started}`));
  assert.deepEqual(order, ['ready null'], 'not started before ready');
  assert.deepEqual(globalThis.__started, [0, 97, 115, 109]);
  assert.deepEqual(Object.keys(glue).sort(), ['connect', 'crash_channel', 'mount_host']);
  assert.equal(glue.mount_host(), 'mount_host');
});

test('the bundle takes module-fetch.js for a served page and module-inline.js for the single file, with the names given', async () => {
  const names = { GLUE: 'client-triage-abc.js', WASM: 'client-triage-abc_bg.wasm', LANGUAGE_FILES: { de: 'texts-de-1.txt', en: 'texts-en-2.txt' } };
  const served = await bundleLoader({ names });
  assert.match(served, /loader\/embed\/module-fetch\.js/);
  assert.doesNotMatch(served, /module-inline|ct:glue|client-triage-0/);
  for (const name of [names.GLUE, names.WASM, ...Object.values(names.LANGUAGE_FILES)]) assert.ok(served.includes(name), name);
  const single = await bundleLoader({ names: { ...names, WASM: 'AGFzbQ==', LANGUAGE_FILES: { de: 'Text', en: 'text' } }, glue: FAKE_GLUE });
  assert.match(single, /loader\/embed\/module-inline\.js/);
  assert.doesNotMatch(single, /module-fetch|import\(fresh\(GLUE\)/);
  assert.ok(single.includes('AGFzbQ=='));
  await assert.rejects(bundleLoader({ names: { ...names, OTHER: 1 } }), /unknown name OTHER/);
});
