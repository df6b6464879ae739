// The shipped wasm with names: trunk's own wasm-opt pipeline (the data-wasm-opt* attributes of
// index.html) run once more on trunk's wasm-bindgen output (target/wasm-bindgen/release/), with
// -g, into target/size-map/named.wasm. The shipped wasm has no names (wasm-opt --strip-debug);
// named.wasm without its name section is proven byte for byte the shipped wasm re-encoded by
// wasm-opt, so every name in it belongs to shipped code. Used by bench/size-map.mjs (the size
// map) and bench/symbols.mjs (the symbols that must not be in the build).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './size.mjs';
import { renameImports } from '../scripts/short-imports.mjs';

export const OUT = join(REPO, 'target', 'size-map');
const BIN = join(REPO, 'node_modules', '.bin');
export const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, PATH: `${BIN}:${process.env.HOME}/.cargo/bin:${process.env.PATH}` } });

/** Builds target/size-map/named.wasm for the wasm in `dist` (unless it is newer than both the
 *  shipped wasm and index.html) and returns the paths of the shipped and the named wasm. */
export function namedWasm(dist = join(REPO, 'dist')) {
  const shipped = join(dist, readdirSync(dist).find((f) => f.endsWith('_bg.wasm')));
  const bindgen = join(REPO, 'target', 'wasm-bindgen', 'release', 'client-triage_bg.wasm');
  const named = join(OUT, 'named.wasm');
  const index = join(REPO, 'index.html');
  if (existsSync(named) && statSync(named).mtimeMs > Math.max(statSync(shipped).mtimeMs, statSync(index).mtimeMs)) {
    return { shipped, named };
  }
  const source = readFileSync(index, 'utf8');
  const level = source.match(/data-wasm-opt="([^"]+)"/)[1];
  const params = source.match(/data-wasm-opt-params="([^"]+)"/)[1].split(/\s+/);
  mkdirSync(OUT, { recursive: true });
  // The shipped module's imports carry short names (scripts/short-imports.mjs); so must the twin.
  const shortBindgen = join(OUT, 'bindgen-short.wasm');
  writeFileSync(shortBindgen, renameImports(readFileSync(bindgen)).wasm);
  const building = join(OUT, 'named-building.wasm');
  run('wasm-opt', ['-g', `--output=${building}`, `-O${level}`, shortBindgen, ...params]);
  run('wasm-opt', ['--all-features', '--strip-debug', building, '-o', join(OUT, 'named-stripped.wasm')]);
  run('wasm-opt', ['--all-features', shipped, '-o', join(OUT, 'shipped-reencoded.wasm')]);
  if (!readFileSync(join(OUT, 'named-stripped.wasm')).equals(readFileSync(join(OUT, 'shipped-reencoded.wasm')))) {
    throw new Error('the named twin is not the shipped code: run `trunk build --release --offline` first');
  }
  writeFileSync(named, readFileSync(building));
  return { shipped, named };
}

export function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** The wasm's sections, and the names of its functions and data segments by index, from the
 *  name section (subsections 1 and 9). */
export function readNames(bytes) {
  const sections = [];
  for (let at = 8; at < bytes.length; ) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    sections.push({ id, start, end: start + size, head: at });
    at = start + size;
  }
  const names = { fn: new Map(), data: new Map() };
  let nameSection = null;
  for (const s of sections) {
    if (s.id !== 0) continue;
    const [len, p] = leb(bytes, s.start);
    if (bytes.subarray(p, p + len).toString() !== 'name') continue;
    nameSection = s;
    for (let at = p + len; at < s.end; ) {
      const kind = bytes[at];
      const [size, body] = leb(bytes, at + 1);
      if (kind === 1 || kind === 9) {
        let [count, q] = leb(bytes, body);
        for (; count > 0; count -= 1) {
          let idx;
          let n;
          [idx, q] = leb(bytes, q);
          [n, q] = leb(bytes, q);
          (kind === 1 ? names.fn : names.data).set(idx, bytes.subarray(q, q + n).toString());
          q += n;
        }
      }
      at = body + size;
    }
  }
  return { sections, names, nameSection };
}
