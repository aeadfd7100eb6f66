/**
 * The registry of seed files: where each lives under the seeds root, its schema,
 * and whether it holds one object or an array of rows. Build, check and load all
 * iterate this one list.
 */
import type * as z from 'zod';
import {
  boxSchema, chapterSchema, factSchema, indicatorSchema, planSchema, projectSchema,
  regionMentionSchema, regionSchema, sectionSchema,
  type BoxSeed, type ChapterSeed, type FactSeed, type IndicatorSeed, type Manifest, type ManifestFile, type ObservationFile, type PlanSeed,
  type ProjectSeed, type RegionMentionSeed, type RegionSeed, type SectionSeed,
} from './seed.schemas.ts';

export const MANIFEST_KEY = 'manifest.json';
export const SOURCE_KEY = 'source/plan.txt';

export const SEED_FILES = {
  plan: { key: 'data/plan.json', schema: planSchema, single: true },
  chapters: { key: 'data/chapters.json', schema: chapterSchema, single: false },
  sections: { key: 'data/sections.json', schema: sectionSchema, single: false },
  boxes: { key: 'data/boxes.json', schema: boxSchema, single: false },
  projects: { key: 'data/projects.json', schema: projectSchema, single: false },
  indicators: { key: 'data/indicators.json', schema: indicatorSchema, single: false },
  regions: { key: 'data/regions.json', schema: regionSchema, single: false },
  regionMentions: { key: 'data/region-mentions.json', schema: regionMentionSchema, single: false },
  facts: { key: 'data/facts.json', schema: factSchema, single: false },
} as const satisfies Record<string, { key: string; schema: z.ZodType; single: boolean }>;

export type SeedFileName = keyof typeof SEED_FILES;
export const SEED_FILE_NAMES = Object.keys(SEED_FILES) as SeedFileName[];

/** A monitoring file as read: checked against the manifest, its rows validated when staged in the warehouse. */
export interface ObservationInput {
  file: ObservationFile;
  bytes: Uint8Array;
  /** Rows the manifest lists for the file. */
  rows: number;
}

export interface SeedLoadOptions {
  /** Load SAMPLE (synthetic) monitoring files too; off unless asked for. */
  includeSample: boolean;
}

/** The files of a version that a load with these options reads: all but SAMPLE files unless asked for. */
export function filesToRead(manifest: Manifest, options: SeedLoadOptions): ManifestFile[] {
  const skipped = new Set(manifest.observations.filter((o) => o.provenance === 'SAMPLE' && !options.includeSample).map((o) => o.key));
  return manifest.files.filter((f) => !skipped.has(f.key));
}

/** Every seed row, validated, plus the source text the quotes were checked against. */
export interface SeedDataset {
  manifest: Manifest;
  source: string;
  plan: PlanSeed;
  chapters: ChapterSeed[];
  sections: SectionSeed[];
  boxes: BoxSeed[];
  projects: ProjectSeed[];
  indicators: IndicatorSeed[];
  regions: RegionSeed[];
  regionMentions: RegionMentionSeed[];
  facts: FactSeed[];
  /** Monitoring files to load; their rows are validated when staged in the warehouse. */
  observations: ObservationInput[];
  /** Whether SAMPLE files were asked for (and so are among `observations` when the manifest lists any). */
  includesSample: boolean;
}

/** Seed contents by name before the manifest is added: what the extractor produces. */
export type SeedContents = Omit<SeedDataset, 'manifest' | 'source' | 'observations' | 'includesSample'>;
