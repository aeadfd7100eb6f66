/**
 * npm run dashboard:build: bundles the dashboard (dashboard/src: plain TypeScript,
 * Apache ECharts tree-shaken to the charts it draws) into dashboard/dist: index.html,
 * the app script and stylesheet and an icon, each asset with a content hash in its name
 * and a gzipped twin, which functions/dashboard/dashboard-route.ts serves at /dashboard
 * and /dashboard/*. npm start, npm test and lambda:package run it every time, so it does
 * nothing when the inputs are unchanged since the last build; `--force` rebuilds anyway.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fingerprintInputs } from '../infra/page-build/inputs-fingerprint.ts';
import { contentHash, outputNamed, writeGzippedTwin } from '../infra/page-build/page-assets.ts';
import { renderDashboardHtml } from './build/render-index-html.ts';

const ROOT_DIR = path.join(import.meta.dirname, '..');
export const DASHBOARD_DIST_DIR = path.join(import.meta.dirname, 'dist');
const MANIFEST_FILE = path.join(DASHBOARD_DIST_DIR, 'build-manifest.json');
/** Everything that changes the output; package-lock.json stands for node_modules. */
const BUILD_INPUTS = ['dashboard/src', 'dashboard/build', 'dashboard/build-dashboard.ts', 'infra/page-build', 'package-lock.json'];

interface BuildManifest {
  inputsFingerprint: string;
  files: string[];
  /** Bytes of what a first visit downloads (page, script, stylesheet), raw and gzipped; bench:dashboard reports them. */
  firstLoad: { raw: number; gzip: number };
}

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0d2a4a"/><rect x="6" y="17" width="5" height="9" fill="#2da44e"/><rect x="13.5" y="11" width="5" height="15" fill="#54aeff"/><rect x="21" y="6" width="5" height="20" fill="#fff"/></svg>\n`;

if (import.meta.main) {
  const started = performance.now();
  const inputsFingerprint = fingerprintInputs(ROOT_DIR, BUILD_INPUTS);
  if (!process.argv.includes('--force') && isUpToDate(inputsFingerprint)) {
    console.log('dashboard: up to date (dashboard/dist); --force rebuilds');
  } else {
    rmSync(DASHBOARD_DIST_DIR, { recursive: true, force: true });
    mkdirSync(DASHBOARD_DIST_DIR, { recursive: true });
    const result = await build({
      absWorkingDir: ROOT_DIR,
      outdir: DASHBOARD_DIST_DIR,
      bundle: true,
      minify: true,
      metafile: true,
      format: 'esm',
      target: 'es2022',
      charset: 'utf8',
      entryNames: '[name]-[hash]',
      assetNames: '[name]-[hash]',
      entryPoints: [{ in: 'dashboard/src/main.ts', out: 'app' }],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    const favicon = `favicon-${contentHash(FAVICON)}.svg`;
    writeFileSync(path.join(DASHBOARD_DIST_DIR, favicon), FAVICON);
    const script = outputNamed(result.metafile, /^app-[A-Z2-7]+\.js$/, 'dashboard');
    const stylesheet = outputNamed(result.metafile, /^app-[A-Z2-7]+\.css$/, 'dashboard');
    writeFileSync(path.join(DASHBOARD_DIST_DIR, 'index.html'), renderDashboardHtml({ script, stylesheet, favicon }));
    const files = readdirSync(DASHBOARD_DIST_DIR);
    for (const file of files) writeGzippedTwin(DASHBOARD_DIST_DIR, file, /\.(?:js|css|svg|html)$/);
    const firstLoadFiles = ['index.html', script, stylesheet];
    const firstLoad = {
      raw: firstLoadFiles.reduce((sum, file) => sum + statSync(path.join(DASHBOARD_DIST_DIR, file)).size, 0),
      gzip: firstLoadFiles.reduce((sum, file) => sum + statSync(path.join(DASHBOARD_DIST_DIR, `${file}.gz`)).size, 0),
    };
    writeFileSync(MANIFEST_FILE, JSON.stringify({ inputsFingerprint, files: readdirSync(DASHBOARD_DIST_DIR), firstLoad } satisfies BuildManifest, null, 2));
    for (const file of readdirSync(DASHBOARD_DIST_DIR).sort()) {
      console.log(`  dashboard/dist/${file.padEnd(28)} ${`${(statSync(path.join(DASHBOARD_DIST_DIR, file)).size / 1024).toFixed(1)} KiB`.padStart(10)}`);
    }
    console.log(`dashboard: built dashboard/dist in ${((performance.now() - started) / 1000).toFixed(1)} s; first load ${(firstLoad.raw / 1024).toFixed(0)} KiB, ${(firstLoad.gzip / 1024).toFixed(0)} KiB gzipped`);
  }
}

function isUpToDate(fingerprint: string): boolean {
  if (!existsSync(MANIFEST_FILE)) return false;
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as BuildManifest;
  return manifest.inputsFingerprint === fingerprint && manifest.files.every((file) => existsSync(path.join(DASHBOARD_DIST_DIR, file)));
}



