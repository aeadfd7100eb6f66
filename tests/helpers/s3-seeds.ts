/** Seed versions in a local S3: uploaded with the production upload code, read with the production S3 source. */
import type { S3Client } from '@aws-sdk/client-s3';
import { readCurrentSeedFiles } from '../../dataset/load-seed-version.ts';
import { createDirectorySeedSource } from '../../dataset/sources/directory-source.ts';
import { createS3SeedSource } from '../../dataset/sources/s3-source.ts';
import type { RetryNotice } from '../../dataset/sources/retry.ts';
import type { SeedSource } from '../../dataset/sources/seed-source.ts';
import { uploadSeedVersion, type UploadResult } from '../../dataset/upload/upload-seeds.ts';
import { createLocalS3Client } from './s3-server.ts';

/**
 * Uploads a seeds directory as it is, without the CLI's validation, so tests can
 * put a deliberately bad version in place and watch the reader reject it.
 */
export async function uploadSeedsDirectory(client: S3Client, url: string, dir: string): Promise<UploadResult> {
  const { manifest, manifestBytes, files } = await readCurrentSeedFiles(createDirectorySeedSource(dir), { includeSample: true });
  return uploadSeedVersion(client, url, manifest, files, manifestBytes);
}

export interface TestS3Source {
  source: SeedSource;
  retries: { url: string; notice: RetryNotice }[];
  client: S3Client;
}

/** The production S3 source through `endpoint` (a fault proxy), with short deadlines so faults show quickly. */
export function s3SeedSource(endpoint: string, url: string, options: { timeoutMs?: number; attempts?: number } = {}): TestS3Source {
  const retries: TestS3Source['retries'] = [];
  const client = createLocalS3Client(endpoint, { maxAttempts: 1 });
  const source = createS3SeedSource({
    url,
    client,
    timeoutMs: options.timeoutMs ?? 500,
    retry: { attempts: options.attempts ?? 3, baseDelayMs: 10, maxDelayMs: 50 },
    onRetry: (retried, notice) => retries.push({ url: retried, notice }),
  });
  return { source, retries, client };
}
