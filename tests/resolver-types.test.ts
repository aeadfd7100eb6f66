/**
 * The resolver types generated from the SDL (npm run resolvers:codegen) are current, and
 * they catch drift: tsc, run on two small files against the committed types, rejects
 * resolvers whose results do not fit their SDL fields and accepts ones that do, and the
 * check of fields left to the default resolver (resolvers/default-resolver-fit.ts) names
 * a field whose parent has no property of its name or its snake_case name, or one of the
 * wrong type.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateResolverTypes, isCurrent, RESOLVER_TYPES_FILE } from '../infra/resolver-types-codegen.ts';

const ROOT_DIR = path.resolve(import.meta.dirname, '..');
// TypeScript 7 has no JavaScript compiler API: the tsc command is the way to ask it.
const TSC = path.join(ROOT_DIR, 'node_modules', 'typescript', 'bin', 'tsc');
const GENERATED = path.join(ROOT_DIR, RESOLVER_TYPES_FILE);
const DEFAULT_RESOLVER_FIT = path.join(ROOT_DIR, 'resolvers', 'default-resolver-fit.ts');

/** Each line marked `// error` must be a type error, and no other line may be. */
const PROBES = {
  'fits.ts': `
import type { IndicatorResolvers } from '${GENERATED}';
import type { DefaultResolverMisfits } from '${DEFAULT_RESOLVER_FIT}';

export const fits: IndicatorResolvers = {
  code: (indicator) => indicator.code,
  name: (indicator) => indicator.name,
  periodType: () => 'POINT',
};

// With no resolver for Indicator.code, graphql's default one reads IndicatorRow.code, a string: it fits.
type Misfits = DefaultResolverMisfits<{ Indicator: {} }>;
export const codeFits: 'Indicator.code' extends Misfits ? false : true = true;

// With no resolver for Indicator.nameEn or Fact.valueText, the default one reads the snake_case column (name_en, value_text), a string: they fit.
type FactMisfits = DefaultResolverMisfits<{ Fact: {} }>;
export const nameEnFits: 'Indicator.nameEn' extends Misfits ? false : true = true;
export const valueTextFits: 'Fact.valueText' extends FactMisfits ? false : true = true;
`,
  'drifts.ts': `
import type { IndicatorResolvers } from '${GENERATED}';
import type { DefaultResolverMisfits, NoneOf } from '${DEFAULT_RESOLVER_FIT}';

export const drifts: IndicatorResolvers = {
  code: (indicator) => indicator.code.length, // error: a number for ID!
  name: (indicator) => indicator.note, // error: maybe null for String!
  periodType: () => 'YEARLY', // error: not a PeriodType
};

// With no resolver for Indicator.baseline, the default one would read IndicatorRow.baseline, which is no column.
type Misfits = DefaultResolverMisfits<{ Indicator: {} }>;
export const baselineFits: NoneOf<Extract<Misfits, 'Indicator.baseline (no such property)'>> = true; // error

// FactRow has neither isSample nor is_sample; and its value_parts is a string, not the [Float!] Fact.valueParts is.
type FactMisfits = DefaultResolverMisfits<{ Fact: {} }>;
export const isSampleFits: NoneOf<Extract<FactMisfits, 'Fact.isSample (no such property)'>> = true; // error
export const valuePartsFits: NoneOf<Extract<FactMisfits, 'Fact.valueParts'>> = true; // error
`,
};

interface ProbeError {
  file: string;
  line: number;
  code: string;
}

const probeDir = mkdtempSync(path.join(tmpdir(), 'resolver-types-'));
afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

/** tsc's errors in the probe files, compiled with the project's options against the committed types. */
async function probeErrors(): Promise<{ errors: ProbeError[]; output: string }> {
  writeFileSync(path.join(probeDir, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(path.join(probeDir, 'tsconfig.json'), JSON.stringify({
    extends: path.join(ROOT_DIR, 'tsconfig.json'),
    // The probes live outside the project; its @types still apply.
    compilerOptions: { typeRoots: [path.join(ROOT_DIR, 'node_modules', '@types')] },
    include: Object.keys(PROBES),
  }));
  for (const [name, text] of Object.entries(PROBES)) writeFileSync(path.join(probeDir, name), text);
  const output = await new Promise<string>((resolve) => {
    execFile(process.execPath, [TSC, '--noEmit', '--pretty', 'false', '-p', probeDir], { cwd: probeDir }, (_error, stdout, stderr) => resolve(stdout + stderr));
  });
  const errors = [...output.matchAll(/^(\S+?)\((\d+),\d+\): error (TS\d+)/gm)]
    .map(([, file, line, code]) => ({ file: path.basename(file!), line: Number(line), code: code! }))
    .filter((error) => error.file in PROBES);
  return { errors, output };
}

const markedLines = (text: string) => text.split('\n').flatMap((line, index) => (line.includes('// error') ? [index + 1] : []));

describe('resolver types (resolvers/generated/resolver-types.ts)', () => {
  it('are what schema/*.graphql generates now (else: npm run resolvers:codegen)', async () => {
    expect(isCurrent(await generateResolverTypes()), `${RESOLVER_TYPES_FILE} is stale: run npm run resolvers:codegen`).toBe(true);
  });

  it('make a resolver that does not fit its SDL field a type error, and one that fits none', async () => {
    const { errors, output } = await probeErrors();
    expect(errors.filter((e) => e.file === 'fits.ts'), output).toEqual([]);
    expect(errors.filter((e) => e.file === 'drifts.ts').map((e) => e.line), output).toEqual(markedLines(PROBES['drifts.ts']));
    expect(new Set(errors.map((e) => e.code)), output).toEqual(new Set(['TS2322']));
  });
});
