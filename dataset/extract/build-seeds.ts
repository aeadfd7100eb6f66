/**
 * Builds every derived seed from the source text and the curated files. Pure:
 * the same inputs always give the same rows in the same order.
 */
import type { FactSeed, RegionSeed } from '../seed.schemas.ts';
import type { SeedContents } from '../seed-files.ts';
import { extractIndicatorTable, type IndicatorCuration } from './indicator-table.extract.ts';
import { extractPlanStructure, splitLines } from './plan-structure.extract.ts';
import { extractRegionMentions, type RegionTerm } from './region-mentions.extract.ts';

export interface CuratedInputs {
  chapterTitlesEn: { number: number; titleEn: string }[];
  indicators: IndicatorCuration[];
  regions: RegionSeed[];
  regionTerms: RegionTerm[];
  /** Reviewed facts of the prose and box items; each relation is stated once. */
  facts: FactSeed[];
}

/**
 * Curated relations are stated on one side; the served data lists them on both,
 * so `conflictsWith` answers the same question from either fact.
 */
export function linkBothWays(facts: FactSeed[]): FactSeed[] {
  const order = new Map(facts.map((f, i) => [f.id, i]));
  const linked = facts.map((f) => ({ ...f, conflictsWith: [...f.conflictsWith], agreesWith: [...f.agreesWith] }));
  const byId = new Map(linked.map((f) => [f.id, f]));
  for (const fact of linked) {
    for (const relation of ['conflictsWith', 'agreesWith'] as const) {
      for (const otherId of fact[relation]) {
        const other = byId.get(otherId);
        if (other && !other[relation].includes(fact.id)) other[relation].push(fact.id);
      }
    }
  }
  const byDocumentOrder = (a: string, b: string) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity);
  for (const fact of linked) {
    fact.conflictsWith.sort(byDocumentOrder);
    fact.agreesWith.sort(byDocumentOrder);
  }
  return linked;
}

export function buildSeedContents(source: string, curated: CuratedInputs): SeedContents {
  const structure = extractPlanStructure(source, new Map(curated.chapterTitlesEn.map((c) => [c.number, c.titleEn])));
  const tableBox = structure.boxes.find((b) => b.kind === 'INDICATOR_TABLE');
  if (!tableBox) throw new Error('the plan has no indicator table box');
  const table = extractIndicatorTable(
    structure.indicatorTableLines,
    source,
    new Map(curated.indicators.map((i) => [i.code, i])),
    { chapter: tableBox.chapter, section: tableBox.section, box: tableBox.id },
  );
  return {
    plan: structure.plan,
    chapters: structure.chapters,
    sections: structure.sections,
    boxes: structure.boxes,
    projects: structure.projects,
    indicators: table.indicators,
    regions: curated.regions,
    regionMentions: extractRegionMentions(splitLines(source), structure, curated.regionTerms),
    facts: linkBothWays([...table.facts, ...curated.facts]),
  };
}
