/**
 * The one module that reads process.env. Everything else receives a Config.
 * A bad value fails start-up with a message that names the variable.
 */
import path from 'node:path';
import { LOG_LEVELS, type LogLevel } from './logger.ts';

/** The repo's seeds/ directory: the embedded default's data when SEEDS_URL is unset. */
export const DEFAULT_SEEDS_DIR = path.resolve(import.meta.dirname, '..', 'seeds');

/** What one GraphQL request may ask for; functions/graphql/request-limits.ts applies them. */
export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  /** Whether the schema may be introspected (the explorer needs it). */
  introspection: boolean;
  /** Whether validation errors suggest field names ("Did you mean …?"). */
  fieldSuggestions: boolean;
}

/**
 * Measured on the example operations and GraphiQL's own introspection query: at most
 * 85 tokens (introspection 183), depth 6, cost 23,504 (introspection 51,853); a whole-plan
 * walk (chapters → sections → facts, boxes → projects → facts) estimates 244,541, because
 * unpaged lists are guessed at 10 rows each. The defaults leave room for such honest
 * queries and none for the attacks in tests/attacks.test.ts.
 */
export const DEFAULT_REQUEST_LIMITS: Readonly<RequestLimits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 1_000_000,
  introspection: true,
  fieldSuggestions: true,
});

/** Who may see internal monitoring data; functions/http/caller-audience.ts applies it to API Gateway's verdicts. */
export interface AccessPolicy {
  /** The role (an OAuth scope, a group or a role claim value) that grants internal data. */
  internalRole: string;
  /** API Gateway API key ids (REST API usage plans) whose callers get internal data. */
  internalApiKeyIds: ReadonlySet<string>;
}

export interface Config {
  /** A directory path or s3://bucket/prefix holding manifest.json and the files it lists. */
  seedsUrl: string;
  s3: {
    /** An S3-compatible endpoint (MinIO, Aliyun OSS, Tencent COS); AWS when absent. */
    endpoint: string | undefined;
    forcePathStyle: boolean;
    region: string;
  };
  /** Load SAMPLE (synthetic) monitoring files too. */
  includeSample: boolean;
  /** How long a data version is served before the source is checked for a new one. */
  refreshIntervalMs: number;
  /** Deadline of one attempt at reading a small seed object; larger objects get proportionally more. */
  seedsReadTimeoutMs: number;
  /** Attempts per seed object read, the first included. */
  seedsReadAttempts: number;
  /** PostgreSQL instead of in-process DuckDB, when set. */
  databaseUrl: string | undefined;
  /** Port of the local HTTP server. */
  port: number;
  /** Interface the local HTTP server binds to. */
  host: string;
  /** The least severe log lines written; "info" includes one access line per request. */
  logLevel: LogLevel;
  /** What one GraphQL request may ask for; see functions/graphql/request-limits.ts. */
  limits: Readonly<RequestLimits>;
  /** The largest request body accepted; larger ones get 413 before anything is parsed. */
  maxRequestBytes: number;
  /** Which API Gateway callers see internal monitoring files. */
  access: Readonly<AccessPolicy>;
}

function readNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return number;
}

function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw new Error(`${name} must be 1, true, 0 or false, got "${env[name]}"`);
}

function readSeedsUrl(value: string | undefined): string {
  if (!value) return DEFAULT_SEEDS_DIR;
  if (value.startsWith('s3://')) return value;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) throw new Error(`SEEDS_URL must be a directory path or s3://bucket/prefix, got "${value}"`);
  return path.resolve(value);
}

function readLogLevel(value: string | undefined): LogLevel {
  if (!value) return 'info';
  const level = value.toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  return level;
}

/** Defaults that differ by where the code runs; a set variable always wins over them. */
export interface ConfigDefaults {
  /** SEEDS_SAMPLE's value when the variable is unset or empty. */
  includeSample: boolean;
}

/** Lambda, the CLIs and the tests: SAMPLE (synthetic) data is never loaded unless asked for. */
export const DEFAULTS: Readonly<ConfigDefaults> = Object.freeze({ includeSample: false });

/**
 * npm start: a first run on a laptop shows progress and county figures, so the labelled
 * SAMPLE data is loaded unless SEEDS_SAMPLE=0 (the explorer then shows a banner saying
 * the monitoring figures are synthetic).
 */
export const LOCAL_SERVER_DEFAULTS: Readonly<ConfigDefaults> = Object.freeze({ includeSample: true });

let processDefaults: Readonly<ConfigDefaults> = DEFAULTS;

/**
 * Makes readConfig() use the local server's defaults for the rest of this process. The
 * local server calls it before it loads the handler, which reads its configuration at
 * module load; a Lambda never calls it, so Lambda's defaults cannot change by accident.
 */
export function applyLocalServerDefaults(): void {
  processDefaults = LOCAL_SERVER_DEFAULTS;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, defaults: Readonly<ConfigDefaults> = processDefaults): Readonly<Config> {
  const endpoint = env.S3_ENDPOINT || undefined;
  if (endpoint && !/^https?:\/\//.test(endpoint)) throw new Error(`S3_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
  return Object.freeze({
    seedsUrl: readSeedsUrl(env.SEEDS_URL),
    s3: Object.freeze({
      endpoint,
      // S3-compatible stores mostly need path-style addressing; AWS itself prefers virtual-hosted style.
      forcePathStyle: readBoolean(env, 'S3_FORCE_PATH_STYLE', endpoint !== undefined),
      region: env.AWS_REGION || 'us-east-1',
    }),
    includeSample: readBoolean(env, 'SEEDS_SAMPLE', defaults.includeSample),
    refreshIntervalMs: readNumber(env, 'SEEDS_REFRESH_SECONDS', 60, 0, 86_400) * 1000,
    seedsReadTimeoutMs: readNumber(env, 'SEEDS_READ_TIMEOUT_MS', 2000, 50, 120_000),
    seedsReadAttempts: readNumber(env, 'SEEDS_READ_ATTEMPTS', 4, 1, 10),
    databaseUrl: env.DATABASE_URL || undefined,
    port: readNumber(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    // Lambda's advanced logging controls set AWS_LAMBDA_LOG_LEVEL; LOG_LEVEL wins when both are set.
    logLevel: readLogLevel(env.LOG_LEVEL || env.AWS_LAMBDA_LOG_LEVEL),
    limits: Object.freeze({
      maxDepth: readNumber(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_REQUEST_LIMITS.maxDepth, 1, 100),
      maxAliases: readNumber(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_REQUEST_LIMITS.maxAliases, 0, 1000),
      maxDirectives: readNumber(env, 'GRAPHQL_MAX_DIRECTIVES', DEFAULT_REQUEST_LIMITS.maxDirectives, 0, 1000),
      maxTokens: readNumber(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_REQUEST_LIMITS.maxTokens, 100, 100_000),
      maxCost: readNumber(env, 'GRAPHQL_MAX_COST', DEFAULT_REQUEST_LIMITS.maxCost, 1, 100_000_000),
      introspection: readBoolean(env, 'GRAPHQL_INTROSPECTION', DEFAULT_REQUEST_LIMITS.introspection),
      fieldSuggestions: readBoolean(env, 'GRAPHQL_FIELD_SUGGESTIONS', DEFAULT_REQUEST_LIMITS.fieldSuggestions),
    }),
    // API Gateway's own limit is 10 MB; a GraphQL document within the token limit is a few KB.
    maxRequestBytes: readNumber(env, 'MAX_REQUEST_BYTES', 100 * 1024, 1024, 10 * 1024 * 1024),
    access: Object.freeze({
      internalRole: env.INTERNAL_ROLE || 'zmd:internal',
      internalApiKeyIds: new Set((env.INTERNAL_API_KEY_IDS ?? '').split(',').map((id) => id.trim()).filter(Boolean)),
    }),
  });
}
