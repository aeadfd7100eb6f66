/** The pieces of infra/build-lambda.ts on their own: import.meta relocation, the lockfile cut, the zip writer (yazl), ELF headers. */
import { chmod, mkdtemp, mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { bundleHandler } from '../infra/lambda-bundle/bundle-handler.ts';
import { builtinsByRequirePlugin } from '../infra/lambda-bundle/builtins-by-require-plugin.ts';
import { readElfCpu } from '../infra/lambda-bundle/elf-machine.ts';
import { BUNDLE_FILE, HANDLER_ENTRY, PROJECT_ROOT } from '../infra/lambda-bundle/lambda-layout.ts';
import { relocateImportMeta } from '../infra/lambda-bundle/module-location-plugin.ts';
import { cutLockfile, duckdbBindingPackage } from '../infra/lambda-bundle/platform-dependencies.ts';
import { zipDirectory } from '../infra/lambda-bundle/zip-directory.ts';
import { listZipEntries, runCommand } from './helpers/lambda-artifact.ts';

describe('relocateImportMeta', () => {
  const options = { projectRoot: '/p', bundleDir: 'functions/graphql' };

  it("points import.meta.dirname, filename and url at the module's original place, relative to the bundle", () => {
    const source = [
      'export const dir = import.meta.dirname;',
      'export const file = import.meta.filename;',
      'export const url = import.meta.url;',
    ].join('\n');
    const { contents, properties } = relocateImportMeta(source, '/p/schema/type-defs.ts', options);
    expect(properties).toEqual(['dirname', 'filename', 'url']);
    const lines = contents.split('\n');
    expect(lines[0]).toBe('export const dir = __moduleLocationPath.join(import.meta.dirname, "../../schema");');
    expect(lines[1]).toBe('export const file = __moduleLocationPath.join(import.meta.dirname, "../../schema/type-defs.ts");');
    expect(lines[2]).toBe('export const url = __moduleLocationUrl.pathToFileURL(__moduleLocationPath.join(import.meta.dirname, "../../schema/type-defs.ts")).href;');
    // The imports go after the code, so every original line keeps its number for the source map.
    expect(lines.slice(3).filter(Boolean)).toEqual(["import * as __moduleLocationPath from 'node:path';", "import * as __moduleLocationUrl from 'node:url';"]);
  });

  it('leaves a module in the bundle directory pointing at "." and a module without import.meta untouched', () => {
    expect(relocateImportMeta('const d = import.meta.dirname;', '/p/functions/graphql/handler.ts', options).contents).toContain('join(import.meta.dirname, ".")');
    const plain = 'export const x = 1;\n';
    expect(relocateImportMeta(plain, '/p/a.ts', options)).toEqual({ contents: plain, properties: [] });
  });

  it('refuses import.meta properties it cannot relocate, naming file and line', () => {
    expect(() => relocateImportMeta('const a = 1;\nconst r = import.meta.resolve("x");', '/p/dataset/x.ts', options))
      .toThrow('dataset/x.ts: cannot bundle import.meta.resolve at line 2');
  });
});

describe('cutLockfile', () => {
  const lock = {
    lockfileVersion: 3,
    packages: {
      '': { version: '1.0.0', dependencies: { a: '1.0.0', unrelated: '1.0.0' } },
      'node_modules/a': { version: '1.0.0', dependencies: { b: '^2' }, optionalDependencies: { 'a-linux': '1.0.0', 'a-gone': '1.0.0' } },
      'node_modules/a/node_modules/b': { version: '2.1.0' },
      'node_modules/b': { version: '1.0.0' },
      'node_modules/a-linux': { version: '1.0.0', optional: true, os: ['linux'] },
      'node_modules/unrelated': { version: '1.0.0', dev: true },
    },
  };

  it('keeps exactly what the roots need, nested copies where Node would find them, optional ones included', () => {
    const cut = cutLockfile(lock, ['a']);
    expect(cut.dependencies).toEqual({ a: '1.0.0' });
    expect(Object.keys(cut.packages).sort()).toEqual(['node_modules/a', 'node_modules/a-linux', 'node_modules/a/node_modules/b']);
  });

  it('fails on a required package the lockfile does not hold', () => {
    expect(() => cutLockfile(lock, ['missing'])).toThrow('package-lock.json has no entry for missing');
  });

  it('names the binding package @duckdb/node-bindings loads on each platform', () => {
    expect(duckdbBindingPackage({ os: 'linux', cpu: 'arm64', libc: 'glibc' })).toBe('@duckdb/node-bindings-linux-arm64');
    expect(duckdbBindingPackage({ os: 'linux', cpu: 'x64', libc: 'musl' })).toBe('@duckdb/node-bindings-linux-x64-musl');
  });
});

describe('zipDirectory', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'zip-test-'));
    await mkdir(path.join(dir, 'tree', 'functions', '图'), { recursive: true });
    await writeFile(path.join(dir, 'tree', 'functions', '图', 'index.mjs'), 'export const handler = () => 1;\n'.repeat(200));
    await writeFile(path.join(dir, 'tree', 'empty.txt'), '');
    await writeFile(path.join(dir, 'tree', 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes an archive unzip(1) reads back byte for byte, with modes, UTF-8 names and sorted entries', async () => {
    const zip = path.join(dir, 'a.zip');
    const result = await zipDirectory(path.join(dir, 'tree'), zip);
    expect(result.entries.map((e) => e.name)).toEqual(['empty.txt', 'functions/图/index.mjs', 'run.sh']);
    expect(await listZipEntries(zip)).toEqual(['empty.txt', 'functions/图/index.mjs', 'run.sh']);
    await runCommand('unzip', ['-tq', zip], { timeoutMs: 10_000 });
    const out = path.join(dir, 'out');
    await runCommand('unzip', ['-q', zip, '-d', out], { timeoutMs: 10_000 });
    expect(await readFile(path.join(out, 'functions', '图', 'index.mjs'), 'utf8')).toBe('export const handler = () => 1;\n'.repeat(200));
    const { output } = await runCommand('unzip', ['-Z', zip], { timeoutMs: 10_000 });
    expect(output).toMatch(/-rwxr-xr-x .* run\.sh/);
    expect(output).toMatch(/-rw-r--r-- .* empty\.txt/);
  });

  it('is reproducible: the same tree gives the same bytes, whatever the files\' times and the umask', async () => {
    await zipDirectory(path.join(dir, 'tree'), path.join(dir, 'b.zip'));
    // Touch every file and loosen a mode: neither may reach the archive.
    const later = new Date('2031-05-06T07:08:09Z');
    for (const file of ['empty.txt', 'run.sh', path.join('functions', '图', 'index.mjs')]) await utimes(path.join(dir, 'tree', file), later, later);
    await chmod(path.join(dir, 'tree', 'empty.txt'), 0o664);
    await zipDirectory(path.join(dir, 'tree'), path.join(dir, 'c.zip'));
    await chmod(path.join(dir, 'tree', 'empty.txt'), 0o644);
    expect(Buffer.compare(await readFile(path.join(dir, 'b.zip')), await readFile(path.join(dir, 'c.zip')))).toBe(0);
    const { output } = await runCommand('unzip', ['-Z', '-T', path.join(dir, 'c.zip')], { timeoutMs: 10_000 });
    // -T prints yyyymmdd.hhmmss: every entry carries the fixed 1980-01-01 00:00.
    expect(output.split('\n').filter((line) => /^-/.test(line)).map((line) => line.split(/\s+/)[6])).toEqual(['19800101.000000', '19800101.000000', '19800101.000000']);
    expect(output).toMatch(/-rw-r--r-- .* empty\.txt/);
  });
});

describe('readElfCpu', () => {
  it("reads this machine's DuckDB binding as built for this CPU", async () => {
    const binding = path.join(PROJECT_ROOT, 'node_modules', `@duckdb/node-bindings-${process.platform}-${process.arch}`, 'duckdb.node');
    expect(await readElfCpu(binding)).toBe(process.arch);
  });

  it('refuses a file that is not ELF', async () => {
    await expect(readElfCpu(path.join(PROJECT_ROOT, 'package.json'))).rejects.toThrow('is not an ELF file');
  });
});

describe('builtinsByRequirePlugin', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'builtins-by-require-'));
    // Default, named and namespace imports, and a dynamic import, as the AWS SDK writes them.
    await writeFile(path.join(dir, 'entry.mjs'), [
      "import http from 'node:http';",
      "import { Readable } from 'node:stream';",
      "import * as zlib from 'zlib';",
      'const https = await import(\'node:https\');',
      'const undiciLoaded = process.moduleLoadList.some((name) => name.includes(\'undici\'));',
      'console.log(JSON.stringify({ request: typeof http.request, readable: typeof Readable, gzip: typeof zlib.gzip, httpsAgent: typeof (https.default ?? https).Agent, undiciLoaded }));',
    ].join('\n'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function bundleAndRun(withPlugin: boolean): Promise<{ code: string; result: Record<string, unknown> }> {
    const outfile = path.join(dir, withPlugin ? 'with.mjs' : 'without.mjs');
    await build({
      entryPoints: [path.join(dir, 'entry.mjs')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node24', logLevel: 'silent',
      banner: { js: "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);" },
      plugins: withPlugin ? [builtinsByRequirePlugin()] : [],
    });
    const { output } = await runCommand(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'node'), [outfile], { timeoutMs: 20_000 });
    return { code: await readFile(outfile, 'utf8'), result: JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, unknown> };
  }

  it('loads built-ins with require, so importing node:http no longer loads undici', async () => {
    const { code, result } = await bundleAndRun(true);
    expect(code).not.toMatch(/^import .* from "(node:)?(http|https|stream|zlib)";$/m);
    expect(code).not.toMatch(/import\("node:https"\)/);
    expect(result).toEqual({ request: 'function', readable: 'function', gzip: 'function', httpsAgent: 'function', undiciLoaded: false });
  });

  it('without it, the ESM import of node:http loads undici (what the plugin is for)', async () => {
    const { result } = await bundleAndRun(false);
    expect(result).toMatchObject({ request: 'function', undiciLoaded: true });
  });
});

describe('bundleHandler', () => {
  let artifactRoot: string;
  beforeAll(async () => {
    artifactRoot = await mkdtemp(path.join(os.tmpdir(), 'lambda-bundle-'));
  });
  afterAll(async () => {
    await rm(artifactRoot, { recursive: true, force: true });
  });

  it('leaves the seed extractor (dataset/extract/) out of the handler bundle, and the CLIs with it', async () => {
    const { metafile } = await bundleHandler({ projectRoot: PROJECT_ROOT, entry: HANDLER_ENTRY, bundleFile: BUNDLE_FILE, artifactRoot, minify: false });
    const projectInputs = Object.keys(metafile.inputs).filter((input) => !input.includes('node_modules/'));
    expect(projectInputs).toContain('functions/graphql/handler.ts');
    expect(projectInputs).toContain('dataset/sources/s3-source.ts');
    expect(projectInputs.filter((input) => /^dataset\/extract\/|^(dataset|warehouse)\/cli\/|^cli\//.test(input))).toEqual([]);
  });
});
