/** The extractor on the real source text: counts, every quirk of data.md, determinism. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSeedContents, linkBothWays } from '../dataset/extract/build-seeds.ts';
import { parseChineseCount, parseChineseDigitYear } from '../dataset/chinese-numerals.ts';
import { parseTableValue } from '../dataset/extract/indicator-table.extract.ts';
import { LOST_PLUS_SIGNS, restorePlusSigns } from '../dataset/extract/lost-plus-signs.ts';
import type { SeedContents } from '../dataset/seed-files.ts';
import type { FactSeed } from '../dataset/seed.schemas.ts';
import { readCuratedInputs, renderSeedFiles, scanObservationFiles } from '../dataset/seeds-directory.ts';
import { REAL_SEEDS_DIR, SOURCE_TEXT_PATH } from './helpers/seeds.ts';

let source: string;
let seeds: SeedContents;
const fact = (id: string): FactSeed => {
  const found = seeds.facts.find((f) => f.id === id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};

beforeAll(async () => {
  source = await readFile(SOURCE_TEXT_PATH, 'utf8');
  seeds = buildSeedContents(source, await readCuratedInputs(REAL_SEEDS_DIR));
});

const SHARED_SOURCE = path.resolve(REAL_SEEDS_DIR, '..', '..', 'shared', 'seed', '000_05acbf82cb1544e1.txt');

describe('source copy', () => {
  // CI runs with ../shared beside the clone; elsewhere there may be nothing to compare with.
  it.skipIf(!existsSync(SHARED_SOURCE))('is the shared plan text unchanged', async () => {
    expect(await readFile(SHARED_SOURCE, 'utf8')).toBe(source);
  });
});

describe('runtime', () => {
  it('runs on Node 24, the Lambda runtime nodejs24.x', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});

describe('structure', () => {
  it('finds 13 chapters, 55 sections, 13 boxes, 41 projects and 17 indicators', () => {
    expect(seeds.chapters).toHaveLength(13);
    expect(seeds.sections).toHaveLength(55);
    expect(seeds.boxes).toHaveLength(13);
    expect(seeds.projects).toHaveLength(41);
    expect(seeds.indicators).toHaveLength(17);
  });

  it('reads the plan header', () => {
    expect(seeds.plan).toMatchObject({
      title: '驻马店市“十四五”人才发展、人力资源开发和就业促进规划',
      documentNumber: '驻政〔2022〕36号',
      issuer: '驻马店市人民政府',
      signedOn: '2022-04-28',
      publishedOn: '2022-05-11',
      indexNumber: 'S0001-0203-2022-01279',
      periodStart: 2021,
      periodEnd: 2025,
      visionYear: 2035,
    });
  });

  it('numbers chapters and sections from their Chinese numerals', () => {
    expect(seeds.chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(seeds.chapters[12]!.title).toBe('强化规划实施保障');
    expect(seeds.sections.find((s) => s.id === '8.2')!.title).toBe('全面增强就业吸纳能力');
    expect(seeds.sections.filter((s) => s.chapter === 13).map((s) => s.id)).toEqual(['13.1', '13.2', '13.3', '13.4']);
    expect(seeds.chapters.every((c) => c.titleEn.length > 0)).toBe(true);
  });

  it('places each box in its chapter and section', () => {
    const boxes = Object.fromEntries(seeds.boxes.map((b) => [b.id, `${b.chapter}/${b.section}/${b.kind}`]));
    expect(boxes).toMatchObject({ '1': '1/1.5/INDICATOR_TABLE', '3-1': '3/3.1/PROJECTS', '3-3': '3/3.5/PROJECTS', '4': '4/4.3/PROJECTS', '12': '12/12.4/PROJECTS' });
  });

  it('codes projects box-item, with item counts per box as printed', () => {
    const perBox = Object.fromEntries(seeds.boxes.filter((b) => b.kind === 'PROJECTS').map((b) => [b.id, seeds.projects.filter((p) => p.box === b.id).length]));
    expect(perBox).toEqual({ '3-1': 1, '3-2': 1, '3-3': 8, '4': 2, '5': 3, '6': 5, '7': 6, '8': 4, '9': 3, '10': 4, '11': 1, '12': 3 });
    expect(seeds.projects.find((p) => p.code === '3-3-07')!.title).toBe('职业教育质量提升工程');
  });

  it('takes the first clause as title where a box prints its items on one line (专栏4)', () => {
    const item = seeds.projects.find((p) => p.code === '4-02')!;
    expect(item.titleFromText).toBe(true);
    expect(item.title).toBe('围绕我市战略性新兴产业链现代化和传统产业基础高级化');
    expect(item.text).toContain('布局建设高水平新型研发机构2家以上');
    expect(seeds.projects.filter((p) => p.titleFromText).map((p) => p.code)).toEqual(['4-01', '4-02']);
  });
});

describe('lost "+" signs', () => {
  it('lists only spellings that occur in the source', () => {
    for (const [printed] of LOST_PLUS_SIGNS) expect(source, printed).toContain(printed);
  });

  it('restores them in titles and texts, and records the restoration', () => {
    const item = seeds.projects.find((p) => p.code === '7-06')!;
    expect(item.printedHeading).toBe('061 X证书制度推广计划');
    expect(item.item).toBe(6);
    expect(item.title).toBe('1+X证书制度推广计划');
    expect(item.normalisations).toEqual(['"1 X证书" → "1+X证书"']);
    expect(seeds.chapters[0]!.text).toContain('“互联网+就业创业”信息系统');
    expect(seeds.sections.find((s) => s.id === '3.2')!.text).toContain('“人才+项目”“人才+产业”“人才+课题”');
    expect(seeds.sections.find((s) => s.id === '7.2')!.text).toContain('普遍实行 1+X证书制度');
  });

  it('leaves no printed spelling behind after restoration', () => {
    const all = [...seeds.chapters.map((c) => c.text), ...seeds.projects.map((p) => p.title + p.text)].join('\n');
    for (const [printed] of LOST_PLUS_SIGNS) expect(all).not.toContain(printed);
    expect(restorePlusSigns('全职+柔性').restored).toEqual([]);
  });
});

describe('indicator table quirks', () => {
  it('groups rows into the four categories and reads units and attributes', () => {
    expect(seeds.indicators.map((i) => i.category)).toEqual([
      'TALENT', 'TALENT', 'TALENT', 'HUMAN_RESOURCES', 'HUMAN_RESOURCES', 'HUMAN_RESOURCES', 'HUMAN_RESOURCES',
      'EMPLOYMENT', 'EMPLOYMENT', 'EMPLOYMENT', 'EMPLOYMENT', 'EMPLOYMENT', 'EMPLOYMENT',
      'LABOR_RELATIONS', 'LABOR_RELATIONS', 'LABOR_RELATIONS', 'LABOR_RELATIONS',
    ]);
    const i04 = seeds.indicators.find((i) => i.code === 'I04')!;
    expect([i04.name, i04.unit, i04.attribute]).toEqual(['高技能人才总量', '万人', 'EXPECTED']);
    expect(seeds.indicators.find((i) => i.code === 'I06')!.name).toBe('职业教育专科(含高专)在校生');
    expect(seeds.indicators.filter((i) => i.attribute === 'BINDING').map((i) => i.code)).toEqual(['I13']);
  });

  it('reads the single value of rows 5, 11, 12 and 13 as the 2025 target and says the column was inferred', () => {
    for (const code of ['I05', 'I11', 'I12', 'I13']) {
      expect(seeds.facts.some((f) => f.id === `${code}-baseline`), code).toBe(false);
      expect(fact(`${code}-target`).inferredColumn, code).toBe(true);
      expect(fact(`${code}-target`).periodEnd, code).toBe(2025);
    }
    expect(fact('I04-target').inferredColumn).toBe(false);
    expect(fact('I13-target')).toMatchObject({ value: 11.3, unit: '年' });
  });

  it('keeps the ratio, the bound and the qualitative value with their text', () => {
    expect(fact('I02-baseline')).toMatchObject({ value: null, valueText: '11:33:56', valueParts: [11, 33, 56] });
    expect(fact('I02-target')).toMatchObject({ value: null, valueText: '15:35:50', valueParts: [15, 35, 50] });
    expect(fact('I11-target')).toMatchObject({ value: 5.5, valueText: '<5.5', comparator: 'LT', comparatorText: '<' });
    expect(fact('I12-target')).toMatchObject({ value: null, valueText: '稳步提高', comparator: null });
  });

  it('models rows 8–10 as five-year cumulative periods and stocks as year-end points', () => {
    for (const code of ['I08', 'I09', 'I10']) {
      expect(fact(`${code}-baseline`)).toMatchObject({ periodStart: 2016, periodEnd: 2020, periodType: 'CUMULATIVE' });
      expect(fact(`${code}-target`)).toMatchObject({ periodStart: 2021, periodEnd: 2025, periodType: 'CUMULATIVE' });
    }
    expect(fact('I04-baseline')).toMatchObject({ periodStart: 2020, periodEnd: 2020, periodType: 'POINT' });
  });

  it('marks the unemployment rate as lower-is-better', () => {
    expect(seeds.indicators.filter((i) => i.direction === 'DECREASE').map((i) => i.code)).toEqual(['I11']);
  });

  it('quotes each table fact as the verbatim printed row', () => {
    expect(fact('I04-target').source.quote).toBe('4.高技能人才总量(万人)\n\n7\n\n9\n\n预期性');
    for (const f of seeds.facts.filter((x) => x.indicator && x.source.box === '1')) expect(source).toContain(f.source.quote);
  });

  it('parses every kind of printed cell and rejects anything else', () => {
    expect(parseTableValue('26.82')).toMatchObject({ value: 26.82, comparator: 'EQ' });
    expect(parseTableValue('≤3')).toMatchObject({ value: 3, comparator: 'LTE' });
    expect(() => parseTableValue('12a')).toThrow('unreadable table value "12a"');
  });
});

describe('contradictions of data.md', () => {
  const conflictPairs: [string, string, string][] = [
    ['new professional-technical talent 6万 vs 5万', 's1.5-01', 'p3-3-01-01'],
    ['professional-technical total 30万以上 vs 31', 's1.5-02', 'I01-target'],
    ['双师型 share 50% vs 60%', 'I07-target', 'p3-3-07-04'],
    ['unemployment <5.5 vs 5.5%左右', 'I11-target', 's1.5-33'],
    ['调解结案率 vs 仲裁结案率', 'I16-baseline', 's1.1-60'],
  ];
  it.each(conflictPairs)('keeps both sides of %s as linked facts', (_, a, b) => {
    expect(fact(a).conflictsWith).toContain(b);
    expect(fact(b).conflictsWith).toContain(a);
    expect(fact(a).source.quote).not.toBe(fact(b).source.quote);
  });

  it('states the values on each side as printed', () => {
    expect([fact('s1.5-01').value, fact('p3-3-01-01').value]).toEqual([6, 5]);
    expect([fact('I07-target').value, fact('p3-3-07-04').value]).toEqual([50, 60]);
    expect(fact('s1.5-33')).toMatchObject({ value: 5.5, comparator: 'APPROX' });
  });

  it('links a relation stated on one side in both directions', () => {
    const base = { ...fact('I04-target'), conflictsWith: [], agreesWith: [] };
    const linked = linkBothWays([{ ...base, id: 'I04-target' }, { ...base, id: 's1.5-09', conflictsWith: ['I04-target'] }]);
    expect(linked[0]!.conflictsWith).toEqual(['s1.5-09']);
  });
});

describe('county-level statements', () => {
  it('keeps the minimum wages exactly as stated, applied to 市区 and 各县', () => {
    const wages = seeds.facts.filter((f) => f.unit === '元/月');
    expect(wages.map((f) => [f.value, f.regionText])).toEqual([[1700, '市区'], [1570, '各县']]);
    expect(wages[1]!.appliesTo).toHaveLength(9);
    expect(wages[1]!.appliesTo).toContain('411725');
  });

  it('links county brands to their counties, and 中国渔都 to none', () => {
    const byRegion = (code: string) => seeds.regionMentions.filter((m) => m.region === code).map((m) => m.project ?? m.section);
    expect(byRegion('411725')).toEqual(['12.4', '12-03']);
    expect(byRegion('411723')).toEqual(['12.4', '12-03']);
    expect(byRegion('411724')).toEqual(['12.4']);
    expect(seeds.regionMentions.some((m) => m.note?.includes('渔都'))).toBe(false);
  });
});

describe('determinism', () => {
  it('builds byte-identical files from the same input, equal to the committed ones', async () => {
    const curated = await readCuratedInputs(REAL_SEEDS_DIR);
    const sourceBytes = await readFile(SOURCE_TEXT_PATH);
    const observations = await scanObservationFiles(REAL_SEEDS_DIR);
    const first = renderSeedFiles(buildSeedContents(source, curated), sourceBytes, observations);
    const second = renderSeedFiles(buildSeedContents(source, structuredClone(curated)), sourceBytes, observations);
    for (const [key, bytes] of first) {
      expect(Buffer.from(second.get(key)!).equals(Buffer.from(bytes)), key).toBe(true);
      expect(Buffer.from(bytes).equals(await readFile(path.join(REAL_SEEDS_DIR, key))), `${key} is stale: run npm run seeds:build`).toBe(true);
    }
  });
});

describe('Chinese numerals', () => {
  it('parses counts and digit-by-digit years, including the ASCII zero of 二0三五', () => {
    expect([parseChineseCount('一'), parseChineseCount('十'), parseChineseCount('十三'), parseChineseCount('二十一')]).toEqual([1, 10, 13, 21]);
    expect(parseChineseDigitYear('二〇三五')).toBe(2035);
    expect(parseChineseDigitYear('二0三五')).toBe(2035);
    expect(() => parseChineseCount('十十')).toThrow();
  });
});
