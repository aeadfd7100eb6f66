/**
 * Parses the plan's structure from its plain text: header, chapters, sections,
 * boxes (专栏) and box items (projects). Nothing here is typed in by hand except
 * the English chapter titles, which come from the curated file.
 */
import type { BoxSeed, ChapterSeed, PlanSeed, ProjectSeed, SectionSeed } from '../seed.schemas.ts';
import { parseChineseCount, parseChineseDigitYear } from '../chinese-numerals.ts';
import { restorePlusSigns } from './lost-plus-signs.ts';

export interface SourceLine {
  /** 1-based line number in the source. */
  number: number;
  raw: string;
  text: string;
}

export interface PlanStructure {
  plan: PlanSeed;
  chapters: ChapterSeed[];
  sections: SectionSeed[];
  boxes: BoxSeed[];
  projects: ProjectSeed[];
  /** The lines of the indicator table box (专栏1), for the table extractor. */
  indicatorTableLines: SourceLine[];
}

const CHAPTER_HEADING = /^第([一二三四五六七八九十]+)章(.+)$/;
const SECTION_HEADING = /^第([一二三四五六七八九十]+)节(.+)$/;
const BOX_HEADING = /^专栏(\d{1,2}(?:-\d)?):(.+)$/;
const BOX_ITEM_HEADING = /^(\d{2})\s*(.*)$/;
/** The 14th Five-Year period is 2021–2025 by definition; the text confirms its end year. */
const FIVE_YEAR_PERIOD = { name: '十四五', start: 2021, end: 2025 } as const;

export function splitLines(source: string): SourceLine[] {
  return source.split('\n').map((raw, index) => ({ number: index + 1, raw, text: raw.trim() }));
}

/** Joins paragraph lines (blank lines dropped) and restores lost plus signs. */
function joinParagraphs(lines: SourceLine[]): string {
  return restorePlusSigns(lines.filter((l) => l.text !== '').map((l) => l.text).join('\n')).text;
}

class ExtractionError extends Error {
  constructor(line: SourceLine | undefined, message: string) {
    super(line ? `plan.txt line ${line.number}: ${message}` : `plan.txt: ${message}`);
    this.name = 'ExtractionError';
  }
}

function requireMatch(lines: SourceLine[], pattern: RegExp, what: string): { match: RegExpExecArray; line: SourceLine } {
  for (const line of lines) {
    const match = pattern.exec(line.text);
    if (match) return { match, line };
  }
  throw new ExtractionError(undefined, `header has no ${what} (${pattern})`);
}

function isoDate(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function extractPlanHeader(header: SourceLine[], source: string): PlanSeed {
  const noticeTitle = requireMatch(header, /^名\s*称:\s*(.+)$/, 'notice title (名称)').match[1]!.trim();
  const indexNumber = requireMatch(header, /索\s*引\s*号:\s*(\S+)/, 'index number (索引号)').match[1]!;
  const published = requireMatch(header, /发文日期:\s*(\d{4})年(\d{1,2})月(\d{1,2})日/, 'publication date (发文日期)').match;
  const documentNumber = requireMatch(header, /文\s*号:\s*(\S+)/, 'document number (文号)').match[1]!;
  const title = requireMatch(header, /《(.+?规划)》/, 'plan title in 《》').match[1]!;
  const signed = requireMatch(header, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/, 'signing date line').match;
  const issuerLine = header.find((l) => /^.+人民政府$/.test(l.text));
  if (!issuerLine) throw new ExtractionError(undefined, 'header has no issuer line (…人民政府)');
  const preamble = requireMatch(header, /^依据.+编制本规划.+$/, 'preamble (依据…编制本规划)').match[0];
  const vision = /([〇零0一二三四五六七八九]{4})年远景目标/.exec(source);
  if (!vision) throw new ExtractionError(undefined, 'no vision year (…年远景目标)');
  if (!source.includes(FIVE_YEAR_PERIOD.name) || !source.includes(`到${FIVE_YEAR_PERIOD.end}年`)) {
    throw new ExtractionError(undefined, `text does not speak of ${FIVE_YEAR_PERIOD.name} up to ${FIVE_YEAR_PERIOD.end}`);
  }
  return {
    title,
    noticeTitle,
    documentNumber,
    issuer: issuerLine.text,
    signedOn: isoDate(signed[1]!, signed[2]!, signed[3]!),
    publishedOn: isoDate(published[1]!, published[2]!, published[3]!),
    indexNumber,
    periodStart: FIVE_YEAR_PERIOD.start,
    periodEnd: FIVE_YEAR_PERIOD.end,
    visionYear: parseChineseDigitYear(vision[1]!),
    preamble,
  };
}

/** The first clause of an item that has no title line (专栏4 prints its items as one line each). */
function firstClause(text: string): string {
  return text.split(/[,;。,]/)[0]!.trim();
}

interface OpenProject {
  box: BoxSeed;
  item: number;
  heading: SourceLine;
  headingRest: string;
  body: SourceLine[];
}

function closeProject(open: OpenProject): ProjectSeed {
  const normalisations: string[] = [];
  const restoredTitle = restorePlusSigns(open.headingRest.trim());
  normalisations.push(...restoredTitle.restored);
  const hasBody = open.body.some((l) => l.text !== '');
  let title = hasBody ? restoredTitle.text : firstClause(restoredTitle.text);
  if (title.endsWith('。')) {
    title = title.slice(0, -1);
    normalisations.push('trailing "。" dropped from the title');
  }
  if (title === '') throw new ExtractionError(open.heading, `box ${open.box.id} item ${open.item} has no title`);
  return {
    code: `${open.box.id}-${String(open.item).padStart(2, '0')}`,
    box: open.box.id,
    chapter: open.box.chapter,
    item: open.item,
    title,
    titleFromText: !hasBody,
    text: hasBody ? joinParagraphs(open.body) : restoredTitle.text,
    printedHeading: open.heading.raw,
    normalisations,
    line: open.heading.number,
  };
}

export function extractPlanStructure(source: string, chapterTitlesEn: ReadonlyMap<number, string>): PlanStructure {
  const lines = splitLines(source);
  const header: SourceLine[] = [];
  const chapters: ChapterSeed[] = [];
  const sections: SectionSeed[] = [];
  const boxes: BoxSeed[] = [];
  const projects: ProjectSeed[] = [];
  const indicatorTableLines: SourceLine[] = [];

  let chapterLines: SourceLine[] = [];
  let introLines: SourceLine[] = [];
  let sectionLines: SourceLine[] = [];
  let currentChapter: { number: number; title: string; line: SourceLine } | undefined;
  let currentSection: SectionSeed | undefined;
  let currentBox: BoxSeed | undefined;
  let openProject: OpenProject | undefined;

  const finishProject = () => {
    if (openProject) projects.push(closeProject(openProject));
    openProject = undefined;
  };
  const finishSection = () => {
    if (currentSection) currentSection.text = joinParagraphs(sectionLines);
    currentSection = undefined;
    sectionLines = [];
  };
  const finishBox = () => {
    finishProject();
    currentBox = undefined;
  };
  const finishChapter = () => {
    finishBox();
    finishSection();
    if (!currentChapter) return;
    const titleEn = chapterTitlesEn.get(currentChapter.number);
    if (!titleEn) throw new ExtractionError(currentChapter.line, `no English title for chapter ${currentChapter.number} in the curated file`);
    chapters.push({
      number: currentChapter.number,
      title: restorePlusSigns(currentChapter.title).text,
      titleEn,
      intro: joinParagraphs(introLines),
      text: joinParagraphs(chapterLines),
      line: currentChapter.line.number,
    });
    chapterLines = [];
    introLines = [];
  };

  for (const line of lines) {
    const chapterMatch = CHAPTER_HEADING.exec(line.text);
    if (chapterMatch) {
      finishChapter();
      const number = parseChineseCount(chapterMatch[1]!);
      if (number !== chapters.length + 1) throw new ExtractionError(line, `chapter ${number} follows chapter ${chapters.length}`);
      currentChapter = { number, title: chapterMatch[2]!.trim(), line };
      chapterLines.push(line);
      continue;
    }
    if (!currentChapter) {
      header.push(line);
      continue;
    }
    chapterLines.push(line);

    const sectionMatch = SECTION_HEADING.exec(line.text);
    if (sectionMatch) {
      finishBox();
      finishSection();
      const number = parseChineseCount(sectionMatch[1]!);
      const expected = sections.filter((s) => s.chapter === currentChapter!.number).length + 1;
      if (number !== expected) throw new ExtractionError(line, `section ${number} where section ${expected} was expected`);
      currentSection = { id: `${currentChapter.number}.${number}`, chapter: currentChapter.number, number, title: sectionMatch[2]!.trim(), text: '', line: line.number };
      sections.push(currentSection);
      continue;
    }

    const boxMatch = BOX_HEADING.exec(line.text);
    if (boxMatch) {
      finishBox();
      const id = boxMatch[1]!;
      const chapterOfId = Number(id.split('-')[0]);
      if (chapterOfId !== currentChapter.number) throw new ExtractionError(line, `box ${id} stands in chapter ${currentChapter.number}`);
      currentBox = {
        id,
        chapter: currentChapter.number,
        section: currentSection?.id ?? null,
        title: boxMatch[2]!.trim(),
        kind: boxes.length === 0 ? 'INDICATOR_TABLE' : 'PROJECTS',
        line: line.number,
      };
      boxes.push(currentBox);
      continue;
    }

    if (currentBox?.kind === 'INDICATOR_TABLE') {
      indicatorTableLines.push(line);
      continue;
    }
    if (currentBox) {
      const itemMatch = BOX_ITEM_HEADING.exec(line.text);
      const expectedItem = (openProject?.item ?? 0) + 1;
      if (itemMatch && Number(itemMatch[1]) === expectedItem) {
        finishProject();
        openProject = { box: currentBox, item: expectedItem, heading: line, headingRest: itemMatch[2]!, body: [] };
      } else if (openProject) {
        openProject.body.push(line);
      } else if (line.text !== '') {
        throw new ExtractionError(line, `text in box ${currentBox.id} before its first item`);
      }
      continue;
    }
    if (currentSection) sectionLines.push(line);
    else introLines.push(line);
  }
  finishChapter();

  return { plan: extractPlanHeader(header, source), chapters, sections, boxes, projects, indicatorTableLines };
}
