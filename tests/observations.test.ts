/**
 * Monitoring files (CSV and Parquet under observations/) are validated like every
 * other seed file: each bad row is named by file, row, field and message, and a
 * version with one bad row loads nothing. Every case adds real files to a private
 * copy of the seeds, lists them in its manifest and loads it into real DuckDB.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { graphql } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SeedValidationError, formatSeedIssue } from '../dataset/check/seed-issues.ts';
import { MANIFEST_KEY } from '../dataset/seed-files.ts';
import { manifestSchema, type Manifest } from '../dataset/seed.schemas.ts';
import { loadSeedsFromDirectory } from '../dataset/seeds-directory.ts';
import { createExecutableSchema } from '../functions/graphql/apollo-server.ts';
import { createLoaders } from '../resolvers/loaders.ts';
import { createDuckDbWarehouse, type Warehouse } from '../warehouse/warehouse.ts';
import { addObservationFiles, copySeeds, readJson, rehashManifest, writeJson } from './helpers/seeds.ts';

const HEADER = 'indicator,region,period,value,unit';
const K = 'observations/reported/2023.csv';
const COLUMNS_HINT = 'a monitoring file has the columns indicator, region, period, value, unit';

let copy: Awaited<ReturnType<typeof copySeeds>>;

beforeEach(async () => {
  copy = await copySeeds();
});
afterEach(async () => {
  await copy.remove();
});

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

async function editManifest(dir: string, edit: (manifest: Manifest) => void): Promise<void> {
  const manifest = manifestSchema.parse(await readJson(dir, MANIFEST_KEY));
  edit(manifest);
  await writeJson(dir, MANIFEST_KEY, manifest);
}

/** A Parquet file written by DuckDB from a query with the columns in the order given. */
async function parquetBytes(dir: string, name: string, select: string): Promise<Uint8Array> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const file = path.join(dir, name);
  try {
    await connection.run(`COPY (${select}) TO '${file}' (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return readFile(file);
}

/** Loads the copy into DuckDB: the monitoring rows are validated while staged. */
async function openCopy(dir: string, includeSample = false): Promise<Warehouse> {
  return createDuckDbWarehouse(await loadSeedsFromDirectory(dir, { includeSample }), { origin: dir });
}

async function issuesOf(dir: string): Promise<string[]> {
  const data = await loadSeedsFromDirectory(dir, { includeSample: false });
  let warehouse: Warehouse | undefined;
  try {
    warehouse = await createDuckDbWarehouse(data, { origin: dir });
  } catch (error) {
    if (error instanceof SeedValidationError) return error.issues.map(formatSeedIssue);
    throw error;
  }
  await warehouse.close();
  throw new Error('the bad monitoring file was accepted');
}

const schema = createExecutableSchema();

async function query<T>(warehouse: Warehouse, source: string, variableValues?: Record<string, unknown>): Promise<T> {
  const result = await graphql({
    schema, source, ...(variableValues ? { variableValues } : {}),
    contextValue: { warehouse, loaders: createLoaders(warehouse.db), requestId: 'observations-test' },
  });
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

interface ObservationNode {
  id: string;
  kind: string;
  indicator: { code: string } | null;
  value: number | null;
  valueText: string;
  unit: string | null;
  periodStart: number;
  periodEnd: number;
  periodType: string;
  region: { code: string } | null;
  provenance: string;
  isSample: boolean;
  source: { quote: string } | null;
  origin: { file: string; row: number } | null;
  note: string | null;
}

const OBSERVATIONS = `query ($provenance: Provenance) {
  facts(filter: { kind: OBSERVATION, provenance: $provenance }, first: 500) {
    totalCount
    edges { node { id kind indicator { code } value valueText unit periodStart periodEnd periodType region { code } provenance isSample source { quote } origin { file row } note } }
  }
}`;

async function observations(warehouse: Warehouse, provenance: string): Promise<{ totalCount: number; nodes: ObservationNode[] }> {
  const { facts } = await query<{ facts: { totalCount: number; edges: { node: ObservationNode }[] } }>(warehouse, OBSERVATIONS, { provenance });
  return { totalCount: facts.totalCount, nodes: facts.edges.map((e) => e.node) };
}

function reported(id: string, fields: Partial<ObservationNode> & { file: string; row: number }): ObservationNode {
  const [, , indicator, region, period] = id.split(':') as [string, string, string, string, string];
  const [start, end] = period.split('-').map(Number) as [number, number | undefined];
  const { file, row, ...rest } = fields;
  return {
    id, kind: 'OBSERVATION', indicator: { code: indicator }, value: null, valueText: '', unit: '万人', periodStart: start, periodEnd: end ?? start,
    periodType: 'POINT', region: { code: region }, provenance: 'REPORTED', isSample: false, source: null, origin: { file, row }, note: null, ...rest,
  };
}

describe('a clean monitoring file', () => {
  it('loads from CSV and is served as REPORTED observations with their file and row', async () => {
    await addObservationFiles(copy.dir, [{
      key: K,
      // The first row has the same key as a SAMPLE row: provenances do not collide.
      bytes: csv(HEADER, 'I01,411700,2023,27.5,万人', 'I04,411725,2023,0.61,万人', ' I11 , 411700 , 2023 , 4.2 , % ', 'I13,411700,2023,10.8,年'),
    }]);
    const warehouse = await openCopy(copy.dir, true);
    try {
      const { totalCount, nodes } = await observations(warehouse, 'REPORTED');
      expect(totalCount).toBe(4);
      expect(nodes).toEqual([
        reported('o:REPORTED:I01:411700:2023', { file: K, row: 1, value: 27.5, valueText: '27.5' }),
        reported('o:REPORTED:I04:411725:2023', { file: K, row: 2, value: 0.61, valueText: '0.61' }),
        reported('o:REPORTED:I11:411700:2023', { file: K, row: 3, value: 4.2, valueText: '4.2', unit: '%' }),
        reported('o:REPORTED:I13:411700:2023', { file: K, row: 4, value: 10.8, valueText: '10.8', unit: '年' }),
      ]);
      // The SAMPLE file was loaded beside it and is told apart.
      expect((await observations(warehouse, 'SAMPLE')).totalCount).toBe(330);
    } finally {
      await warehouse.close();
    }
  });

  it('stores one year of a cumulative indicator (I08) as ANNUAL and a range of years as CUMULATIVE', async () => {
    await addObservationFiles(copy.dir, [{ key: K, bytes: csv(HEADER, 'I08,411700,2023,5.2,万人', 'I08,411700,2021-2023,15.1,万人', 'I08,411725,2021-2021,0.4,万人') }]);
    const warehouse = await openCopy(copy.dir);
    try {
      const { nodes } = await observations(warehouse, 'REPORTED');
      expect(nodes.map((n) => [n.id, n.periodStart, n.periodEnd, n.periodType, n.value, n.origin?.row])).toEqual([
        ['o:REPORTED:I08:411700:2023', 2023, 2023, 'ANNUAL', 5.2, 1],
        ['o:REPORTED:I08:411700:2021-2023', 2021, 2023, 'CUMULATIVE', 15.1, 2],
        ['o:REPORTED:I08:411725:2021', 2021, 2021, 'ANNUAL', 0.4, 3],
      ]);
    } finally {
      await warehouse.close();
    }
  });
});

describe('a bad row is named by file, row and field', () => {
  const GOOD = 'I01,411700,2023,27.5,万人';
  it.each([
    { problem: 'an unknown indicator', row: 'I99,411700,2023,1,万人', issues: [`${K} row 2 (I99/411700/2023) field indicator: "I99" is not a table indicator code (I01–I17)`] },
    { problem: 'a ratio indicator (I02)', row: 'I02,411700,2023,15,', issues: [`${K} row 2 (I02/411700/2023) field indicator: I02 is a ratio without a single number; it cannot be observed as one value`] },
    { problem: 'an unknown region', row: 'I01,411799,2023,1,万人', issues: [`${K} row 2 (I01/411799/2023) field region: "411799" is not a known region code`] },
    { problem: 'a period with a suffix', row: 'I01,411700,2023年,1,万人', issues: [`${K} row 2 (I01/411700/2023年) field period: "2023年" is not a year (2023) or a range of years (2021-2023)`] },
    { problem: 'a backward range', row: 'I08,411700,2025-2021,1,万人', issues: [`${K} row 2 (I08/411700/2025-2021) field period: "2025-2021" is not a year (2023) or a range of years (2021-2023)`] },
    { problem: 'several years for a POINT indicator', row: 'I04,411700,2021-2023,7.5,万人', issues: [`${K} row 2 (I04/411700/2021-2023) field period: 2021-2023 for I04 spans several years, but the indicator is a stock or rate observed at one year end`] },
    { problem: 'a non-numeric value', row: 'I01,411702,2023,约3万,万人', issues: [`${K} row 2 (I01/411702/2023) field value: "约3万" is not a number`] },
    { problem: 'a missing value', row: 'I01,411702,2023,,万人', issues: [`${K} row 2 (I01/411702/2023) field value: "" is not a number`] },
    { problem: 'the wrong unit', row: 'I04,411700,2023,30000,人', issues: [`${K} row 2 (I04/411700/2023) field unit: is "人", but I04 is measured in 万人`] },
    // Row 1 holds 95.5 %, which is fine.
    { problem: 'a percentage out of range', first: 'I05,411700,2023,95.5,%', row: 'I05,411702,2023,9550,%', issues: [`${K} row 2 (I05/411702/2023) field value: 9550 is outside 0–100 for a percentage: the wrong unit (a fraction, or a count)?`] },
    { problem: 'a negative count', row: 'I04,411725,2023,-0.3,万人', issues: [`${K} row 2 (I04/411725/2023) field value: -0.3 is negative; counts and averages cannot be`] },
    {
      problem: 'several problems in one row, one issue each', row: 'I04,411799,2023,约3万,人',
      issues: [
        `${K} row 2 (I04/411799/2023) field region: "411799" is not a known region code`,
        `${K} row 2 (I04/411799/2023) field value: "约3万" is not a number`,
        `${K} row 2 (I04/411799/2023) field unit: is "人", but I04 is measured in 万人`,
      ],
    },
  ])('$problem', async ({ first, row, issues }) => {
    await addObservationFiles(copy.dir, [{ key: K, bytes: csv(HEADER, first ?? GOOD, row, 'I06,411700,2023,1.9,万人') }]);
    expect(await issuesOf(copy.dir)).toEqual(issues);
  });

  it('a duplicate key within one file', async () => {
    await addObservationFiles(copy.dir, [{ key: K, bytes: csv(HEADER, GOOD, 'I01,411702,2023,3.1,万人', 'I01,411700,2023,28,万人') }]);
    expect(await issuesOf(copy.dir)).toEqual([
      `${K} row 3 (I01/411700/2023) field period: repeats the observation of ${K} row 1 (same indicator, region, period and provenance)`,
    ]);
  });

  it('a duplicate key across two files', async () => {
    const A = 'observations/reported/a-2023.csv';
    const B = 'observations/reported/b-2023.csv';
    await addObservationFiles(copy.dir, [
      { key: A, bytes: csv(HEADER, 'I04,411700,2023,7.6,万人', GOOD) },
      { key: B, bytes: csv(HEADER, 'I06,411700,2023,1.9,万人', 'I04,411725,2023,0.6,万人', 'I01,411700,2023,27.5,万人') },
    ]);
    expect(await issuesOf(copy.dir)).toEqual([
      `${B} row 3 (I01/411700/2023) field period: repeats the observation of ${A} row 2 (same indicator, region, period and provenance)`,
    ]);
  });

  it('a missing column', async () => {
    await addObservationFiles(copy.dir, [{ key: K, bytes: csv('indicator,region,period,value', 'I01,411700,2023,27.5') }]);
    expect(await issuesOf(copy.dir)).toEqual([`${K} field unit: column(s) missing; ${COLUMNS_HINT}`]);
  });

  it('an extra, unknown column', async () => {
    await addObservationFiles(copy.dir, [{ key: K, bytes: csv(`${HEADER},comment`, `${GOOD},x`) }]);
    expect(await issuesOf(copy.dir)).toEqual([`${K} field comment: unknown column(s); ${COLUMNS_HINT}`]);
  });

  it('a row count that disagrees with the manifest', async () => {
    await addObservationFiles(copy.dir, [{ key: K, bytes: csv(HEADER, GOOD, 'I04,411700,2023,7.6,万人') }]);
    // The row count is not part of the data version, so integrity checks alone do not see the change.
    await editManifest(copy.dir, (m) => { m.files.find((f) => f.key === K)!.rows = 3; });
    expect(await issuesOf(copy.dir)).toEqual([`manifest.json field rows: says 3 rows; ${K} has 2`]);
  });

  // An unterminated quote: row 1 is valid CSV with a quoted field, row 2 never closes its quote.
  const UNTERMINATED = csv(HEADER, 'I01,"411700",2023,27.5,万人', 'I04,"411700,2023,7.6,万人', 'I06,411700,2023,1.9,万人');

  it('a malformed CSV (an unterminated quote) is rejected and names only that file', async () => {
    await addObservationFiles(copy.dir, [{ key: K, bytes: UNTERMINATED, rows: 3 }]);
    const issues = await issuesOf(copy.dir);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.startsWith(`${K}`)).toBe(true);
  });

  // A sniffed dialect would switch quoting off at the unterminated quote and report good rows as bad;
  // the pinned dialect (observation-readers.ts) fails the read instead.
  it('a malformed CSV (an unterminated quote) is one whole-file issue: it cannot be read as CSV', async () => {
    await addObservationFiles(copy.dir, [{ key: K, bytes: UNTERMINATED, rows: 3 }]);
    const issues = await issuesOf(copy.dir);
    expect(issues).toEqual([expect.stringMatching(new RegExp(`^${K.replaceAll('.', '\\.')}: cannot be read as CSV: .+`))]);
    // The message names the file by its key, never by the loader's temporary copy.
    expect(issues[0]).not.toMatch(/zmd-observations-/);
  });

  // A sniffer would read every line as one column here; the pinned dialect rejects the ragged row.
  it('a ragged row (a field too many) is one whole-file issue: it cannot be read as CSV', async () => {
    await addObservationFiles(copy.dir, [{ key: K, bytes: csv(HEADER, GOOD, 'I04,411700,2023,7.6,万人,x', 'I06,411700,2023,1.9,万人'), rows: 3 }]);
    expect(await issuesOf(copy.dir)).toEqual([expect.stringMatching(new RegExp(`^${K.replaceAll('.', '\\.')}: cannot be read as CSV: .+`))]);
  });
});

describe('Parquet monitoring files', () => {
  const P = 'observations/reported/2023.parquet';
  /** Rows in a fixed order (n), value as DOUBLE like a real export. */
  const select = (rows: string[]) =>
    `select indicator, region, period, value, unit from (values ${rows.join(', ')}) t(n, indicator, region, period, value, unit) order by n`;

  it('load and are served with their row numbers', async () => {
    const bytes = await parquetBytes(copy.dir, 'clean.parquet', select([
      `(1, 'I01', '411700', '2023', 27.5::double, '万人')`,
      `(2, 'I08', '411700', '2021-2023', 15.1::double, '万人')`,
      `(3, 'I04', '411725', '2023', 0.61::double, '万人')`,
    ]));
    await addObservationFiles(copy.dir, [{ key: P, bytes }]);
    expect(manifestSchema.parse(await readJson(copy.dir, MANIFEST_KEY)).files.find((f) => f.key === P)?.rows).toBe(3);
    const warehouse = await openCopy(copy.dir);
    try {
      const { nodes } = await observations(warehouse, 'REPORTED');
      expect(nodes).toEqual([
        reported('o:REPORTED:I01:411700:2023', { file: P, row: 1, value: 27.5, valueText: '27.5' }),
        reported('o:REPORTED:I08:411700:2021-2023', { file: P, row: 2, value: 15.1, valueText: '15.1', periodType: 'CUMULATIVE' }),
        reported('o:REPORTED:I04:411725:2023', { file: P, row: 3, value: 0.61, valueText: '0.61' }),
      ]);
    } finally {
      await warehouse.close();
    }
  });

  it('with the wrong unit', async () => {
    const bytes = await parquetBytes(copy.dir, 'unit.parquet', select([
      `(1, 'I01', '411700', '2023', 27.5::double, '万人')`,
      `(2, 'I06', '411700', '2023', 1.9::double, '万人')`,
      `(3, 'I04', '411700', '2023', 76000::double, '人')`,
    ]));
    await addObservationFiles(copy.dir, [{ key: P, bytes }]);
    expect(await issuesOf(copy.dir)).toEqual([`${P} row 3 (I04/411700/2023) field unit: is "人", but I04 is measured in 万人`]);
  });

  it('with a duplicate key, within the file and against a CSV file', async () => {
    const bytes = await parquetBytes(copy.dir, 'dup.parquet', select([
      `(1, 'I06', '411700', '2023', 1.9::double, '万人')`,
      `(2, 'I04', '411700', '2023', 7.6::double, '万人')`,
      `(3, 'I06', '411700', '2023', 2.0::double, '万人')`,
      `(4, 'I01', '411700', '2023', 27.5::double, '万人')`,
    ]));
    await addObservationFiles(copy.dir, [{ key: K, bytes: csv(HEADER, 'I01,411700,2023,27.5,万人') }, { key: P, bytes }]);
    expect(await issuesOf(copy.dir)).toEqual([
      `${P} row 3 (I06/411700/2023) field period: repeats the observation of ${P} row 1 (same indicator, region, period and provenance)`,
      `${P} row 4 (I01/411700/2023) field period: repeats the observation of ${K} row 1 (same indicator, region, period and provenance)`,
    ]);
  });

  it('with a non-numeric value and a missing column', async () => {
    const textValues = await parquetBytes(copy.dir, 'text.parquet',
      `select indicator, region, period, value, unit from (values (1, 'I01', '411700', '2023', '27.5', '万人'), (2, 'I01', '411702', '2023', '约3万', '万人')) t(n, indicator, region, period, value, unit) order by n`);
    const noUnit = await parquetBytes(copy.dir, 'nounit.parquet', `select 'I01' as indicator, '411725' as region, '2023' as period, 2.5::double as value`);
    await addObservationFiles(copy.dir, [{ key: 'observations/reported/a.parquet', bytes: textValues }, { key: 'observations/reported/b.parquet', bytes: noUnit }]);
    expect(await issuesOf(copy.dir)).toEqual([
      `observations/reported/b.parquet field unit: column(s) missing; ${COLUMNS_HINT}`,
      'observations/reported/a.parquet row 2 (I01/411702/2023) field value: "约3万" is not a number',
    ]);
  });

  it('that are not Parquet at all are one whole-file issue', async () => {
    await addObservationFiles(copy.dir, [{ key: P, bytes: csv(HEADER, 'I01,411700,2023,27.5,万人'), rows: 1 }]);
    expect(await issuesOf(copy.dir)).toEqual([expect.stringMatching(/^observations\/reported\/2023\.parquet: cannot be read as PARQUET: .+/)]);
  });
});

describe('a rejected version', () => {
  let good: Warehouse;
  let goodCopy: Awaited<ReturnType<typeof copySeeds>>;
  beforeAll(async () => {
    goodCopy = await copySeeds();
    good = await openCopy(goodCopy.dir);
  });
  afterAll(async () => {
    await good?.close();
    await goodCopy?.remove();
  });

  it('loads nothing, and a warehouse opened before still answers', async () => {
    const before = await query<{ facts: { totalCount: number }; dataset: { version: string } }>(good, '{ facts { totalCount } dataset { version } }');
    const A = 'observations/reported/a-2023.csv';
    const B = 'observations/reported/b-2023.csv';
    await addObservationFiles(copy.dir, [
      { key: A, bytes: csv(HEADER, 'I01,411700,2023,27.5,万人', 'I04,411700,2023,7.6,万人') },
      { key: B, bytes: csv(HEADER, 'I06,411700,2023,1.9,万人', 'I08,411700,2023,5.2,人') },
    ]);
    const data = await loadSeedsFromDirectory(copy.dir, { includeSample: false });
    const error = await createDuckDbWarehouse(data, { origin: copy.dir }).then(
      async (warehouse) => { await warehouse.close(); throw new Error('the bad monitoring file was accepted'); },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).issues.map(formatSeedIssue)).toEqual([`${B} row 2 (I08/411700/2023) field unit: is "人", but I08 is measured in 万人`]);

    // The warehouse opened before is untouched and still answers.
    const after = await query<{ facts: { totalCount: number }; dataset: { version: string } }>(good, '{ facts { totalCount } dataset { version } }');
    expect(after).toEqual(before);
    expect(before.facts.totalCount).toBeGreaterThanOrEqual(170);
    expect((await observations(good, 'REPORTED')).totalCount).toBe(0);

    // Fixed, the same version loads both files whole: the good file was never the problem.
    await writeFile(path.join(copy.dir, B), csv(HEADER, 'I06,411700,2023,1.9,万人', 'I08,411700,2023,5.2,万人'));
    await rehashManifest(copy.dir);
    const fixed = await openCopy(copy.dir);
    try {
      expect((await observations(fixed, 'REPORTED')).nodes.map((n) => `${n.origin?.file}:${n.origin?.row}`)).toEqual([`${A}:1`, `${A}:2`, `${B}:1`, `${B}:2`]);
    } finally {
      await fixed.close();
    }
  });
});

describe('npm run seeds:check', () => {
  const run = (dir: string) => promisify(execFile)(path.resolve('node_modules/.bin/node'), ['dataset/cli/check-seeds.ts', dir]);

  it('exits 1 on a bad observation file and prints file, row and field', async () => {
    await addObservationFiles(copy.dir, [{ key: K, bytes: csv(HEADER, 'I01,411700,2023,27.5,万人', 'I04,411700,2023,76000,人') }]);
    await expect(run(copy.dir)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`${K} row 2 (I04/411700/2023) field unit: is "人", but I04 is measured in 万人`),
    });
  });

  it('accepts a clean observation file and counts its rows with the SAMPLE rows', async () => {
    await addObservationFiles(copy.dir, [{ key: K, bytes: csv(HEADER, 'I01,411700,2023,27.5,万人', 'I04,411700,2023,7.6,万人') }]);
    const { stdout } = await run(copy.dir);
    expect(stdout).toMatch(/is valid \(.*, 332 observations\)/);
  });
});
