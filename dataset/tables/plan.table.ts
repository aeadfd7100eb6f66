/**
 * The plan table, declared once: what its seed file holds (the schema
 * seeds:check and the loader validate against), its columns (row type, DDL, append
 * order: table-spec.ts) and how a validated seed fills a row.
 */
import * as z from 'zod';
import { nonEmpty, year } from '../vocabulary.ts';
import { integer, text, type RowOf } from './table-spec.ts';

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

export type PlanSeed = z.infer<typeof planSchema>;

export const PLAN_COLUMNS = {
  title: text(), notice_title: text(), document_number: text(), issuer: text(), signed_on: text(), published_on: text(), index_number: text(),
  period_start: integer(), period_end: integer(), vision_year: integer(), preamble: text(),
};

export type PlanTable = RowOf<typeof PLAN_COLUMNS>;

export function planRowOfSeed(p: PlanSeed): PlanTable {
  return {
    title: p.title, notice_title: p.noticeTitle, document_number: p.documentNumber, issuer: p.issuer,
    signed_on: p.signedOn, published_on: p.publishedOn, index_number: p.indexNumber,
    period_start: p.periodStart, period_end: p.periodEnd, vision_year: p.visionYear, preamble: p.preamble,
  };
}
