/** Unique ids and references that resolve, across all seed files. */
import { SEED_FILES } from '../seed-files.ts';
import type { SeedDataset } from '../seed-files.ts';
import type { SeedIssue } from './seed-issues.ts';

type Keyed = { key: string; label: string };

function checkUnique(file: string, keys: Keyed[], field: string, issues: SeedIssue[]): void {
  const seen = new Map<string, number>();
  keys.forEach(({ key, label }, index) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index + 1);
    else issues.push({ file, row: index + 1, id: label, field, message: `duplicates row ${first}` });
  });
}

export function checkReferences(data: SeedDataset): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const F = SEED_FILES;

  checkUnique(F.chapters.key, data.chapters.map((c) => ({ key: String(c.number), label: String(c.number) })), 'number', issues);
  checkUnique(F.sections.key, data.sections.map((s) => ({ key: s.id, label: s.id })), 'id', issues);
  checkUnique(F.boxes.key, data.boxes.map((b) => ({ key: b.id, label: b.id })), 'id', issues);
  checkUnique(F.projects.key, data.projects.map((p) => ({ key: p.code, label: p.code })), 'code', issues);
  checkUnique(F.indicators.key, data.indicators.map((i) => ({ key: i.code, label: i.code })), 'code', issues);
  checkUnique(F.regions.key, data.regions.map((r) => ({ key: r.code, label: r.code })), 'code', issues);
  checkUnique(F.facts.key, data.facts.map((f) => ({ key: f.id, label: f.id })), 'id', issues);

  const chapters = new Set(data.chapters.map((c) => c.number));
  const sections = new Map(data.sections.map((s) => [s.id, s]));
  const boxes = new Map(data.boxes.map((b) => [b.id, b]));
  const projects = new Map(data.projects.map((p) => [p.code, p]));
  const indicators = new Set(data.indicators.map((i) => i.code));
  const regions = new Set(data.regions.map((r) => r.code));
  const facts = new Map(data.facts.map((f) => [f.id, f]));

  /** Reports a reference that does not resolve or contradicts its row's other references. */
  const expect = (file: string, index: number, label: string, field: string, ok: boolean, message: string) => {
    if (!ok) issues.push({ file, row: index + 1, id: label, field, message });
  };

  data.sections.forEach((s, i) => {
    expect(F.sections.key, i, s.id, 'chapter', chapters.has(s.chapter), `chapter ${s.chapter} does not exist`);
    expect(F.sections.key, i, s.id, 'id', s.id === `${s.chapter}.${s.number}`, `id must be "${s.chapter}.${s.number}"`);
  });
  data.boxes.forEach((b, i) => {
    expect(F.boxes.key, i, b.id, 'chapter', chapters.has(b.chapter), `chapter ${b.chapter} does not exist`);
    const section = b.section === null ? undefined : sections.get(b.section);
    expect(F.boxes.key, i, b.id, 'section', b.section === null || section?.chapter === b.chapter, `section ${b.section} does not exist in chapter ${b.chapter}`);
  });
  data.projects.forEach((p, i) => {
    const box = boxes.get(p.box);
    expect(F.projects.key, i, p.code, 'box', box !== undefined, `box ${p.box} does not exist`);
    expect(F.projects.key, i, p.code, 'chapter', box === undefined || box.chapter === p.chapter, `chapter ${p.chapter} is not box ${p.box}'s chapter`);
    expect(F.projects.key, i, p.code, 'code', p.code === `${p.box}-${String(p.item).padStart(2, '0')}`, 'code must be box-item');
  });
  data.regions.forEach((r, i) => {
    expect(F.regions.key, i, r.code, 'parent', r.parent === null || regions.has(r.parent), `region ${r.parent} does not exist`);
  });

  /** The chapter/section/box/project of a location must exist and nest inside each other. */
  const checkLocation = (
    file: string, index: number, label: string, prefix: string,
    loc: { chapter: number | null; section: string | null; box: string | null; project: string | null },
  ) => {
    const f = (name: string) => `${prefix}${name}`;
    expect(file, index, label, f('chapter'), loc.chapter === null || chapters.has(loc.chapter), `chapter ${loc.chapter} does not exist`);
    if (loc.section !== null) {
      const section = sections.get(loc.section);
      expect(file, index, label, f('section'), section !== undefined, `section ${loc.section} does not exist`);
      expect(file, index, label, f('section'), section === undefined || section.chapter === loc.chapter, `section ${loc.section} is not in chapter ${loc.chapter}`);
    }
    if (loc.box !== null) {
      const box = boxes.get(loc.box);
      expect(file, index, label, f('box'), box !== undefined, `box ${loc.box} does not exist`);
      expect(file, index, label, f('box'), box === undefined || (box.chapter === loc.chapter && box.section === loc.section), `box ${loc.box} is not in chapter ${loc.chapter} section ${loc.section}`);
    }
    if (loc.project !== null) {
      const project = projects.get(loc.project);
      expect(file, index, label, f('project'), project !== undefined, `project ${loc.project} does not exist`);
      expect(file, index, label, f('project'), project === undefined || project.box === loc.box, `project ${loc.project} is not in box ${loc.box}`);
    }
  };

  data.regionMentions.forEach((m, i) => {
    const label = `${m.region}@${m.project ?? m.section ?? m.chapter ?? 'notice'}`;
    expect(F.regionMentions.key, i, label, 'region', regions.has(m.region), `region ${m.region} does not exist`);
    checkLocation(F.regionMentions.key, i, label, '', m);
  });

  data.facts.forEach((fact, i) => {
    const file = F.facts.key;
    expect(file, i, fact.id, 'indicator', fact.indicator === null || indicators.has(fact.indicator), `indicator ${fact.indicator} does not exist`);
    expect(file, i, fact.id, 'region', fact.region === null || regions.has(fact.region), `region ${fact.region} does not exist`);
    fact.appliesTo.forEach((code, j) => expect(file, i, fact.id, `appliesTo.${j}`, regions.has(code), `region ${code} does not exist`));
    checkLocation(file, i, fact.id, 'source.', fact.source);
    expect(file, i, fact.id, 'periodEnd', fact.periodEnd >= fact.periodStart, `period ends (${fact.periodEnd}) before it starts (${fact.periodStart})`);
    for (const relation of ['conflictsWith', 'agreesWith'] as const) {
      fact[relation].forEach((otherId, j) => {
        const field = `${relation}.${j}`;
        const other = facts.get(otherId);
        expect(file, i, fact.id, field, otherId !== fact.id, 'a fact cannot refer to itself');
        expect(file, i, fact.id, field, other !== undefined, `fact ${otherId} does not exist`);
        expect(file, i, fact.id, field, other === undefined || other[relation].includes(fact.id), `fact ${otherId} does not list ${fact.id} back in ${relation}`);
      });
    }
  });
  return issues;
}
