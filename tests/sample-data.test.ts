/**
 * SAMPLE monitoring data: deterministic, consistent (counties add up to the city,
 * the city follows the plan within bounds), never served by default and always
 * labelled as synthetic when it is.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSampleRows, renderSampleCsv, SAMPLE_KEY, SAMPLE_YEARS, type SampleRow } from '../dataset/sample/sample-observations.ts';
import type { SeedDataset } from '../dataset/seed-files.ts';
import { loadSeedsFromDirectory } from '../dataset/seeds-directory.ts';
import { describeEachEngine, useTestApi, type TestApi } from './helpers/graphql.ts';
import { REAL_SEEDS_DIR } from './helpers/seeds.ts';

const SAMPLE_FILE = path.join(REAL_SEEDS_DIR, SAMPLE_KEY);
const CITY = '411700';

let seeds: SeedDataset;
beforeAll(async () => {
  seeds = await loadSeedsFromDirectory(REAL_SEEDS_DIR, { includeSample: false });
});

/** The committed CSV parsed by hand: [line index (1 = first data row), fields]. */
async function committedRows(): Promise<{ row: number; indicator: string; region: string; period: string; value: string; unit: string }[]> {
  const lines = (await readFile(SAMPLE_FILE, 'utf8')).split('\n').filter((l) => l !== '');
  expect(lines[0]).toBe('indicator,region,period,value,unit');
  return lines.slice(1).map((line, index) => {
    const [indicator, region, period, value, unit] = line.split(',') as [string, string, string, string, string];
    return { row: index + 1, indicator, region, period, value, unit };
  });
}

function target(code: string): { value: number; periodStart: number; periodEnd: number; periodType: string } {
  const fact = seeds.facts.find((f) => f.id === `${code}-target`);
  if (fact?.value == null) throw new Error(`no numeric target for ${code}`);
  return { value: fact.value, periodStart: fact.periodStart, periodEnd: fact.periodEnd, periodType: fact.periodType };
}

describe('the SAMPLE generator', () => {
  let rows: SampleRow[];
  beforeAll(() => {
    rows = generateSampleRows(seeds);
  });

  it('is deterministic, and the committed file is exactly what npm run seeds:sample writes', async () => {
    expect(generateSampleRows(seeds)).toEqual(rows);
    const committed = await readFile(SAMPLE_FILE);
    expect(Buffer.from(renderSampleCsv(rows), 'utf8').equals(committed)).toBe(true);
    // The manifest lists the committed file as SAMPLE, with its row count.
    expect(seeds.manifest.observations).toContainEqual({ key: SAMPLE_KEY, format: 'csv', provenance: 'SAMPLE' });
    expect(seeds.manifest.files.find((f) => f.key === SAMPLE_KEY)?.rows).toBe(rows.length);
  });

  it('covers the additive indicators with a numeric baseline and target, the county-level divisions and the city, 2021–2025', () => {
    const numeric = (code: string, kind: 'BASELINE' | 'TARGET') => seeds.facts.some((f) => f.indicator === code && f.kind === kind && f.value !== null);
    const expectedIndicators = seeds.indicators.filter((i) => i.additive && i.unit !== null && numeric(i.code, 'BASELINE') && numeric(i.code, 'TARGET')).map((i) => i.code);
    expect(expectedIndicators).toEqual(['I01', 'I04', 'I06', 'I08', 'I09', 'I10']);
    expect([...new Set(rows.map((r) => r.indicator))]).toEqual(expectedIndicators);

    const counties = seeds.regions.filter((r) => r.level === 'DISTRICT' || r.level === 'COUNTY').map((r) => r.code);
    expect(counties).toHaveLength(10);
    expect(seeds.regions.find((r) => r.level === 'CITY')?.code).toBe(CITY);
    expect([...new Set(rows.map((r) => r.region))].sort()).toEqual([CITY, ...counties].sort());
    expect([...new Set(rows.map((r) => r.year))]).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect([...SAMPLE_YEARS]).toEqual([2021, 2022, 2023, 2024, 2025]);

    // Every combination exactly once, in the indicator's own unit.
    expect(rows).toHaveLength(6 * 11 * 5);
    expect(new Set(rows.map((r) => `${r.indicator}/${r.region}/${r.year}`)).size).toBe(rows.length);
    for (const row of rows) expect(row.unit).toBe(seeds.indicators.find((i) => i.code === row.indicator)?.unit);
    for (const row of rows) expect(row.value).toBeGreaterThan(0);
  });

  it('adds the counties up to the city value for every indicator and year', () => {
    for (const indicator of new Set(rows.map((r) => r.indicator))) {
      for (const year of SAMPLE_YEARS) {
        const of = rows.filter((r) => r.indicator === indicator && r.year === year);
        const city = of.find((r) => r.region === CITY)!.value;
        const sum = of.filter((r) => r.region !== CITY).reduce((a, r) => a + r.value, 0);
        expect(Math.abs(sum - city), `${indicator} ${year}: counties ${sum}, city ${city}`).toBeLessThanOrEqual(0.01);
      }
    }
  });

  it('keeps the city within ±25% of the plan: 2025 stocks near the target, five annual flows near the five-year total', () => {
    const cityValue = (indicator: string, year: number) => rows.find((r) => r.indicator === indicator && r.region === CITY && r.year === year)!.value;
    const checked: string[] = [];
    for (const indicator of seeds.indicators.filter((i) => rows.some((r) => r.indicator === i.code))) {
      const goal = target(indicator.code);
      if (indicator.periodType === 'POINT') {
        expect(goal).toMatchObject({ periodEnd: 2025, periodType: 'POINT' });
        const value = cityValue(indicator.code, 2025);
        expect(Math.abs(value - goal.value) / goal.value, `${indicator.code} 2025: ${value} vs target ${goal.value}`).toBeLessThanOrEqual(0.25);
      } else {
        expect(indicator.periodType).toBe('CUMULATIVE');
        expect(goal).toMatchObject({ periodStart: 2021, periodEnd: 2025, periodType: 'CUMULATIVE' });
        const total = SAMPLE_YEARS.reduce((sum, year) => sum + cityValue(indicator.code, year), 0);
        expect(Math.abs(total - goal.value) / goal.value, `${indicator.code} 2021–2025: ${total} vs target ${goal.value}`).toBeLessThanOrEqual(0.25);
      }
      checked.push(`${indicator.code}:${indicator.periodType}`);
    }
    expect(checked).toEqual(['I01:POINT', 'I04:POINT', 'I06:POINT', 'I08:CUMULATIVE', 'I09:CUMULATIVE', 'I10:CUMULATIVE']);
  });
});

async function data<T>(api: TestApi, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.execute<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

interface DatasetInfo { version: string; manifestVersion: string; includesSample: boolean; files: { key: string; rows: number }[] }
const DATASET = '{ dataset { version manifestVersion includesSample files { key rows } } }';

describe('the server default', () => {
  const api = useTestApi({});

  it('loads no SAMPLE rows and says so', async () => {
    const { facts } = await data<{ facts: { totalCount: number } }>(api, '{ facts(filter: { provenance: SAMPLE }) { totalCount } }');
    expect(facts.totalCount).toBe(0);
    const observations = await data<{ facts: { totalCount: number } }>(api, '{ facts(filter: { kind: OBSERVATION }) { totalCount } }');
    expect(observations.facts.totalCount).toBe(0);
    const { dataset } = await data<{ dataset: DatasetInfo }>(api, DATASET);
    expect(dataset.includesSample).toBe(false);
    expect(dataset.version).toBe(dataset.manifestVersion);
    expect(dataset.version).not.toContain('+sample');
    expect(dataset.version).toBe(seeds.manifest.dataVersion);
    expect(dataset.files.map((f) => f.key)).not.toContain(SAMPLE_KEY);
    expect(dataset.files.map((f) => f.key)).toEqual(seeds.manifest.files.map((f) => f.key).filter((k) => k !== SAMPLE_KEY));
  });
});

interface SampleFact {
  id: string;
  kind: string;
  provenance: string;
  isSample: boolean;
  note: string | null;
  value: number | null;
  valueText: string;
  unit: string | null;
  periodStart: number;
  periodEnd: number;
  periodType: string;
  indicator: { code: string } | null;
  region: { code: string } | null;
  source: { quote: string } | null;
  origin: { file: string; row: number } | null;
}

const SAMPLE_FACTS = `{ facts(filter: { provenance: SAMPLE }, first: 500) {
  totalCount
  edges { node { id kind provenance isSample note value valueText unit periodStart periodEnd periodType indicator { code } region { code } source { quote } origin { file row } } }
} }`;

describeEachEngine('with SAMPLE data on %s', (engine) => {
  const api = useTestApi({ engine, includeSample: true });

  it('serves 330 SAMPLE observations, every one labelled synthetic', async () => {
    const { facts } = await data<{ facts: { totalCount: number; edges: { node: SampleFact }[] } }>(api, SAMPLE_FACTS);
    expect(facts.totalCount).toBe(330);
    expect(facts.edges).toHaveLength(330);
    for (const { node } of facts.edges) {
      expect(node).toMatchObject({ isSample: true, provenance: 'SAMPLE', kind: 'OBSERVATION', source: null });
      expect(node.note).toMatch(/^SAMPLE:/);
      expect(node.origin?.file).toBe(SAMPLE_KEY);
      expect(node.id).toMatch(/^o:SAMPLE:I\d{2}:\d{6}:\d{4}$/);
    }
    // Plan facts are not labelled as samples.
    const plan = await data<{ facts: { totalCount: number; edges: { node: { isSample: boolean } }[] } }>(api, '{ facts(filter: { provenance: PLAN }, first: 500) { totalCount edges { node { isSample } } } }');
    expect(plan.facts.totalCount).toBe(seeds.facts.length);
    expect(plan.facts.edges.every((e) => !e.node.isSample)).toBe(true);
  });

  it('says it includes SAMPLE data in the version', async () => {
    const { dataset } = await data<{ dataset: DatasetInfo }>(api, DATASET);
    expect(dataset.includesSample).toBe(true);
    expect(dataset.version).toBe(`${seeds.manifest.dataVersion}+sample`);
    expect(dataset.manifestVersion).toBe(seeds.manifest.dataVersion);
    expect(dataset.files).toContainEqual({ key: SAMPLE_KEY, rows: 330 });
  });

  it('returns a value from the committed CSV exactly, with its file row', async () => {
    const rows = await committedRows();
    const row = rows.find((r) => r.indicator === 'I04' && r.region === '411725' && r.period === '2023')!;
    expect(row).toBeDefined();
    const { facts } = await data<{ facts: { totalCount: number; edges: { node: SampleFact }[] } }>(api,
      `query ($indicator: ID, $region: ID) { facts(filter: { provenance: SAMPLE, indicator: $indicator, region: $region }, first: 50) {
        totalCount edges { node { id kind provenance isSample note value valueText unit periodStart periodEnd periodType indicator { code } region { code } source { quote } origin { file row } } } } }`,
      { indicator: row.indicator, region: row.region });
    expect(facts.totalCount).toBe(5);
    const node = facts.edges.map((e) => e.node).find((n) => n.periodEnd === 2023);
    expect(node).toEqual({
      id: 'o:SAMPLE:I04:411725:2023', kind: 'OBSERVATION', provenance: 'SAMPLE', isSample: true, note: expect.stringMatching(/^SAMPLE:/),
      value: Number(row.value), valueText: row.value, unit: row.unit, periodStart: 2023, periodEnd: 2023, periodType: 'POINT',
      indicator: { code: 'I04' }, region: { code: '411725' }, source: null, origin: { file: SAMPLE_KEY, row: row.row },
    });
    // And one cumulative flow, read as that year's value (ANNUAL).
    const flow = rows.find((r) => r.indicator === 'I08' && r.region === CITY && r.period === '2024')!;
    const { facts: cityFacts } = await data<{ facts: { edges: { node: SampleFact }[] } }>(api,
      '{ facts(filter: { provenance: SAMPLE, indicator: "I08", region: "411700" }, first: 50) { edges { node { id value valueText periodType origin { file row } } } } }');
    expect(cityFacts.edges.map((e) => e.node).find((n) => n.id === 'o:SAMPLE:I08:411700:2024')).toEqual({
      id: 'o:SAMPLE:I08:411700:2024', value: Number(flow.value), valueText: flow.value, periodType: 'ANNUAL', origin: { file: SAMPLE_KEY, row: flow.row },
    });
  });
});
