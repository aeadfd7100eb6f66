/**
 * npm run explorer:build: bundles the self-hosted GraphiQL explorer into explorer/dist
 * (index.html, the app script and stylesheet, Monaco's workers and fonts, each with a
 * content hash in its name and a gzipped twin), which functions/explorer/explorer-route.ts
 * serves at `/` and `/explorer/*`. npm start and npm test run it every time, so it does
 * nothing when the inputs are unchanged since the last build; `--force` rebuilds anyway.
 */
import { build, type Metafile } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadExampleOperations } from '../examples/example-operations.ts';
import { exampleTabs } from './build/example-tabs.ts';
import { faviconIco, faviconSvg } from './build/favicon.ts';
import { fingerprintInputs } from './build/inputs-fingerprint.ts';
import { renderIndexHtml } from './build/render-index-html.ts';
import type { ExplorerBuildConstants, MonacoWorkerScripts } from './src/explorer-build-constants.ts';

const ROOT_DIR = path.join(import.meta.dirname, '..');
const DIST_DIR = path.join(import.meta.dirname, 'dist');
const MANIFEST_FILE = path.join(DIST_DIR, 'build-manifest.json');
/** Everything that changes the output; package-lock.json stands for node_modules. */
const BUILD_INPUTS = ['explorer/src', 'explorer/build', 'explorer/build-explorer.ts', 'examples', 'package-lock.json'];

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
  for (const file of files) writeGzippedTwin(file);
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
  const scriptOf = (label: keyof MonacoWorkerScripts) => `./${outputNamed(result.metafile, new RegExp(`^${label}\\.worker-[A-Z2-7]+\\.js$`))}`;
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
    script: outputNamed(result.metafile, /^app-[A-Z2-7]+\.js$/),
    stylesheet: outputNamed(result.metafile, /^app-[A-Z2-7]+\.css$/),
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

/** Eight base32 characters, the form of esbuild's `[hash]` that the explorer route caches as immutable. */
function contentHash(content: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = createHash('sha256').update(content).digest();
  return Array.from({ length: 8 }, (_, index) => alphabet[bytes[index]! % 32]).join('');
}

function outputNamed(metafile: Metafile, pattern: RegExp): string {
  const names = Object.keys(metafile.outputs).map((output) => path.basename(output));
  const name = names.find((candidate) => pattern.test(candidate));
  if (!name) throw new Error(`explorer: esbuild wrote no file matching ${pattern} (wrote ${names.join(', ')})`);
  return name;
}

/**
 * The app script is several megabytes; through API Gateway and Lambda (6 MB per
 * response, base64 on top) only its gzipped form fits, so the route prefers it.
 */
function writeGzippedTwin(file: string): void {
  if (!/\.(?:js|css|ttf|json|map|svg|ico)$/.test(file)) return;
  const gzipped = gzipSync(readFileSync(path.join(DIST_DIR, file)), { level: 9 });
  writeFileSync(path.join(DIST_DIR, `${file}.gz`), gzipped);
}

function printSummary(files: string[], elapsedMs: number): void {
  const kib = (file: string) => {
    const target = path.join(DIST_DIR, file);
    return (existsSync(target) ? `${(statSync(target).size / 1024).toFixed(0)} KiB` : '-').padStart(9);
  };
  for (const file of files.sort()) console.log(`  explorer/dist/${file.padEnd(34)} ${kib(file)}  gzip ${kib(`${file}.gz`)}`);
  console.log(`explorer: built explorer/dist in ${(elapsedMs / 1000).toFixed(1)} s`);
}
