/**
 * The dashboard's route on its own, over a hand-made dist directory: the page at
 * /dashboard and /dashboard/, hashed assets cached for a year and gzipped on request,
 * paths it leaves to other routes, no way out of the directory, and the 503 before a
 * build. The built page's own HTML: relative URLs (so a stage prefix works) and a CSP
 * that keeps it to its own origin.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDashboardHtml } from '../dashboard/build/render-index-html.ts';
import { createDashboardRoute, DASHBOARD_DIST_DIR } from '../functions/dashboard/dashboard-route.ts';
import type { HttpRequest } from '../functions/http/http-exchange.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'dashboard-route-'));
const distDir = path.join(workDir, 'dist');
mkdirSync(distDir);
const APP_JS = 'console.log("高技能人才");';
writeFileSync(path.join(distDir, 'index.html'), renderDashboardHtml({ script: 'app-ABCDEFGH.js', stylesheet: 'app-QRSTUV23.css', favicon: 'favicon-ABCDEFGH.svg' }));
writeFileSync(path.join(distDir, 'app-ABCDEFGH.js'), APP_JS);
writeFileSync(path.join(distDir, 'app-ABCDEFGH.js.gz'), gzipSync(APP_JS));
writeFileSync(path.join(distDir, 'app-QRSTUV23.css'), 'body{margin:0}');
writeFileSync(path.join(distDir, 'notes.txt'), 'no content type');
writeFileSync(path.join(workDir, 'secret.js'), 'outside');
const route = createDashboardRoute(distDir);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function get(requestPath: string, headers: Record<string, string> = {}, method = 'GET'): ReturnType<typeof route> {
  const request: HttpRequest = { method, path: requestPath, query: new URLSearchParams(), headers: new Map(Object.entries(headers)), body: '', requestId: 'test', audience: 'public' };
  return route(request);
}

const text = (body: string | Uint8Array) => (typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));

describe('the dashboard route', () => {
  it('answers the page at /dashboard and /dashboard/, revalidated on every visit', () => {
    for (const page of ['/dashboard', '/dashboard/']) {
      const response = get(page);
      expect(response).toMatchObject({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' } });
      expect(text(response!.body)).toContain('src="dashboard/app-ABCDEFGH.js"');
    }
  });

  it('answers hashed assets cached for a year, gzipped when the client takes it', () => {
    const plain = get('/dashboard/app-ABCDEFGH.js');
    expect(plain).toMatchObject({ status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable', vary: 'accept-encoding' } });
    expect(plain!.body).toBe(APP_JS);
    const gzipped = get('/dashboard/app-ABCDEFGH.js', { 'accept-encoding': 'br, gzip' });
    expect(gzipped!.headers['content-encoding']).toBe('gzip');
    expect(get('/dashboard/app-ABCDEFGH.js', { 'accept-encoding': 'gzip;q=0' })!.headers['content-encoding']).toBeUndefined();
    expect(get('/dashboard/app-QRSTUV23.css')!.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(get('/dashboard/app-ABCDEFGH.js', {}, 'HEAD')!.body).toEqual(new Uint8Array(0));
  });

  it('leaves other paths to other routes and refuses what is not a built file', () => {
    for (const other of ['/', '/graphql', '/dashboards', '/explorer/app.js']) expect(get(other)).toBeUndefined();
    for (const missing of ['/dashboard/notes.txt', '/dashboard/..%2Fsecret.js', '/dashboard/%E0%A4%A', '/dashboard/../secret.js', '/dashboard/nope-ABCDEFGH.js']) {
      expect(get(missing)!.status, missing).toBe(404);
    }
    expect(get('/dashboard', {}, 'POST')).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD' } });
  });

  it('says how to build the dashboard when it is not built', () => {
    const response = createDashboardRoute(path.join(workDir, 'not-built'))({ method: 'GET', path: '/dashboard', query: new URLSearchParams(), headers: new Map(), body: '', requestId: 't', audience: 'public' });
    expect(response!.status).toBe(503);
    expect(text(response!.body)).toContain('npm run dashboard:build');
  });

  it('reads the real build from dashboard/dist', () => {
    expect(DASHBOARD_DIST_DIR.endsWith(path.join('dashboard', 'dist'))).toBe(true);
  });
});

describe('the dashboard page', () => {
  const html = renderDashboardHtml({ script: 'app-ABCDEFGH.js', stylesheet: 'app-QRSTUV23.css', favicon: 'favicon-ABCDEFGH.svg' });

  it('names its assets relative to the page, so it works under a stage prefix', () => {
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url).toMatch(/^dashboard\//);
  });

  it('keeps the browser to its own origin', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:/);
  });

  it('has been built with the same template, when built', () => {
    const built = path.join(DASHBOARD_DIST_DIR, 'index.html');
    if (!existsSync(built)) return;
    expect(readFileSync(built, 'utf8')).toMatch(/<script type="module" src="dashboard\/app-[A-Z2-7]{8}\.js"><\/script>/);
  });
});
