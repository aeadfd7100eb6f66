/**
 * The three servers the peer bench compares, each a child process on loopback:
 * `npm start`'s server on the embedded default (DuckDB in memory, SAMPLE data),
 * the same server on the PostgreSQL engine (DATABASE_URL: it serves the pushed
 * version), and PostGraphile over that version's tables (postgraphile-server.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startLoadServer, stopChild, type LoadServer } from '../load/load-server.ts';

const START_TIMEOUT_MS = 30_000;

export type PeerTarget = 'embedded' | 'postgres' | 'postgraphile';

export const TARGET_LABELS: Record<PeerTarget, string> = {
  embedded: 'embedded default (DuckDB)',
  postgres: 'PostgreSQL engine',
  postgraphile: 'PostGraphile',
};

/** Our servers run as the Lambda does (serverless.yml sets NODE_ENV=production), as PostGraphile does here. */
const AS_DEPLOYED = { NODE_ENV: 'production' };

export function startEmbeddedServer(): Promise<LoadServer> {
  return startLoadServer(AS_DEPLOYED);
}

export function startPostgresEngineServer(databaseUrl: string): Promise<LoadServer> {
  return startLoadServer({ ...AS_DEPLOYED, DATABASE_URL: databaseUrl });
}

export async function startPostgraphile(options: { databaseUrl: string; schema: string; extraSchema: string }): Promise<LoadServer> {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'postgraphile-server.ts')], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: options.databaseUrl, PEER_SCHEMA: options.schema, PEER_EXTRA_SCHEMA: options.extraSchema },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const stop = () => stopChild(child);
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('PostGraphile did not start in time')), START_TIMEOUT_MS);
      let buffer = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const match = /"url":"(http:\/\/127\.0\.0\.1:\d+\/graphql)"/.exec(buffer);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`PostGraphile exited with ${code}`));
      });
    });
    return { url, child, stderr: () => stderr, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}${stderr ? `: ${stderr.trim().slice(0, 2000)}` : ''}`);
  }
}

/** One POST /graphql, its `data`; throws on a non-2xx answer or GraphQL errors. */
export async function postGraphQL(url: string, query: string, operationName?: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, ...(operationName ? { operationName } : {}) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let body: { data?: unknown; errors?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`HTTP ${response.status} from ${url}, not JSON: ${text.slice(0, 300)}`);
  }
  if (!response.ok || body.errors !== undefined || body.data == null) {
    throw new Error(`HTTP ${response.status} from ${url}: ${text.slice(0, 500)}`);
  }
  return body.data;
}
