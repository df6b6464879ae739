// `make package`: the zips a blog owner needs (version from Cargo.toml).
// client-triage-<version>.zip holds docs/EMBED.md and every file of the release build in dist/:
//   client-triage-<version>/EMBED.md
//   client-triage-<version>/client-triage/…   the folder to upload, as dist/ is
// client-triage-wordpress-<version>.zip is the WordPress plugin (wordpress/client-triage/), to
// upload under Plugins → Add New → Upload:
//   client-triage/…        the plugin's PHP, block and readme, the version filled in
//   client-triage/build/…  the files the embed loads (embed.js, the module, the language files)
//   client-triage/languages/client-triage-de_DE.mo and the editor script's JSON, from the .po
//
//   node scripts/package.mjs [--dist DIR] [--out DIR]   (defaults: dist, the repository root)
//
// Written here with node's zlib rather than by the `zip` program, which a fresh machine may lack:
// the format needs only deflate, CRC-32 and three kinds of header (PKWARE APPNOTE 6.3).
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** The [package] version of Cargo.toml. */
export async function version() {
  const toml = await readFile(join(REPO, 'Cargo.toml'), 'utf8');
  const found = toml.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m);
  if (!found) throw new Error('Cargo.toml: no [package] version');
  return found[1];
}

/** MS-DOS date and time (local time, 2-second steps), as zip stores them. */
function dosDateTime(date) {
  const year = Math.max(date.getFullYear(), 1980);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** A zip archive of `entries` ({ name, data, modified }): deflated where that is smaller. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, modified } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
    const { time, date } = dosDateTime(modified);
    const crc = crc32(data);
    // Fields shared by the local and the central header, from "version needed" on.
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
    common.writeUInt16LE(0x0800, 2); // flags: names are UTF-8
    common.writeUInt16LE(method, 4);
    common.writeUInt16LE(time, 6);
    common.writeUInt16LE(date, 8);
    common.writeUInt32LE(crc, 10);
    common.writeUInt32LE(body.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(nameBytes.length, 22);
    common.writeUInt16LE(0, 24); // extra field length
    const local = Buffer.concat([u32(0x04034b50), common, nameBytes, body]);
    const tail = Buffer.alloc(14);
    tail.writeUInt16LE(0, 0); // comment length
    tail.writeUInt16LE(0, 2); // disk number
    tail.writeUInt16LE(0, 4); // internal attributes
    tail.writeUInt32LE((0o100644 << 16) >>> 0, 6); // external: a regular file, rw-r--r--
    tail.writeUInt32LE(offset, 10);
    centrals.push(Buffer.concat([u32(0x02014b50), u16((3 << 8) | 20), common, tail, nameBytes]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const u16 = (n) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

/** Writes the package; returns its path and what it holds. */
export async function buildPackage({ dist = join(REPO, 'dist'), out = REPO } = {}) {
  const v = await version();
  const top = `client-triage-${v}`;
  const files = (await readdir(dist)).filter((f) => !f.startsWith('.')).sort();
  for (const needed of ['embed.js', 'index.html', 'client-triage.html']) {
    if (!files.includes(needed)) throw new Error(`${dist} has no ${needed}: run a release build first (make dist)`);
  }
  const guidePath = join(REPO, 'docs', 'EMBED.md');
  const guide = (await readFile(guidePath, 'utf8')).replace(/\n/, `\n\nVersion ${v} (${top}.zip).\n`);
  const entries = [{ name: `${top}/EMBED.md`, data: Buffer.from(guide), modified: (await stat(guidePath)).mtime }];
  for (const file of files) {
    const path = join(dist, file);
    const info = await stat(path);
    if (!info.isFile()) throw new Error(`${path}: dist/ is flat, a folder there is unexpected`);
    entries.push({ name: `${top}/client-triage/${file}`, data: await readFile(path), modified: info.mtime });
  }
  const archive = zip(entries);
  const path = join(out, `${top}.zip`);
  await writeFile(path, archive);
  return { path, bytes: archive.length, names: entries.map((e) => e.name) };
}

const PLUGIN = join(REPO, 'wordpress', 'client-triage');
/** What the plugin serves from dist/: the loader and what it loads (not the standalone page,
 *  the single file, the worker or the demos), and the start screens it writes into the page. */
const EMBED_FILES = /^(?:embed\.js|client-triage-[0-9a-f]+(?:\.js|_bg\.wasm)|texts-(?:de|en)-[0-9a-f]+\.txt|start-(?:de|en)\.html)$/;
/** The editor script's strings, which WordPress looks up in a JSON file named after the md5 of
 *  the script's path inside the plugin. */
const EDITOR_SCRIPT = 'block/editor.js';

/** Every file under `dir`, as paths relative to it, sorted. */
async function walk(dir, prefix = '') {
  const names = [];
  for (const entry of (await readdir(join(dir, prefix), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) names.push(...(await walk(dir, relative)));
    else names.push(relative);
  }
  return names;
}

/** The entries of a .po file as { context, id, translation, references }; the header too
 *  (id ''). Reads what gettext writes: quoted strings, continued on the next lines. */
export function parsePo(text) {
  const entries = [];
  let entry = null;
  let field = null;
  const unquote = (quoted) => JSON.parse(quoted.replace(/\\(?![\\"nt])/g, '\\\\'));
  for (const line of text.split('\n')) {
    const keyword = line.match(/^(msgctxt|msgid|msgstr) (".*")$/);
    if (line.startsWith('#:')) {
      if (!entry || entry.translation !== undefined) entries.push((entry = { references: [] }));
      entry.references.push(...line.slice(2).trim().split(/\s+/));
    } else if (keyword) {
      if (!entry || (keyword[1] !== 'msgstr' && entry.translation !== undefined)) entries.push((entry = { references: [] }));
      field = { msgctxt: 'context', msgid: 'id', msgstr: 'translation' }[keyword[1]];
      entry[field] = unquote(keyword[2]);
    } else if (/^".*"$/.test(line) && field) {
      entry[field] += unquote(line);
    } else if (!line.trim()) {
      field = null;
    }
  }
  return entries.filter((e) => e.id !== undefined && e.translation !== undefined);
}

/** A GNU .mo file (gettext's binary catalogue, which WordPress 6.1 reads) of `entries`. */
export function mo(entries) {
  const key = (e) => (e.context ? `${e.context}\x04${e.id}` : e.id);
  const pairs = entries.map((e) => [Buffer.from(key(e)), Buffer.from(e.translation)]).sort((a, b) => Buffer.compare(a[0], b[0]));
  const n = pairs.length;
  const header = Buffer.alloc(28 + 16 * n);
  [0x950412de, 0, n, 28, 28 + 8 * n, 0, 28 + 16 * n].forEach((value, i) => header.writeUInt32LE(value, 4 * i));
  const strings = [];
  let offset = header.length;
  for (const [table, column] of [[28, 0], [28 + 8 * n, 1]]) {
    pairs.forEach((pair, i) => {
      header.writeUInt32LE(pair[column].length, table + 8 * i);
      header.writeUInt32LE(offset, table + 8 * i + 4);
      strings.push(pair[column], Buffer.alloc(1));
      offset += pair[column].length + 1;
    });
  }
  return Buffer.concat([header, ...strings]);
}

/** The Jed JSON that wp_set_script_translations() loads for `script`, from the .po entries
 *  that name it. */
function scriptTranslations(entries, locale, script) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': 'nplurals=2; plural=(n != 1);' } };
  for (const e of entries) if (e.id && e.references.includes(script)) messages[e.context ? `${e.context}\x04${e.id}` : e.id] = [e.translation];
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

/** Writes the WordPress plugin's zip; returns its path and what it holds. `version` defaults
 *  to Cargo.toml's (the e2e test builds an update with another). */
export async function buildWordPressPlugin({ dist = join(REPO, 'dist'), out = REPO, version: v } = {}) {
  v ??= await version();
  const entries = [];
  const add = (name, data, modified = new Date()) => entries.push({ name: `client-triage/${name}`, data, modified });
  for (const name of await walk(PLUGIN)) {
    const path = join(PLUGIN, name);
    let text = await readFile(path, 'utf8');
    text = text.replaceAll('__CT_VERSION__', v);
    if (text.includes('__CT_')) throw new Error(`${path}: a slot left unfilled`);
    add(name, Buffer.from(text), (await stat(path)).mtime);
    const po = name.match(/^languages\/(client-triage-([a-z]{2}_[A-Z]{2}))\.po$/);
    if (po) {
      const translations = parsePo(text);
      add(`languages/${po[1]}.mo`, mo(translations));
      const md5 = createHash('md5').update(EDITOR_SCRIPT).digest('hex');
      add(`languages/${po[1]}-${md5}.json`, Buffer.from(scriptTranslations(translations, po[2], EDITOR_SCRIPT)));
    }
  }
  const built = (await readdir(dist)).filter((f) => EMBED_FILES.test(f)).sort();
  if (!built.includes('embed.js') || built.length !== 7) {
    throw new Error(`${dist} should hold embed.js, the glue, the wasm, two language files and two start screens: run a release build first (make dist)`);
  }
  for (const file of built) {
    const path = join(dist, file);
    add(`build/${file}`, await readFile(path), (await stat(path)).mtime);
  }
  const archive = zip(entries);
  const path = join(out, `client-triage-wordpress-${v}.zip`);
  await writeFile(path, archive);
  return { path, bytes: archive.length, names: entries.map((e) => e.name) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? resolve(args[i + 1]) : undefined;
  };
  const { path, bytes, names } = await buildPackage({ dist: option('--dist'), out: option('--out') });
  console.log(`package: ${path} (${names.length} files, ${bytes.toLocaleString('en-US')} bytes)`);
  const plugin = await buildWordPressPlugin({ dist: option('--dist'), out: option('--out') });
  console.log(`package: ${plugin.path} (${plugin.names.length} files, ${plugin.bytes.toLocaleString('en-US')} bytes)`);
}
