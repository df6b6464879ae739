// Every text the reader sees, pinned against reviewed copies in tests/golden/ (issue 28): the
// language files' texts (what `cargo run --example texts` writes, one text a line) and the
// result screens of the answer patterns in tests/golden/answers.txt (what
// `cargo run --example results` renders as text, both languages, empty builders and a named
// client with filled builders), and the first pattern's walk there: intro, every question, review). A change of wording fails here with a diff until a person has
// read it and accepted it:
//
//   make golden          (the same as UPDATE_GOLDEN=1 node --test e2e/golden.test.mjs)
//
// rewrites tests/golden/ from the code; review `git diff tests/golden/` and commit it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { QUESTION_COUNT } from './browser.mjs';

const GOLDEN = 'tests/golden';
const OUT = 'target/golden';
const NOW = join(OUT, 'now');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const ACCEPT = 'If the change is intended, accept it with `make golden` '
  + '(= UPDATE_GOLDEN=1 node --test e2e/golden.test.mjs), read `git diff tests/golden/` and commit it.';

const cargo = (...args) => execFileSync('cargo', ['run', '--quiet', '--locked', '--example', ...args], { stdio: ['ignore', 'inherit', 'inherit'] });

/** What the code shows now, by its path under tests/golden/. */
function generate() {
  rmSync(OUT, { recursive: true, force: true });
  cargo('texts', '--', join(OUT, 'texts'));
  cargo('results', '--', join(GOLDEN, 'answers.txt'), join(OUT, 'results'));
  cargo('results', '--', join(GOLDEN, 'answers.txt'), join(OUT, 'results-named'), 'Agentur Muster');
  const files = {};
  for (const lang of ['de', 'en']) {
    // One text a line; a text's own line breaks written as \n, so the line count stays the text count.
    const texts = readFileSync(join(OUT, 'texts', `${lang}.txt`), 'utf8').split('\u001f');
    files[`texts-${lang}.txt`] = texts.map((t) => t.replace(/\n/g, '\\n')).join('\n') + '\n';
  }
  for (const folder of ['results', 'results-named']) {
    for (const name of readdirSync(join(OUT, folder)).sort()) {
      files[`${folder}/${name}`] = readFileSync(join(OUT, folder, name), 'utf8');
    }
  }
  return files;
}

/** Every file under tests/golden/ but the answers, by its path there. */
function goldenFiles(dir = GOLDEN, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = prefix + entry.name;
    if (entry.isDirectory()) return goldenFiles(join(dir, entry.name), `${path}/`);
    return path === 'answers.txt' || path === 'README.md' ? [] : [path];
  });
}

/** `diff -u` of the reviewed copy against now, at most 120 lines. */
function difference(path) {
  const run = spawnSync('diff', ['-u', '--label', `${GOLDEN}/${path} (reviewed)`, '--label', `${path} (now)`, join(GOLDEN, path), join(NOW, path)], { encoding: 'utf8' });
  const lines = run.stdout.split('\n');
  return lines.length > 120 ? [...lines.slice(0, 120), `… ${lines.length - 120} more lines`].join('\n') : run.stdout;
}

const now = generate();
for (const [path, content] of Object.entries(now)) {
  mkdirSync(dirname(join(NOW, path)), { recursive: true });
  writeFileSync(join(NOW, path), content);
}

if (UPDATE) {
  for (const path of goldenFiles()) if (!(path in now)) rmSync(join(GOLDEN, path));
  for (const [path, content] of Object.entries(now)) {
    mkdirSync(dirname(join(GOLDEN, path)), { recursive: true });
    writeFileSync(join(GOLDEN, path), content);
  }
  console.log(`UPDATE_GOLDEN=1: wrote ${Object.keys(now).length} files to ${GOLDEN}/; review them with git diff ${GOLDEN}/`);
}

for (const path of Object.keys(now)) {
  test(`${path} reads as reviewed (tests/golden/${path})`, () => {
    const file = join(GOLDEN, path);
    assert.ok(existsSync(file), `tests/golden/${path} is missing: a new screen or language file. ${ACCEPT}`);
    if (readFileSync(file, 'utf8') !== now[path]) {
      assert.fail(`The reader's text changed (tests/golden/${path}):\n${difference(path)}\n${ACCEPT}`);
    }
  });
}

test('every reviewed copy still has its screen', () => {
  const stale = goldenFiles().filter((path) => !(path in now));
  assert.deepEqual(stale, [], `reviewed copies no screen is rendered for any more. ${ACCEPT}`);
  // The set is not empty by accident: both languages, both builder states, every pattern, and
  // the walk to the first result (intro, 18 questions, review) in both languages.
  const patterns = readFileSync(join(GOLDEN, 'answers.txt'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  assert.equal(Object.keys(now).length, 2 + patterns.length * 2 * 2 + 2, 'texts-de, texts-en, four screens per pattern, two walks');
  for (const lang of ['de', 'en']) {
    const walk = now[`results/${patterns[0].split(/\s+/)[0]}-walk-${lang}.txt`] ?? '';
    assert.equal(walk.split('=== next screen ===').length, 1 + QUESTION_COUNT + 1, `${lang}: intro, every question, review`);
  }
});
