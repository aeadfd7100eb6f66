/**
 * Seeds under an S3 prefix (AWS S3 or any S3-compatible store: MinIO, Aliyun OSS,
 * Tencent COS). Every object read has a deadline that covers the body as well as
 * the headers, and bounded retries with jittered backoff: the SDK's own retries
 * stop once headers arrive, so a body that stalls or breaks mid-stream is caught
 * here, never hung on and never taken for the whole object.
 */
import type { Readable } from 'node:stream';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { MANIFEST_KEY } from '../seed-files.ts';
import { currentManifestKey, parseS3Url, s3Url, versionedKey, type S3Location } from './s3-layout.ts';
import { withRetries, type RetryNotice, type RetryPolicy } from './retry.ts';
import { SeedReadError, type SeedSource } from './seed-source.ts';

export interface S3ClientSettings {
  /** An S3-compatible endpoint such as http://127.0.0.1:9000; AWS when undefined. */
  endpoint: string | undefined;
  /** Path-style addressing (endpoint/bucket/key), which most S3-compatible stores need. */
  forcePathStyle: boolean;
  region: string;
}

/** A client whose only retries are ours, and which sends checksums only where S3 requires them. */
export function createS3Client(settings: S3ClientSettings): S3Client {
  return new S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.forcePathStyle,
    // Retries are made per object read below, around the body too; SDK retries would multiply them.
    maxAttempts: 1,
    // Several S3-compatible stores reject the SDK's default streaming CRC32 uploads; sha256 is checked by us.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export interface S3ReadSettings {
  /** Deadline of one attempt at a small object; larger objects get more (see deadlineFor). */
  timeoutMs: number;
  retry: RetryPolicy;
  /** Called before each retry, e.g. to log it. */
  onRetry?: (key: string, notice: RetryNotice) => void;
}

/** Slowest transfer rate an attempt is allowed before its deadline: 5 MB/s. */
const MIN_BYTES_PER_MS = 5_000;

function deadlineFor(settings: S3ReadSettings, expectedBytes: number): number {
  return settings.timeoutMs + Math.ceil(expectedBytes / MIN_BYTES_PER_MS);
}

class DeadlineExceededError extends Error {
  constructor(ms: number) {
    super(`no complete response within ${ms} ms`);
    this.name = 'DeadlineExceededError';
  }
}

class IncompleteBodyError extends Error {
  constructor(received: number, expected: number) {
    super(`the body ended after ${received} of ${expected} bytes`);
    this.name = 'IncompleteBodyError';
  }
}

function httpStatusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

/** Transport failures and server-side errors are worth another attempt; a 4xx answer is not. */
function isRetryable(error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status === undefined) return true;
  return status >= 500 || status === 429 || status === 408;
}

async function readBody(body: Readable, signal: AbortSignal): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  // A stalled body never emits again; destroying it makes the iteration below throw.
  const abort = () => body.destroy(signal.reason as Error);
  signal.addEventListener('abort', abort, { once: true });
  try {
    for await (const chunk of body) chunks.push(chunk as Buffer);
  } finally {
    signal.removeEventListener('abort', abort);
  }
  return Buffer.concat(chunks);
}

type ObjectRead = { bytes: Uint8Array; etag: string } | 'unchanged' | 'missing';

/** One attempt: headers and the whole body within the deadline, the body as long as announced. */
async function getObjectOnce(client: S3Client, bucket: string, key: string, deadlineMs: number, ifNoneMatch?: string): Promise<ObjectRead> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DeadlineExceededError(deadlineMs)), deadlineMs);
  try {
    let response;
    try {
      response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...(ifNoneMatch ? { IfNoneMatch: ifNoneMatch } : {}) }), { abortSignal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason;
      const status = httpStatusOf(error);
      if (status === 304) return 'unchanged';
      if (status === 404) return 'missing';
      throw error;
    }
    if (!response.Body) throw new IncompleteBodyError(0, response.ContentLength ?? 0);
    const bytes = await readBody(response.Body as Readable, controller.signal);
    if (response.ContentLength !== undefined && bytes.byteLength !== response.ContentLength) throw new IncompleteBodyError(bytes.byteLength, response.ContentLength);
    return { bytes, etag: response.ETag ?? '' };
  } finally {
    clearTimeout(timer);
  }
}

export interface S3SeedSourceOptions extends S3ReadSettings {
  /** s3://bucket/prefix */
  url: string;
  client: S3Client;
}

export function createS3SeedSource(options: S3SeedSourceOptions): SeedSource {
  const location: S3Location = parseS3Url(options.url);
  const { client } = options;

  async function read(key: string, objectKey: string, expectedBytes: number, policy: RetryPolicy, ifNoneMatch?: string): Promise<ObjectRead> {
    const deadlineMs = deadlineFor(options, expectedBytes);
    try {
      return await withRetries(
        () => getObjectOnce(client, location.bucket, objectKey, deadlineMs, ifNoneMatch),
        policy,
        isRetryable,
        (notice) => options.onRetry?.(s3Url(location, objectKey), notice),
      );
    } catch (error) {
      const status = httpStatusOf(error);
      const reason = status === undefined ? (error as Error).message : `HTTP ${status} ${(error as Error).name}`;
      throw new SeedReadError(key, `could not be read from ${s3Url(location, objectKey)}: ${reason}`, { cause: error });
    }
  }

  return {
    location: options.url,
    async readManifest({ ifNoneMatch, refreshCheck } = {}) {
      const policy = refreshCheck ? { ...options.retry, attempts: 1 } : options.retry;
      const objectKey = currentManifestKey(location);
      const result = await read(MANIFEST_KEY, objectKey, 0, policy, ifNoneMatch);
      if (result === 'missing') throw new SeedReadError(MANIFEST_KEY, `does not exist at ${s3Url(location, objectKey)}; upload a version with npm run seeds:upload`);
      return result;
    },
    async readFile(manifest, entry) {
      const result = await read(entry.key, versionedKey(location, manifest.dataVersion, entry.key), entry.bytes, options.retry);
      if (result === 'missing') return undefined;
      if (result === 'unchanged') throw new Error('an unconditional read cannot be unchanged');
      return result.bytes;
    },
  };
}
