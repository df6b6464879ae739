// loader/embed/upgrade.js in Node: the service worker's registration and a newer build taking
// over. Its page (the opt-in, the server's answers, the worker container) is a stand-in; each
// import with its own query is a fresh copy of the module, reading the page as it is then.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { GLUE, LANGUAGE_FILES } from '../embed/build.js';

const setGlobal = (name, value) => Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
let optIn;
let answers;
let fetched;
let registered;
let logged;
beforeEach(() => {
  optIn = null;
  answers = {};
  fetched = [];
  registered = [];
  logged = [];
  setGlobal('document', { querySelector: (selector) => (selector.includes('client-triage-offline') ? optIn : null) });
  setGlobal('navigator', { serviceWorker: { register: async (url, options) => registered.push([String(url), options]) } });
  globalThis.fetch = async (url, options) => {
    const name = String(url).split('/').pop().split('?')[0];
    fetched.push([name, options?.cache]);
    return name in answers ? new Response(answers[name]) : new Response('', { status: 404 });
  };
  for (const level of ['info', 'warn']) console[level] = (...args) => logged.push(`${level}: ${args[0]}`);
});
let copies = 0;
const fresh = () => import(`../embed/upgrade.js?copy=${(copies += 1)}`);

test('registerServiceWorker: only where the page opts in, in the loader’s folder, as its scope', async () => {
  const blog = await fresh();
  blog.registerServiceWorker();
  assert.deepEqual(registered, [], 'a blog page registers none');
  optIn = { content: 'on' };
  const page = await fresh();
  assert.equal(page.STANDALONE, optIn);
  page.registerServiceWorker();
  assert.deepEqual(registered, [[new URL('sw.js', page.BASE).href, { scope: page.BASE.pathname }]]);
  assert.ok(page.BASE.href.endsWith('/loader/embed/'));
  setGlobal('navigator', {});
  page.registerServiceWorker();
  assert.equal(registered.length, 1, 'no worker container: nothing');
});

test('registerServiceWorker: a refused registration is a warning, no failure', async () => {
  optIn = { content: 'on' };
  setGlobal('navigator', { serviceWorker: { register: () => Promise.reject(new Error('insecure')) } });
  (await fresh()).registerServiceWorker();
  await new Promise((resolve) => setTimeout(resolve));
  assert.deepEqual(logged, ['warn: client-triage: no offline support here.']);
});

test('handOverToNewBuild: the same build on the server (or none) keeps this loader; another one is imported once, under a name of its own', async () => {
  const upgrade = await fresh();
  assert.equal(await upgrade.handOverToNewBuild(), false, 'the server has no such file');
  answers['upgrade.js'] = `const GLUE = '${GLUE}';`;
  assert.equal(await upgrade.handOverToNewBuild(), false, 'the server has this build');
  assert.deepEqual(fetched.at(-1), ['upgrade.js', 'no-cache'], 'asked past the cache');
  answers['upgrade.js'] = "const GLUE = 'client-triage-new.js';";
  // The newer loader is this file again here: it imports with ct-build.
  assert.equal(await upgrade.handOverToNewBuild(), true);
  assert.deepEqual(logged, ['info: client-triage: a newer version is deployed; it takes over.']);
});

test('handOverToNewBuild: a loader that is itself the newer one (ct-build) hands over no further', async () => {
  const newer = await import('../embed/upgrade.js?ct-build=1-a');
  answers['upgrade.js'] = "const GLUE = 'client-triage-new.js';";
  assert.equal(await newer.handOverToNewBuild(), false);
  assert.deepEqual(fetched, [], 'it does not even ask');
});

test("deployedLanguage: the language file the deployed loader names, fetched; this loader's own name or none is a 404", async () => {
  const upgrade = await fresh();
  answers['upgrade.js'] = `const LANGUAGE_FILES = {de:"texts-de-0123abcd.txt",en:"texts-en-4567ef.txt"};`;
  answers['texts-en-4567ef.txt'] = 'the newer English file';
  assert.equal(await upgrade.deployedLanguage('en'), 'the newer English file');
  answers['upgrade.js'] = `const LANGUAGE_FILES = ${JSON.stringify(LANGUAGE_FILES)};`;
  await assert.rejects(upgrade.deployedLanguage('en'), (reason) => reason === 404);
  answers['upgrade.js'] = 'nothing';
  await assert.rejects(upgrade.deployedLanguage('de'), (reason) => reason === 404);
  answers['upgrade.js'] = 'texts-de-89ab.txt';
  await assert.rejects(upgrade.deployedLanguage('de'), (reason) => reason === 404, 'named, but the server lacks it');
});
