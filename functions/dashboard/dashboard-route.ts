/**
 * The self-hosted dashboard: `GET /dashboard` (and `/dashboard/`) answers
 * dashboard/dist/index.html, `GET /dashboard/<name>` the files `npm run dashboard:build`
 * put beside it (content-hashed: cached for a year; gzipped when the client takes it).
 * The page reads nothing but this server's /graphql and /export.csv, so it works on an
 * intranet without internet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HttpRequest, HttpResponse } from '../http/http-exchange.ts';

/** The Lambda artifact keeps this layout: functions/dashboard/ and dashboard/dist/ under one root. */
export const DASHBOARD_DIST_DIR = path.join(import.meta.dirname, '..', '..', 'dashboard', 'dist');
export const DASHBOARD_PATH = '/dashboard';

const INDEX_FILE = 'index.html';
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/** esbuild's `[name]-[hash]`: eight base32 characters that change whenever the content does. */
const CONTENT_HASHED_NAME = /-[A-Z2-7]{8}\.[a-z0-9]+$/;
/** One flat directory: a name with a slash, a backslash, `%` or a leading dot can only be an attack or a typo. */
const SAFE_FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

interface DistFile {
  /** Text as a string, so Lambda returns it as it is rather than base64-encoded. */
  body: string;
  gzipped: Uint8Array | undefined;
}

export type DashboardRoute = (request: HttpRequest) => HttpResponse | undefined;

/** Answers the dashboard's paths from `distDir` (and nothing else), reading each file on first use and keeping it. */
export function createDashboardRoute(distDir: string): DashboardRoute {
  const cache = new Map<string, DistFile>();

  function readDistFile(name: string): DistFile | undefined {
    const cached = cache.get(name);
    if (cached) return cached;
    const bytes = readIfPresent(path.join(distDir, name));
    // Misses are not cached: a build may still be on its way, and unknown names are unbounded.
    if (!bytes) return undefined;
    const file = { body: Buffer.from(bytes).toString('utf8'), gzipped: readIfPresent(path.join(distDir, `${name}.gz`)) };
    cache.set(name, file);
    return file;
  }

  return (request) => {
    const name = fileNameOf(request.path);
    if (name === undefined) return undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed: the dashboard answers GET and HEAD.', { allow: 'GET, HEAD' });
    }
    const contentType = CONTENT_TYPES[path.extname(name)];
    const file = SAFE_FILE_NAME.test(name) && contentType ? readDistFile(name) : undefined;
    if (!file || !contentType) {
      if (!readDistFile(INDEX_FILE)) {
        return textResponse(503, 'The dashboard is not built: run `npm run dashboard:build`, then reload this page. GraphQL itself is served at /graphql.');
      }
      return textResponse(404, `Not found: ${request.path}`);
    }
    const useGzip = file.gzipped !== undefined && acceptsGzip(request);
    const headers: Record<string, string> = {
      'content-type': contentType,
      // The page names the current hashed assets, so browsers ask again for it after each deploy.
      'cache-control': name !== INDEX_FILE && CONTENT_HASHED_NAME.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (file.gzipped) headers.vary = 'accept-encoding';
    if (useGzip) headers['content-encoding'] = 'gzip';
    const body = useGzip ? file.gzipped! : file.body;
    return { status: 200, headers, body: request.method === 'HEAD' ? new Uint8Array(0) : body };
  };
}

export const dashboardResponse: DashboardRoute = createDashboardRoute(DASHBOARD_DIST_DIR);

/** index.html for the page itself, the decoded name for an asset, "" for an undecodable one, undefined for other paths. */
function fileNameOf(requestPath: string): string | undefined {
  if (requestPath === DASHBOARD_PATH || requestPath === `${DASHBOARD_PATH}/`) return INDEX_FILE;
  if (!requestPath.startsWith(`${DASHBOARD_PATH}/`)) return undefined;
  try {
    return decodeURIComponent(requestPath.slice(DASHBOARD_PATH.length + 1));
  } catch {
    return '';
  }
}

/** True when Accept-Encoding lists gzip (or `*`) without refusing it by `q=0`. */
function acceptsGzip(request: HttpRequest): boolean {
  return (request.headers.get('accept-encoding') ?? '').split(',').some((coding) => {
    const [name = '', ...parameters] = coding.split(';').map((part) => part.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return (name === 'gzip' || name === '*') && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}

function readIfPresent(file: string): Uint8Array | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function textResponse(status: number, message: string, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers }, body: `${message}\n` };
}
