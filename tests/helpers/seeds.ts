/** Copies of the real seeds that tests may corrupt, and the tools to corrupt them precisely. */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_SEEDS_DIR } from '../../core/config.ts';
import { buildManifest, describeFile, serialiseSeedFile } from '../../dataset/manifest.ts';
import { MANIFEST_KEY } from '../../dataset/seed-files.ts';
import { manifestSchema, type FileAccess } from '../../dataset/seed.schemas.ts';
import { countObservationRows } from '../../dataset/observations/count-observation-rows.ts';

export const REAL_SEEDS_DIR = DEFAULT_SEEDS_DIR;
export const SOURCE_TEXT_PATH = path.join(REAL_SEEDS_DIR, 'source', 'plan.txt');

/** A private copy of the seeds directory (data, source, monitoring files and manifest). */
export async function copySeeds(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'seeds-'));
  for (const part of ['manifest.json', 'data', 'source', 'observations']) await cp(path.join(REAL_SEEDS_DIR, part), path.join(dir, part), { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function readJson<T>(dir: string, key: string): Promise<T> {
  return JSON.parse(await readFile(path.join(dir, key), 'utf8')) as T;
}

export async function writeJson(dir: string, key: string, value: unknown): Promise<void> {
  await writeFile(path.join(dir, key), serialiseSeedFile(value));
}

/** Edits rows of a JSON seed file in place. */
export async function editRows<T>(dir: string, key: string, edit: (rows: T[]) => void): Promise<void> {
  const rows = await readJson<T[]>(dir, key);
  edit(rows);
  await writeJson(dir, key, rows);
}

/**
 * Re-describes every file in the manifest after an edit, so integrity checks
 * pass and a test proves that the deeper check (schema, reference, source) alone
 * catches the corruption.
 */
export async function rehashManifest(dir: string): Promise<void> {
  const manifest = manifestSchema.parse(await readJson(dir, MANIFEST_KEY));
  const files = [];
  for (const entry of manifest.files) {
    const bytes = await readFile(path.join(dir, entry.key));
    const observation = manifest.observations.find((o) => o.key === entry.key);
    const rows = entry.key.endsWith('.json') ? [JSON.parse(bytes.toString('utf8'))].flat().length
      : observation ? await countObservationRows(path.join(dir, entry.key), observation) : entry.rows;
    files.push(describeFile(entry.key, bytes, rows));
  }
  await writeJson(dir, MANIFEST_KEY, buildManifest(files, manifest.observations));
}

export interface NewObservationFile {
  key: string;
  bytes: string | Uint8Array;
  provenance?: 'REPORTED' | 'SAMPLE';
  /** As the manifest lists it; left out, the manifest says nothing (which means public). */
  access?: FileAccess;
  /** Rows to list in the manifest; counted with the loader's reader when left out. */
  rows?: number;
}

/** Writes monitoring files into the copy and lists them in its manifest (observations and files), checksums included. */
export async function addObservationFiles(dir: string, files: readonly NewObservationFile[]): Promise<void> {
  const manifest = manifestSchema.parse(await readJson(dir, MANIFEST_KEY));
  for (const file of files) {
    const bytes = typeof file.bytes === 'string' ? Buffer.from(file.bytes, 'utf8') : file.bytes;
    await mkdir(path.dirname(path.join(dir, file.key)), { recursive: true });
    await writeFile(path.join(dir, file.key), bytes);
    manifest.observations.push({
      key: file.key, format: file.key.endsWith('.parquet') ? 'parquet' : 'csv', provenance: file.provenance ?? 'REPORTED', ...(file.access ? { access: file.access } : {}),
    });
    manifest.files.push(describeFile(file.key, bytes, file.rows ?? 0));
  }
  await writeJson(dir, MANIFEST_KEY, buildManifest(manifest.files, manifest.observations));
  // rehashManifest re-describes every listed file, counting the rows of monitoring files as the loader reads them.
  if (files.some((f) => f.rows === undefined)) await rehashManifest(dir);
}
