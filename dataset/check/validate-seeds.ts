/**
 * Validates a complete seed version: integrity against the manifest, the shape of
 * every row, unique ids, resolvable references and the provenance of every fact
 * against the source text. `seeds:check` and the warehouse loader both call this,
 * so what is served has passed exactly the checks that CI runs. Monitoring files
 * are checked here for integrity only; their rows are validated as DuckDB stages
 * them (warehouse/observations/load-observations.ts).
 */
import type * as z from 'zod';
import { computeDataVersion, sha256Hex } from '../manifest.ts';
import {
  MANIFEST_KEY, SEED_FILES, SEED_FILE_NAMES, SOURCE_KEY, filesToRead,
  type ObservationInput, type SeedDataset, type SeedFileName, type SeedLoadOptions,
} from '../seed-files.ts';
import { INTERNAL_OBSERVATIONS_FOLDER, SEED_SCHEMA_VERSION, accessOf, manifestSchema, type Manifest } from '../seed.schemas.ts';
import { checkReferences } from './reference-checks.ts';
import { SeedValidationError, type SeedIssue } from './seed-issues.ts';
import { checkFactsAgainstSource } from './source-checks.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

function zodIssues(file: string, error: z.ZodError, row?: number, id?: string): SeedIssue[] {
  return error.issues.map((issue) => ({
    file,
    ...(row === undefined ? {} : { row }),
    ...(id === undefined ? {} : { id }),
    field: issue.path.length > 0 ? issue.path.join('.') : '(row)',
    message: issue.message,
  }));
}

/** The id, code or number that names a row in messages. */
export function rowLabel(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const r = row as Record<string, unknown>;
  const label = r.id ?? r.code ?? r.number ?? r.region;
  return label === undefined ? undefined : String(label);
}

function decodeText(file: string, bytes: Uint8Array, issues: SeedIssue[]): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    issues.push({ file, message: 'is not valid UTF-8' });
    return undefined;
  }
}

export function parseManifest(bytes: Uint8Array): Manifest {
  const issues: SeedIssue[] = [];
  const text = decodeText(MANIFEST_KEY, bytes, issues);
  if (text === undefined) throw new SeedValidationError(issues);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SeedValidationError([{ file: MANIFEST_KEY, message: `is not valid JSON: ${(error as Error).message}` }]);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new SeedValidationError(zodIssues(MANIFEST_KEY, parsed.error));
  if (parsed.data.schemaVersion !== SEED_SCHEMA_VERSION) {
    throw new SeedValidationError([{ file: MANIFEST_KEY, field: 'schemaVersion', message: `is ${parsed.data.schemaVersion}; this build reads ${SEED_SCHEMA_VERSION}` }]);
  }
  return parsed.data;
}

/** Checks the manifest against itself and against the bytes actually read. */
function checkIntegrity(manifest: Manifest, files: ReadonlyMap<string, Uint8Array>, options: SeedLoadOptions, issues: SeedIssue[]): void {
  const listed = new Set(manifest.files.map((f) => f.key));
  for (const key of [SOURCE_KEY, ...SEED_FILE_NAMES.map((name) => SEED_FILES[name].key)]) {
    if (!listed.has(key)) issues.push({ file: MANIFEST_KEY, field: 'files', message: `does not list the required file ${key}` });
  }
  if (listed.size !== manifest.files.length) issues.push({ file: MANIFEST_KEY, field: 'files', message: 'lists a file twice' });
  manifest.observations.forEach((observation, index) => {
    if (!listed.has(observation.key)) {
      issues.push({ file: MANIFEST_KEY, row: index + 1, id: observation.key, field: 'observations.key', message: 'is not among the listed files' });
    }
    if (!observation.key.endsWith(`.${observation.format}`)) {
      issues.push({ file: MANIFEST_KEY, row: index + 1, id: observation.key, field: 'observations.format', message: `is ${observation.format}, but the file name says otherwise` });
    }
    const folder = observation.key.split('/')[1];
    if (folder !== observation.provenance.toLowerCase()) {
      issues.push({ file: MANIFEST_KEY, row: index + 1, id: observation.key, field: 'observations.provenance', message: `is ${observation.provenance}, but the file is under observations/${folder}/` });
    }
    // Folder and field must agree, so neither a forgotten field nor a misplaced file can serve internal rows to the public.
    const inInternalFolder = observation.key.startsWith(`${INTERNAL_OBSERVATIONS_FOLDER}/`);
    if (inInternalFolder !== (accessOf(observation) === 'internal')) {
      issues.push({
        file: MANIFEST_KEY, row: index + 1, id: observation.key, field: 'observations.access',
        message: inInternalFolder
          ? `is ${accessOf(observation)}, but the file is under ${INTERNAL_OBSERVATIONS_FOLDER}/, whose files are internal`
          : observation.provenance === 'SAMPLE'
            ? 'is internal, but SAMPLE files are synthetic and always public'
            : `is internal, but only files under ${INTERNAL_OBSERVATIONS_FOLDER}/ are`,
      });
    }
  });
  const wanted = new Set(filesToRead(manifest, options).map((f) => f.key));
  manifest.files.forEach((entry, index) => {
    if (!wanted.has(entry.key)) return;
    const bytes = files.get(entry.key);
    if (!bytes) {
      issues.push({ file: entry.key, message: 'is listed in the manifest but missing' });
      return;
    }
    if (bytes.byteLength !== entry.bytes) {
      issues.push({ file: MANIFEST_KEY, row: index + 1, id: entry.key, field: 'bytes', message: `says ${entry.bytes} bytes; the file has ${bytes.byteLength}` });
    }
    const actual = sha256Hex(bytes);
    if (actual !== entry.sha256) {
      issues.push({ file: MANIFEST_KEY, row: index + 1, id: entry.key, field: 'sha256', message: `says ${entry.sha256}; the file hashes to ${actual}` });
    }
  });
  const source = manifest.files.find((f) => f.key === manifest.source.key);
  if (!source || source.sha256 !== manifest.source.sha256) {
    issues.push({ file: MANIFEST_KEY, field: 'source.sha256', message: 'does not match the source file entry' });
  }
  const expectedVersion = computeDataVersion(manifest.files);
  if (manifest.dataVersion !== expectedVersion) {
    issues.push({ file: MANIFEST_KEY, field: 'dataVersion', message: `is ${manifest.dataVersion}; the listed files give ${expectedVersion}` });
  }
}

/** Parses one seed file and validates each row; invalid rows are reported and left out. */
function parseSeedFile(name: SeedFileName, manifest: Manifest, bytes: Uint8Array, issues: SeedIssue[]): unknown[] | undefined {
  const { key, schema, single } = SEED_FILES[name];
  const text = decodeText(key, bytes, issues);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    issues.push({ file: key, message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  if (single ? Array.isArray(json) : !Array.isArray(json)) {
    issues.push({ file: key, message: single ? 'must hold one JSON object' : 'must hold a JSON array of rows' });
    return undefined;
  }
  const rows: unknown[] = single ? [json] : (json as unknown[]);
  const listedRows = manifest.files.find((f) => f.key === key)?.rows;
  if (listedRows !== undefined && listedRows !== rows.length) {
    issues.push({ file: MANIFEST_KEY, id: key, field: 'rows', message: `says ${listedRows} rows; ${key} has ${rows.length}` });
  }
  const valid: unknown[] = [];
  rows.forEach((row, index) => {
    const parsed = (schema as z.ZodType).safeParse(row);
    if (parsed.success) valid.push(parsed.data);
    else issues.push(...zodIssues(key, parsed.error, single ? undefined : index + 1, rowLabel(row)));
  });
  return valid;
}

/** The monitoring files that were read, in manifest order. */
function observationInputs(manifest: Manifest, files: ReadonlyMap<string, Uint8Array>): ObservationInput[] {
  return manifest.observations.flatMap((file) => {
    const bytes = files.get(file.key);
    const rows = manifest.files.find((f) => f.key === file.key)?.rows ?? 0;
    return bytes ? [{ file, bytes, rows }] : [];
  });
}

/**
 * Validates every file of one seed version. Throws SeedValidationError naming
 * file, row and field for each problem; returns the dataset only when clean.
 */
export function validateSeedFiles(manifest: Manifest, files: ReadonlyMap<string, Uint8Array>, options: SeedLoadOptions = { includeSample: true }): SeedDataset {
  const issues: SeedIssue[] = [];
  checkIntegrity(manifest, files, options, issues);

  const sourceBytes = files.get(SOURCE_KEY);
  const source = sourceBytes ? decodeText(SOURCE_KEY, sourceBytes, issues) : undefined;
  const parsed: Partial<Record<SeedFileName, unknown[]>> = {};
  for (const name of SEED_FILE_NAMES) {
    const bytes = files.get(SEED_FILES[name].key);
    if (bytes) parsed[name] = parseSeedFile(name, manifest, bytes, issues);
  }

  const complete = source !== undefined && SEED_FILE_NAMES.every((name) => parsed[name] !== undefined);
  if (!complete) throw new SeedValidationError(issues);

  const dataset = {
    manifest,
    source,
    plan: parsed.plan![0],
    chapters: parsed.chapters,
    sections: parsed.sections,
    boxes: parsed.boxes,
    projects: parsed.projects,
    indicators: parsed.indicators,
    regions: parsed.regions,
    regionMentions: parsed.regionMentions,
    facts: parsed.facts,
    observations: observationInputs(manifest, files),
    includesSample: options.includeSample,
  } as SeedDataset;
  if (dataset.plan === undefined) throw new SeedValidationError(issues);

  issues.push(...checkReferences(dataset), ...checkFactsAgainstSource(dataset));
  if (issues.length > 0) throw new SeedValidationError(issues);
  return dataset;
}
