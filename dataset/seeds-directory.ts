/**
 * Seeds in a directory (the embedded default: the repo's seeds/). Reads the
 * manifest first, then exactly the files it lists; writes a built version with
 * its manifest last.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SeedValidationError, type SeedIssue } from './check/seed-issues.ts';
import { parseManifest, validateSeedFiles } from './check/validate-seeds.ts';
import { buildSeedContents, type CuratedInputs } from './extract/build-seeds.ts';
import { CURATED_FILES } from './extract/curated.schemas.ts';
import { loadSeeds } from './load-seed-version.ts';
import { countObservationRows } from './observations/count-observation-rows.ts';
import { buildManifest, describeFile, serialiseSeedFile } from './manifest.ts';
import { MANIFEST_KEY, SEED_FILES, SEED_FILE_NAMES, SOURCE_KEY, type ObservationInput, type SeedContents, type SeedDataset, type SeedLoadOptions } from './seed-files.ts';
import { INTERNAL_OBSERVATIONS_FOLDER, OBSERVATION_FORMATS, type Manifest, type ObservationFile } from './seed.schemas.ts';
import { createDirectorySeedSource } from './sources/directory-source.ts';

async function readOptional(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Reads and validates one seed version from a directory; throws SeedValidationError
 * on any problem. SAMPLE files are included unless told otherwise, because the
 * tools that call this (checks, builds, tests) look at everything.
 */
export function loadSeedsFromDirectory(root: string, options: SeedLoadOptions = { includeSample: true }): Promise<SeedDataset> {
  return loadSeeds(createDirectorySeedSource(root), options);
}

/** The folders monitoring files are found in; the folder says a file's provenance and access. */
const OBSERVATION_FOLDERS = [
  { folder: 'observations/reported', provenance: 'REPORTED', access: 'public' },
  { folder: INTERNAL_OBSERVATIONS_FOLDER, provenance: 'REPORTED', access: 'internal' },
  { folder: 'observations/sample', provenance: 'SAMPLE', access: 'public' },
] as const;

/**
 * The monitoring files under observations/reported/, observations/reported/internal/
 * and observations/sample/, folder by folder, names sorted. Only internal files get
 * an `access` in the manifest (absent means public).
 */
export async function scanObservationFiles(root: string): Promise<ObservationInput[]> {
  const found: ObservationInput[] = [];
  for (const { folder, provenance, access } of OBSERVATION_FOLDERS) {
    const names = await readdir(path.join(root, folder)).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const format = OBSERVATION_FORMATS.find((f) => name.endsWith(`.${f}`));
      if (!format) continue;
      const filePath = path.join(root, folder, name);
      const file: ObservationFile = { key: `${folder}/${name}`, format, provenance, ...(access === 'internal' ? { access } : {}) };
      found.push({ file, bytes: await readFile(filePath), rows: await countObservationRows(filePath, file) });
    }
  }
  return found;
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
export function renderSeedFiles(contents: SeedContents, source: Uint8Array, observations: readonly ObservationInput[] = []): Map<string, Uint8Array> {
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
  for (const observation of observations) {
    files.set(observation.file.key, observation.bytes);
    described.push(describeFile(observation.file.key, observation.bytes, observation.rows));
  }
  files.set(MANIFEST_KEY, encoder.encode(serialiseSeedFile(buildManifest(described, observations.map((o) => o.file)))));
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

/**
 * Rebuilds a seeds directory: derived files from source/plan.txt and curated/,
 * the manifest listing them and the monitoring files under observations/. Refuses
 * to write a version the loader would reject.
 */
export async function rebuildSeedsDirectory(root: string): Promise<Manifest> {
  const source = await readFile(path.join(root, SOURCE_KEY));
  const contents = buildSeedContents(new TextDecoder().decode(source), await readCuratedInputs(root));
  const files = renderSeedFiles(contents, source, await scanObservationFiles(root));
  const manifest = parseManifest(files.get(MANIFEST_KEY)!);
  validateSeedFiles(manifest, files);
  await writeSeedFiles(root, files);
  return manifest;
}
