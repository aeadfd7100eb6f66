/**
 * Uploads a seed version from a directory to an S3 prefix (layout: s3-layout.ts).
 * Every file goes under the version's own prefix with its SHA-256, which S3
 * verifies on receipt; the version's manifest follows, and the prefix's current
 * manifest is written last, so readers switch to the new version only once all
 * of it is in place. Files already uploaded for the same version are skipped:
 * under a version prefix, a key's content never changes.
 */
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { sha256Hex } from '../manifest.ts';
import { MANIFEST_KEY } from '../seed-files.ts';
import type { Manifest } from '../seed.schemas.ts';
import { currentManifestKey, parseS3Url, s3Url, versionedKey, type S3Location } from '../sources/s3-layout.ts';

export interface UploadProgress {
  key: string;
  /** Bytes of the version in place so far, skipped files included. */
  doneBytes: number;
  totalBytes: number;
  skipped: boolean;
}

export interface UploadResult {
  dataVersion: string;
  manifestUrl: string;
  uploaded: string[];
  skipped: string[];
}

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
};

function contentType(key: string): string {
  return CONTENT_TYPES[key.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

async function exists(client: S3Client, location: S3Location, key: string, bytes: number): Promise<boolean> {
  try {
    const head = await client.send(new HeadObjectCommand({ Bucket: location.bucket, Key: key }));
    return head.ContentLength === bytes;
  } catch (error) {
    if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
    throw error;
  }
}

async function put(client: S3Client, location: S3Location, key: string, body: Uint8Array, sha256: string): Promise<void> {
  await client.send(new PutObjectCommand({
    Bucket: location.bucket,
    Key: key,
    Body: body,
    ContentType: contentType(key),
    ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
  }));
}

/** Uploads the files of a manifest (already validated) and then the manifest itself, current manifest last. */
export async function uploadSeedVersion(
  client: S3Client,
  url: string,
  manifest: Manifest,
  files: ReadonlyMap<string, Uint8Array>,
  manifestBytes: Uint8Array,
  onProgress?: (progress: UploadProgress) => void,
): Promise<UploadResult> {
  const location = parseS3Url(url);
  const totalBytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  let doneBytes = 0;
  const uploaded: string[] = [];
  const skipped: string[] = [];
  for (const entry of manifest.files) {
    const key = versionedKey(location, manifest.dataVersion, entry.key);
    const already = await exists(client, location, key, entry.bytes);
    if (already) skipped.push(entry.key);
    else {
      const body = files.get(entry.key);
      if (!body) throw new Error(`${entry.key} is listed in the manifest but was not read`);
      await put(client, location, key, body, entry.sha256);
      uploaded.push(entry.key);
    }
    doneBytes += entry.bytes;
    onProgress?.({ key: entry.key, doneBytes, totalBytes, skipped: already });
  }
  const manifestSha = sha256Hex(manifestBytes);
  await put(client, location, versionedKey(location, manifest.dataVersion, MANIFEST_KEY), manifestBytes, manifestSha);
  await put(client, location, currentManifestKey(location), manifestBytes, manifestSha);
  return { dataVersion: manifest.dataVersion, manifestUrl: s3Url(location, currentManifestKey(location)), uploaded, skipped };
}
