/** 总览 · The 17 table indicators as cards, grouped by the table's four categories. */
import { exportCsvUrl, request } from '../client.ts';
import { h } from '../dom.ts';
import type { DashboardOverviewQuery } from '../gql/graphql.ts';
import { CATEGORIES, categoryLabel, formatNumber, formatPercent, named, statusLabel, t, treatmentLabel } from '../i18n.ts';
import { OverviewQuery } from '../queries.ts';
import type { Page } from './page.ts';

type Row = DashboardOverviewQuery['progress'][number];

export const overviewPage: Page = async () => {
  const { progress } = await request(OverviewQuery);
  const sections = CATEGORIES.map((category) => {
    const rows = progress.filter((row) => row.indicator.category === category);
    return h('section', { className: 'category', 'data-category': category },
      h('h2', {}, categoryLabel(category), h('span', { className: 'muted' }, ` · ${rows.length} ${t('项指标', 'indicators')}`)),
      h('div', { className: 'cards' }, rows.map(indicatorCard)));
  });
  return {
    title: t('指标进展总览', 'Progress of the 17 indicators'),
    nodes: [
      h('p', { className: 'lead' },
        t('专栏1 主要指标：基期值（2020年）、目标值（2025年）、最新监测值和完成情况。点击卡片查看年度序列、分县排名和规划原文。',
          'The 17 indicators of Box 1: the 2020 baseline, the 2025 target, the latest value and how far it has come. Open a card for its series, county ranking and the plan\'s own words.'),
        ' ',
        h('a', { className: 'csv-link', href: exportCsvUrl(OverviewQuery), download: 'overview.csv' }, t('下载 CSV', 'Download CSV'))),
      ...sections,
    ],
  };
};

function indicatorCard(row: Row): HTMLElement {
  const { indicator } = row;
  const unit = indicator.unit ?? '';
  const completion = row.completionRate;
  const origin = row.latest?.origin;
  const latestTitle = origin ? `${origin.file} ${t(`第${origin.row}行`, `row ${origin.row}`)}${row.isSample ? ' · SAMPLE' : ''}` : undefined;
  return h('a', { className: `card status-${row.status}`, href: `#/indicator/${indicator.code}`, 'data-indicator': indicator.code, title: row.explanation },
    h('div', { className: 'card-head' },
      h('span', { className: 'code' }, indicator.code),
      h('span', { className: `pill status-${row.status}` }, statusLabel(row.status))),
    h('h3', { className: 'card-name' }, named(indicator), unit ? h('span', { className: 'muted' }, `（${unit}）`) : null),
    h('div', { className: 'card-latest', title: latestTitle },
      h('span', { className: 'big', 'data-field': 'latest' }, formatNumber(row.latestValue)),
      h('span', { className: 'muted' }, row.latestYear ? ` ${unit} · ${row.latestYear}${row.treatment === 'CUMULATIVE' ? t('（2021年起累计）', ' (total since 2021)') : ''}` : ` ${t('暂无监测值', 'no observation yet')}`),
      row.isSample ? h('span', { className: 'tag-sample' }, 'SAMPLE') : null),
    h('dl', { className: 'card-facts' },
      h('dt', {}, t('基期 2020', 'Baseline 2020')), h('dd', { 'data-field': 'baseline' }, row.baseline?.valueText ?? '—'),
      h('dt', {}, t('目标 2025', 'Target 2025')), h('dd', { 'data-field': 'target' }, row.target?.valueText ?? '—'),
      h('dt', {}, t('完成率', 'Completion')), h('dd', { 'data-field': 'completion' }, formatPercent(completion))),
    completion === null ? null : h('div', { className: 'meter', role: 'meter', 'aria-valuenow': Math.round(completion * 100), 'aria-valuemin': 0, 'aria-valuemax': 100 },
      h('span', { className: 'meter-fill', style: `width:${Math.max(0, Math.min(1, completion)) * 100}%` }),
      row.elapsedShare === null ? null : h('span', { className: 'meter-mark', style: `left:${row.elapsedShare * 100}%`, title: t('时间进度', 'Time elapsed') })),
    h('p', { className: 'treatment', 'data-field': 'treatment' }, treatmentLabel(row.treatment)));
}
