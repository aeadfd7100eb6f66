/**
 * Finds every place the text names a county or zone through a curated term
 * (确山小提琴 → 确山县) and records it with its location and the sentence as quote.
 */
import type { RegionMentionSeed } from '../seed.schemas.ts';
import type { PlanStructure, SourceLine } from './plan-structure.extract.ts';

export interface RegionTerm {
  term: string;
  region: string;
  note: string | null;
}

type Location = Pick<RegionMentionSeed, 'chapter' | 'section' | 'box' | 'project'>;

/** Where a source line stands: the chapter, section, box and project headings that precede it. */
export function locateLine(structure: PlanStructure, lineNumber: number): Location {
  const last = <T extends { line: number }>(rows: T[]) => rows.filter((r) => r.line <= lineNumber).at(-1);
  const chapter = last(structure.chapters);
  if (!chapter) return { chapter: null, section: null, box: null, project: null };
  const section = last(structure.sections.filter((s) => s.chapter === chapter.number));
  const box = last(structure.boxes.filter((b) => b.chapter === chapter.number && b.line > (section?.line ?? 0)));
  const project = box ? last(structure.projects.filter((p) => p.box === box.id)) : undefined;
  return { chapter: chapter.number, section: section?.id ?? null, box: box?.id ?? null, project: project?.code ?? null };
}

/** The sentence (up to and including 。) around a position in a line. */
function sentenceAround(text: string, index: number, length: number): string {
  const start = text.lastIndexOf('。', index) + 1;
  const endStop = text.indexOf('。', index + length);
  return text.slice(start, endStop === -1 ? text.length : endStop + 1).trim();
}

export function extractRegionMentions(lines: SourceLine[], structure: PlanStructure, terms: RegionTerm[]): RegionMentionSeed[] {
  const mentions: RegionMentionSeed[] = [];
  for (const { term, region, note } of terms) {
    let found = 0;
    for (const line of lines) {
      for (let at = line.raw.indexOf(term); at !== -1; at = line.raw.indexOf(term, at + term.length)) {
        found += 1;
        mentions.push({ region, ...locateLine(structure, line.number), quote: sentenceAround(line.raw, at, term.length), note });
      }
    }
    if (found === 0) throw new Error(`region term "${term}" does not occur in the source`);
  }
  return mentions;
}
