/**
 * The packages left out of the bundle, installed for the Lambda's platform rather
 * than the build machine's: `npm ci --os --cpu --libc` on a lockfile cut out of the
 * project's package-lock.json, so the artifact gets exactly the locked versions and
 * integrity hashes, and npm picks the native binding of the target platform among
 * @duckdb/node-bindings' optional dependencies.
 *
 * The install is cached under .build/ by a hash of that lockfile and the platform,
 * so repeated packaging needs neither the registry nor time.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readElfCpu } from './elf-machine.ts';

export interface Platform {
  os: 'linux';
  cpu: 'arm64' | 'x64';
  libc: 'glibc' | 'musl';
}

interface LockPackage {
  version: string;
  integrity?: string;
  resolved?: string;
  license?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  optional?: boolean;
  dev?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockPackage>;
}

const NPM_TIMEOUT_MS = 5 * 60_000;
const COMPLETE_MARKER = '.installed';

/** The package @duckdb/node-bindings requires on `platform` (see its duckdb.js). */
export function duckdbBindingPackage(platform: Platform): string {
  return `@duckdb/node-bindings-${platform.os}-${platform.cpu}${platform.libc === 'musl' ? '-musl' : ''}`;
}

/** Where Node would find `name` from the package at `from` (a lockfile key), as a lockfile key. */
function resolveInLock(packages: Lockfile['packages'], from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (base === '') return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent === -1 ? '' : base.slice(0, parent);
  }
}

export interface LockfileCut {
  /** The roots with their locked versions, for the package.json beside the cut. */
  dependencies: Record<string, string>;
  /** The lockfile entries the roots need, under their original keys. */
  packages: Record<string, LockPackage>;
}

/** The lockfile entries `roots` need (optional dependencies of every platform included; npm picks at install). */
export function cutLockfile(lock: Lockfile, roots: readonly string[]): LockfileCut {
  const packages: Record<string, LockPackage> = {};
  const pending: { from: string; name: string; optional: boolean }[] = roots.map((name) => ({ from: '', name, optional: false }));
  const dependencies: Record<string, string> = {};

  for (let next = pending.shift(); next; next = pending.shift()) {
    const key = resolveInLock(lock.packages, next.from, next.name);
    if (!key) {
      if (next.optional) continue;
      throw new Error(`package-lock.json has no entry for ${next.name} (needed by ${next.from || 'the project'})`);
    }
    if (next.from === '') dependencies[next.name] = lock.packages[key]!.version;
    if (packages[key]) continue;
    const { dev: _dev, ...entry } = lock.packages[key]!;
    packages[key] = entry;
    for (const name of Object.keys(entry.dependencies ?? {})) pending.push({ from: key, name, optional: false });
    for (const name of Object.keys(entry.optionalDependencies ?? {})) pending.push({ from: key, name, optional: true });
  }
  return { dependencies, packages };
}

function runNpm(args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd, stdio: ['ignore', 'inherit', 'pipe'], timeout: NPM_TIMEOUT_MS, killSignal: 'SIGKILL' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`npm ${args.join(' ')} failed (${signal ? `killed by ${signal}, limit ${NPM_TIMEOUT_MS / 1000} s` : `exit ${code}`}) in ${cwd}:\n${stderr.trim()}`));
    });
  });
}

/** Every directory under node_modules/@duckdb that is a native binding package. */
async function bindingPackagesIn(nodeModules: string): Promise<string[]> {
  const scope = path.join(nodeModules, '@duckdb');
  if (!existsSync(scope)) return [];
  return (await readdir(scope)).filter((name) => name.startsWith('node-bindings-')).map((name) => `@duckdb/${name}`);
}

/** Throws unless `nodeModules` holds the binding of `platform`, built for its CPU, and no other. */
export async function assertBindingFor(nodeModules: string, platform: Platform): Promise<string> {
  const expected = duckdbBindingPackage(platform);
  const found = await bindingPackagesIn(nodeModules);
  if (found.length !== 1 || found[0] !== expected) throw new Error(`${nodeModules} should hold exactly ${expected}, holds ${found.join(', ') || 'no binding'}`);
  for (const file of ['duckdb.node', 'libduckdb.so']) {
    const cpu = await readElfCpu(path.join(nodeModules, expected, file));
    if (cpu !== platform.cpu) throw new Error(`${expected}/${file} is built for ${cpu}, not ${platform.cpu}`);
  }
  return path.join(nodeModules, expected, 'duckdb.node');
}

export interface PlatformInstall {
  nodeModules: string;
  fromCache: boolean;
  /** Names of the installed packages. */
  packages: string[];
}

/** node_modules with `roots` and their dependencies for `platform`, installed (or reused) under `cacheDir`. */
export async function installForPlatform(options: { projectRoot: string; roots: readonly string[]; platform: Platform; cacheDir: string }): Promise<PlatformInstall> {
  const lock = JSON.parse(await readFile(path.join(options.projectRoot, 'package-lock.json'), 'utf8')) as Lockfile;
  const cut = cutLockfile(lock, options.roots);
  const key = createHash('sha256').update(JSON.stringify({ cut, platform: options.platform })).digest('hex').slice(0, 16);
  const dir = path.join(options.cacheDir, `${options.platform.os}-${options.platform.cpu}-${options.platform.libc}-${key}`);
  const nodeModules = path.join(dir, 'node_modules');
  // Only the optional dependencies for `platform` get installed.
  const installed = () => Object.keys(cut.packages)
    .filter((key) => existsSync(path.join(dir, key)))
    .map((key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));

  if (existsSync(path.join(dir, COMPLETE_MARKER))) {
    await assertBindingFor(nodeModules, options.platform);
    return { nodeModules, fromCache: true, packages: installed() };
  }

  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const root = { name: 'lambda-platform-dependencies', version: '0.0.0', private: true, dependencies: cut.dependencies };
  const lockfile = { name: root.name, version: root.version, lockfileVersion: lock.lockfileVersion, requires: true, packages: { '': { name: root.name, version: root.version, dependencies: root.dependencies }, ...cut.packages } };
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(root, null, 2)}\n`);
  await writeFile(path.join(dir, 'package-lock.json'), `${JSON.stringify(lockfile, null, 2)}\n`);
  // --ignore-scripts: none of these packages has install scripts, and none may run
  // for a foreign platform. --os/--cpu/--libc make npm choose optional dependencies
  // for the Lambda instead of this machine.
  await runNpm([
    'ci', `--os=${options.platform.os}`, `--cpu=${options.platform.cpu}`, `--libc=${options.platform.libc}`,
    '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error',
  ], dir);
  await assertBindingFor(nodeModules, options.platform);
  await writeFile(path.join(dir, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
  return { nodeModules, fromCache: false, packages: installed() };
}

/** What a running Lambda never reads: type declarations, readmes, npm's own bookkeeping. */
const NOT_NEEDED_AT_RUN_TIME = [/\.d\.[cm]?ts$/, /\.md$/i, /^\.package-lock\.json$/, /^\.bin$/];

/** Copies an installed node_modules into the artifact, without what only development uses. */
export async function copyNodeModules(from: string, to: string): Promise<void> {
  await cp(from, to, {
    recursive: true,
    filter: (source) => !NOT_NEEDED_AT_RUN_TIME.some((pattern) => pattern.test(path.basename(source))),
  });
}
