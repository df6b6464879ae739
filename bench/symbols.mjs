// Names that must not be in the shipped wasm (bench/forbidden-symbols): the size levers, guarded
// by name instead of by a byte count. Reads the named twin of the shipped wasm (bench/named.mjs)
// and ends with "forbidden-symbols: N passed, N failed" for scripts/test-all.sh.
//
//   node bench/symbols.mjs     after `trunk build --release --offline`
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './size.mjs';
import { namedWasm, readNames } from './named.mjs';

const rules = readFileSync(join(REPO, 'bench', 'forbidden-symbols'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [, pattern, why] = line.match(/^(\S+)\s+(.*)$/);
    return { pattern: new RegExp(pattern), why };
  });

const { named } = namedWasm();
const { names } = readNames(readFileSync(named));
// Names in Rust's v0 form carry crate disambiguators (`core[c5930c85a12de822]::fmt`): dropped,
// so a pattern reads like a path.
const all = [...names.fn.values(), ...names.data.values()].map((name) => name.replace(/\[[0-9a-f]+\]/g, ''));
if (all.length < 1000) throw new Error(`${named} has only ${all.length} names: not a named build`);

let failed = 0;
for (const { pattern, why } of rules) {
  const found = all.filter((name) => pattern.test(name));
  if (found.length === 0) continue;
  failed += 1;
  console.log(`forbidden-symbols: ${pattern} is in the build — ${why}`);
  for (const name of found.slice(0, 5)) console.log(`  ${name}`);
  if (found.length > 5) console.log(`  … and ${found.length - 5} more`);
}
console.log(`forbidden-symbols: checked ${all.length} names against ${rules.length} patterns`);
console.log(`forbidden-symbols: ${failed ? 0 : 1} passed, ${failed ? 1 : 0} failed`);
process.exit(failed ? 1 : 0);
