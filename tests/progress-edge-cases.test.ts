/**
 * Progress edge cases end to end, on both engines, from a REPORTED monitoring file
 * for the indicators the SAMPLE data leaves out: a bound with a DECREASE direction
 * (I11 <5.5), a qualitative target (I12 稳步提高), a floor below the baseline (I14),
 * no baseline (I05, I13), and a value already beyond the target (I03).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addObservationFiles, copySeeds } from './helpers/seeds.ts';
import { describeEachEngine, useTestApi } from './helpers/graphql.ts';

const REPORTED = [
  'indicator,region,period,value,unit',
  'I03,411700,2022,24,人年', 'I03,411700,2023,32,人年',
  'I05,411700,2022,6,%', 'I05,411700,2023,7,%',
  'I11,411700,2021,5.9,%', 'I11,411700,2022,5.6,%', 'I11,411700,2023,5.2,%',
  'I12,411700,2021,40.1,%', 'I12,411700,2022,40.5,%', 'I12,411700,2023,41,%',
  'I13,411700,2023,11.5,年',
  'I14,411700,2022,95.6,%', 'I14,411700,2023,94.2,%',
].join('\n');

let copy: Awaited<ReturnType<typeof copySeeds>>;
beforeAll(async () => {
  copy = await copySeeds();
  await addObservationFiles(copy.dir, [{ key: 'observations/reported/edge-cases.csv', bytes: `${REPORTED}\n` }]);
});
afterAll(async () => {
  await copy?.remove();
});

interface Row {
  indicator: { code: string; direction: string };
  status: string;
  treatment: string;
  completionRate: number | null;
  elapsedShare: number | null;
  latestValue: number | null;
  latestYear: number | null;
  provenance: string | null;
}

describeEachEngine('progress edge cases on %s', (engine) => {
  // Read when the suite starts: the copy is made in the file's beforeAll, which runs first.
  const api = useTestApi(() => ({ engine, seedsDir: copy.dir }));

  async function progress(): Promise<Map<string, Row>> {
    const result = await api.execute<{ progress: Row[] }>(`{ progress(filter: { regions: ["411700"], asOf: 2023 }) {
      indicator { code direction } status treatment completionRate elapsedShare latestValue latestYear provenance } }`);
    expect(result.errors).toBeUndefined();
    return new Map(result.data!.progress.map((r) => [r.indicator.code, r]));
  }

  it('a bound on a DECREASE indicator is met strictly below it', async () => {
    const i11 = (await progress()).get('I11')!;
    expect(i11).toMatchObject({ treatment: 'BOUND', status: 'ACHIEVED', latestValue: 5.2, latestYear: 2023, provenance: 'REPORTED' });
    expect(i11.indicator.direction).toBe('DECREASE');
  });

  it('a qualitative target is judged by its trend, with no completion rate', async () => {
    expect((await progress()).get('I12')).toMatchObject({ treatment: 'QUALITATIVE', status: 'ON_TRACK', completionRate: null });
  });

  it('a floor below the baseline is a level to hold: 94.2 under 95 is a miss within 2%', async () => {
    expect((await progress()).get('I14')).toMatchObject({ treatment: 'FLOOR', status: 'AT_RISK', completionRate: null, latestValue: 94.2 });
  });

  it('without a baseline, a value at the target is achieved and one below it is judged from its own start', async () => {
    const rows = await progress();
    expect(rows.get('I13')).toMatchObject({ treatment: 'NO_BASELINE', status: 'ACHIEVED', latestValue: 11.5 });
    expect(rows.get('I05')!.treatment).toBe('NO_BASELINE');
    expect(rows.get('I05')!.status).not.toBe('ACHIEVED');
  });

  it('a value already beyond the target is achieved with a completion rate above 1', async () => {
    const i03 = (await progress()).get('I03')!;
    expect(i03).toMatchObject({ treatment: 'STANDARD', status: 'ACHIEVED', latestValue: 32 });
    expect(i03.completionRate).toBeCloseTo((32 - 11) / (30 - 11), 12);
    expect(i03.elapsedShare).toBeCloseTo(3 / 5, 12);
  });

  it('the indicators without observations stay NO_DATA', async () => {
    const rows = await progress();
    for (const code of ['I01', 'I02', 'I04', 'I15', 'I16', 'I17']) expect(rows.get(code)!.status, code).toBe('NO_DATA');
  });
});
