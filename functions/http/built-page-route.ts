/**
 * Serving a page that a build wrote into a folder (the explorer's explorer/dist, the
 * dashboard's dashboard/dist): its index and the files beside it, each read on first
 * use and kept, content-hashed names cached for a year, the index revalidated, gzipped
 * twins for clients that take them, and a message naming the build command while the
 * folder is empty. Everything comes from this server, so the pages work on an intranet
 * without internet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HttpRequest, HttpResponse } from './http-exchange.ts';

export const INDEX_FILE = 'index.html';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** esbuild's `[name]-[hash]` (and its source map): eight base32 characters that change whenever the content does. */
const CONTENT_HASHED_NAME = /-[A-Z2-7]{8}\.[a-z0-9]+(?:\.map)?$/;
/** One flat directory: a name with a slash, a backslash, `%` or a leading dot can only be an attack or a typo. */
const SAFE_FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

const IMMUTABLE = 'public, max-age=31536000, immutable';
// The page names the current hashed assets, so browsers must ask again for it after each deploy.
const REVALIDATE = 'no-cache';

interface DistFile {
  /**
   * Text as a string, so Lambda returns it as it is: bytes go out base64-encoded, a
   * third larger, and the 5 MiB explorer script would then pass Lambda's 6 MB response
   * limit for a client that does not take gzip.
   */
  body: string | Uint8Array;
  /** The build's `.gz` twin, when it wrote one. */
  gzipped: Uint8Array | undefined;
}

export type BuiltPageRoute = (request: HttpRequest) => HttpResponse | undefined;

export interface BuiltPage {
  distDir: string;
  /** "the explorer", "the dashboard": for messages. */
  label: string;
  /** The npm script that builds the folder, for the message while it is empty. */
  buildScript: string;
  /**
   * The file a path asks for: INDEX_FILE for the page, the decoded name for an asset, ""
   * for a path this page owns but cannot name (bad percent-encoding), undefined for
   * paths it does not own.
   */
  fileNameOf(requestPath: string): string | undefined;
}

/** The decoded name after a prefix, "" when it does not decode, undefined for paths without the prefix. */
export function assetNameAfter(prefix: string, requestPath: string): string | undefined {
  if (!requestPath.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(requestPath.slice(prefix.length));
  } catch {
    return '';
  }
}

/** Answers a built page's paths (and nothing else) from its folder. */
export function createBuiltPageRoute(page: BuiltPage): BuiltPageRoute {
  const cache = new Map<string, DistFile>();

  function readDistFile(name: string): DistFile | undefined {
    const cached = cache.get(name);
    if (cached) return cached;
    const bytes = readIfPresent(path.join(page.distDir, name));
    // Misses are not cached: a build may still be on its way, and unknown names are unbounded.
    if (!bytes) return undefined;
    const body = isText(CONTENT_TYPES[path.extname(name)]) ? Buffer.from(bytes).toString('utf8') : bytes;
    const file = { body, gzipped: readIfPresent(path.join(page.distDir, `${name}.gz`)) };
    cache.set(name, file);
    return file;
  }

  return (request) => {
    const name = page.fileNameOf(request.path);
    if (name === undefined) return undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, `Method not allowed: ${page.label} answers GET and HEAD.`, { allow: 'GET, HEAD' });
    }
    const contentType = name ? CONTENT_TYPES[path.extname(name)] : undefined;
    const file = name && SAFE_FILE_NAME.test(name) && contentType ? readDistFile(name) : undefined;
    if (!file || !contentType) {
      if (!readDistFile(INDEX_FILE)) {
        return textResponse(503, `${capitalised(page.label)} is not built: run \`npm run ${page.buildScript}\`, then reload this page. GraphQL itself is served at /graphql.`);
      }
      return textResponse(404, `Not found: ${request.path}`);
    }
    const useGzip = file.gzipped !== undefined && acceptsGzip(request);
    const headers: Record<string, string> = {
      'content-type': contentType,
      'cache-control': name !== INDEX_FILE && CONTENT_HASHED_NAME.test(name) ? IMMUTABLE : REVALIDATE,
      'x-content-type-options': 'nosniff',
    };
    if (file.gzipped) headers.vary = 'accept-encoding';
    if (useGzip) headers['content-encoding'] = 'gzip';
    const body = useGzip ? file.gzipped! : file.body;
    return { status: 200, headers, body: request.method === 'HEAD' ? new Uint8Array(0) : body };
  };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function isText(contentType: string | undefined): boolean {
  return contentType !== undefined && (contentType.includes('charset=utf-8') || contentType === 'image/svg+xml');
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
