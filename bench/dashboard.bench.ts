/**
 * npm run bench:dashboard: what the dashboard costs a visitor. The bundle's size (what
 * a first visit downloads: page, script, stylesheet; raw and gzipped, as the route
 * serves it) and the first render in headless Chromium against npm start's server on
 * its default (SAMPLE data): from navigation to the overview drawn with its 17 cards,
 * and to the indicator page drawn with both charts, each in a fresh browser context
 * (empty cache), as medians. Results in bench/results/dashboard.{json,md}.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { listeningUrl, NPM_START_DEFAULTS, startServer } from '../tests/helpers/local-server.ts';
import { createBenchLog, describeMachine, machineLine, round, summarise, writeResults, type Summary } from './bench-kit.ts';

const RUNS = 9;
const BUNDLE_GZIP_TARGET_KIB = 300;
const FIRST_RENDER_TARGET_MS = 1500;
const PAGES = { overview: '', indicator: '#/indicator/I04' } as const;

const log = createBenchLog('bench:dashboard');
const projectRoot = path.join(import.meta.dirname, '..');

log('npm run dashboard:build');
execFileSync(process.execPath, ['dashboard/build-dashboard.ts'], { cwd: projectRoot, stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'dashboard', 'dist', 'build-manifest.json'), 'utf8')) as { firstLoad: { raw: number; gzip: number } };
const bundle = { rawKiB: round(manifest.firstLoad.raw / 1024), gzipKiB: round(manifest.firstLoad.gzip / 1024) };

const server = startServer(NPM_START_DEFAULTS);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const firstRender: Record<keyof typeof PAGES, Summary> = {} as never;
try {
  const dashboardUrl = new URL('/dashboard', await listeningUrl(server)).href;
  for (const [name, hash] of Object.entries(PAGES) as [keyof typeof PAGES, string][]) {
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(`${dashboardUrl}${hash}`);
      await page.locator('body[data-page-ready]').waitFor({ timeout: 30_000 });
      samples.push(await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, `dashboard-ready:${name}`));
      await context.close();
    }
    firstRender[name] = summarise(samples);
    log(`${name}: median ${firstRender[name].medianMs} ms over ${RUNS} fresh contexts`);
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}

const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const result = { machine: describeMachine(), runs: RUNS, bundle, firstRender };
await writeResults('dashboard', result, `# Dashboard: bundle size and first render (${new Date().toISOString()})

${machineLine(result.machine)} Reproduce with \`npm run bench:dashboard\`.

## Targets

| what | target | measured | verdict |
|---|---|---|---|
| first load (index.html, script, stylesheet), gzipped as served | ≤ ${BUNDLE_GZIP_TARGET_KIB} KiB | ${bundle.gzipKiB} KiB (raw ${bundle.rawKiB} KiB) | ${verdict(bundle.gzipKiB <= BUNDLE_GZIP_TARGET_KIB)} |
| first render of the overview (navigation → 17 cards drawn), median of ${RUNS}, empty cache | ≤ ${FIRST_RENDER_TARGET_MS} ms | ${firstRender.overview.medianMs} ms | ${verdict(firstRender.overview.medianMs <= FIRST_RENDER_TARGET_MS)} |
| first render of an indicator page (I04: series and ranking charts drawn), median of ${RUNS} | ≤ ${FIRST_RENDER_TARGET_MS} ms | ${firstRender.indicator.medianMs} ms | ${verdict(firstRender.indicator.medianMs <= FIRST_RENDER_TARGET_MS)} |

## First render (ms)

| page | median | min | p90 | max |
|---|---|---|---|---|
${Object.entries(firstRender).map(([name, summary]) => `| ${name} | ${summary.medianMs} | ${summary.minMs} | ${summary.p90Ms} | ${summary.maxMs} |`).join('\n')}

Headless Chromium (/usr/bin/chromium) on loopback, 1366×768, a fresh browser context per run; the time is the
page's own \`performance.mark('dashboard-ready:<page>')\`, set once the page is drawn with its data (two to three
GraphQL requests). ECharts is tree-shaken to the line, bar and scatter charts, grid, legend, tooltip and mark
line components and the SVG renderer.
`);
log('wrote bench/results/dashboard.{json,md}');
