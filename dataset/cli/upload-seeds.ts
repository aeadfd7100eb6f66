/**
 * npm run seeds:upload -- s3://bucket/prefix [seedsDir]
 *
 * Checks the seed version in seedsDir (default: the repo's seeds/) exactly as
 * seeds:check does and refuses it on any problem; then uploads it under the
 * prefix's versions/<dataVersion>/ with SHA-256 checksums and a progress bar, and
 * writes the prefix's manifest.json last. S3_ENDPOINT, S3_FORCE_PATH_STYLE and
 * AWS_REGION select an S3-compatible store; credentials come from the usual AWS
 * variables or profile.
 */
import path from 'node:path';
import { CliUsageError, runCli } from '../../cli/run-cli.ts';
import { readConfig } from '../../core/config.ts';
import { DEFAULT_SEEDS_DIR } from '../../core/config.ts';
import { assertLoadable } from '../../warehouse/assert-loadable.ts';
import { SeedValidationError } from '../check/seed-issues.ts';
import { validateSeedFiles } from '../check/validate-seeds.ts';
import { readCurrentSeedFiles } from '../load-seed-version.ts';
import { createDirectorySeedSource } from '../sources/directory-source.ts';
import { createS3Client } from '../sources/s3-source.ts';
import { uploadSeedVersion, type UploadProgress } from '../upload/upload-seeds.ts';

const BAR_WIDTH = 30;

function progressLine(p: UploadProgress): string {
  const share = p.totalBytes === 0 ? 1 : p.doneBytes / p.totalBytes;
  const filled = Math.round(share * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${p.key}${p.skipped ? ' (already uploaded)' : ''}`;
}

/** On a terminal the bar redraws in place; in CI logs each file gets its own line. */
function showProgress(p: UploadProgress): void {
  if (process.stderr.isTTY) process.stderr.write(`\r${progressLine(p).padEnd(process.stderr.columns ? process.stderr.columns - 1 : 100)}`);
  else process.stderr.write(`${progressLine(p)}\n`);
}

await runCli({
  name: 'seeds:upload',
  usage: 'npm run seeds:upload -- s3://bucket/prefix [seedsDir]',
  description: [
    'Checks the seed version in seedsDir exactly as seeds:check does and refuses it on any problem; then uploads it',
    "under the prefix's versions/<dataVersion>/ with SHA-256 checksums and writes the prefix's manifest.json last.",
    'S3_ENDPOINT, S3_FORCE_PATH_STYLE and AWS_REGION select an S3-compatible store; credentials come from the usual AWS variables or profile.',
  ].join('\n'),
  arguments: [
    { name: 's3://bucket/prefix', description: 'where the seed versions live' },
    { name: 'seedsDir', description: "the seed directory (default: the repo's seeds/)", optional: true },
  ],
  describeError: (error) => (error instanceof SeedValidationError ? `seeds:upload refused the seeds: ${error.message}` : `seeds:upload failed: ${(error as Error).message}`),
  async run({ positionals: [url, dir] }) {
    if (!url?.startsWith('s3://')) throw new CliUsageError(`the target must be an s3:// URL, not '${url}'`);
    const root = path.resolve(dir ?? DEFAULT_SEEDS_DIR);
    const { manifest, manifestBytes, files } = await readCurrentSeedFiles(createDirectorySeedSource(root), { includeSample: true });
    await assertLoadable(validateSeedFiles(manifest, files), root);

    const config = readConfig();
    const client = createS3Client(config.s3);
    const result = await uploadSeedVersion(client, url, manifest, files, manifestBytes, showProgress);
    if (process.stderr.isTTY) process.stderr.write('\n');
    client.destroy();
    console.log(`seeds:upload: data version ${result.dataVersion} is current at ${result.manifestUrl} (${result.uploaded.length} file(s) uploaded, ${result.skipped.length} already there)`);
  },
});
