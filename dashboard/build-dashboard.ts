/**
 * npm run dashboard:build: bundles the dashboard (dashboard/src: plain TypeScript,
 * Apache ECharts tree-shaken to the charts it draws) into dashboard/dist: index.html,
 * the app script and stylesheet and an icon, each asset with a content hash in its name
 * and a gzipped twin, which functions/dashboard/dashboard-route.ts serves at /dashboard
 * and /dashboard/*. The steps it shares with the explorer's build (skipping an
 * unchanged build, `--force`, the manifest) are infra/page-build/build-page.ts.
 */
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPage, pageBundleOptions } from '../infra/page-build/build-page.ts';
import { contentHash, outputNamed } from '../infra/page-build/page-assets.ts';
import { renderDashboardHtml } from './build/render-index-html.ts';

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0d2a4a"/><rect x="6" y="17" width="5" height="9" fill="#2da44e"/><rect x="13.5" y="11" width="5" height="15" fill="#54aeff"/><rect x="21" y="6" width="5" height="20" fill="#fff"/></svg>\n`;

const ROOT_DIR = path.join(import.meta.dirname, '..');

await buildPage({
  name: 'dashboard',
  rootDir: ROOT_DIR,
  inputs: ['dashboard/src', 'dashboard/build', 'dashboard/build-dashboard.ts', 'infra/page-build', 'package-lock.json'],
  gzipped: /\.(?:js|css|svg|html)$/,
  async writeFiles(distDir) {
    const result = await build({
      ...pageBundleOptions(ROOT_DIR, distDir),
      format: 'esm',
      entryPoints: [{ in: 'dashboard/src/main.ts', out: 'app' }],
    });
    const favicon = `favicon-${contentHash(FAVICON)}.svg`;
    writeFileSync(path.join(distDir, favicon), FAVICON);
    const script = outputNamed(result.metafile, /^app-[A-Z2-7]+\.js$/, 'dashboard');
    const stylesheet = outputNamed(result.metafile, /^app-[A-Z2-7]+\.css$/, 'dashboard');
    writeFileSync(path.join(distDir, 'index.html'), renderDashboardHtml({ script, stylesheet, favicon }));
    return { firstLoad: ['index.html', script, stylesheet] };
  },
});
