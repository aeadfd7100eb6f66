/**
 * Proves the S3 test harness: the real SDK talks to s3rver through the fault proxy, and
 * each injected fault reaches the SDK the way the deadline/retry code will see it.
 */
import { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand, type GetObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.ts';
import { createLocalS3Client, startS3Server, type LocalS3 } from './helpers/s3-server.ts';

const BUCKET = 'harness';
const FACTS_KEY = 'data/facts.json';
const FACTS_PATH = `/${BUCKET}/${FACTS_KEY}?x-id=GetObject`;
// Several kilobytes of multi-byte UTF-8, so byte offsets fall inside characters.
const FACTS = Buffer.from(
  JSON.stringify(
    Array.from({ length: 60 }, (_, i) => ({ id: i, text: `驻马店市“十四五”人才和人力资源与就业规划 第${i}条：高校毕业生就业率保持在90%以上` })),
  ),
);

let s3: LocalS3;
let proxy: FaultProxy;
let client: S3Client;

beforeAll(async () => {
  s3 = await startS3Server();
  await s3.createBucket(BUCKET);
  await s3.putObject(BUCKET, FACTS_KEY, FACTS);
  proxy = await startFaultProxy(s3.endpoint);
  // One attempt: every fault must reach the test, not be hidden by SDK retries.
  client = createLocalS3Client(proxy.endpoint, { maxAttempts: 1 });
});

afterEach(() => proxy.clearFaults());

afterAll(async () => {
  client?.destroy();
  await proxy?.close();
  await s3?.close();
});

function getFacts(abortSignal?: AbortSignal): Promise<GetObjectCommandOutput> {
  return client.send(new GetObjectCommand({ Bucket: BUCKET, Key: FACTS_KEY }), abortSignal ? { abortSignal } : {});
}

function nodeBody(output: GetObjectCommandOutput) {
  const body = output.Body;
  if (!(body instanceof Readable)) throw new Error('GetObject Body is not a Node Readable');
  return body;
}

async function readBytes(output: GetObjectCommandOutput): Promise<Buffer> {
  return Buffer.from(await nodeBody(output).transformToByteArray());
}

describe('s3 harness through the fault proxy', () => {
  it('puts and gets an object byte-for-byte', async () => {
    const key = 'data/round-trip.txt';
    const text = Buffer.from('人才强市：驻马店 2025 年新增城镇就业 6 万人 ✓\n');
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: text }));

    const output = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(output.ContentLength).toBe(text.length);
    expect((await readBytes(output)).equals(text)).toBe(true);
    expect((await readBytes(await getFacts())).equals(FACTS)).toBe(true);
  });

  it('passes a conditional GET through: 304 surfaces as an S3ServiceException named Unknown', async () => {
    const first = await getFacts();
    await readBytes(first);
    const { ETag } = first;
    await expect(client.send(new GetObjectCommand({ Bucket: BUCKET, Key: FACTS_KEY, IfNoneMatch: ETag }))).rejects.toMatchObject({
      name: 'Unknown',
      $fault: 'client',
      $metadata: { httpStatusCode: 304 },
    });
  });

  it('a 503 rule with times 1 fails the first GET only', async () => {
    proxy.addFault({ method: 'GET', pathIncludes: FACTS_KEY, fault: { kind: 'status', status: 503 }, times: 1 });

    await expect(getFacts()).rejects.toMatchObject({ name: 'SlowDown', $fault: 'server', $metadata: { httpStatusCode: 503 } });
    expect((await readBytes(await getFacts())).equals(FACTS)).toBe(true);
  });

  it('matches rules by method and path, first unexpired rule wins', async () => {
    proxy.addFault({ method: 'PUT', pathIncludes: FACTS_KEY, fault: { kind: 'status', status: 500 }, times: 1 });
    proxy.addFault({ pathIncludes: 'data/other.json', fault: { kind: 'status', status: 500 }, times: 1 });
    proxy.addFault({ pathIncludes: FACTS_KEY, fault: { kind: 'status', status: 403 }, times: 1 });
    proxy.addFault({ pathIncludes: FACTS_KEY, fault: { kind: 'status', status: 404 }, times: 1 });

    await expect(getFacts()).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
    await expect(getFacts()).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
    expect((await readBytes(await getFacts())).equals(FACTS)).toBe(true);
  });

  it('stall-body: headers arrive, the body hangs until the abort signal fires', async () => {
    proxy.addFault({ method: 'GET', pathIncludes: FACTS_KEY, fault: { kind: 'stall-body', afterBytes: 100 }, times: 1 });
    const controller = new AbortController();
    const output = await getFacts(controller.signal);
    expect(output.ContentLength).toBe(FACTS.length);

    const body = nodeBody(output);
    // Destroy WITH an error: a bare destroy() leaves transformToByteArray pending forever.
    controller.signal.addEventListener('abort', () => body.destroy(controller.signal.reason), { once: true });
    const started = Date.now();
    const timer = setTimeout(() => controller.abort(), 200);
    try {
      await expect(body.transformToByteArray()).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      clearTimeout(timer);
    }
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(5_000);
  });

  it('cut-body: reading the body rejects with ECONNRESET "aborted"', async () => {
    proxy.addFault({ method: 'GET', pathIncludes: FACTS_KEY, fault: { kind: 'cut-body', afterBytes: 100 }, times: 1 });
    const output = await getFacts();
    expect(output.ContentLength).toBe(FACTS.length);

    const error = await nodeBody(output).transformToByteArray().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'Error', code: 'ECONNRESET', message: 'aborted' });
    expect(error).not.toHaveProperty('$metadata');
  });

  it('corrupt-body: same length, exactly one byte different', async () => {
    proxy.addFault({ method: 'GET', pathIncludes: FACTS_KEY, fault: { kind: 'corrupt-body' }, times: 1 });
    const output = await getFacts();
    const bytes = await readBytes(output);

    expect(output.ContentLength).toBe(FACTS.length);
    expect(bytes.length).toBe(FACTS.length);
    const differing = [...bytes.keys()].filter((i) => bytes[i] !== FACTS[i]);
    expect(differing).toEqual([Math.floor(FACTS.length / 2)]);
  });

  it('delay-headers: send itself rejects with AbortError when the signal fires first', async () => {
    proxy.addFault({ method: 'GET', pathIncludes: FACTS_KEY, fault: { kind: 'delay-headers', ms: 3_000 }, times: 1 });
    const controller = new AbortController();
    const started = Date.now();
    const timer = setTimeout(() => controller.abort(), 200);
    try {
      await expect(getFacts(controller.signal)).rejects.toMatchObject({ name: 'AbortError', message: 'Request aborted' });
    } finally {
      clearTimeout(timer);
    }
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('logs every request in order with the fault applied', async () => {
    const from = proxy.requests.length;
    proxy.addFault({ method: 'GET', pathIncludes: FACTS_KEY, fault: { kind: 'status', status: 503 }, times: 1 });
    proxy.addFault({ method: 'GET', pathIncludes: FACTS_KEY, fault: { kind: 'corrupt-body' }, times: 1 });

    await expect(getFacts()).rejects.toMatchObject({ $metadata: { httpStatusCode: 503 } });
    await readBytes(await getFacts());
    await readBytes(await getFacts());

    expect(proxy.requests.slice(from)).toStrictEqual([
      { method: 'GET', path: FACTS_PATH, fault: 'status' },
      { method: 'GET', path: FACTS_PATH, fault: 'corrupt-body' },
      { method: 'GET', path: FACTS_PATH },
    ]);
  });

  it('close() returns promptly with a stalled socket open, failing the stalled read', async () => {
    const ownProxy = await startFaultProxy(s3.endpoint);
    const ownClient = createLocalS3Client(ownProxy.endpoint, { maxAttempts: 1 });
    try {
      ownProxy.addFault({ pathIncludes: FACTS_KEY, fault: { kind: 'stall-body', afterBytes: 0 }, times: 1 });
      const output = await ownClient.send(new GetObjectCommand({ Bucket: BUCKET, Key: FACTS_KEY }));
      const reading = nodeBody(output).transformToByteArray();
      reading.catch(() => {}); // asserted below; avoid an unhandled rejection while close() runs

      const started = Date.now();
      await ownProxy.close();
      expect(Date.now() - started).toBeLessThan(1_000);
      await expect(reading).rejects.toMatchObject({ code: 'ECONNRESET', message: 'aborted' });
    } finally {
      ownClient.destroy();
    }
  });
});
