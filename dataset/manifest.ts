/** Manifest building and hashing: the data version is a hash of every file's key and sha256. */
import { createHash } from 'node:crypto';
import { SEED_SCHEMA_VERSION, manifestSchema, type Manifest, type ManifestFile, type ObservationFile } from './seed.schemas.ts';
import { SOURCE_KEY } from './seed-files.ts';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Seed JSON is pretty-printed with a final newline so diffs stay reviewable and output is byte-stable. */
export function serialiseSeedFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function computeDataVersion(files: readonly ManifestFile[]): string {
  const listing = [...files].sort((a, b) => a.key.localeCompare(b.key)).map((f) => `${f.key} ${f.sha256}\n`).join('');
  return sha256Hex(listing).slice(0, 16);
}

export function describeFile(key: string, bytes: Uint8Array, rows: number): ManifestFile {
  return { key, sha256: sha256Hex(bytes), bytes: bytes.byteLength, rows };
}

export function buildManifest(files: readonly ManifestFile[], observations: readonly ObservationFile[] = []): Manifest {
  const source = files.find((f) => f.key === SOURCE_KEY);
  if (!source) throw new Error(`the manifest needs the source file ${SOURCE_KEY}`);
  return manifestSchema.parse({
    dataVersion: computeDataVersion(files),
    schemaVersion: SEED_SCHEMA_VERSION,
    source: { key: source.key, sha256: source.sha256 },
    files,
    observations,
  });
}
