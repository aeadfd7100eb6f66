/**
 * node bench/scale/load-once.ts <seedsDir>: loads one seed version once, from its
 * directory, with SAMPLE files and full validation, into an in-memory DuckDB
 * warehouse, and prints one JSON line: times, where the time went and the process's
 * peak RSS. bench/warehouse.bench.ts runs it in a fresh process per measurement so
 * each peak RSS belongs to one load alone.
 *
 * Where the time went is read off the statements the warehouse runs (onQuery is
 * called as each starts; a phase lasts until the next statement starts), so the
 * loader itself is measured unchanged.
 */
import { sql } from 'kysely';
import { runCli } from '../../cli/run-cli.ts';
import { loadSeedsFromDirectory } from '../../dataset/seeds-directory.ts';
import { createDuckDbWarehouse } from '../../warehouse/warehouse.ts';

export interface LoadOnceResult {
  dir: string;
  /** Read, hash and validate the seed files, then create and fill the warehouse. */
  ms: number;
  readValidateMs: number;
  warehouseMs: number;
  /** Warehouse time by phase (see phaseOf). */
  phasesMs: Record<string, number>;
  statements: number;
  observationRows: number;
  /** process.resourceUsage().maxRSS, in MiB. */
  maxRssMiB: number;
}

/**
 * The load phase a statement belongs to, by the SQL the warehouse runs today; a
 * statement not recognised is listed under its own first words, so a change in the
 * loader shows up here instead of being counted in the wrong phase. Work done
 * without SQL (the appender filling the JSON seed rows, writing each monitoring
 * file to a temp file) is counted in the phase of the statement before it: the
 * tables' commit, and so "create tables + append seed rows + temp file write".
 */
function phaseOf(statement: string): string {
  const s = statement.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s.startsWith('create view "observation_file_') || s.includes('information_schema.columns')) return 'define file views';
  if (s.startsWith('create view "typed_observations_')) return 'define typed views';
  if (s.startsWith('select count(*) as rows from')) return 'count rows (scan 1)';
  if (s.startsWith('create table "bad_observations_')) return 'row checks, one pass (scan 2)';
  if (s.includes('from "bad_observations_') || s.startsWith('drop table "bad_observations_')) return 'row checks, list issues';
  if (s.startsWith('with all_rows as')) return 'duplicate check (scan 3)';
  if (s.startsWith('insert into "observation_file"') || s.startsWith('insert into observation')) return 'insert observations (scan 4)';
  if (s.startsWith('drop view')) return 'drop views';
  if (s.startsWith('create table') || s.startsWith('create view') || s === 'begin transaction' || s === 'commit') return 'create tables + append seed rows + temp file write';
  return `other: ${s.slice(0, 40)}`;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Loads `dir` once and measures it. */
async function loadOnce(dir: string): Promise<LoadOnceResult> {
  const marks: { at: number; phase: string }[] = [];
  const t0 = performance.now();
  const data = await loadSeedsFromDirectory(dir, { includeSample: true });
  const t1 = performance.now();
  const warehouse = await createDuckDbWarehouse(data, { origin: dir, onQuery: (statement) => marks.push({ at: performance.now(), phase: phaseOf(statement) }) });
  const t2 = performance.now();

  const phasesMs: Record<string, number> = {};
  marks.forEach((mark, index) => {
    const end = marks[index + 1]?.at ?? t2;
    phasesMs[mark.phase] = (phasesMs[mark.phase] ?? 0) + (end - mark.at);
  });
  const statements = marks.length;
  const count = await sql<{ n: number }>`select count(*) as n from observation`.execute(warehouse.db);
  await warehouse.close();

  const result: LoadOnceResult = {
    dir,
    ms: round(t2 - t0),
    readValidateMs: round(t1 - t0),
    warehouseMs: round(t2 - t1),
    phasesMs: Object.fromEntries(Object.entries(phasesMs).map(([phase, ms]) => [phase, round(ms)])),
    statements,
    observationRows: Number(count.rows[0]!.n),
    // Linux reports maxRSS in KiB.
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  return result;
}

await runCli({
  name: 'load-once',
  usage: 'node bench/scale/load-once.ts <seedsDir>',
  description: 'Loads one seed version once (SAMPLE files included, fully validated) into an in-memory DuckDB warehouse and prints one JSON line: times, where the time went, peak RSS.',
  arguments: [{ name: 'seedsDir', description: 'the seed directory to load' }],
  async run({ positionals: [dir] }) {
    console.log(JSON.stringify(await loadOnce(dir!)));
  },
});
