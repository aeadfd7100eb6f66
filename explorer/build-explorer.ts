/**
 * npm run explorer:build: bundles the self-hosted GraphiQL explorer into explorer/dist
 * (index.html, the app script and stylesheet, Monaco's workers and fonts, each with a
 * content hash in its name and a gzipped twin), which functions/explorer/explorer-route.ts
 * serves at `/` and `/explorer/*`. The steps it shares with the dashboard's build
 * (skipping an unchanged build, `--force`, the manifest) are infra/page-build/build-page.ts.
 */
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadExampleOperations } from '../examples/example-operations.ts';
import { buildPage, pageBundleOptions } from '../infra/page-build/build-page.ts';
import { contentHash, outputNamed } from '../infra/page-build/page-assets.ts';
import { exampleTabs } from './build/example-tabs.ts';
import { faviconIco, faviconSvg } from './build/favicon.ts';
import { renderIndexHtml } from './build/render-index-html.ts';
import type { ExplorerBuildConstants, MonacoWorkerScripts } from './src/explorer-build-constants.ts';

const ROOT_DIR = path.join(import.meta.dirname, '..');

const MONACO_WORKER_ENTRIES: Record<keyof MonacoWorkerScripts, string> = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
};

await buildPage({
  name: 'explorer',
  rootDir: ROOT_DIR,
  inputs: ['explorer/src', 'explorer/build', 'explorer/build-explorer.ts', 'infra/page-build', 'examples', 'package-lock.json'],
  // The app script is several megabytes: through Lambda only its gzipped form fits a response.
  gzipped: /\.(?:js|css|ttf|json|map|svg|ico)$/,
  async writeFiles(distDir) {
    const workerScripts = await bundleMonacoWorkers(distDir);
    const app = await bundleApp(distDir, { workerScripts, exampleTabs: exampleTabs(loadExampleOperations()) });
    writeFileSync(path.join(distDir, 'index.html'), renderIndexHtml({ ...app, ...writeFavicons(distDir) }));
    return {};
  },
});

/** Classic (IIFE) workers: every browser that runs the explorer can start them. */
async function bundleMonacoWorkers(distDir: string): Promise<MonacoWorkerScripts> {
  const labels = Object.keys(MONACO_WORKER_ENTRIES) as (keyof MonacoWorkerScripts)[];
  const result = await build({
    ...pageBundleOptions(ROOT_DIR, distDir),
    format: 'iife',
    entryPoints: labels.map((label) => ({ in: MONACO_WORKER_ENTRIES[label], out: `${label}.worker` })),
  });
  const scriptOf = (label: keyof MonacoWorkerScripts) => `./${outputNamed(result.metafile, new RegExp(`^${label}\\.worker-[A-Z2-7]+\\.js$`), 'explorer')}`;
  return { editor: scriptOf('editor'), json: scriptOf('json'), graphql: scriptOf('graphql') };
}

async function bundleApp(distDir: string, constants: ExplorerBuildConstants): Promise<{ script: string; stylesheet: string }> {
  const options = pageBundleOptions(ROOT_DIR, distDir);
  const result = await build({
    ...options,
    format: 'esm',
    jsx: 'automatic',
    entryPoints: [{ in: 'explorer/src/main.tsx', out: 'app' }],
    define: { ...options.define, EXPLORER_BUILD: JSON.stringify(constants) },
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
  });
  return {
    script: outputNamed(result.metafile, /^app-[A-Z2-7]+\.js$/, 'explorer'),
    stylesheet: outputNamed(result.metafile, /^app-[A-Z2-7]+\.css$/, 'explorer'),
  };
}

/**
 * The page links the SVG icon by a content-hashed name (cached for a year like the other
 * assets); favicon.ico keeps its well-known name, for `/favicon.ico`.
 */
function writeFavicons(distDir: string): { faviconSvg: string; faviconIco: string } {
  const svg = faviconSvg();
  const svgName = `favicon-${contentHash(svg)}.svg`;
  writeFileSync(path.join(distDir, svgName), svg);
  writeFileSync(path.join(distDir, 'favicon.ico'), faviconIco());
  return { faviconSvg: svgName, faviconIco: 'favicon.ico' };
}
