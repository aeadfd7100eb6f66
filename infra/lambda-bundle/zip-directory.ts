/**
 * Writes a directory as a zip file Lambda accepts, with yazl (a small, streaming zip
 * writer that Zip64-extends only when it must). The archive is reproducible: entries
 * in byte order of their names, every timestamp 1980-01-01 00:00 (DOS time only, no
 * Unix timestamp field), modes 0644 or 0755 only (Unix host, so unzip(1) and Lambda
 * keep the executable bit), so the same tree always gives the same bytes and the same
 * code hash.
 */
import { createWriteStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants } from 'node:zlib';
import { ZipFile } from 'yazl';

/** 1980-01-01 00:00 in local time: the earliest DOS date, the same DOS fields in every time zone. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

export interface ZipEntryInfo {
  name: string;
  bytes: number;
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
  const zip = new ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(zipPath));
  // yazl reports a file it cannot read as an 'error' event, not on the output stream.
  const failed = new Promise<never>((_, reject) => zip.once('error', reject));
  const entries: ZipEntryInfo[] = [];
  try {
    for (const name of await listFiles(root)) {
      const file = path.join(root, name);
      const info = await stat(file);
      zip.addFile(file, name, {
        mtime: FIXED_MTIME,
        forceDosTimestamp: true,
        mode: info.mode & 0o100 ? 0o100755 : 0o100644,
        compressionLevel: level,
      });
      entries.push({ name, bytes: info.size });
    }
  } finally {
    zip.end();
  }
  failed.catch(() => {});
  await Promise.race([written, failed]);
  const unzippedBytes = entries.reduce((sum, entry) => sum + entry.bytes, 0);
  return { zipPath, zipBytes: (await stat(zipPath)).size, unzippedBytes, entries };
}
