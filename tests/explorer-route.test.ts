/**
 * The explorer's route on its own, over a hand-made dist directory: what it answers at
 * `/`, `/explorer/*` and `/favicon.ico` (content types, gzip, caching), what it leaves
 * to other routes, that no path reaches a file outside the directory, and the 503
 * before a build. Then the app's redirect of a browser opening /graphql to the
 * explorer, at the root and under an API Gateway stage.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../core/logger.ts';
import { faviconIco } from '../explorer/build/favicon.ts';
import { createExplorerRoute, EXPLORER_DIST_DIR } from '../functions/explorer/explorer-route.ts';
import type { BuiltPageRoute } from '../functions/http/built-page-route.ts';
import { createHttpApp, GRAPHQL_PATH } from '../functions/http/http-app.ts';
import { jsonResponse, type HttpRequest } from '../functions/http/http-exchange.ts';
import type { LambdaHttpEvent } from '../functions/http/lambda-event-kind.ts';
import { toHttpRequest } from '../functions/http/lambda-events.ts';

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
  'favicon-ABCDEFGH.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};
const FAVICON_ICO = faviconIco();
const SECRET = 'outside the dist directory';

const workDir = mkdtempSync(path.join(tmpdir(), 'explorer-route-'));
let distDir: string;
let route: BuiltPageRoute;

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
  writeFileSync(path.join(distDir, 'favicon.ico'), FAVICON_ICO);
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
    ['favicon-ABCDEFGH.svg', 'image/svg+xml', IMMUTABLE],
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

describe('GET /favicon.ico', () => {
  it('answers the icon at the well-known path and under /explorer/, revalidated (its name has no hash)', () => {
    for (const requestPath of ['/favicon.ico', '/explorer/favicon.ico']) {
      const response = get(requestPath);
      expect(response, requestPath).toMatchObject({ status: 200, headers: { 'content-type': 'image/x-icon', 'cache-control': 'no-cache' } });
      expect(Buffer.from(response!.body as Uint8Array)).toEqual(Buffer.from(FAVICON_ICO));
    }
  });

  it('is a Windows icon with 32×32 and 16×16 images, opaque in the middle and transparent in the corners', () => {
    const ico = Buffer.from(FAVICON_ICO);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    expect([ico[6], ico[7], ico[22], ico[23]]).toEqual([32, 32, 16, 16]);
    const offset = ico.readUInt32LE(6 + 12);
    const pixels = offset + 40; // after BITMAPINFOHEADER; BGRA rows bottom-up
    const alphaAt = (x: number, y: number) => ico[pixels + ((31 - y) * 32 + x) * 4 + 3];
    expect(alphaAt(0, 0)).toBe(0);
    expect(alphaAt(31, 31)).toBe(0);
    expect(alphaAt(16, 16)).toBe(255);
  });
});

describe('paths it does not own', () => {
  it.each(['/graphql', '/export.csv', '/index.html', '/explorer', '/explorerx/app-ABCDEFGH.js', '/favicon.png', '/dev/', '/dev/explorer/app-ABCDEFGH.js'])(
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

describe('a browser opening /graphql', () => {
  const graphqlCalls: HttpRequest[] = [];
  const app = createHttpApp({
    graphql: async (request) => { graphqlCalls.push(request); return jsonResponse(200, { data: {} }); },
    exportCsv: async () => jsonResponse(200, {}),
    explorer: () => undefined,
  }, createJsonLogger(() => undefined), { maxRequestBytes: 1024 });

  function graphqlGet(accept: string | undefined, query = ''): HttpRequest {
    return { ...request('GET', GRAPHQL_PATH, accept === undefined ? {} : { accept }), query: new URLSearchParams(query) };
  }

  it('is sent to the explorer with a relative 302 that is never cached', async () => {
    const response = await app(graphqlGet('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'));
    expect(response).toMatchObject({ status: 302, headers: { location: './', 'cache-control': 'no-store', vary: 'accept' } });
    expect(graphqlCalls).toEqual([]);
  });

  it('lands on the explorer at the root, and under a stage prefix on the stage\'s explorer', async () => {
    // The app never sees the stage (it routes /dev/graphql as /graphql); the browser resolves
    // the relative Location against the URL it asked for.
    const event = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'apigw-v2-post.json'), 'utf8')) as LambdaHttpEvent & { rawPath: string; requestContext: { stage: string; http: { method: string; path: string } }; headers: Record<string, string> };
    Object.assign(event, { routeKey: 'GET /graphql', rawPath: '/dev/graphql', headers: { ...event.headers, accept: 'text/html' } });
    Object.assign(event.requestContext, { stage: 'dev', routeKey: 'GET /graphql', http: { ...event.requestContext.http, method: 'GET', path: '/dev/graphql' } });
    const response = await app(toHttpRequest(event, 'test', { internalRole: 'zmd:internal', internalApiKeyIds: new Set() }));
    expect(response.status).toBe(302);
    const host = 'https://abc123def4.execute-api.cn-north-1.amazonaws.com.cn';
    expect(new URL(response.headers.location!, `${host}/dev/graphql`).href).toBe(`${host}/dev/`);
    expect(new URL(response.headers.location!, 'http://127.0.0.1:4000/graphql').href).toBe('http://127.0.0.1:4000/');
  });

  it('leaves GraphQL requests alone: an operation in the query string, another Accept, or a POST', async () => {
    const cases: HttpRequest[] = [
      graphqlGet('text/html', 'query={__typename}'),
      graphqlGet('text/html', 'extensions={"persistedQuery":{"version":1,"sha256Hash":"abc"}}'),
      graphqlGet('application/graphql-response+json, application/json'),
      graphqlGet('*/*'),
      graphqlGet(undefined),
      { ...request('POST', GRAPHQL_PATH, { accept: 'text/html', 'content-type': 'application/json' }), body: '{"query":"{__typename}"}' },
    ];
    for (const exchange of cases) expect((await app(exchange)).status).toBe(200);
    expect(graphqlCalls).toHaveLength(cases.length);
  });
});
