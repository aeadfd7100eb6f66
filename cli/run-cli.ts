/**
 * One way to run a command-line tool, for every CLI in the repo (dataset/cli,
 * warehouse/cli, bench, infra): arguments parsed by `node:util` `parseArgs` (strict),
 * then
 *
 * - `--help` / `-h`: the usage, what the command does and its options, on stdout; exit 0;
 * - a wrong or unknown option, a missing or extra argument, or a `CliUsageError` thrown
 *   by the command: one line `<name>: <what is wrong>` and the usage line, on stderr; exit 2;
 * - a failure: one line `<name> failed: <message>` (or the command's own wording,
 *   `describeError`), never a stack trace; exit 1.
 *
 * It imports nothing from the project, so any folder may use it.
 */
import { parseArgs, type ParseArgsOptionDescriptor } from 'node:util';

/** A `parseArgs` option with the line `--help` prints for it. */
export type CliOption = ParseArgsOptionDescriptor & {
  description: string;
  /** The value's name in the help, e.g. `dir` for `--out <dir>`; string options only. */
  valueName?: string;
};

export interface CliArgument {
  name: string;
  description: string;
  /** Positional arguments after the first optional one are optional too. */
  optional?: boolean;
}

type ParseConfig<O extends Record<string, CliOption>> = { options: O; allowPositionals: true; strict: true };
export type CliValues<O extends Record<string, CliOption>> = ReturnType<typeof parseArgs<ParseConfig<O>>>['values'];

export interface CliSpec<O extends Record<string, CliOption>> {
  /** The name messages start with: `seeds:check`. */
  name: string;
  /** The command line as documented: `npm run seeds:check [-- seedsDir]`. */
  usage: string;
  /** What it does, for `--help`. */
  description: string;
  options?: O;
  /** Positional arguments, in order; none when absent. */
  arguments?: readonly CliArgument[];
  /** Does the work; a number it returns is the exit code (for a tool that reports failures it has already printed). */
  run(args: { values: CliValues<O>; positionals: string[] }): Promise<number | void> | number | void;
  /** The one line printed for a failure; by default `<name> failed: <message>`. */
  describeError?(error: unknown): string;
  /** Where it writes and how it exits; tests replace them. */
  io?: Partial<CliIo>;
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  exit(code: number): void;
}

/** Thrown by a command for an argument it refuses after parsing (exit 2, with the usage line). */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

const HELP_OPTION: CliOption = { type: 'boolean', short: 'h', description: 'show this help and exit' };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** parseArgs' messages, shortened to one line that names the option or argument. */
function describeParseError(error: unknown): string {
  const message = messageOf(error);
  const code = (error as { code?: string }).code;
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) return `unknown option '${unknown[1]}'`;
  const unexpected = /^Unexpected argument '([^']*)'/.exec(message);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && unexpected) return `unexpected argument '${unexpected[1]}'`;
  const missing = /^Option '(-[^' ]+)[^']*' argument missing/.exec(message);
  if (missing) return `option '${missing[1]}' needs a value`;
  const ambiguous = /^Option '([^']+)' argument is ambiguous/.exec(message);
  if (ambiguous) return `option '${ambiguous[1]}' needs a value (to pass one starting with '-', write --option=value)`;
  const notString = /^Option '([^']+)' does not take an argument/.exec(message);
  if (notString) return `option '${notString[1]}' takes no value`;
  return message.split('\n')[0]!.replace(/\.$/, '');
}

function helpText<O extends Record<string, CliOption>>(spec: CliSpec<O>, options: Record<string, CliOption>): string {
  const lines = [`usage: ${spec.usage}`, '', spec.description.trim()];
  if (spec.arguments?.length) {
    lines.push('', 'arguments:');
    const width = Math.max(...spec.arguments.map((a) => a.name.length));
    for (const argument of spec.arguments) lines.push(`  ${argument.name.padEnd(width)}  ${argument.description}${argument.optional ? ' (optional)' : ''}`);
  }
  const flags = Object.entries(options).map(([long, option]) => {
    const value = option.type === 'string' ? ` <${option.valueName ?? 'value'}>` : '';
    return [`${option.short ? `-${option.short}, ` : ''}--${long}${value}`, option.description] as const;
  });
  const width = Math.max(...flags.map(([flag]) => flag.length));
  lines.push('', 'options:', ...flags.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Parses `argv` (default: this process's arguments) by `spec` and runs the command,
 * setting the exit code as described above. Resolves when it is done; it never rejects.
 */
export async function runCli<const O extends Record<string, CliOption> = Record<never, CliOption>>(spec: CliSpec<O>, argv: string[] = process.argv.slice(2)): Promise<void> {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    exit: (code) => { process.exitCode = code; },
    ...spec.io,
  };
  const options = { ...spec.options, help: HELP_OPTION } as Record<string, CliOption>;
  const usageError = (what: string) => {
    io.stderr(`${spec.name}: ${what}\nusage: ${spec.usage} (--help for more)\n`);
    io.exit(2);
  };

  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    // parseArgs ignores the extra `description` and `valueName` keys.
    parsed = parseArgs({ args: argv, options: options as ParseConfig<O>['options'], allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(describeParseError(error));
  }
  if (parsed.values.help) {
    io.stdout(helpText(spec, options));
    return io.exit(0);
  }
  const declared = spec.arguments ?? [];
  if (parsed.positionals.length > declared.length) return usageError(`unexpected argument '${parsed.positionals[declared.length]}'`);
  const missing = declared.slice(parsed.positionals.length).find((argument) => !argument.optional);
  if (missing) return usageError(`missing argument <${missing.name}>`);

  const { help: _help, ...values } = parsed.values;
  try {
    const code = await spec.run({ values: values as CliValues<O>, positionals: parsed.positionals });
    io.exit(code ?? 0);
  } catch (error) {
    if (error instanceof CliUsageError) return usageError(error.message);
    const line = spec.describeError ? spec.describeError(error) : `${spec.name} failed: ${messageOf(error)}`;
    io.stderr(`${line}\n`);
    io.exit(1);
  }
}
