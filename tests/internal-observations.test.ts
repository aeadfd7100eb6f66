/**
 * Internal monitoring files on both engines: two copies of the real seeds (SAMPLE
 * data loaded, one public REPORTED file), the second with an internal REPORTED
 * file added. A public caller gets exactly the same answers from both, rows and
 * counts alike (facts, totals, aggregates, progress, series, breakdowns, per-parent
 * pages, dataset files); an internal caller sees the internal rows everywhere.
 */
import { warehouseLayout } from '../warehouse/create-tables.ts';
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedValidationError } from '../dataset/check/seed-issues.ts';
import { loadSeedsFromDirectory, rebuildSeedsDirectory } from '../dataset/seeds-directory.ts';
import { createPostgresDb } from '../warehouse/postgres/postgres-db.ts';
import { createPostgresWarehouseSource, pushWarehouse } from '../warehouse/postgres/postgres-versions.ts';
import { scopeToAudience, withoutInternalDetails } from '../warehouse/visible-data.ts';
import { createDuckDbWarehouse } from '../warehouse/warehouse.ts';
import { describeEachEngine, engineUnavailable, startTestApi, TEST_DATABASE_URL, type TestApi } from './helpers/graphql.ts';
import { addObservationFiles, copySeeds, REAL_SEEDS_DIR } from './helpers/seeds.ts';

const HEADER = 'indicator,region,period,value,unit';
const PUBLIC_FILE = { key: 'observations/reported/2023.csv', bytes: `${HEADER}\nI04,411700,2023,8.2,万人\nI11,411700,2023,5.2,%\n` };
const INTERNAL_KEY = 'observations/reported/internal/2024-preliminary.csv';
const INTERNAL_FILE = {
  key: INTERNAL_KEY,
  access: 'internal' as const,
  // I04 in 确山县 also has SAMPLE rows: hidden REPORTED rows must not displace them for the public.
  bytes: `${HEADER}\nI04,411700,2024,8.61,万人\nI04,411725,2024,0.77,万人\nI08,411700,2021-2024,19.37,万人\nI11,411725,2024,4.9,%\n`,
};
const INTERNAL_IDS = ['o:REPORTED:I04:411700:2024', 'o:REPORTED:I04:411725:2024', 'o:REPORTED:I08:411700:2021-2024', 'o:REPORTED:I11:411725:2024'];

/** What the public must get identically with and without the internal file. */
const OPERATIONS: Record<string, string> = {
  'every fact, paged, with its total': `{ facts(first: 500) { totalCount pageInfo { hasNextPage endCursor } edges { node { id value origin { file row } } } } }`,
  'the last page of facts': `{ facts(first: 100, orderBy: [{ field: DOCUMENT, direction: DESC }]) { totalCount edges { cursor node { id } } } }`,
  'REPORTED observations and a text search for an internal value': `{
    reported: facts(filter: { provenance: REPORTED }) { totalCount edges { node { id value origin { file row } } } }
    byText: facts(filter: { text: "8.61" }) { totalCount edges { node { id } } }
    byYear: facts(filter: { kind: OBSERVATION, year: 2024, regions: ["411700", "411725"] }, orderBy: [{ field: VALUE, direction: DESC }]) { totalCount edges { node { id provenance } } } }`,
  'aggregates: sums, counts and the number of groups': `{
    byProvenance: aggregate(input: { measure: COUNT, groupBy: [PROVENANCE, INDICATOR], filter: { kind: OBSERVATION } }) { totalRows truncated rows { provenance indicatorCode unit value count } }
    sums: aggregate(input: { measure: SUM, groupBy: [REGION, YEAR, MEASURE_KIND, PERIOD], filter: { indicators: ["I04", "I08"] }, orderBy: [{ key: VALUE, direction: DESC }], limit: 5 }) { totalRows truncated rows { regionCode year measureKind value count } }
    everything: aggregate(input: { measure: COUNT }) { totalRows rows { value count } } }`,
  'progress of every indicator, each region': `{ progress { indicator { code } region { code } provenance isSample latestValue latestYear status observations { id } } }`,
  'progress of REPORTED data only': `{ progress(filter: { provenance: REPORTED }) { indicator { code } region { code } latestValue latestYear status observations { id } } }`,
  'an indicator: facts, series, breakdown and progress': `{ indicator(code: "I04") {
    facts(first: 500) { totalCount edges { node { id } } }
    series(region: "411725") { year value isSample fact { id } }
    citySeries: series { year value fact { id provenance } }
    breakdown(year: 2024) { cityValue countySum consistent isSample missingRegions { code } entries { region { code } value fact { id } } }
    progress(region: "411725") { provenance latestValue latestYear status }
  } i08: indicator(code: "I08") { progress { latestValue latestYear provenance treatment } series { year value change runningTotal } } }`,
  'regions and indicators with their fact pages': `{
    regions { code facts(first: 3) { totalCount pageInfo { hasNextPage } edges { node { id } } } }
    indicators(first: 17) { edges { node { code facts(first: 2, after: null) { totalCount edges { node { id } } } } } } }`,
  'the files of the version': '{ dataset { includesSample files { key sha256 bytes rows } } }',
};

/** Cursors name the data version, which the internal file changes; what a cursor points at is its offset. */
function withCursorOffsets(answer: unknown): unknown {
  const cursorKeys = new Set(['cursor', 'startCursor', 'endCursor']);
  return JSON.parse(JSON.stringify(answer), (key, value: unknown) => (cursorKeys.has(key) && typeof value === 'string' ? Buffer.from(value, 'base64url').toString().split('|')[2] : value));
}

async function seedsCopy(withInternal: boolean) {
  const copy = await copySeeds();
  await addObservationFiles(copy.dir, withInternal ? [PUBLIC_FILE, INTERNAL_FILE] : [PUBLIC_FILE]);
  return copy;
}

describeEachEngine('internal monitoring files on %s', (engine) => {
  const cleanup: (() => Promise<void>)[] = [];
  let withoutInternal: TestApi;
  let withInternal: TestApi;
  beforeAll(async () => {
    const [a, b] = await Promise.all([seedsCopy(false), seedsCopy(true)]);
    cleanup.push(a.remove, b.remove);
    withoutInternal = await startTestApi({ engine, includeSample: true, seedsDir: a.dir });
    withInternal = await startTestApi({ engine, includeSample: true, seedsDir: b.dir });
    cleanup.push(() => withoutInternal.close(), () => withInternal.close());
  });
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it.each(Object.entries(OPERATIONS))('a public caller gets "%s" exactly as if the internal file did not exist', async (_name, query) => {
    const reference = await withoutInternal.execute(query);
    expect(reference.errors).toBeUndefined();
    // No audience at all is public too: access fails closed.
    for (const audience of [undefined, 'public'] as const) expect(withCursorOffsets(await withInternal.execute(query, undefined, audience))).toEqual(withCursorOffsets(reference));
    // Without internal files, an internal caller sees what the public sees.
    expect(await withoutInternal.execute(query, undefined, 'internal')).toEqual(reference);
  });

  it('an internal caller sees the internal rows and counts them in totals and aggregates', async () => {
    const query = `{
      facts(filter: { provenance: REPORTED }) { totalCount edges { node { id origin { file } } } }
      aggregate(input: { measure: COUNT, groupBy: [PROVENANCE], filter: { kind: OBSERVATION } }) { totalRows rows { provenance value count } }
      region(code: "411725") { facts(first: 500) { totalCount edges { node { id } } } }
      indicator(code: "I04") { facts(first: 500) { totalCount } }
    }`;
    type Answer = {
      facts: { totalCount: number; edges: { node: { id: string; origin: { file: string } } }[] };
      aggregate: { totalRows: number; rows: { provenance: string; value: number; count: number }[] };
      region: { facts: { totalCount: number; edges: { node: { id: string } }[] } };
      indicator: { facts: { totalCount: number } };
    };
    const publicAnswer = (await withInternal.execute<Answer>(query)).data!;
    const internal = await withInternal.execute<Answer>(query, undefined, 'internal');
    expect(internal.errors).toBeUndefined();
    const seen = internal.data!;
    expect(publicAnswer.facts.totalCount).toBe(2);
    expect(seen.facts.totalCount).toBe(2 + INTERNAL_IDS.length);
    expect(seen.facts.edges.filter((e) => e.node.origin.file === INTERNAL_KEY).map((e) => e.node.id).sort()).toEqual([...INTERNAL_IDS].sort());
    const reported = (answer: Answer) => answer.aggregate.rows.filter((r) => r.provenance === 'REPORTED').reduce((sum, r) => sum + r.count, 0);
    expect(reported(publicAnswer)).toBe(2);
    expect(reported(seen)).toBe(6);
    expect(seen.region.facts.totalCount).toBe(publicAnswer.region.facts.totalCount + 2);
    expect(seen.region.facts.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(['o:REPORTED:I04:411725:2024', 'o:REPORTED:I11:411725:2024']));
    expect(seen.indicator.facts.totalCount).toBe(publicAnswer.indicator.facts.totalCount + 2);
  });

  it('an internal caller gets progress, series and breakdowns from the internal rows', async () => {
    const query = `{ indicator(code: "I04") {
      progress { provenance latestValue latestYear }
      series(region: "411725", from: 2024, to: 2024) { year value fact { id } }
      breakdown(year: 2024) { cityValue entries { region { code } value } }
    } i08: indicator(code: "I08") { progress { provenance latestValue latestYear } } }`;
    type Answer = {
      indicator: {
        progress: { provenance: string; latestValue: number; latestYear: number };
        series: { year: number; value: number | null; fact: { id: string } | null }[];
        breakdown: { cityValue: number | null; entries: { region: { code: string }; value: number | null }[] };
      };
      i08: { progress: { provenance: string; latestValue: number; latestYear: number } };
    };
    const publicAnswer = (await withInternal.execute<Answer>(query)).data!;
    const seen = (await withInternal.execute<Answer>(query, undefined, 'internal')).data!;
    expect(publicAnswer.indicator.progress).toEqual({ provenance: 'REPORTED', latestValue: 8.2, latestYear: 2023 });
    expect(seen.indicator.progress).toEqual({ provenance: 'REPORTED', latestValue: 8.61, latestYear: 2024 });
    // The public keeps the SAMPLE rows of 确山县: REPORTED rows it may not see do not displace them.
    expect(publicAnswer.indicator.series).toEqual([{ year: 2024, value: 0.75, fact: { id: 'o:SAMPLE:I04:411725:2024' } }]);
    expect(seen.indicator.series).toEqual([{ year: 2024, value: 0.77, fact: { id: 'o:REPORTED:I04:411725:2024' } }]);
    expect(publicAnswer.indicator.breakdown.cityValue).toBeNull();
    expect(seen.indicator.breakdown.cityValue).toBe(8.61);
    expect(seen.indicator.breakdown.entries.find((e) => e.region.code === '411725')!.value).toBe(0.77);
    expect(publicAnswer.i08.progress.provenance).toBe('SAMPLE');
    expect(seen.i08.progress).toEqual({ provenance: 'REPORTED', latestValue: 19.37, latestYear: 2024 });
  });

  it('lists an internal file among the dataset files to internal callers only', async () => {
    type Answer = { dataset: { files: { key: string; rows: number }[] } };
    const query = '{ dataset { files { key rows } } }';
    const publicKeys = (await withInternal.execute<Answer>(query)).data!.dataset.files.map((f) => f.key);
    const internalFiles = (await withInternal.execute<Answer>(query, undefined, 'internal')).data!.dataset.files;
    expect(publicKeys).toContain(PUBLIC_FILE.key);
    expect(publicKeys).not.toContain(INTERNAL_KEY);
    expect(internalFiles).toContainEqual({ key: INTERNAL_KEY, rows: 4 });
    expect(internalFiles.map((f) => f.key).filter((k) => k !== INTERNAL_KEY)).toEqual(publicKeys);
  });

  it('a cursor carries no rows: an internal caller\'s cursor past the public rows gives the public an empty page', async () => {
    type Answer = { facts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } };
    const query = 'query ($after: String) { facts(filter: { provenance: REPORTED }, first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }';
    const internalFirst = (await withInternal.execute<Answer>(query, { after: null }, 'internal')).data!.facts;
    expect(internalFirst).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true } });
    const publicPage = await withInternal.execute<Answer>(query, { after: internalFirst.pageInfo.endCursor });
    expect(publicPage.errors).toBeUndefined();
    expect(publicPage.data!.facts).toEqual({ totalCount: 2, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    const internalNext = (await withInternal.execute<Answer>(query, { after: internalFirst.pageInfo.endCursor }, 'internal')).data!.facts;
    expect([...internalFirst.edges, ...internalNext.edges].map((e) => e.node.id)).toEqual(expect.arrayContaining(INTERNAL_IDS));
  });
});

describe('internal monitoring files in the manifest', () => {
  it('are listed with access internal by seeds:build, from their folder, and only they; seeds:check agrees', async () => {
    const copy = await copySeeds();
    try {
      await cp(path.join(REAL_SEEDS_DIR, 'curated'), path.join(copy.dir, 'curated'), { recursive: true });
      for (const file of [PUBLIC_FILE, INTERNAL_FILE]) {
        await mkdir(path.dirname(path.join(copy.dir, file.key)), { recursive: true });
        await writeFile(path.join(copy.dir, file.key), file.bytes);
      }
      const manifest = await rebuildSeedsDirectory(copy.dir);
      expect(manifest.observations).toEqual([
        { key: PUBLIC_FILE.key, format: 'csv', provenance: 'REPORTED' },
        { key: INTERNAL_KEY, format: 'csv', provenance: 'REPORTED', access: 'internal' },
        { key: 'observations/sample/county-indicators.csv', format: 'csv', provenance: 'SAMPLE' },
      ]);
      const written = await readFile(path.join(copy.dir, 'manifest.json'), 'utf8');
      expect(written.match(/"access"/g)).toHaveLength(1);
      const check = await promisify(execFile)(path.resolve('node_modules/.bin/node'), ['dataset/cli/check-seeds.ts', copy.dir]);
      expect(check.stdout).toMatch(/336 observations\)\nseeds:check: derived files match a fresh build/);
    } finally {
      await copy.remove();
    }
  });

  it('are refused when folder and access disagree, either way', async () => {
    const copy = await copySeeds();
    try {
      await addObservationFiles(copy.dir, [
        { key: 'observations/reported/internal/unmarked.csv', bytes: `${HEADER}\nI04,411725,2024,0.77,万人\n` },
        { key: 'observations/reported/marked.csv', bytes: `${HEADER}\nI04,411725,2023,0.7,万人\n`, access: 'internal' },
        { key: 'observations/sample/marked.csv', bytes: `${HEADER}\nI04,411725,2023,0.7,万人\n`, provenance: 'SAMPLE', access: 'internal' },
      ]);
      const error = await loadSeedsFromDirectory(copy.dir).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as SeedValidationError).issues.filter((i) => i.field === 'observations.access').map((i) => i.id)).toEqual([
        'observations/reported/internal/unmarked.csv', 'observations/reported/marked.csv', 'observations/sample/marked.csv',
      ]);
    } finally {
      await copy.remove();
    }
  });

  it('keep their rows, values and counts out of a failure message anyone may read; the error itself keeps them for the log', async () => {
    const copy = await copySeeds();
    try {
      await addObservationFiles(copy.dir, [
        { key: PUBLIC_FILE.key, bytes: `${HEADER}\nI04,411700,2023,-8.2,万人\n` },
        { key: INTERNAL_KEY, access: 'internal', bytes: `${HEADER}\nI04,411725,2024,-0.77,万人\nI04,411725,2024,0.78,万人\n` },
      ]);
      const error = await createDuckDbWarehouse(await loadSeedsFromDirectory(copy.dir), { origin: copy.dir }).then(async (w) => { await w.close(); }, (e: unknown) => e);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as Error).message).toContain(`${INTERNAL_KEY} row 1 (I04/411725/2024) field value: -0.77 is negative`);
      const shown = withoutInternalDetails(error);
      expect(shown).toContain(`${PUBLIC_FILE.key} row 1 (I04/411700/2023) field value: -8.2 is negative`);
      expect(shown).toContain('internal monitoring files: 2 issue(s), listed in the server log only');
      for (const secret of ['internal/', '0.77', '0.78', '411725']) expect(shown).not.toContain(secret);
    } finally {
      await copy.remove();
    }
  });
});

describe.skipIf(engineUnavailable('postgres'))('a version in PostgreSQL pushed before internal files existed', () => {
  // A database of its own: the test rewrites what an older build would have left in zmd_meta.
  const database = `layout_test_${process.pid}`;
  const admin = () => createPostgresDb({ url: TEST_DATABASE_URL! });
  const urlOf = () => Object.assign(new URL(TEST_DATABASE_URL!), { pathname: `/${database}` }).toString();

  it('is not served with columns missing, and the next push copies it again', async () => {
    const server = admin();
    await sql`create database ${sql.id(database)}`.execute(server);
    const db = createPostgresDb({ url: urlOf() });
    const copy = await seedsCopy(true);
    const loaded = await createDuckDbWarehouse(await loadSeedsFromDirectory(copy.dir, { includeSample: false }), { origin: copy.dir });
    const source = createPostgresWarehouseSource({ url: urlOf() });
    try {
      const first = await pushWarehouse(db, loaded);
      // What a build before warehouse layouts leaves behind: no layout column, no is_internal columns.
      await sql`alter table zmd_meta.dataset_version drop column layout`.execute(db);
      await sql`drop view ${sql.table(`${first.schema}.fact_all`)}`.execute(db);
      await sql`alter table ${sql.table(`${first.schema}.observation_file`)} drop column is_internal`.execute(db);

      const stale = await source.poll(undefined, false);
      if (stale === 'unchanged') throw new Error('expected a version');
      await expect(stale.load()).rejects.toThrow(`data version ${first.version} in ${source.location} was pushed by a build with warehouse layout 1; this build reads layout ${warehouseLayout()}: run npm run warehouse:push again`);

      expect(await pushWarehouse(db, loaded)).toMatchObject({ version: first.version, copied: true });
      const repushed = await source.poll(undefined, false);
      if (repushed === 'unchanged') throw new Error('expected a version');
      const warehouse = await repushed.load();
      const count = (audience: 'public' | 'internal') => {
        const scope = scopeToAudience(warehouse.db, audience);
        return scope.db.selectFrom(scope.facts('f')).select((eb) => eb.fn.countAll<number>().as('n')).where('f.provenance', '=', 'REPORTED').executeTakeFirstOrThrow();
      };
      expect(await count('public')).toEqual({ n: 2 });
      expect(await count('internal')).toEqual({ n: 2 + INTERNAL_IDS.length });
      expect(await pushWarehouse(db, loaded)).toMatchObject({ copied: false });
    } finally {
      await loaded.close();
      await source.close?.();
      await db.destroy();
      await copy.remove();
      await sql`drop database if exists ${sql.id(database)} with (force)`.execute(server);
      await server.destroy();
    }
  });
});
