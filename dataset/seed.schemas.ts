/**
 * The shape of every seed file, as zod schemas. One definition serves the
 * extractor (what it writes), `seeds:check` and the warehouse loader (what they
 * accept), so a file that passes the check is exactly a file the loader can use.
 */
import * as z from 'zod';

/**
 * Bumped whenever a seed file's shape changes; recorded in the manifest.
 * 2: indicators say whether they add up across regions; the manifest lists monitoring files.
 */
export const SEED_SCHEMA_VERSION = 2;

/**
 * The years any seed, monitoring row or query argument may name (1949–2100): one rule
 * for the seed checks, the monitoring load and the API's year arguments.
 */
export const YEAR_RANGE = { min: 1949, max: 2100 } as const;

const nonEmpty = z.string().min(1);
const year = z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);

export const chapterNumber = z.number().int().min(1).max(13);
export const sectionId = z.string().regex(/^\d{1,2}\.\d{1,2}$/, 'section id is "chapter.section", e.g. "8.2"');
export const boxId = z.string().regex(/^\d{1,2}(-\d)?$/, 'box id is as printed, e.g. "1", "3-3", "12"');
export const projectCode = z.string().regex(/^\d{1,2}(-\d)?-\d{2}$/, 'project code is "box-item", e.g. "3-3-07"');
export const indicatorCode = z.string().regex(/^I\d{2}$/, 'indicator code is "I" + two digits, e.g. "I04"');
export const regionCode = z.string().regex(/^(\d{6}|ZMD-Z\d{2}|SAMPLE-\d{6})$/,
  'region code is GB/T 2260 (6 digits), a project zone code "ZMD-Znn", or "SAMPLE-nnnnnn" for a synthetic benchmark region');
export const factId = z.string().regex(/^(I\d{2}-(baseline|target)|s\d{1,2}\.\d{1,2}-\d{2}|p\d{1,2}(-\d)?-\d{2}-\d{2})$/,
  'fact id is "I04-baseline", "s1.1-05" (section fact 5) or "p3-3-07-02" (project fact 2)');

export const FACT_KINDS = ['BASELINE', 'TARGET', 'ACHIEVEMENT', 'OBSERVATION'] as const;
export const COMPARATORS = ['EQ', 'GT', 'GTE', 'LT', 'LTE', 'APPROX'] as const;
export const PROVENANCES = ['PLAN', 'REPORTED', 'SAMPLE'] as const;
/**
 * POINT: a stock, rate or ratio at the end of periodEnd.
 * CUMULATIVE: a total over the whole period (e.g. 2021–2025 new jobs).
 * ANNUAL: a value for each year of the period (e.g. "每年…1000人次").
 */
export const PERIOD_TYPES = ['POINT', 'CUMULATIVE', 'ANNUAL'] as const;
export const INDICATOR_CATEGORIES = ['TALENT', 'HUMAN_RESOURCES', 'EMPLOYMENT', 'LABOR_RELATIONS'] as const;
export const INDICATOR_ATTRIBUTES = ['EXPECTED', 'BINDING'] as const;
export const DIRECTIONS = ['INCREASE', 'DECREASE'] as const;
/** TOWNSHIP: only the synthetic SAMPLE regions of benchmark data sets (township-sized units inside the counties). */
export const REGION_LEVELS = ['CITY', 'DISTRICT', 'COUNTY', 'ZONE', 'TOWNSHIP'] as const;
export const REGION_CODE_SCHEMES = ['GB/T 2260', 'STATISTICAL', 'PROJECT', 'SAMPLE'] as const;
/** A box is the indicator table (专栏1) or a list of projects. */
export const BOX_KINDS = ['INDICATOR_TABLE', 'PROJECTS'] as const;

export const planSchema = z.strictObject({
  title: nonEmpty,
  noticeTitle: nonEmpty,
  documentNumber: nonEmpty,
  issuer: nonEmpty,
  signedOn: z.iso.date(),
  publishedOn: z.iso.date(),
  indexNumber: nonEmpty,
  periodStart: year,
  periodEnd: year,
  visionYear: year,
  preamble: nonEmpty,
});

export const chapterSchema = z.strictObject({
  number: chapterNumber,
  title: nonEmpty,
  titleEn: nonEmpty,
  /** The chapter's opening paragraphs, before its first section. */
  intro: z.string(),
  /** Every line of the chapter as printed, headings included. */
  text: nonEmpty,
  line: z.number().int().positive(),
});

export const sectionSchema = z.strictObject({
  id: sectionId,
  chapter: chapterNumber,
  number: z.number().int().positive(),
  title: nonEmpty,
  text: z.string(),
  line: z.number().int().positive(),
});

export const boxSchema = z.strictObject({
  id: boxId,
  chapter: chapterNumber,
  /** The section the box stands in, or null when it follows the chapter intro. */
  section: sectionId.nullable(),
  title: nonEmpty,
  kind: z.enum(BOX_KINDS),
  line: z.number().int().positive(),
});

export const projectSchema = z.strictObject({
  code: projectCode,
  box: boxId,
  chapter: chapterNumber,
  item: z.number().int().min(1).max(99),
  title: nonEmpty,
  /** True where the box item has no title line and the title is its first clause. */
  titleFromText: z.boolean(),
  text: nonEmpty,
  /** The item's heading line exactly as printed in the source. */
  printedHeading: nonEmpty,
  /** Normalisations applied to the printed heading (e.g. a restored "+"). */
  normalisations: z.array(nonEmpty),
  line: z.number().int().positive(),
});

export const indicatorSchema = z.strictObject({
  code: indicatorCode,
  row: z.number().int().min(1).max(17),
  name: nonEmpty,
  nameEn: nonEmpty,
  unit: z.string().nullable(),
  category: z.enum(INDICATOR_CATEGORIES),
  categoryLabel: nonEmpty,
  attribute: z.enum(INDICATOR_ATTRIBUTES),
  attributeLabel: z.enum(['预期性', '约束性']),
  direction: z.enum(DIRECTIONS),
  periodType: z.enum(PERIOD_TYPES),
  /** True where county values add up to the city value (counts of people, not rates or ratios). */
  additive: z.boolean(),
  /** The table row's lines exactly as printed. */
  printedRow: nonEmpty,
  note: z.string().nullable(),
});

export const regionSchema = z.strictObject({
  code: regionCode,
  name: nonEmpty,
  nameEn: nonEmpty,
  level: z.enum(REGION_LEVELS),
  parent: regionCode.nullable(),
  /** Where the code comes from: GB/T 2260, the national statistical zone code, this project, or SAMPLE (synthetic, benchmarks only). */
  codeScheme: z.enum(REGION_CODE_SCHEMES),
  note: z.string().nullable(),
});

const sourceLocation = z.strictObject({
  chapter: chapterNumber.nullable(),
  section: sectionId.nullable(),
  box: boxId.nullable(),
  project: projectCode.nullable(),
  /** Verbatim substring of the source text; it contains `valueText`. */
  quote: nonEmpty,
});

export const factSchema = z.strictObject({
  id: factId,
  kind: z.enum(FACT_KINDS),
  /** What is measured, in the document's words (e.g. 人才资源总量). */
  subject: nonEmpty,
  indicator: indicatorCode.nullable(),
  /** The number, or null where the statement has none (ratio, qualitative, 一半). */
  value: z.number().finite().nullable(),
  /** The value exactly as printed, a verbatim substring of the quote (e.g. "30万人以上", "<5.5", "15:35:50"). */
  valueText: nonEmpty,
  /** The parts of a ratio such as 15:35:50, else null. */
  valueParts: z.array(z.number().finite()).nullable(),
  comparator: z.enum(COMPARATORS).nullable(),
  /** The printed qualifier behind the comparator: 以上, 超过, 左右, 不少于, 约, 余, 近, <, or null. */
  comparatorText: z.string().nullable(),
  unit: z.string().nullable(),
  periodStart: year,
  periodEnd: year,
  periodType: z.enum(PERIOD_TYPES),
  /** The region the number describes, when it is one region. */
  region: regionCode.nullable(),
  /** The document's own words for the region where it names one (市区, 各县). */
  regionText: z.string().nullable(),
  /** Regions a group statement applies to (e.g. 各县 → the nine counties). */
  appliesTo: z.array(regionCode),
  provenance: z.enum(PROVENANCES),
  source: sourceLocation,
  /** Other facts that state a different value for the same thing. */
  conflictsWith: z.array(factId),
  /** Other facts that restate the same value (so totals can avoid double counting). */
  agreesWith: z.array(factId),
  /** For table facts: the cell's column was inferred because the row has one value. */
  inferredColumn: z.boolean(),
  note: z.string().nullable(),
});

export const regionMentionSchema = z.strictObject({
  region: regionCode,
  /** Null for a mention in the notice that precedes the chapters. */
  chapter: chapterNumber.nullable(),
  section: sectionId.nullable(),
  box: boxId.nullable(),
  project: projectCode.nullable(),
  quote: nonEmpty,
  note: z.string().nullable(),
});

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

export type PlanSeed = z.infer<typeof planSchema>;
export type ChapterSeed = z.infer<typeof chapterSchema>;
export type SectionSeed = z.infer<typeof sectionSchema>;
export type BoxSeed = z.infer<typeof boxSchema>;
export type ProjectSeed = z.infer<typeof projectSchema>;
export type IndicatorSeed = z.infer<typeof indicatorSchema>;
export type RegionSeed = z.infer<typeof regionSchema>;
export type FactSeed = z.infer<typeof factSchema>;
export type RegionMentionSeed = z.infer<typeof regionMentionSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestFile = z.infer<typeof manifestFileSchema>;
export type ObservationFile = z.infer<typeof observationFileSchema>;
export type FileAccess = (typeof FILE_ACCESS)[number];

/** A monitoring file's access, with the manifest's default (absent: public) applied in this one place. */
export function accessOf(file: Pick<ObservationFile, 'access'>): FileAccess {
  return file.access ?? 'public';
}
