/** 章 · One chapter: its targets and achievements as a table and a chart (one unit at a time), and its projects. */
import { chartCard, planProvenance, tip, type ChartOption } from '../charts.ts';
import { exportCsvUrl, request } from '../client.ts';
import { h } from '../dom.ts';
import type { DashboardChapterQuery } from '../gql/graphql.ts';
import { formatNumber, kindLabel, locationText, periodText, t, titled } from '../i18n.ts';
import { ChapterQuery } from '../queries.ts';
import type { Page } from './page.ts';

type Fact = NonNullable<DashboardChapterQuery['chapter']>['facts'][number];

const KIND_COLOURS: Record<string, string> = { TARGET: '#0969da', ACHIEVEMENT: '#1a7f37', BASELINE: '#8c959f', OBSERVATION: '#bf8700' };

export const chapterPage: Page = async (parameter) => {
  const number = Number.parseInt(parameter, 10);
  const { chapter } = await request(ChapterQuery, { number });
  if (!chapter) throw new Error(t(`没有第${parameter}章`, `no chapter ${parameter}`));
  const facts = chapter.facts.filter((fact) => fact.kind === 'TARGET' || fact.kind === 'ACHIEVEMENT');
  const units = countBy(facts.filter((fact) => fact.value !== null).map((fact) => fact.unit ?? ''));
  const chartHolder = h('div', { className: 'chart-slot' });
  let draw: (() => void) | undefined;
  const showUnit = (unit: string) => {
    const chart = factChart(chapter.number, facts.filter((fact) => fact.value !== null && (fact.unit ?? '') === unit), unit);
    chartHolder.replaceChildren(chart.card);
    draw = chart.draw;
    if (chartHolder.isConnected) chart.draw();
  };
  const unitPicker = h('div', { className: 'unit-picker', role: 'group', 'aria-label': t('单位', 'Unit') },
    h('span', { className: 'muted' }, `${t('单位', 'Unit')}: `),
    units.map(([unit, count], index) => h('button', {
      type: 'button',
      className: index === 0 ? 'active' : '',
      'data-unit': unit,
      onclick: (event: Event) => {
        for (const button of unitPicker.querySelectorAll('button')) button.classList.toggle('active', button === event.currentTarget);
        showUnit(unit);
      },
    }, `${unit || t('无单位', 'none')} (${count})`)));
  if (units[0]) showUnit(units[0][0]);

  return {
    title: `${t(`第${chapter.number}章`, `Chapter ${chapter.number}`)} ${titled(chapter)}`,
    nodes: [
      h('p', { className: 'lead' }, t(`本章目标值 ${facts.filter((fact) => fact.kind === 'TARGET').length} 项、已取得成绩 ${facts.filter((fact) => fact.kind === 'ACHIEVEMENT').length} 项、项目 ${chapter.projects.length} 个。`,
        `${facts.filter((fact) => fact.kind === 'TARGET').length} targets, ${facts.filter((fact) => fact.kind === 'ACHIEVEMENT').length} achievements and ${chapter.projects.length} projects in this chapter.`)),
      units.length ? unitPicker : null,
      chartHolder,
      h('section', { className: 'panel' },
        h('header', { className: 'panel-head' },
          h('h2', {}, t('目标与成绩', 'Targets and achievements')),
          h('a', { className: 'csv-link', href: exportCsvUrl(ChapterQuery, { number: chapter.number }), download: `chapter-${chapter.number}.csv` }, t('下载 CSV', 'Download CSV'))),
        factTable(facts)),
      h('section', { className: 'panel' },
        h('h2', {}, t('项目', 'Projects'), h('span', { className: 'muted' }, ` · ${chapter.projects.length}`)),
        h('ul', { className: 'plain-list' }, chapter.projects.map((project) => h('li', {},
          h('code', {}, project.code), ' ', project.title, h('span', { className: 'muted' }, ` · ${t('专栏', 'Box ')}${project.box.id} ${project.box.title}`))))),
    ],
    afterMount: () => draw?.(),
  };
};

function factChart(chapterNumber: number, facts: Fact[], unit: string) {
  const label = (fact: Fact) => `${fact.subject.length > 16 ? `${fact.subject.slice(0, 15)}…` : fact.subject}`;
  const option: ChartOption = {
    legend: { top: 0, data: [kindLabel('TARGET'), kindLabel('ACHIEVEMENT')] },
    grid: { left: 8, right: 72, top: 32, bottom: 24, containLabel: true },
    yAxis: { type: 'category', inverse: true, data: facts.map((fact, index) => `${index + 1}. ${label(fact)}`), axisLabel: { width: 170, overflow: 'truncate' } },
    xAxis: { type: 'value', name: unit },
    series: (['TARGET', 'ACHIEVEMENT'] as const).map((kind) => ({
      name: kindLabel(kind),
      type: 'bar',
      stack: 'one',
      itemStyle: { color: KIND_COLOURS[kind] },
      label: { show: true, position: 'right', formatter: (params: { dataIndex: number; value: unknown }) => (params.value === null || params.value === undefined ? '' : facts[params.dataIndex]!.valueText) },
      data: facts.map((fact) => (fact.kind !== kind ? { value: null } : {
        value: fact.value,
        tip: tip(`${kindLabel(fact.kind)} · ${fact.subject}: ${fact.valueText}${fact.unit && !fact.valueText.includes(fact.unit) ? ` ${fact.unit}` : ''} (${periodText(fact.periodStart, fact.periodEnd)})`,
          planProvenance({ ...fact.source!, chapter: { number: chapterNumber } })),
      })),
    })),
  };
  return chartCard({
    id: 'chapter-facts',
    title: `${t('目标与成绩', 'Targets and achievements')} · ${unit || t('无单位', 'no unit')}`,
    csvUrl: exportCsvUrl(ChapterQuery, { number: chapterNumber }),
    option,
    height: Math.max(220, facts.length * 28 + 70),
  });
}

function factTable(facts: Fact[]): HTMLElement {
  return h('div', { className: 'table-wrap' }, h('table', { className: 'data facts-table' },
    h('thead', {}, h('tr', {}, [t('类型', 'Kind'), t('统计对象', 'Subject'), t('数值', 'Value'), t('时期', 'Period'), t('出处', 'Source')].map((label) => h('th', {}, label)))),
    h('tbody', {}, facts.map((fact) => h('tr', { 'data-fact': fact.id, title: fact.source?.quote ?? '' },
      h('td', {}, h('span', { className: `pill kind-${fact.kind}` }, kindLabel(fact.kind))),
      h('td', {}, fact.subject, fact.indicator ? h('a', { href: `#/indicator/${fact.indicator.code}`, className: 'muted' }, ` ${fact.indicator.code}`) : null),
      h('td', { className: 'num' }, fact.valueText, fact.unit && !fact.valueText.includes(fact.unit) ? ` ${fact.unit}` : '', fact.value !== null ? h('span', { className: 'sr-only' }, ` ${formatNumber(fact.value)}`) : null),
      h('td', {}, periodText(fact.periodStart, fact.periodEnd)),
      h('td', { className: 'where' }, fact.source ? locationText(fact.source) : '—', fact.source ? h('details', {}, h('summary', {}, t('原文', 'Quote')), h('blockquote', { lang: 'zh-CN' }, fact.source.quote)) : null))))));
}

function countBy(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
