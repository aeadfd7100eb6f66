/**
 * The shape of every seed file, as zod schemas. One definition serves the
 * extractor (what it writes), `seeds:check` and the warehouse loader (what they
 * accept), so a file that passes the check is exactly a file the loader can use.
 */
import * as z from 'zod';
import { nonEmpty } from './vocabulary.ts';

// Each table's seed schema is declared with its columns (dataset/tables/); they and the vocabulary
// are gathered here, beside the manifest's, for the readers of seed files.
export * from './vocabulary.ts';
export { boxSchema, type BoxSeed } from './tables/box.table.ts';
export { chapterSchema, type ChapterSeed } from './tables/chapter.table.ts';
export { factSchema, type FactSeed } from './tables/fact.table.ts';
export { indicatorSchema, type IndicatorSeed } from './tables/indicator.table.ts';
export { planSchema, type PlanSeed } from './tables/plan.table.ts';
export { projectSchema, type ProjectSeed } from './tables/project.table.ts';
export { regionMentionSchema, type RegionMentionSeed } from './tables/region-mention.table.ts';
export { regionSchema, type RegionSeed } from './tables/region.table.ts';
export { sectionSchema, type SectionSeed } from './tables/section.table.ts';

/**
 * Bumped whenever a seed file's shape changes; recorded in the manifest.
 * 2: indicators say whether they add up across regions; the manifest lists monitoring files.
 */
export const SEED_SCHEMA_VERSION = 2;

export const manifestFileSchema = z.strictObject({
  key: nonEmpty,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
});

export const OBSERVATION_FORMATS = ['csv', 'parquet'] as const;
export const FILE_ACCESS = ['public', 'internal'] as const;
/** Where internal monitoring files live: REPORTED data, so under reported/, in a folder of their own that says what they are. */
export const INTERNAL_OBSERVATIONS_FOLDER = 'observations/reported/internal';
/** Where every monitoring file lives, REPORTED and SAMPLE alike. */
export const OBSERVATIONS_FOLDER = 'observations/';

/** A monitoring file: observations of table indicators by region and period. */
export const observationFileSchema = z.strictObject({
  key: z.string().regex(/^observations\/(reported\/(internal\/)?|sample\/)[\w.-]+\.(csv|parquet)$/,
    'observation files live under observations/reported/, observations/reported/internal/ or observations/sample/ and end in .csv or .parquet'),
  format: z.enum(OBSERVATION_FORMATS),
  /** REPORTED: real monitoring data. SAMPLE: synthetic, loaded only when asked for. */
  provenance: z.enum(['REPORTED', 'SAMPLE']),
  /**
   * public: served to everyone. internal: served only to callers whose credentials
   * grant the internal role. Absent means public, so manifests written before the
   * field existed stay valid and a manifest without internal files reads as before.
   */
  access: z.enum(FILE_ACCESS).optional(),
});

export const manifestSchema = z.strictObject({
  dataVersion: z.string().regex(/^[0-9a-f]{16}$/),
  schemaVersion: z.number().int().positive(),
  source: z.strictObject({ key: nonEmpty, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  files: z.array(manifestFileSchema).min(1),
  observations: z.array(observationFileSchema),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestFile = z.infer<typeof manifestFileSchema>;
export type ObservationFile = z.infer<typeof observationFileSchema>;
export type FileAccess = (typeof FILE_ACCESS)[number];

/** A monitoring file's access, with the manifest's default (absent: public) applied in this one place. */
export function accessOf(file: Pick<ObservationFile, 'access'>): FileAccess {
  return file.access ?? 'public';
}
