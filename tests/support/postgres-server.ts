/**
 * A real, throwaway PostgreSQL server for the test suite: a fresh cluster in a temp dir, listening
 * on 127.0.0.1 only, with durability switched off (fsync, synchronous_commit, full_page_writes)
 * because the data is thrown away anyway. Started once per `vitest run` by ./global-setup.ts.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

const SUPERUSER = 'zmd';
const DATABASE = 'zmd_test';
const READY_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 10_000;
const INSTALL_HINT =
  'PostgreSQL server binaries (initdb, postgres) not found: install them with `apt-get install -y postgresql` ' +
  '(or set TEST_DATABASE_URL to an existing server)';

export interface ThrowawayPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bindir = await findServerBinaries();
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` system user.
  const owner = asRoot ? await postgresUser() : undefined;
  const dataDir = await makeDataDir(owner);
  const wrap = (bin: string, args: string[]): [string, string[]] =>
    owner ? ['runuser', ['-u', 'postgres', '--', join(bindir, bin), ...args]] : [join(bindir, bin), args];
  const env = serverEnv();

  try {
    const locale = (await hasCUtf8Locale()) ? ['--locale=C.UTF-8'] : ['--no-locale'];
    const [initdb, initArgs] = wrap('initdb', ['-D', dataDir, '-A', 'trust', '-U', SUPERUSER, '-E', 'UTF8', ...locale]);
    try {
      await run(initdb, initArgs, { env, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      throw new Error(`initdb failed: ${describeExecError(error)}`, { cause: error });
    }

    // A free port can be taken between probing and binding: try again with another one.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const server = launch(wrap, dataDir, port, env);
      const outcome = await waitUntilReady(server, port);
      if (outcome === 'ready') {
        await createDatabase(port).catch(async (error: unknown) => {
          await stopServer(server, dataDir);
          throw new Error(`could not create database ${DATABASE}: ${String(error)}\n${server.log.tail(30)}`, { cause: error });
        });
        // Should vitest exit without running its teardown, at least take the server down (immediate shutdown).
        const postmaster = postmasterPid(dataDir);
        const onExit = () => {
          if (postmaster) signal(postmaster, 'SIGQUIT');
        };
        process.once('exit', onExit);
        const stop = once(async () => {
          process.off('exit', onExit);
          await shutdown(server, dataDir);
        });
        return { url: `postgres://${SUPERUSER}@127.0.0.1:${port}/${DATABASE}`, stop };
      }
      await stopServer(server, dataDir);
      if (outcome === 'port-taken' && attempt < 3) continue;
      const why = outcome === 'timeout' ? `not ready within ${READY_TIMEOUT_MS / 1000} s` : 'server exited';
      const log = server.log.tail(30);
      // The first line alone (all global-setup prints when it skips) should say what went wrong.
      const fatal = log.split('\n').findLast((line) => /\b(FATAL|PANIC|ERROR):/.test(line))?.replace(/^.*?\b(FATAL|PANIC|ERROR):\s*/, '');
      throw new Error(`PostgreSQL did not start on 127.0.0.1:${port}: ${why}${fatal ? ` (${fatal})` : ''}\nlast lines of its log:\n${log}`);
    }
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** `pg_config --bindir` when it holds a server, else the highest /usr/lib/postgresql/<version>/bin. */
async function findServerBinaries(): Promise<string> {
  const hasServer = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'));
  try {
    const { stdout } = await run('pg_config', ['--bindir']);
    const dir = stdout.trim();
    if (dir && hasServer(dir)) return dir;
  } catch {
    // No pg_config on PATH: fall through to the Debian layout.
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => b.localeCompare(a, 'en', { numeric: true })) : [];
  for (const version of versions) {
    const dir = join(root, version, 'bin');
    if (hasServer(dir)) return dir;
  }
  throw new Error(INSTALL_HINT);
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    await run('runuser', ['--version']);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch (error) {
    throw new Error(
      'Running as root, so PostgreSQL must run as the `postgres` system user via `runuser`, but the user or runuser is ' +
        `missing (${describeExecError(error)}). The \`postgresql\` package creates the user: \`apt-get install -y postgresql\`.`,
      { cause: error },
    );
  }
}

/**
 * mkdtemp makes a 0700 dir, which initdb accepts once it is owned by the cluster owner. The `postgres`
 * user must also be able to reach it: every parent must be traversable (a TMPDIR under /root is not),
 * so as root fall back to /tmp when the configured temp dir is out of its reach.
 */
async function makeDataDir(owner: { uid: number; gid: number } | undefined): Promise<string> {
  const bases = owner && tmpdir() !== '/tmp' ? [tmpdir(), '/tmp'] : [tmpdir()];
  for (const base of bases) {
    const dir = await mkdtemp(join(base, 'zmd-pg-'));
    if (!owner) return dir;
    await chown(dir, owner.uid, owner.gid);
    try {
      await run('runuser', ['-u', 'postgres', '--', 'test', '-w', dir, '-a', '-x', dir]);
      return dir;
    } catch {
      await rm(dir, { recursive: true, force: true });
    }
  }
  throw new Error(`the postgres user cannot write to a temp dir under ${bases.join(' or ')} (is every parent dir traversable?)`);
}

/** C.UTF-8 is in glibc ≥ 2.35 and Debian's libc-bin; `locale -a` spells it C.utf8. */
async function hasCUtf8Locale(): Promise<boolean> {
  try {
    const { stdout } = await run('locale', ['-a']);
    return stdout.split('\n').some((name) => /^c\.utf-?8$/i.test(name.trim()));
  } catch {
    return false;
  }
}

/** The caller's environment minus what would leak into the server (PG* client settings, locale). */
function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(PG|LC_)/.test(key) && key !== 'LANG' && key !== 'LANGUAGE') env[key] = value;
  }
  env.LANG = 'C';
  return env;
}

interface Server {
  child: ChildProcess;
  exited: Promise<void>;
  log: { tail(lines: number): string };
}

function launch(wrap: (bin: string, args: string[]) => [string, string[]], dataDir: string, port: number, env: NodeJS.ProcessEnv): Server {
  const [command, args] = wrap('postgres', [
    '-D', dataDir, '-h', '127.0.0.1', '-p', String(port), '-k', dataDir,
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
  ]);
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    log = (log + chunk).slice(-64 * 1024);
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      log += `\nspawn ${command} failed: ${error.message}`;
      resolve();
    });
  });
  return { child, exited, log: { tail: (lines) => log.trimEnd().split('\n').slice(-lines).join('\n') } };
}

async function waitUntilReady(server: Server, port: number): Promise<'ready' | 'port-taken' | 'exited' | 'timeout'> {
  let gone = false;
  void server.exited.then(() => { gone = true; });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (gone) return /could not bind|address already in use/i.test(server.log.tail(30)) ? 'port-taken' : 'exited';
    const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, database: 'postgres', connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('select 1');
      return 'ready';
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return 'timeout';
}

async function createDatabase(port: number): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, database: 'postgres' });
  await client.connect();
  try {
    await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function shutdown(server: Server, dataDir: string): Promise<void> {
  try {
    await stopServer(server, dataDir);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * SIGINT is PostgreSQL's fast shutdown. It goes to the postmaster itself (its pid is the first line of
 * postmaster.pid): `runuser` would turn a signal sent to it into SIGTERM (smart shutdown, which waits
 * for clients) and SIGKILL the server 2 s later.
 */
async function stopServer(server: Server, dataDir: string): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const postmaster = postmasterPid(dataDir) ?? child.pid;
  signal(postmaster, 'SIGINT');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS, 'timeout').unref());
  if ((await Promise.race([server.exited, timer])) === 'timeout') {
    signal(postmaster, 'SIGKILL');
    child.kill('SIGKILL');
    await server.exited;
  }
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('could not pick a free port'))));
    });
  });
}

function describeExecError(error: unknown): string {
  if (error && typeof error === 'object') {
    const { stderr, message } = error as { stderr?: unknown; message?: unknown };
    const text = typeof stderr === 'string' && stderr.trim() ? stderr.trim() : String(message);
    return text.split('\n').slice(-20).join('\n');
  }
  return String(error);
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () => (pending ??= fn());
}
