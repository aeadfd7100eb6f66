/** Configuration from the environment: defaults, and a clear error naming the variable for every bad value. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, LOCAL_SERVER_DEFAULTS, readConfig } from '../core/config.ts';
import { DEFAULT_SEEDS_DIR } from '../core/config.ts';
import { parseS3Url } from '../dataset/sources/s3-layout.ts';

describe('readConfig', () => {
  it('runs on the embedded default with nothing set', () => {
    expect(readConfig({})).toEqual({
      seedsUrl: DEFAULT_SEEDS_DIR,
      s3: { endpoint: undefined, forcePathStyle: false, region: 'us-east-1' },
      includeSample: false,
      refreshIntervalMs: 60_000,
      seedsReadTimeoutMs: 2000,
      seedsReadAttempts: 4,
      databaseUrl: undefined,
      port: 4000,
      host: '127.0.0.1',
      logLevel: 'info',
      limits: { maxDepth: 12, maxAliases: 30, maxDirectives: 20, maxTokens: 2000, maxCost: 1_000_000, introspection: true, fieldSuggestions: true },
      maxRequestBytes: 102_400,
      access: { internalRole: 'zmd:internal', internalApiKeyIds: new Set() },
    });
  });

  it('loads SAMPLE data by default only for the local server (npm start), and a set SEEDS_SAMPLE always wins', () => {
    // Lambda, the CLIs and the tests: off unless asked for.
    expect(readConfig({}).includeSample).toBe(false);
    expect(readConfig({}, DEFAULTS).includeSample).toBe(false);
    expect(readConfig({ SEEDS_SAMPLE: '1' }, DEFAULTS).includeSample).toBe(true);
    // npm start: on unless turned off.
    expect(readConfig({}, LOCAL_SERVER_DEFAULTS).includeSample).toBe(true);
    expect(readConfig({ SEEDS_SAMPLE: '' }, LOCAL_SERVER_DEFAULTS).includeSample).toBe(true);
    expect(readConfig({ SEEDS_SAMPLE: '0' }, LOCAL_SERVER_DEFAULTS).includeSample).toBe(false);
    expect(readConfig({ SEEDS_SAMPLE: 'false' }, LOCAL_SERVER_DEFAULTS).includeSample).toBe(false);
    expect(() => readConfig({ SEEDS_SAMPLE: 'no' }, LOCAL_SERVER_DEFAULTS)).toThrow('SEEDS_SAMPLE must be 1, true, 0 or false, got "no"');
  });

  it('reads who gets internal data: a role and API key ids', () => {
    expect(readConfig({ INTERNAL_ROLE: 'hrss:analyst', INTERNAL_API_KEY_IDS: ' k1a2b3 , z9y8x7,' }).access)
      .toEqual({ internalRole: 'hrss:analyst', internalApiKeyIds: new Set(['k1a2b3', 'z9y8x7']) });
  });

  it('reads every request limit, and names a bad one', () => {
    const config = readConfig({
      GRAPHQL_MAX_DEPTH: '8', GRAPHQL_MAX_ALIASES: '5', GRAPHQL_MAX_DIRECTIVES: '4', GRAPHQL_MAX_TOKENS: '500', GRAPHQL_MAX_COST: '2000',
      GRAPHQL_INTROSPECTION: 'false', GRAPHQL_FIELD_SUGGESTIONS: '0', MAX_REQUEST_BYTES: '4096',
    });
    expect(config.limits).toEqual({ maxDepth: 8, maxAliases: 5, maxDirectives: 4, maxTokens: 500, maxCost: 2000, introspection: false, fieldSuggestions: false });
    expect(config.maxRequestBytes).toBe(4096);
    expect(() => readConfig({ GRAPHQL_MAX_DEPTH: '0' })).toThrow('GRAPHQL_MAX_DEPTH must be a whole number from 1 to 100, got "0"');
    expect(() => readConfig({ MAX_REQUEST_BYTES: '1e9' })).toThrow(/MAX_REQUEST_BYTES must be a whole number/);
  });

  it('takes the log level from LOG_LEVEL, else from Lambda\'s AWS_LAMBDA_LOG_LEVEL, and names a bad one', () => {
    expect(readConfig({ LOG_LEVEL: 'WARN' }).logLevel).toBe('warn');
    expect(readConfig({ AWS_LAMBDA_LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug');
    expect(readConfig({ LOG_LEVEL: 'error', AWS_LAMBDA_LOG_LEVEL: 'DEBUG' }).logLevel).toBe('error');
    expect(() => readConfig({ LOG_LEVEL: 'verbose' })).toThrow('LOG_LEVEL must be one of debug, info, warn, error, got "verbose"');
  });

  it('reads an S3 prefix on an S3-compatible endpoint, path-style by default', () => {
    const config = readConfig({ SEEDS_URL: 's3://zmd-seeds/prod', S3_ENDPOINT: 'http://127.0.0.1:9000', AWS_REGION: 'cn-north-1', SEEDS_SAMPLE: '1', SEEDS_REFRESH_SECONDS: '0' });
    expect(config).toMatchObject({ seedsUrl: 's3://zmd-seeds/prod', s3: { endpoint: 'http://127.0.0.1:9000', forcePathStyle: true, region: 'cn-north-1' }, includeSample: true, refreshIntervalMs: 0 });
    expect(readConfig({ S3_ENDPOINT: 'https://oss-cn-beijing.aliyuncs.com', S3_FORCE_PATH_STYLE: 'false' }).s3.forcePathStyle).toBe(false);
  });

  it('resolves a relative seeds directory', () => {
    expect(readConfig({ SEEDS_URL: 'some/dir' }).seedsUrl).toBe(path.resolve('some/dir'));
  });

  it.each([
    [{ SEEDS_URL: 'https://example.com/seeds' }, /^SEEDS_URL must be a directory path or s3:\/\/bucket\/prefix, got "https:\/\/example\.com\/seeds"$/],
    [{ S3_ENDPOINT: 'localhost:9000' }, /^S3_ENDPOINT must be an http\(s\) URL, got "localhost:9000"$/],
    [{ SEEDS_SAMPLE: 'yes' }, /^SEEDS_SAMPLE must be 1, true, 0 or false, got "yes"$/],
    [{ SEEDS_REFRESH_SECONDS: '-1' }, /^SEEDS_REFRESH_SECONDS must be a whole number from 0 to 86400, got "-1"$/],
    [{ SEEDS_READ_ATTEMPTS: '0' }, /^SEEDS_READ_ATTEMPTS must be a whole number from 1 to 10, got "0"$/],
    [{ SEEDS_READ_TIMEOUT_MS: '1.5' }, /^SEEDS_READ_TIMEOUT_MS must be a whole number from 50 to 120000, got "1\.5"$/],
    [{ PORT: '70000' }, /^PORT must be a whole number from 0 to 65535, got "70000"$/],
  ])('rejects %j naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});

describe('parseS3Url', () => {
  it('splits bucket and prefix', () => {
    expect(parseS3Url('s3://zmd-seeds/prod/plan/')).toEqual({ bucket: 'zmd-seeds', prefix: 'prod/plan' });
    expect(parseS3Url('s3://zmd-seeds')).toEqual({ bucket: 'zmd-seeds', prefix: '' });
  });

  it.each(['s3://', 's3://UPPER/x', 'https://zmd-seeds/x', 's3://zmd-seeds/../other'])('rejects %s', (url) => {
    expect(() => parseS3Url(url)).toThrow(/s3:\/\/bucket\/prefix|path segment/);
  });
});
