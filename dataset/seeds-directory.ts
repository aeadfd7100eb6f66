/**
 * Seeds in a directory (the embedded default: the repo's seeds/). Reads the
 * manifest first, then exactly the files it lists; writes a built version with
 * its manifest last.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SeedValidationError, type SeedIssue } from './check/seed-issues.ts';
import { parseManifest, validateSeedFiles } from './check/validate-seeds.ts';
import type { CuratedInputs } from './extract/build-seeds.ts';
import { CURATED_FILES } from './extract/curated.schemas.ts';
import { buildManifest, describeFile, serialiseSeedFile } from './manifest.ts';
import { MANIFEST_KEY, SEED_FILES, SEED_FILE_NAMES, SOURCE_KEY, type SeedContents, type SeedDataset } from './seed-files.ts';

export const DEFAULT_SEEDS_DIR = path.resolve(import.meta.dirname, '..', 'seeds');

async function readOptional(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Reads and validates one seed version from a directory; throws SeedValidationError on any problem. */
export async function loadSeedsFromDirectory(root: string): Promise<SeedDataset> {
  const manifestBytes = await readOptional(path.join(root, MANIFEST_KEY));
  if (!manifestBytes) throw new SeedValidationError([{ file: MANIFEST_KEY, message: `is missing in ${root}` }]);
  const manifest = parseManifest(manifestBytes);
  const files = new Map<string, Uint8Array>();
  for (const entry of manifest.files) {
    const bytes = await readOptional(path.join(root, entry.key));
    if (bytes) files.set(entry.key, bytes);
  }
  return validateSeedFiles(manifest, files);
}

export async function readCuratedInputs(root: string): Promise<CuratedInputs> {
  const issues: SeedIssue[] = [];
  const result: Partial<Record<keyof typeof CURATED_FILES, unknown>> = {};
  for (const [name, { key, schema }] of Object.entries(CURATED_FILES) as [keyof typeof CURATED_FILES, (typeof CURATED_FILES)[keyof typeof CURATED_FILES]][]) {
    const bytes = await readOptional(path.join(root, key));
    if (!bytes) {
      issues.push({ file: key, message: 'is missing' });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      issues.push({ file: key, message: `is not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) result[name] = parsed.data;
    else issues.push(...parsed.error.issues.map((i) => ({ file: key, row: typeof i.path[0] === 'number' ? i.path[0] + 1 : undefined, field: i.path.slice(1).join('.'), message: i.message })));
  }
  if (issues.length > 0) throw new SeedValidationError(issues);
  return result as CuratedInputs;
}

/** Renders a built version as files keyed like the manifest, the manifest included. */
export function renderSeedFiles(contents: SeedContents, source: Uint8Array): Map<string, Uint8Array> {
  const encoder = new TextEncoder();
  const files = new Map<string, Uint8Array>([[SOURCE_KEY, source]]);
  const described = [describeFile(SOURCE_KEY, source, new TextDecoder().decode(source).split('\n').length)];
  for (const name of SEED_FILE_NAMES) {
    const { key, single } = SEED_FILES[name];
    const value = contents[name];
    const bytes = encoder.encode(serialiseSeedFile(value));
    files.set(key, bytes);
    described.push(describeFile(key, bytes, single ? 1 : (value as unknown[]).length));
  }
  files.set(MANIFEST_KEY, encoder.encode(serialiseSeedFile(buildManifest(described))));
  return files;
}

/** Writes every file of a version; the manifest goes last so a reader never sees a half-written version. */
export async function writeSeedFiles(root: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const ordered = [...files.keys()].filter((k) => k !== MANIFEST_KEY).sort();
  for (const key of [...ordered, MANIFEST_KEY]) {
    const target = path.join(root, key);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, files.get(key)!);
  }
}
