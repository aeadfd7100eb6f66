/**
 * Where a seed version is read from: a directory or an S3 prefix. Both answer the
 * same two questions, so loading, validation and refresh do not care which.
 */
import type { Manifest, ManifestFile } from '../seed.schemas.ts';

export interface ManifestRead {
  bytes: Uint8Array;
  /** Changes whenever the manifest does: the S3 ETag, or the manifest's own hash. */
  etag: string;
}

export interface ManifestReadOptions {
  /** The etag of the manifest already served: a conditional read. */
  ifNoneMatch?: string;
  /**
   * A refresh check on a warm request: one attempt with a short deadline, because
   * a request is waiting on it and the serving version stays good if it fails.
   */
  refreshCheck?: boolean;
}

export interface SeedSource {
  /** A path or s3:// URL, for messages and the `dataset` field. */
  readonly location: string;
  /** Reads the current manifest, or says it is unchanged when its etag equals `ifNoneMatch`. */
  readManifest(options?: ManifestReadOptions): Promise<ManifestRead | 'unchanged'>;
  /**
   * Reads one file of the version this manifest names; undefined when it does not
   * exist, so validation can report every missing file at once.
   */
  readFile(manifest: Manifest, entry: ManifestFile): Promise<Uint8Array | undefined>;
}

/** A source could not deliver a file or the manifest (missing, denied, or still failing after retries). */
export class SeedReadError extends Error {
  readonly key: string;
  constructor(key: string, message: string, options?: { cause?: unknown }) {
    super(`${key}: ${message}`, options);
    this.name = 'SeedReadError';
    this.key = key;
  }
}
