/**
 * npm run seeds:upload against a real S3-compatible server (s3rver on loopback,
 * behind a logging proxy): checks first and refuses bad seeds, uploads every file
 * under the version's prefix with a progress bar, writes the current manifest
 * last, and skips files already uploaded.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactSeed } from '../dataset/seed.schemas.ts';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.ts';
import { startS3Server, type LocalS3 } from './helpers/s3-server.ts';
import { copySeeds, editRows, readJson, rehashManifest, REAL_SEEDS_DIR } from './helpers/seeds.ts';

const BUCKET = 'zmd-upload';
let s3: LocalS3;
let proxy: FaultProxy;

beforeAll(async () => {
  s3 = await startS3Server();
  await s3.createBucket(BUCKET);
  proxy = await startFaultProxy(s3.endpoint);
});
afterAll(async () => {
  await proxy?.close();
  await s3?.close();
});

/** Runs the CLI as a user would, with a bounded wait. */
function upload(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dataset/cli/upload-seeds.ts', ...args], {
      env: { ...process.env, S3_ENDPOINT: proxy.endpoint, AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('seeds:upload did not finish in time')); }, 60_000);
    child.once('exit', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
  });
}

describe('seeds:upload', () => {
  it('uploads every file under the version prefix and writes the current manifest last', async () => {
    proxy.requests.length = 0;
    const manifest = await readJson<{ dataVersion: string; files: { key: string }[] }>(REAL_SEEDS_DIR, 'manifest.json');
    const result = await upload([`s3://${BUCKET}/plan`]);
    expect(result.stderr).not.toMatch(/failed|refused/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`seeds:upload: data version ${manifest.dataVersion} is current at s3://${BUCKET}/plan/manifest.json (${manifest.files.length} file(s) uploaded, 0 already there)`);
    // Not a terminal: one progress line per file, ending at 100%.
    const bars = result.stderr.trim().split('\n');
    expect(bars).toHaveLength(manifest.files.length);
    expect(bars.at(-1)).toMatch(/^\[#{30}\] 100% /);

    const puts = proxy.requests.filter((r) => r.method === 'PUT').map((r) => r.path.split('?')[0]);
    const versionPrefix = `/${BUCKET}/plan/versions/${manifest.dataVersion}/`;
    expect(puts.slice(0, -2).sort()).toEqual(manifest.files.map((f) => `${versionPrefix}${f.key}`).sort());
    expect(puts.slice(-2)).toEqual([`${versionPrefix}manifest.json`, `/${BUCKET}/plan/manifest.json`]);
  });

  it('skips files a previous upload of the same version already put in place', async () => {
    proxy.requests.length = 0;
    const result = await upload([`s3://${BUCKET}/plan`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\(0 file\(s\) uploaded, \d+ already there\)/);
    expect(proxy.requests.filter((r) => r.method === 'PUT').map((r) => r.path.split('?')[0])).toEqual([
      expect.stringMatching(/\/versions\/[0-9a-f]{16}\/manifest\.json$/), `/${BUCKET}/plan/manifest.json`,
    ]);
  });

  it('refuses seeds that fail seeds:check and uploads nothing', async () => {
    const copy = await copySeeds();
    await editRows<FactSeed>(copy.dir, 'data/facts.json', (rows) => { rows.find((f) => f.id === 's1.1-02')!.valueText = '250万人'; });
    await rehashManifest(copy.dir);
    proxy.requests.length = 0;
    const result = await upload([`s3://${BUCKET}/bad`, copy.dir]);
    await copy.remove();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^seeds:upload refused the seeds: seed validation failed/);
    expect(result.stderr).toMatch(/data\/facts\.json row \d+ \(s1\.1-02\) field valueText: /);
    expect(proxy.requests).toEqual([]);
  });

  it('explains its usage when the target is not an s3:// URL', async () => {
    const result = await upload(['/tmp/somewhere']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run seeds:upload -- s3://bucket/prefix [seedsDir]');
  });
});
