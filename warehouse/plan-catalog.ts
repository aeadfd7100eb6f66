/**
 * The plan's own tables held in memory, once per data version: the document's
 * structure, the indicator table, the regions, the plan's facts and their links, a
 * few hundred rows in all. A version never changes once loaded, so they are read
 * once and every key lookup after that (a fact's indicator, region, chapter, its
 * conflicts…) is answered with no SQL statement: on DuckDB a statement costs
 * milliseconds however small its table (bench/results/peer.md), which made
 * lookups the larger part of a request. Monitoring observations, which may be
 * millions, stay in the warehouse and are queried there.
 */
import type { Kysely } from 'kysely';
import type { SeedRows } from './insert-seeds.ts';
import { perVersion } from './per-version.ts';
import { planFactRows } from './fact-all.view.ts';
import type {
  BoxRow, ChapterRow, FactLinkTable, FactRegionTable, FactRow, IndicatorRow, PlanRow, PlanTablesSchema, ProjectRow, RegionMentionRow, RegionRow, SectionRow,
} from './tables.ts';

type Db = Kysely<PlanTablesSchema>;

/** Rows of one key, in the order given; a key with none is absent. */
function groupBy<K, R>(rows: readonly R[], keyOf: (row: R) => K | null): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const indexBy = <K, R>(rows: readonly R[], keyOf: (row: R) => K) => new Map(rows.map((row) => [keyOf(row), row]));

/** The plan tables of a version as read, each in document order. */
interface PlanTables {
  plan: PlanRow;
  chapters: ChapterRow[];
  sections: SectionRow[];
  boxes: BoxRow[];
  projects: ProjectRow[];
  indicators: IndicatorRow[];
  regions: RegionRow[];
  mentions: RegionMentionRow[];
  facts: FactRow[];
  factLinks: FactLinkTable[];
  factRegions: FactRegionTable[];
}

/** Every plan table of a version, in document order, with the indexes key lookups need. */
export class PlanCatalog {
  readonly chapterByNumber: Map<number, ChapterRow>;
  readonly sectionById: Map<string, SectionRow>;
  readonly sectionsByChapter: Map<number, SectionRow[]>;
  readonly boxById: Map<string, BoxRow>;
  readonly boxesByChapter: Map<number, BoxRow[]>;
  readonly boxesBySection: Map<string, BoxRow[]>;
  readonly projectByCode: Map<string, ProjectRow>;
  readonly projectsByBox: Map<string, ProjectRow[]>;
  readonly projectsByChapter: Map<number, ProjectRow[]>;
  /** Projects whose text names a region, each once, in document order. */
  readonly projectsByRegion: Map<string, ProjectRow[]>;
  readonly indicatorByCode: Map<string, IndicatorRow>;
  /** Indicators that facts located in a chapter refer to, in table order. */
  readonly indicatorsByChapter: Map<number, IndicatorRow[]>;
  readonly regionByCode: Map<string, RegionRow>;
  readonly regionsByParent: Map<string, RegionRow[]>;
  readonly mentionsByRegion: Map<string, RegionMentionRow[]>;
  readonly mentionsByProject: Map<string, RegionMentionRow[]>;
  readonly factById: Map<string, FactRow>;
  readonly factByOrdinal: Map<number, FactRow>;
  readonly factsByChapter: Map<number, FactRow[]>;
  readonly factsBySection: Map<string, FactRow[]>;
  readonly factsByProject: Map<string, FactRow[]>;
  readonly conflictsOf: Map<string, FactLinkTable[]>;
  readonly agreementsOf: Map<string, FactLinkTable[]>;
  /** Every region a fact speaks of, in region order. */
  readonly regionsOfFact: Map<string, FactRegionTable[]>;
  /** Every unit a fact can have: those the plan prints and the indicators' (observations are in their indicator's unit), sorted. */
  readonly units: readonly string[];

  readonly plan: PlanRow;
  readonly chapters: readonly ChapterRow[];
  readonly boxes: readonly BoxRow[];
  /** In document order. */
  readonly projects: readonly ProjectRow[];
  /** In table order (row_number). */
  readonly indicators: readonly IndicatorRow[];
  /** In code-list order (ordinal). */
  readonly regions: readonly RegionRow[];

  constructor(tables: PlanTables) {
    const { plan, chapters, sections, boxes, projects, indicators, regions, mentions, facts, factLinks, factRegions } = tables;
    this.plan = plan;
    this.chapters = chapters;
    this.boxes = boxes;
    this.projects = projects;
    this.indicators = indicators;
    this.regions = regions;
    this.chapterByNumber = indexBy(chapters, (c) => c.number);
    this.sectionById = indexBy(sections, (s) => s.id);
    this.sectionsByChapter = groupBy(sections, (s) => s.chapter);
    this.boxById = indexBy(boxes, (b) => b.id);
    this.boxesByChapter = groupBy(boxes, (b) => b.chapter);
    this.boxesBySection = groupBy(boxes, (b) => b.section);
    this.projectByCode = indexBy(projects, (p) => p.code);
    this.projectsByBox = groupBy(projects, (p) => p.box);
    this.projectsByChapter = groupBy(projects, (p) => p.chapter);
    this.indicatorByCode = indexBy(indicators, (i) => i.code);
    this.regionByCode = indexBy(regions, (r) => r.code);
    this.regionsByParent = groupBy(regions, (r) => r.parent);
    this.mentionsByRegion = groupBy(mentions, (m) => m.region);
    this.mentionsByProject = groupBy(mentions, (m) => m.project);
    this.projectsByRegion = new Map([...this.mentionsByRegion].map(([region, found]) => {
      const codes = new Set(found.map((m) => m.project).filter((code) => code !== null));
      return [region, projects.filter((p) => codes.has(p.code))];
    }));
    this.factById = indexBy(facts, (f) => f.id);
    this.factByOrdinal = indexBy(facts, (f) => f.ordinal);
    this.factsByChapter = groupBy(facts, (f) => f.chapter);
    this.factsBySection = groupBy(facts, (f) => f.section);
    this.factsByProject = groupBy(facts, (f) => f.project);
    this.indicatorsByChapter = new Map([...this.factsByChapter].map(([chapter, found]) => {
      const codes = new Set(found.map((f) => f.indicator));
      return [chapter, indicators.filter((i) => codes.has(i.code))];
    }));
    // A fact's links in the document order of the facts they point at.
    const factOrder = new Map(facts.map((f) => [f.id, f.ordinal]));
    const links = [...factLinks].sort((a, b) => factOrder.get(a.other_id)! - factOrder.get(b.other_id)!);
    this.conflictsOf = groupBy(links.filter((l) => l.relation === 'CONFLICTS'), (l) => l.fact_id);
    this.agreementsOf = groupBy(links.filter((l) => l.relation === 'AGREES'), (l) => l.fact_id);
    const regionOrder = new Map(regions.map((r) => [r.code, r.ordinal]));
    this.regionsOfFact = groupBy([...factRegions].sort((a, b) => regionOrder.get(a.region)! - regionOrder.get(b.region)!), (r) => r.fact_id);
    this.units = [...new Set([...facts, ...indicators].map((row) => row.unit).filter((unit) => unit !== null))].sort();
  }
}

async function readPlanCatalog(db: Db): Promise<PlanCatalog> {
  const [plan, chapters, sections, boxes, projects, indicators, regions, mentions, facts, factLinks, factRegions] = await Promise.all([
    db.selectFrom('plan').selectAll().executeTakeFirstOrThrow(),
    db.selectFrom('chapter').selectAll().orderBy('number').execute(),
    db.selectFrom('section').selectAll().orderBy('ordinal').execute(),
    db.selectFrom('box').selectAll().orderBy('ordinal').execute(),
    db.selectFrom('project').selectAll().orderBy('ordinal').execute(),
    db.selectFrom('indicator').selectAll().orderBy('row_number').execute(),
    db.selectFrom('region').selectAll().orderBy('ordinal').execute(),
    db.selectFrom('region_mention').selectAll().orderBy('ordinal').execute(),
    planFactRows(db).orderBy('ordinal').execute(),
    db.selectFrom('fact_link').selectAll().execute(),
    db.selectFrom('fact_region').selectAll().execute(),
  ]);
  return new PlanCatalog({ plan, chapters, sections, boxes, projects, indicators, regions, mentions, facts, factLinks, factRegions });
}

/**
 * The catalog of rows just appended to a version's tables (DuckDB loads from the
 * seeds in memory), so its first request reads no table: the same rows, in the
 * same document order, that a read of the tables would give.
 */
export function planCatalogOfRows(rows: SeedRows): PlanCatalog {
  const byOrdinal = <R extends { ordinal: number }>(list: readonly R[]) => [...list].sort((a, b) => a.ordinal - b.ordinal);
  return new PlanCatalog({
    plan: rows.plan[0]!,
    chapters: [...rows.chapter].sort((a, b) => a.number - b.number),
    sections: byOrdinal(rows.section),
    boxes: byOrdinal(rows.box),
    projects: byOrdinal(rows.project),
    indicators: [...rows.indicator].sort((a, b) => a.row_number - b.row_number),
    regions: byOrdinal(rows.region),
    mentions: byOrdinal(rows.region_mention),
    // A plan fact as fact_all shows it: no monitoring file, not internal.
    facts: byOrdinal(rows.fact).map((fact) => ({ ...fact, source_file: null, source_row: null, is_internal: false })),
    factLinks: rows.fact_link,
    factRegions: rows.fact_region,
  });
}

/** Makes `catalog` the one `planCatalogOf(db)` answers, e.g. built from the rows a version was loaded from. */
export function primePlanCatalog(db: Db, catalog: PlanCatalog): void {
  catalogs.prime(db, catalog);
}

/** One catalog per version's database handle (each version has its own, on both engines). */
const catalogs = perVersion<Db, PlanCatalog>(readPlanCatalog);

/**
 * The plan catalog of a version: the catalog itself once it has been read, else a
 * promise of it (read on first use). Lookups through it stay synchronous after a
 * version's first request, which spares GraphQL a promise for every looked-up field
 * of every row.
 */
export function planCatalogNowOrLater(db: Db): PlanCatalog | Promise<PlanCatalog> {
  return catalogs.nowOrLater(db);
}

/** The plan catalog of a version, as a promise. */
export async function planCatalogOf(db: Db): Promise<PlanCatalog> {
  return catalogs.nowOrLater(db);
}
