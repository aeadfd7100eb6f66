/**
 * The explorer's route on its own, over a hand-made dist directory: what it answers at
 * `/` and `/explorer/*` (content types, gzip, caching), what it leaves to other routes,
 * that no path reaches a file outside the directory, and the 503 before a build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createExplorerRoute, EXPLORER_DIST_DIR, type ExplorerRoute } from '../functions/explorer/explorer-route.ts';
import type { HttpRequest } from '../functions/http/http-exchange.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const INDEX_HTML = '<!doctype html><title>驻马店市“十四五”人才发展规划</title><script type="module" src="explorer/app-ABCDEFGH.js"></script>';
const APP_JS = 'console.log("返乡创业");';
const DIST_FILES: Record<string, string> = {
  'index.html': INDEX_HTML,
  'app-ABCDEFGH.js': APP_JS,
  'app-ABCDEFGH.js.map': '{"version":3}',
  'app-QRSTUV23.css': 'body{margin:0}',
  'codicon-WXYZ2345.ttf': 'ttf bytes',
  'font.woff2': 'woff2 bytes, no hash in the name',
  'examples-ABCDEFGH.json': '[]',
  'build-notes.txt': 'no content type for .txt',
};
const SECRET = 'outside the dist directory';

const workDir = mkdtempSync(path.join(tmpdir(), 'explorer-route-'));
let distDir: string;
let route: ExplorerRoute;

function request(method: string, requestPath: string, headers: Record<string, string> = {}): HttpRequest {
  return { method, path: requestPath, query: new URLSearchParams(), headers: new Map(Object.entries(headers)), body: '', requestId: 'test', audience: 'public' };
}

function get(requestPath: string, headers: Record<string, string> = {}) {
  return route(request('GET', requestPath, headers));
}

function text(body: string | Uint8Array | undefined): string {
  return typeof body === 'string' ? body : Buffer.from(body ?? new Uint8Array()).toString('utf8');
}

beforeEach(() => {
  rmSync(workDir, { recursive: true, force: true });
  distDir = path.join(workDir, 'explorer', 'dist');
  mkdirSync(distDir, { recursive: true });
  for (const [name, content] of Object.entries(DIST_FILES)) writeFileSync(path.join(distDir, name), content);
  writeFileSync(path.join(distDir, 'app-ABCDEFGH.js.gz'), gzipSync(APP_JS));
  // Files a traversal would aim for, one and two levels above dist.
  writeFileSync(path.join(workDir, 'explorer', 'secret.js'), SECRET);
  writeFileSync(path.join(workDir, 'secret.js'), SECRET);
  route = createExplorerRoute(distDir);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('GET /', () => {
  it('answers index.html, revalidated on every visit so a deploy shows its new assets', () => {
    const response = get('/');
    expect(response).toMatchObject({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' } });
    expect(response!.body).toBe(INDEX_HTML);
  });

  it('answers HEAD with the same headers and no body', () => {
    const response = route(request('HEAD', '/'));
    expect(response).toMatchObject({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(text(response!.body)).toBe('');
  });

  it('refuses other methods with 405 and says which are allowed', () => {
    for (const requestPath of ['/', '/explorer/app-ABCDEFGH.js']) {
      expect(route(request('POST', requestPath))).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD' } });
    }
  });
});

describe('GET /explorer/<asset>', () => {
  it.each([
    ['app-ABCDEFGH.js', 'text/javascript; charset=utf-8', IMMUTABLE],
    ['app-QRSTUV23.css', 'text/css; charset=utf-8', IMMUTABLE],
    ['codicon-WXYZ2345.ttf', 'font/ttf', IMMUTABLE],
    ['examples-ABCDEFGH.json', 'application/json; charset=utf-8', IMMUTABLE],
    ['app-ABCDEFGH.js.map', 'application/json; charset=utf-8', IMMUTABLE],
    ['font.woff2', 'font/woff2', 'no-cache'],
    ['index.html', 'text/html; charset=utf-8', 'no-cache'],
  ])('%s is %s, cached as "%s"', (name, contentType, cacheControl) => {
    const response = get(`/explorer/${name}`);
    expect(response).toMatchObject({ status: 200, headers: { 'content-type': contentType, 'cache-control': cacheControl, 'x-content-type-options': 'nosniff' } });
    expect(text(response!.body)).toBe(DIST_FILES[name]);
    // Text stays a string (Lambda sends it as it is); fonts are bytes (sent base64-encoded).
    expect(typeof response!.body).toBe(contentType.startsWith('font/') ? 'object' : 'string');
  });

  it('sends the gzipped twin to clients that accept gzip, the plain file to the others', () => {
    const gzipped = get('/explorer/app-ABCDEFGH.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(gzipped).toMatchObject({ status: 200, headers: { 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-type': 'text/javascript; charset=utf-8' } });
    expect(Buffer.from(gzipped!.body as Uint8Array)).toEqual(gzipSync(APP_JS));
    for (const acceptEncoding of [undefined, 'identity', 'br', 'gzip;q=0']) {
      const plain = get('/explorer/app-ABCDEFGH.js', acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});
      expect(plain!.headers['content-encoding'], acceptEncoding).toBeUndefined();
      expect(plain!.headers.vary).toBe('accept-encoding');
      expect(text(plain!.body)).toBe(APP_JS);
    }
  });

  it('answers 404 for names it does not have or cannot type', () => {
    for (const requestPath of ['/explorer/missing-ABCDEFGH.js', '/explorer/build-notes.txt', '/explorer/', '/explorer/app-ABCDEFGH.js.gz']) {
      expect(get(requestPath), requestPath).toMatchObject({ status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
  });

  it.each([
    '/explorer/../secret.js',
    '/explorer/../../secret.js',
    '/explorer/..%2fsecret.js',
    '/explorer/..%2F..%2Fsecret.js',
    '/explorer/%2e%2e%2fsecret.js',
    '/explorer/%2E%2E/secret.js',
    '/explorer/.%2e%2f.%2e%2fsecret.js',
    '/explorer/%252e%252e%252fsecret.js',
    '/explorer/..%5csecret.js',
    '/explorer/..\\..\\secret.js',
    '/explorer/%2fetc%2fpasswd',
    '/explorer/%00app-ABCDEFGH.js',
    '/explorer/app-ABCDEFGH.js%00.css',
    '/explorer/%E0%A4%A',
    '/explorer/../../../../../../etc/passwd',
  ])('refuses %s', (requestPath) => {
    const response = get(requestPath);
    expect(response?.status).toBe(404);
    expect(text(response?.body)).not.toContain(SECRET);
  });
});

describe('paths it does not own', () => {
  it.each(['/graphql', '/export.csv', '/index.html', '/explorer', '/explorerx/app-ABCDEFGH.js', '/favicon.ico', '/dev/', '/dev/explorer/app-ABCDEFGH.js'])(
    'leaves %s to the other routes',
    (requestPath) => {
      expect(get(requestPath)).toBeUndefined();
      expect(route(request('POST', requestPath))).toBeUndefined();
    },
  );
});

describe('reading the files', () => {
  it('reads a file on first use and then answers from memory', () => {
    expect(text(get('/explorer/app-ABCDEFGH.js')!.body)).toBe(APP_JS);
    writeFileSync(path.join(distDir, 'app-ABCDEFGH.js'), 'changed on disk');
    rmSync(path.join(distDir, 'index.html'));
    expect(text(get('/explorer/app-ABCDEFGH.js')!.body)).toBe(APP_JS);
  });

  it('answers 503 naming the build command while there is no build, and serves it once there is', () => {
    rmSync(distDir, { recursive: true });
    for (const requestPath of ['/', '/explorer/app-ABCDEFGH.js']) {
      const response = get(requestPath);
      expect(response, requestPath).toMatchObject({ status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
      expect(text(response!.body)).toContain('npm run explorer:build');
    }
    mkdirSync(distDir);
    writeFileSync(path.join(distDir, 'index.html'), INDEX_HTML);
    expect(get('/')).toMatchObject({ status: 200 });
  });

  it('serves the build in explorer/dist at the repository root, the layout the Lambda artifact keeps', () => {
    expect(EXPLORER_DIST_DIR).toBe(path.join(import.meta.dirname, '..', 'explorer', 'dist'));
  });
});
