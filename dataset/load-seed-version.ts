/**
 * Reads one seed version from any source: the manifest first, then exactly the
 * files it lists (a few at a time), then validation of everything. Nothing is
 * returned unless the whole version is valid.
 */
import { parseManifest, validateSeedFiles } from './check/validate-seeds.ts';
import { filesToRead, type SeedDataset, type SeedLoadOptions } from './seed-files.ts';
import type { Manifest } from './seed.schemas.ts';
import type { SeedSource } from './sources/seed-source.ts';

/** Parallel reads per version: enough to hide S3 latency, few enough to stay polite. */
const READ_CONCURRENCY = 6;

async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Reads the files of a version a few at a time; a file the source does not have is left out for validation to report. */
export async function readSeedFiles(source: SeedSource, manifest: Manifest, options: SeedLoadOptions): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  await forEachConcurrently(filesToRead(manifest, options), READ_CONCURRENCY, async (entry) => {
    const bytes = await source.readFile(manifest, entry);
    if (bytes) files.set(entry.key, bytes);
  });
  return files;
}

/** Reads and validates the version a manifest (already read and parsed) names. */
export async function readSeedVersion(source: SeedSource, manifest: Manifest, options: SeedLoadOptions): Promise<SeedDataset> {
  return validateSeedFiles(manifest, await readSeedFiles(source, manifest, options), options);
}

/** The current version of a source as read, not yet validated: its manifest (parsed and as bytes) and files. */
export async function readCurrentSeedFiles(source: SeedSource, options: SeedLoadOptions): Promise<{ manifest: Manifest; manifestBytes: Uint8Array; files: Map<string, Uint8Array> }> {
  const manifestRead = await source.readManifest();
  if (manifestRead === 'unchanged') throw new Error('an unconditional manifest read cannot be unchanged');
  const manifest = parseManifest(manifestRead.bytes);
  return { manifest, manifestBytes: manifestRead.bytes, files: await readSeedFiles(source, manifest, options) };
}

/** Reads and validates the current version of a source. */
export async function loadSeeds(source: SeedSource, options: SeedLoadOptions): Promise<SeedDataset> {
  const { manifest, files } = await readCurrentSeedFiles(source, options);
  return validateSeedFiles(manifest, files, options);
}
