// The size map of the shipped wasm (issue 12): every byte of dist/'s wasm, grouped by owner.
//
//   node bench/size-map.mjs            prints the map (after `trunk build --release --offline`)
//   node bench/size-map.mjs --write    also puts it into bench/README.md between the size-map marks
//
// The names come from the shipped wasm's named twin (bench/named.mjs: trunk's wasm-opt pipeline
// once more with -g, proven to be the shipped code). Then:
//  - raw: each function body and data segment, by `twiggy top` (twiggy 0.8, crates.io), grouped
//    by the path its name starts with (the crate or module that owns the code; a generic
//    instantiated for one of our types counts for the generic's owner);
//  - gzip: what each group costs in the gzip -9 of the wasm — the wasm with the group's bytes
//    left out, compressed, against the whole (marginal, so the rows do not add up exactly);
//  - texts: the string literals of src/i18n/de.rs and en.rs found in the data segments (none since
//    the texts load as files of their own; the row shows up again if any slip back). The widget's
//    style sheet is not in the wasm either: it travels in the language files.
// `twiggy dominators target/size-map/named.wasm` shows who keeps what alive.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, fmt, gzipSize } from './size.mjs';
import { OUT, namedWasm, readNames, leb, run } from './named.mjs';

const { shipped, named } = namedWasm(join(REPO, 'dist'));

// ------------------------------------------------------------------ owners

const GROUPS = [
  ['UI (src/ui)', /^client_triage::ui::|^<client_triage::ui::|CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view/],
  ['texts de (src/i18n/de.rs)', /client_triage::i18n::de\b/],
  ['texts en (src/i18n/en.rs)', /client_triage::i18n::en\b/],
  ['plan builders (core/plans, i18n/plan)', /client_triage::(core::plans|i18n::plan)\b/],
  ['schema / wire (core/schema, core/wire)', /client_triage::core::(schema|wire)\b/],
  ['core model (src/core, the rest)', /client_triage::core::/],
  ['i18n: reading a language file, filling templates, dates (src/i18n)', /client_triage::i18n\b/],
  ['web (src/web, main)', /client_triage::(web|main)\b|^main$/],
  ['yew and its runtime (yew, gloo, implicit_clone, hashbrown, indexmap, slab)', /^<?(yew|gloo\w*|implicit_clone|hashbrown|indexmap|slab|prokio|pin_project\w*|futures\w*)\b/],
  ['wasm-bindgen glue (wasm_bindgen, js_sys, web_sys, imports, shims)', /^<?(wasm_bindgen\w*|js_sys|web_sys)\b|^import |^export |wbindgen|externref|^Closure\(|shim|^elem\[|^table\[|^type\[/],
  ['std / alloc / fmt / panic (core, alloc, std, lol_alloc, panic hook)', /^<?&?(mut )?(core|alloc|std|lol_alloc|compiler_builtins|console_error_panic_hook|dlmalloc)\b|^<?(char|str|u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|isize|f32|f64|bool|T|I|F|\[T\]) as |^(memcpy|memset|memmove|memcmp|__rust|rust_)/],
];
const DATA = 'data segments: other constants, tables, vtables';
const TEXT_DE = 'data: strings of de.rs';
const TEXT_EN = 'data: strings of en.rs';
const TEXT_BOTH = 'data: strings in both';

function owner(name) {
  if (name.startsWith('data segment')) return DATA;
  for (const [group, pattern] of GROUPS) if (pattern.test(name)) return group;
  return 'other (unnamed: code[n] after inlining, headers)';
}

// ------------------------------------------------------------------ wasm layout (for gzip)

/** Ranges of function bodies and data segments by name, and the name section's range. */
function layout(bytes) {
  const { sections, names, nameSection } = readNames(bytes);
  let imports = 0;
  for (const s of sections) {
    if (s.id === 2) {
      let [count, q] = leb(bytes, s.start);
      for (; count > 0; count -= 1) {
        for (let k = 0; k < 2; k += 1) {
          const [n, r] = leb(bytes, q);
          q = r + n;
        }
        const kind = bytes[q++];
        if (kind === 0) imports += 1;
        if (kind === 0 || kind === 4) [, q] = leb(bytes, q);
        else if (kind === 1) { q += 1; const flags = bytes[q++]; [, q] = leb(bytes, q); if (flags & 1) [, q] = leb(bytes, q); }
        else if (kind === 2) { const flags = bytes[q++]; [, q] = leb(bytes, q); if (flags & 1) [, q] = leb(bytes, q); }
        else if (kind === 3) q += 2;
      }
    }
  }
  const items = [];
  for (const s of sections) {
    if (s.id === 10) {
      let [count, q] = leb(bytes, s.start);
      for (let i = 0; i < count; i += 1) {
        const [size, body] = leb(bytes, q);
        items.push({ name: names.fn.get(imports + i) ?? `code[${i}]`, start: q, end: body + size });
        q = body + size;
      }
    } else if (s.id === 11) {
      let [count, q] = leb(bytes, s.start);
      for (let i = 0; i < count; i += 1) {
        const start = q;
        const [flags, r] = leb(bytes, q);
        q = r;
        if (flags === 2) [, q] = leb(bytes, q);
        if (flags !== 1) while (bytes[q++] !== 0x0b);
        const [size, data] = leb(bytes, q);
        items.push({ name: `data segment "${names.data.get(i) ?? i}"`, start, end: data + size, data: [data, data + size] });
        q = data + size;
      }
    } else if (s.id !== 0) {
      items.push({ name: ['custom', 'type[]', 'import section', 'function[]', 'table[]', 'memory[]', 'global[]', 'export section', 'start', 'elem[]', 'code', 'data', 'datacount'][s.id], start: s.head, end: s.end, header: true });
    }
  }
  return { items, nameSection };
}

/** String literals of an i18n file (at least 6 bytes: shorter ones match by chance). */
function literals(file) {
  const text = readFileSync(join(REPO, 'src', 'i18n', file), 'utf8');
  const found = new Set();
  for (const [, body] of text.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    const value = body
      .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/\\n/g, '\n')
      .replace(/\\t/g, '\t')
      .replace(/\\(["'\\])/g, '$1');
    if (Buffer.byteLength(value) >= 6) found.add(value);
  }
  return found;
}

// ------------------------------------------------------------------ the map

const bytes = readFileSync(named);
const { items, nameSection } = layout(bytes);
const twiggy = JSON.parse(run('twiggy', ['top', '-f', 'json', '-n', '100000', named]));
const twiggySize = new Map(twiggy.map((i) => [i.name, i.shallow_size]));

// Mark each byte of the data segments that one of the texts' literals covers.
const mark = new Uint8Array(bytes.length); // 1 de, 2 en, 3 both
for (const [file, bit] of [['de.rs', 1], ['en.rs', 2]]) {
  for (const value of literals(file)) {
    const needle = Buffer.from(value);
    for (const item of items.filter((i) => i.data)) {
      const [from, to] = item.data;
      for (let at = bytes.indexOf(needle, from); at !== -1 && at + needle.length <= to; at = bytes.indexOf(needle, at + 1)) {
        for (let k = at; k < at + needle.length; k += 1) mark[k] |= bit;
      }
    }
  }
}

const rows = new Map();
const add = (group, raw, ranges) => {
  const row = rows.get(group) ?? { raw: 0, ranges: [] };
  row.raw += raw;
  row.ranges.push(...ranges);
  rows.set(group, row);
};
let counted = 0;
for (const item of items) {
  if (item.header) continue;
  const size = item.end - item.start;
  counted += size;
  if (twiggySize.has(item.name) && Math.abs(twiggySize.get(item.name) - size) > 2 && !item.data) {
    throw new Error(`${item.name}: ${size} bytes here, ${twiggySize.get(item.name)} by twiggy`);
  }
  if (!item.data) {
    add(owner(item.name), size, [[item.start, item.end]]);
    continue;
  }
  // Data segments: runs of text bytes go to their language, the rest stays "other constants".
  let runStart = item.start;
  let runKind = null;
  const kindAt = (k) => (k < item.data[0] ? 0 : mark[k]);
  for (let k = item.start; k <= item.end; k += 1) {
    const kind = k < item.end ? kindAt(k) : -1;
    if (kind !== runKind) {
      if (runKind !== null && k > runStart) {
        const group = [DATA, TEXT_DE, TEXT_EN, TEXT_BOTH][runKind];
        add(group, k - runStart, [[runStart, k]]);
      }
      runStart = k;
      runKind = kind;
    }
  }
}
// For a closer look: the data bytes no text explains.
writeFileSync(join(OUT, 'data-other.bin'), Buffer.concat((rows.get(DATA)?.ranges ?? []).map(([a, b]) => bytes.subarray(a, b))));
const shippedBytes = readFileSync(shipped);
const structure = shippedBytes.length - counted;

// gzip: the whole (named without its name section) against the whole without one group.
const whole = nameSection ? Buffer.concat([bytes.subarray(0, nameSection.head), bytes.subarray(nameSection.end)]) : bytes;
const shift = (at) => (nameSection && at >= nameSection.end ? at - (nameSection.end - nameSection.head) : at);
const wholeGzip = gzipSize(whole);
const shippedGzip = gzipSize(shippedBytes);
for (const row of rows.values()) {
  const keep = new Uint8Array(whole.length).fill(1);
  for (const [from, to] of row.ranges) keep.fill(0, shift(from), shift(to));
  const rest = Buffer.from(whole.filter((_, i) => keep[i]));
  row.gzip = Math.round((wholeGzip - gzipSize(rest)) * (shippedGzip / wholeGzip));
}

const sorted = [...rows.entries()].sort((a, b) => b[1].raw - a[1].raw);
const lines = [
  `Shipped wasm: ${fmt(shippedBytes.length)} B raw, ${fmt(shippedGzip)} B gzip -9 (\`node bench/size-map.mjs\`, twiggy ${run('twiggy', ['--version']).trim().split(' ').pop()}).`,
  '',
  '| owner | raw bytes | % of raw | gzip -9 cost (marginal) |',
  '| --- | ---: | ---: | ---: |',
  ...sorted.map(([group, row]) => `| ${group} | ${fmt(row.raw)} | ${((100 * row.raw) / shippedBytes.length).toFixed(1)} % | ${fmt(row.gzip)} |`),
  `| module structure (types, imports, exports, tables, section headers) | ${fmt(structure)} | ${((100 * structure) / shippedBytes.length).toFixed(1)} % | |`,
  `| **total** | **${fmt(shippedBytes.length)}** | 100 % | **${fmt(shippedGzip)}** |`,
  '',
  'The largest items (twiggy top on the named variant; sizes are the shipped ones):',
  '',
  '| item | raw bytes | owner |',
  '| --- | ---: | --- |',
  ...twiggy
    .filter((i) => !/subsection|^"/.test(i.name))
    .slice(0, 20)
    .map((i) => `| \`${i.name.replace(/::h[0-9a-f]{16}$/, '').replace(/\|/g, '\\|').slice(0, 110)}\` | ${fmt(i.shallow_size)} | ${owner(i.name).split(' (')[0]} |`),
];
const map = lines.join('\n');
console.log(map);

if (process.argv.includes('--write')) {
  const readme = join(REPO, 'bench', 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- size-map:start -->';
  const end = '<!-- size-map:end -->';
  if (!text.includes(start)) throw new Error(`bench/README.md lacks ${start} … ${end}`);
  writeFileSync(readme, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${map}\n${end}`));
  console.log('bench/README.md: size map updated');
}
