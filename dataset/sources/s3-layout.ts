/**
 * How a seeds prefix is laid out in S3. Files are immutable under their version;
 * the prefix's manifest.json names the current version and is written last, so a
 * reader sees either the old version or the new one, never half of one.
 *
 *   s3://bucket/prefix/manifest.json                        current version (mutable)
 *   s3://bucket/prefix/versions/<dataVersion>/manifest.json  that version's manifest
 *   s3://bucket/prefix/versions/<dataVersion>/data/…         that version's files
 */
import { MANIFEST_KEY } from '../seed-files.ts';

export interface S3Location {
  bucket: string;
  /** The key prefix without a trailing slash; '' for the bucket root. */
  prefix: string;
}

const S3_URL = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/;

/** Parses s3://bucket/prefix; throws an error naming the problem for anything else. */
export function parseS3Url(url: string): S3Location {
  const match = S3_URL.exec(url);
  if (!match) throw new Error(`"${url}" is not an S3 URL of the form s3://bucket/prefix (bucket names are 3–63 lower-case letters, digits, dots and hyphens)`);
  const prefix = (match[2] ?? '').replace(/\/+$/, '');
  if (prefix.split('/').some((part) => part === '..' || part === '.')) throw new Error(`"${url}" has a "." or ".." path segment`);
  return { bucket: match[1]!, prefix };
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}/${key}`;
}

export function currentManifestKey(location: S3Location): string {
  return join(location.prefix, MANIFEST_KEY);
}

export function versionedKey(location: S3Location, dataVersion: string, key: string): string {
  return join(location.prefix, `versions/${dataVersion}/${key}`);
}

export function s3Url(location: S3Location, key: string): string {
  return `s3://${location.bucket}/${key}`;
}
