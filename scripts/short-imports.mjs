// Shorter names across the wasm ↔ JS boundary. wasm-bindgen names every import after the Rust
// function plus a 16-digit hash (`__wbg_setAttribute_7465eba84213c75f`) and imports them all
// from a module named after the glue file: 152 long strings, written twice (the wasm's import
// section and the glue's import object). Renaming both sides to short names saves about 4 KB
// gzip on the first load; nothing else refers to them. The module's exports (`__wbindgen_malloc`,
// the hashed closure adapters, `crash_channel`) are read by the glue alone, as `wasm.<name>`:
// they get short names too. The glue's own exports (what embed.js calls) keep theirs.
//
//   shortenImports(wasmBytes, glueSource) -> { wasm, glue }
//   renameImports(wasmBytes) -> { wasm, renamed, moduleName, exports }   (the module's side alone)

/** Unsigned LEB128. */
function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

/** Short names that are valid JS identifiers and cannot clash with anything in the glue. */
const shortName = (i) => `$${i.toString(36)}`;

export function shortenImports(wasm, glue) {
  const { wasm: out, renamed, moduleName, exports } = renameImports(wasm);
  if (moduleName === null) return { wasm, glue };

  // The glue: each name appears once as a key of the import object; the module name once.
  let js = glue;
  for (const [field, { short, isFunction }] of exports) {
    const access = new RegExp(`\\bwasm\\.${field}\\b`, 'g');
    // A function the glue does not call as `wasm.<name>` would be called some other way: stop.
    // (wasm-bindgen also exports a global, `__abort_handler`, that the glue never reads.)
    if (isFunction && !access.test(js)) throw new Error(`the glue never reads the export ${field}`);
    js = js.replace(access, `wasm.${short}`);
  }
  for (const [field, short] of renamed) {
    const uses = js.split(field).length - 1;
    if (uses !== 1) throw new Error(`${field} appears ${uses} times in the glue, expected once`);
    js = js.replace(field, short);
  }
  const quoted = [`"${moduleName}"`, `'${moduleName}'`].filter((q) => js.includes(q));
  if (quoted.length !== 1 || js.split(quoted[0]).length !== 2) throw new Error(`the glue names ${moduleName} other than once`);
  js = js.replace(quoted[0], '"w"');
  return { wasm: out, glue: js };
}

/** The module's import section with every field named `$0`, `$1`, … in order of first use, and
 *  its one module named `w`; its exports longer than `memory` named `_0`, `_1`, … */
export function renameImports(wasm) {
  const bytes = Uint8Array.from(wasm);
  let at = 8;
  const readLeb = () => {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      result |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return result >>> 0;
  };
  const decoder = new TextDecoder();
  const readName = () => {
    const length = readLeb();
    const name = decoder.decode(bytes.subarray(at, at + length));
    at += length;
    return name;
  };
  const encoder = new TextEncoder();
  const name = (text) => [...leb(encoder.encode(text).length), ...encoder.encode(text)];

  const renamed = new Map(); // old field name -> new
  const exports = new Map(); // old export name -> { short, isFunction }
  let moduleName = null;
  const parts = [bytes.subarray(0, 8)];
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const size = readLeb();
    const end = at + size;
    if (id === 7) {
      const count = readLeb();
      const body = [...leb(count)];
      for (let k = 0; k < count; k += 1) {
        let field = readName();
        const descStart = at;
        const kind = bytes[at++];
        readLeb(); // index
        if (field.length > 'memory'.length) {
          const short = `_${exports.size.toString(36)}`;
          exports.set(field, { short, isFunction: kind === 0 });
          field = short;
        }
        body.push(...name(field), ...bytes.subarray(descStart, at));
      }
      if (at !== end) throw new Error('export section not read to its end');
      parts.push(Uint8Array.from([7, ...leb(body.length), ...body]));
      continue;
    }
    if (id !== 2) {
      parts.push(bytes.subarray(start, end));
      at = end;
      continue;
    }
    const count = readLeb();
    const body = [...leb(count)];
    for (let k = 0; k < count; k += 1) {
      const module = readName();
      const field = readName();
      if (moduleName !== null && module !== moduleName) throw new Error(`two import modules: ${moduleName}, ${module}`);
      moduleName = module;
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      const descStart = at;
      const kind = bytes[at++];
      if (kind === 0) readLeb(); // function: type index
      else if (kind === 1) { at += 1; if (readLeb() & 1) { readLeb(); readLeb(); } else readLeb(); } // table
      else if (kind === 2) { if (readLeb() & 1) { readLeb(); readLeb(); } else readLeb(); } // memory
      else if (kind === 3) at += 2; // global
      else throw new Error(`unknown import kind ${kind}`);
      body.push(...name('w'), ...name(renamed.get(field)), ...bytes.subarray(descStart, at));
    }
    if (at !== end) throw new Error('import section not read to its end');
    parts.push(Uint8Array.from([2, ...leb(body.length), ...body]));
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return { wasm: out, renamed, moduleName, exports };
}
