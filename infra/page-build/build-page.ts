/**
 * The build steps the self-hosted pages share (explorer/build-explorer.ts,
 * dashboard/build-dashboard.ts). npm start, npm test and lambda:package build both
 * pages every time, so a build does nothing while its inputs are unchanged since the
 * last one (`--force` rebuilds anyway); otherwise it empties `<page>/dist`, lets the
 * page write its files, adds their gzipped twins and records what it wrote in
 * build-manifest.json.
 */
import type { BuildOptions } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fingerprintInputs } from './inputs-fingerprint.ts';
import { writeGzippedTwin } from './page-assets.ts';

const MANIFEST_FILE = 'build-manifest.json';

export interface PageBuild {
  /** "explorer", "dashboard": the page's folder under rootDir, and its name in messages. */
  name: string;
  rootDir: string;
  /** Everything that changes the output, relative to rootDir; package-lock.json stands for node_modules. */
  inputs: readonly string[];
  /** The files that get a gzipped twin. */
  gzipped: RegExp;
  /** Writes the page into `distDir`, which is empty. */
  writeFiles(distDir: string): Promise<WrittenPage>;
}

export interface WrittenPage {
  /** What a first visit downloads (the page, its script and stylesheet), where the manifest should record its size. */
  firstLoad?: readonly string[];
}

interface BuildManifest {
  inputsFingerprint: string;
  files: string[];
  /** Bytes of the first load, raw and gzipped; bench:dashboard reports them. */
  firstLoad?: { raw: number; gzip: number };
}

/** esbuild's options for a page: minified, content-hashed names, a metafile to find the outputs by. */
export function pageBundleOptions(rootDir: string, distDir: string) {
  return {
    absWorkingDir: rootDir,
    outdir: distDir,
    bundle: true,
    minify: true,
    metafile: true,
    target: 'es2022',
    charset: 'utf8',
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  } as const satisfies BuildOptions;
}

export async function buildPage(page: PageBuild): Promise<void> {
  const started = performance.now();
  const distDir = path.join(page.rootDir, page.name, 'dist');
  const inputsFingerprint = fingerprintInputs(page.rootDir, page.inputs);
  if (!process.argv.includes('--force') && isUpToDate(distDir, inputsFingerprint)) {
    console.log(`${page.name}: up to date (${page.name}/dist); --force rebuilds`);
    return;
  }
  rmSync(distDir, { recursive: true, force: true });
  mkdirSync(distDir, { recursive: true });
  const { firstLoad } = await page.writeFiles(distDir);
  const written = readdirSync(distDir);
  for (const file of written) writeGzippedTwin(distDir, file, page.gzipped);
  const manifest: BuildManifest = { inputsFingerprint, files: readdirSync(distDir) };
  if (firstLoad) manifest.firstLoad = firstLoadBytes(distDir, firstLoad);
  writeFileSync(path.join(distDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  printSummary(page.name, distDir, written, performance.now() - started, manifest.firstLoad);
}

function isUpToDate(distDir: string, fingerprint: string): boolean {
  const manifestFile = path.join(distDir, MANIFEST_FILE);
  if (!existsSync(manifestFile)) return false;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BuildManifest;
  return manifest.inputsFingerprint === fingerprint && manifest.files.every((file) => existsSync(path.join(distDir, file)));
}

function firstLoadBytes(distDir: string, files: readonly string[]): { raw: number; gzip: number } {
  const bytes = (file: string) => statSync(path.join(distDir, file)).size;
  return {
    raw: files.reduce((sum, file) => sum + bytes(file), 0),
    gzip: files.reduce((sum, file) => sum + bytes(`${file}.gz`), 0),
  };
}

function printSummary(name: string, distDir: string, files: string[], elapsedMs: number, firstLoad: BuildManifest['firstLoad']): void {
  const kib = (file: string) => {
    const target = path.join(distDir, file);
    return (existsSync(target) ? `${(statSync(target).size / 1024).toFixed(0)} KiB` : '-').padStart(9);
  };
  for (const file of [...files].sort()) console.log(`  ${name}/dist/${file.padEnd(34)} ${kib(file)}  gzip ${kib(`${file}.gz`)}`);
  const firstLoadText = firstLoad ? `; first load ${(firstLoad.raw / 1024).toFixed(0)} KiB, ${(firstLoad.gzip / 1024).toFixed(0)} KiB gzipped` : '';
  console.log(`${name}: built ${name}/dist in ${(elapsedMs / 1000).toFixed(1)} s${firstLoadText}`);
}
