/**
 * Parses the indicator table of 专栏1. The published text flattened the table to
 * one cell per line, so rows are rebuilt from the cell sequence:
 *   group heading (一、人才发展) · row heading (4.高技能人才总量(万人)) · values · attribute (预期性)
 * A row with one value instead of two lost a cell; that value is the 2025 target
 * (see data.md) and the fact records that its column was inferred.
 */
import { tableFactId } from '../fact-ids.ts';
import type { FactSeed, IndicatorSeed } from '../seed.schemas.ts';
import type { SourceLine } from './plan-structure.extract.ts';

export interface IndicatorCuration {
  code: string;
  nameEn: string;
  direction: IndicatorSeed['direction'];
  periodType: IndicatorSeed['periodType'];
  additive: boolean;
  note: string | null;
}

const GROUP_HEADING = /^([一二三四])、(.+)$/;
/** A row heading is "N.name"; a value such as "1.5" is not (its name would start with a digit). */
const ROW_HEADING = /^(\d{1,2})\.(\D.*)$/;
const NAME_WITH_UNIT = /^(.+)\(([^()]+)\)$/;
const ATTRIBUTES = { 预期性: 'EXPECTED', 约束性: 'BINDING' } as const;
const CATEGORIES: Readonly<Record<string, IndicatorSeed['category']>> = {
  人才发展: 'TALENT',
  人力资源开发: 'HUMAN_RESOURCES',
  就业促进: 'EMPLOYMENT',
  劳动关系: 'LABOR_RELATIONS',
};
/** A cumulative column covers the five years that end in the column's year. */
const FIVE_YEARS = 5;

export interface ParsedCellValue {
  value: number | null;
  valueParts: number[] | null;
  comparator: FactSeed['comparator'];
  comparatorText: string | null;
}

/** Reads one printed table value: a number, a ratio, a bound or a qualitative phrase. */
export function parseTableValue(cell: string): ParsedCellValue {
  if (/^\d+(\.\d+)?$/.test(cell)) return { value: Number(cell), valueParts: null, comparator: 'EQ', comparatorText: null };
  const ratio = /^\d+(:\d+)+$/.exec(cell);
  if (ratio) return { value: null, valueParts: cell.split(':').map(Number), comparator: 'EQ', comparatorText: null };
  const bound = /^([<>]=?|≤|≥)\s*(\d+(?:\.\d+)?)$/.exec(cell);
  if (bound) {
    const comparators = { '<': 'LT', '<=': 'LTE', '≤': 'LTE', '>': 'GT', '>=': 'GTE', '≥': 'GTE' } as const;
    return { value: Number(bound[2]), valueParts: null, comparator: comparators[bound[1] as keyof typeof comparators], comparatorText: bound[1]! };
  }
  if (/^\p{Script=Han}+$/u.test(cell)) return { value: null, valueParts: null, comparator: null, comparatorText: null };
  throw new Error(`unreadable table value "${cell}"`);
}

interface RawRow {
  row: number;
  heading: SourceLine;
  group: string;
  values: SourceLine[];
  attribute: SourceLine;
}

function readRows(cells: SourceLine[]): { rows: RawRow[]; columnYears: [number, number] } {
  const headerCells = cells.slice(0, 4).map((c) => c.text);
  const years = headerCells.slice(1, 3).map((c) => /^(\d{4})年$/.exec(c)?.[1]);
  if (headerCells[0] !== '指标' || headerCells[3] !== '属性' || years.some((y) => y === undefined)) {
    throw new Error(`indicator table header is not 指标 | YYYY年 | YYYY年 | 属性: ${headerCells.join(' | ')}`);
  }
  const rows: RawRow[] = [];
  let group: string | undefined;
  let open: Omit<RawRow, 'attribute'> | undefined;
  for (const cell of cells.slice(4)) {
    const where = `plan.txt line ${cell.number}`;
    const groupMatch = GROUP_HEADING.exec(cell.text);
    const rowMatch = ROW_HEADING.exec(cell.text);
    if (groupMatch) {
      if (open) throw new Error(`${where}: group heading inside row ${open.row}`);
      group = groupMatch[2]!;
    } else if (rowMatch) {
      if (open) throw new Error(`${where}: row ${rowMatch[1]} starts before row ${open.row} has its attribute`);
      if (!group) throw new Error(`${where}: row before any group heading`);
      open = { row: Number(rowMatch[1]), heading: cell, group, values: [] };
    } else if (cell.text in ATTRIBUTES) {
      if (!open) throw new Error(`${where}: attribute outside a row`);
      rows.push({ ...open, attribute: cell });
      open = undefined;
    } else if (open) {
      open.values.push(cell);
    } else {
      throw new Error(`${where}: unexpected cell "${cell.text}"`);
    }
  }
  if (open) throw new Error(`indicator table ends inside row ${open.row}`);
  return { rows, columnYears: [Number(years[0]), Number(years[1])] };
}

export interface IndicatorTable {
  indicators: IndicatorSeed[];
  facts: FactSeed[];
}

export function extractIndicatorTable(
  tableLines: SourceLine[],
  source: string,
  curation: ReadonlyMap<string, IndicatorCuration>,
  boxLocation: { chapter: number; section: string | null; box: string },
): IndicatorTable {
  const cells = tableLines.filter((l) => l.text !== '');
  const { rows, columnYears } = readRows(cells);
  const sourceLines = source.split('\n');
  const indicators: IndicatorSeed[] = [];
  const facts: FactSeed[] = [];

  rows.forEach((raw, index) => {
    if (raw.row !== index + 1) throw new Error(`plan.txt line ${raw.heading.number}: row ${raw.row} where row ${index + 1} was expected`);
    if (raw.values.length < 1 || raw.values.length > 2) {
      throw new Error(`plan.txt line ${raw.heading.number}: row ${raw.row} has ${raw.values.length} values`);
    }
    const code = `I${String(raw.row).padStart(2, '0')}`;
    const curated = curation.get(code);
    if (!curated) throw new Error(`no curated entry for indicator ${code}`);
    const category = CATEGORIES[raw.group];
    if (!category) throw new Error(`plan.txt line ${raw.heading.number}: unknown indicator group "${raw.group}"`);
    const heading = raw.heading.text.replace(ROW_HEADING, '$2');
    const nameUnit = NAME_WITH_UNIT.exec(heading);
    const attributeLabel = raw.attribute.text as keyof typeof ATTRIBUTES;
    const printedRow = sourceLines.slice(raw.heading.number - 1, raw.attribute.number).join('\n');
    const indicator: IndicatorSeed = {
      code,
      row: raw.row,
      name: nameUnit ? nameUnit[1]! : heading,
      nameEn: curated.nameEn,
      unit: nameUnit ? nameUnit[2]! : null,
      category,
      categoryLabel: raw.group,
      attribute: ATTRIBUTES[attributeLabel],
      attributeLabel,
      direction: curated.direction,
      periodType: curated.periodType,
      additive: curated.additive,
      printedRow,
      note: curated.note,
    };
    indicators.push(indicator);

    const inferredColumn = raw.values.length === 1;
    const columns = inferredColumn
      ? [{ kind: 'TARGET' as const, year: columnYears[1], cell: raw.values[0]! }]
      : [
          { kind: 'BASELINE' as const, year: columnYears[0], cell: raw.values[0]! },
          { kind: 'TARGET' as const, year: columnYears[1], cell: raw.values[1]! },
        ];
    for (const column of columns) {
      let parsed: ParsedCellValue;
      try {
        parsed = parseTableValue(column.cell.text);
      } catch (error) {
        throw new Error(`plan.txt line ${column.cell.number}: ${(error as Error).message}`);
      }
      const cumulative = curated.periodType === 'CUMULATIVE';
      facts.push({
        id: tableFactId(code, column.kind),
        kind: column.kind,
        subject: indicator.name,
        indicator: code,
        ...parsed,
        valueText: column.cell.text,
        unit: parsed.valueParts ? null : indicator.unit,
        periodStart: cumulative ? column.year - FIVE_YEARS + 1 : column.year,
        periodEnd: column.year,
        periodType: curated.periodType,
        region: '411700',
        regionText: null,
        appliesTo: [],
        provenance: 'PLAN',
        source: { chapter: boxLocation.chapter, section: boxLocation.section, box: boxLocation.box, project: null, quote: printedRow },
        conflictsWith: [],
        agreesWith: [],
        inferredColumn,
        note: inferredColumn
          ? `The row prints one value instead of two; it is read as the ${column.year} target.`
          : null,
      });
    }
  });
  return { indicators, facts };
}
