/** cli/run-cli.ts: the one way every CLI parses its arguments, prints --help, and reports wrong usage (exit 2) and failures (exit 1). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CliUsageError, runCli, type CliSpec, type CliOption } from '../cli/run-cli.ts';

async function run<O extends Record<string, CliOption>>(spec: Omit<CliSpec<O>, 'io'>, argv: string[]) {
  const out = { stdout: '', stderr: '', code: undefined as number | undefined };
  await runCli({ ...spec, io: { stdout: (t) => { out.stdout += t; }, stderr: (t) => { out.stderr += t; }, exit: (c) => { out.code = c; } } } as CliSpec<O>, argv);
  return out;
}

const SCALE = {
  name: 'seeds:scale',
  usage: 'npm run seeds:scale -- --rows 1m|10m|<n> [--out dir]',
  description: 'Writes a scale version.',
  options: {
    rows: { type: 'string', valueName: 'n', description: 'how many rows' },
    out: { type: 'string', valueName: 'dir', description: 'where' },
  },
  arguments: [{ name: 'extra', description: 'an optional positional', optional: true }],
} as const;

describe('runCli', () => {
  it('hands parsed options and positionals to the command and exits 0', async () => {
    let seen: unknown;
    const result = await run({ ...SCALE, run: (args) => { seen = args; } }, ['--rows', '1m', '--out=x', 'p']);
    expect(seen).toEqual({ values: { rows: '1m', out: 'x' }, positionals: ['p'] });
    expect(result).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('prints --help (and -h) on stdout: usage, description, arguments and options; exits 0 without running', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await run({ ...SCALE, run: () => { throw new Error('ran'); } }, ['--rows', '1m', flag]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('usage: npm run seeds:scale -- --rows 1m|10m|<n> [--out dir]\n\nWrites a scale version.');
      expect(result.stdout).toMatch(/--rows <n> +how many rows/);
      expect(result.stdout).toMatch(/-h, --help +show this help/);
      expect(result.stdout).toMatch(/extra +an optional positional/);
    }
  });

  it.each([
    [['--bogus'], "seeds:scale: unknown option '--bogus'"],
    [['-x'], "seeds:scale: unknown option '-x'"],
    [['--rows'], "seeds:scale: option '--rows' needs a value"],
    [['a', 'b'], "seeds:scale: unexpected argument 'b'"],
  ])('refuses %j in one line naming it, with the usage line, and exits 2', async (argv, line) => {
    const result = await run({ ...SCALE, run: () => { throw new Error('ran'); } }, argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${line}\nusage: ${SCALE.usage} (--help for more)\n`);
  });

  it('names a missing required argument, and a CliUsageError from the command, with exit 2', async () => {
    const spec = { name: 'seeds:upload', usage: 'npm run seeds:upload -- s3://bucket/prefix [seedsDir]', description: 'd', arguments: [{ name: 's3://bucket/prefix', description: 'target' }] };
    expect(await run({ ...spec, run: () => undefined }, [])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^seeds:upload: missing argument <s3:\/\/bucket\/prefix>\n/) });
    const refused = await run({ ...spec, run: () => { throw new CliUsageError('the target must be an s3:// URL'); } }, ['/tmp']);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringMatching(/^seeds:upload: the target must be an s3:\/\/ URL\nusage: /) });
  });

  it('reports a failure as one line with the message, no stack trace, and exits 1; a returned number is the exit code', async () => {
    const failed = await run({ name: 'x', usage: 'x', description: 'd', run: async () => { throw new Error('the bucket is gone'); } }, []);
    expect(failed).toEqual({ stdout: '', stderr: 'x failed: the bucket is gone\n', code: 1 });
    const worded = await run({ name: 'x', usage: 'x', description: 'd', describeError: (e) => `x refused: ${(e as Error).message}`, run: () => { throw new Error('bad row'); } }, []);
    expect(worded.stderr).toBe('x refused: bad row\n');
    expect((await run({ name: 'x', usage: 'x', description: 'd', run: () => 3 }, [])).code).toBe(3);
  });

  it('keeps the documented command lines of the real CLIs: exit 2 and one line for a wrong option, --help exits 0', () => {
    const node = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 30_000 });
    const wrong = node(['dataset/cli/check-seeds.ts', '--bogus']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.split('\n')[0]).toBe("seeds:check: unknown option '--bogus'");
    const help = node(['bench/scale/generate-scale-seeds.ts', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: npm run seeds:scale -- --rows 1m|10m|<n> [--out dir]');
    const noRows = node(['bench/scale/generate-scale-seeds.ts']);
    expect(noRows.status).toBe(2);
    expect(noRows.stderr.split('\n')[0]).toBe('seeds:scale: --rows is required');
  });
});
