/**
 * npm run explorer:build: bundles the self-hosted GraphiQL explorer into explorer/dist
 * (index.html, the app script and stylesheet, Monaco's workers and fonts, each with a
 * content hash in its name and a gzipped twin), which functions/explorer/explorer-route.ts
 * serves at `/` and `/explorer/*`. npm start and npm test run it every time, so it does
 * nothing when the inputs are unchanged since the last build; `--force` rebuilds anyway.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadExampleOperations } from '../examples/example-operations.ts';
import { exampleTabs } from './build/example-tabs.ts';
import { faviconIco, faviconSvg } from './build/favicon.ts';
import { fingerprintInputs } from '../infra/page-build/inputs-fingerprint.ts';
import { contentHash, outputNamed, writeGzippedTwin } from '../infra/page-build/page-assets.ts';
import { renderIndexHtml } from './build/render-index-html.ts';
import type { ExplorerBuildConstants, MonacoWorkerScripts } from './src/explorer-build-constants.ts';

const ROOT_DIR = path.join(import.meta.dirname, '..');
const DIST_DIR = path.join(import.meta.dirname, 'dist');
const MANIFEST_FILE = path.join(DIST_DIR, 'build-manifest.json');
/** Everything that changes the output; package-lock.json stands for node_modules. */
const BUILD_INPUTS = ['explorer/src', 'explorer/build', 'explorer/build-explorer.ts', 'infra/page-build', 'examples', 'package-lock.json'];

const MONACO_WORKER_ENTRIES: Record<keyof MonacoWorkerScripts, string> = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
};

const SHARED_OPTIONS = {
  absWorkingDir: ROOT_DIR,
  outdir: DIST_DIR,
  bundle: true,
  minify: true,
  metafile: true,
  target: 'es2022',
  charset: 'utf8',
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
} as const;

interface BuildManifest {
  inputsFingerprint: string;
  files: string[];
}

const started = performance.now();
const inputsFingerprint = fingerprintInputs(ROOT_DIR, BUILD_INPUTS);
if (!process.argv.includes('--force') && isUpToDate(inputsFingerprint)) {
  console.log('explorer: up to date (explorer/dist); --force rebuilds');
} else {
  rmSync(DIST_DIR, { recursive: true, force: true });
  mkdirSync(DIST_DIR, { recursive: true });
  const workerScripts = await bundleMonacoWorkers();
  const app = await bundleApp({ workerScripts, exampleTabs: exampleTabs(loadExampleOperations()) });
  writeFileSync(path.join(DIST_DIR, 'index.html'), renderIndexHtml({ ...app, ...writeFavicons() }));
  const files = readdirSync(DIST_DIR);
  // The app script is several megabytes: through Lambda only its gzipped form fits a response.
  for (const file of files) writeGzippedTwin(DIST_DIR, file, /\.(?:js|css|ttf|json|map|svg|ico)$/);
  writeFileSync(MANIFEST_FILE, JSON.stringify({ inputsFingerprint, files: readdirSync(DIST_DIR) } satisfies BuildManifest, null, 2));
  printSummary(files, performance.now() - started);
}

function isUpToDate(fingerprint: string): boolean {
  if (!existsSync(MANIFEST_FILE)) return false;
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as BuildManifest;
  return manifest.inputsFingerprint === fingerprint && manifest.files.every((file) => existsSync(path.join(DIST_DIR, file)));
}

/** Classic (IIFE) workers: every browser that runs the explorer can start them. */
async function bundleMonacoWorkers(): Promise<MonacoWorkerScripts> {
  const labels = Object.keys(MONACO_WORKER_ENTRIES) as (keyof MonacoWorkerScripts)[];
  const result = await build({
    ...SHARED_OPTIONS,
    format: 'iife',
    entryPoints: labels.map((label) => ({ in: MONACO_WORKER_ENTRIES[label], out: `${label}.worker` })),
  });
  const scriptOf = (label: keyof MonacoWorkerScripts) => `./${outputNamed(result.metafile, new RegExp(`^${label}\\.worker-[A-Z2-7]+\\.js$`), 'explorer')}`;
  return { editor: scriptOf('editor'), json: scriptOf('json'), graphql: scriptOf('graphql') };
}

async function bundleApp(constants: ExplorerBuildConstants): Promise<{ script: string; stylesheet: string }> {
  const result = await build({
    ...SHARED_OPTIONS,
    format: 'esm',
    jsx: 'automatic',
    entryPoints: [{ in: 'explorer/src/main.tsx', out: 'app' }],
    define: { ...SHARED_OPTIONS.define, EXPLORER_BUILD: JSON.stringify(constants) },
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
function writeFavicons(): { faviconSvg: string; faviconIco: string } {
  const svg = faviconSvg();
  const svgName = `favicon-${contentHash(svg)}.svg`;
  writeFileSync(path.join(DIST_DIR, svgName), svg);
  writeFileSync(path.join(DIST_DIR, 'favicon.ico'), faviconIco());
  return { faviconSvg: svgName, faviconIco: 'favicon.ico' };
}




function printSummary(files: string[], elapsedMs: number): void {
  const kib = (file: string) => {
    const target = path.join(DIST_DIR, file);
    return (existsSync(target) ? `${(statSync(target).size / 1024).toFixed(0)} KiB` : '-').padStart(9);
  };
  for (const file of files.sort()) console.log(`  explorer/dist/${file.padEnd(34)} ${kib(file)}  gzip ${kib(`${file}.gz`)}`);
  console.log(`explorer: built explorer/dist in ${(elapsedMs / 1000).toFixed(1)} s`);
}
