/**
 * Writes a directory as a zip file Lambda accepts, with Node's zlib alone (no zip
 * tool on the build machine, no archiver dependency). The archive is reproducible:
 * entries in byte order of their names, every timestamp 1980-01-01, modes 0644 or
 * 0755 only, so the same tree always gives the same bytes and the same code hash.
 *
 * Plain zip (no Zip64): every file and the whole archive must stay under 4 GiB,
 * far beyond Lambda's 250 MB unzipped limit.
 */
import { createWriteStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { constants, crc32, deflateRawSync } from 'node:zlib';

const LOCAL_FILE_HEADER = 0x04034b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION_NEEDED = 20; // 2.0: deflate
const VERSION_MADE_BY_UNIX = (3 << 8) | VERSION_NEEDED; // host 3 = Unix, so the external attributes carry the mode
const FLAG_UTF8_NAMES = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const DOS_TIME_MIDNIGHT = 0;
const ZIP32_LIMIT = 0xffffffff;

export interface ZipEntryInfo {
  name: string;
  bytes: number;
  compressedBytes: number;
}

export interface ZipResult {
  zipPath: string;
  zipBytes: number;
  unzippedBytes: number;
  entries: ZipEntryInfo[];
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  return files.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** Zips every file under `root` (names relative to it) into `zipPath`; `level` is zlib's 0–9. */
export async function zipDirectory(root: string, zipPath: string, options: { level?: number } = {}): Promise<ZipResult> {
  const level = options.level ?? constants.Z_DEFAULT_COMPRESSION;
  const out = createWriteStream(zipPath);
  const centralDirectory: Buffer[] = [];
  const entries: ZipEntryInfo[] = [];
  let offset = 0;
  let unzippedBytes = 0;

  const write = async (chunk: Buffer) => {
    offset += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
  };

  try {
    for (const name of await listFiles(root)) {
      const file = path.join(root, name);
      const [content, info] = await Promise.all([readFile(file), stat(file)]);
      const deflated = deflateRawSync(content, { level });
      // Keep small or incompressible files stored; deflating them would only grow them.
      const method = deflated.length < content.length ? METHOD_DEFLATED : METHOD_STORED;
      const data = method === METHOD_DEFLATED ? deflated : content;
      const checksum = crc32(content);
      const nameBytes = Buffer.from(name, 'utf8');
      if (content.length > ZIP32_LIMIT || offset > ZIP32_LIMIT) throw new Error(`${name}: the archive would need Zip64`);
      const mode = info.mode & 0o100 ? 0o100755 : 0o100644;

      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL_FILE_HEADER, 0);
      local.writeUInt16LE(VERSION_NEEDED, 4);
      local.writeUInt16LE(FLAG_UTF8_NAMES, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt16LE(DOS_TIME_MIDNIGHT, 10);
      local.writeUInt16LE(DOS_DATE_1980_01_01, 12);
      local.writeUInt32LE(checksum, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(content.length, 22);
      local.writeUInt16LE(nameBytes.length, 26);
      local.writeUInt16LE(0, 28);

      const central = Buffer.alloc(46);
      central.writeUInt32LE(CENTRAL_DIRECTORY_HEADER, 0);
      central.writeUInt16LE(VERSION_MADE_BY_UNIX, 4);
      central.writeUInt16LE(VERSION_NEEDED, 6);
      central.writeUInt16LE(FLAG_UTF8_NAMES, 8);
      central.writeUInt16LE(method, 10);
      central.writeUInt16LE(DOS_TIME_MIDNIGHT, 12);
      central.writeUInt16LE(DOS_DATE_1980_01_01, 14);
      central.writeUInt32LE(checksum, 16);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(content.length, 24);
      central.writeUInt16LE(nameBytes.length, 28);
      // extra field length, comment length, disk number, internal attributes: all 0
      central.writeUInt32LE((mode << 16) >>> 0, 38);
      central.writeUInt32LE(offset, 42);
      centralDirectory.push(central, nameBytes);

      await write(local);
      await write(nameBytes);
      await write(data);
      entries.push({ name, bytes: content.length, compressedBytes: data.length });
      unzippedBytes += content.length;
    }

    const directory = Buffer.concat(centralDirectory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    // this disk, disk with the central directory: 0
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    if (entries.length > 0xffff || offset > ZIP32_LIMIT) throw new Error('the archive would need Zip64');
    await write(directory);
    await write(end);
  } finally {
    out.end();
    await finished(out);
  }
  return { zipPath, zipBytes: offset, unzippedBytes, entries };
}
