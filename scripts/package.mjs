// `make package`: the zip a blog owner needs, client-triage-<version>.zip (version from
// Cargo.toml), holding docs/EMBED.md and every file of the release build in dist/:
//   client-triage-<version>/EMBED.md
//   client-triage-<version>/client-triage/…   the folder to upload, as dist/ is
//
//   node scripts/package.mjs [--dist DIR] [--out DIR]   (defaults: dist, the repository root)
//
// Written here with node's zlib rather than by the `zip` program, which a fresh machine may lack:
// the format needs only deflate, CRC-32 and three kinds of header (PKWARE APPNOTE 6.3).
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? resolve(args[i + 1]) : undefined;
  };
  const { path, bytes, names } = await buildPackage({ dist: option('--dist'), out: option('--out') });
  console.log(`package: ${path} (${names.length} files, ${bytes.toLocaleString('en-US')} bytes)`);
}
