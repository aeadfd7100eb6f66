/** Shapes of the hand-reviewed inputs in seeds/curated/. */
import * as z from 'zod';
import { DIRECTIONS, PERIOD_TYPES, chapterNumber, factSchema, indicatorCode, regionCode, regionSchema } from '../seed.schemas.ts';

export const CURATED_FILES = {
  chapterTitlesEn: { key: 'curated/chapters.en.json', schema: z.array(z.strictObject({ number: chapterNumber, titleEn: z.string().min(1) })) },
  indicators: {
    key: 'curated/indicators.json',
    schema: z.array(z.strictObject({
      code: indicatorCode,
      nameEn: z.string().min(1),
      direction: z.enum(DIRECTIONS),
      periodType: z.enum(PERIOD_TYPES),
      /** Judged from the unit: counts of people (万人) add up across counties; rates, ratios and years do not. */
      additive: z.boolean(),
      note: z.string().nullable(),
    })),
  },
  regions: { key: 'curated/regions.json', schema: z.array(regionSchema) },
  regionTerms: { key: 'curated/region-terms.json', schema: z.array(z.strictObject({ term: z.string().min(1), region: regionCode, note: z.string().nullable() })) },
  facts: { key: 'curated/facts.json', schema: z.array(factSchema) },
} as const;
