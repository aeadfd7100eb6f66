/**
 * 地区 · One district or county: its observations against its fair share of the city
 * targets, the plan's statements that apply to it (group statements such as 各县
 * included), its projects and every place the plan names it.
 */
import { chartCard, fileProvenance, STATUS_COLOURS, tip, type ChartOption } from '../charts.ts';
import { exportCsvUrl, request } from '../client.ts';
import { h } from '../dom.ts';
import type { DashboardRegionProgressQuery } from '../gql/graphql.ts';
import { basisLabel, levelLabel, formatNumber, formatPercent, locationText, named, statusLabel, t } from '../i18n.ts';
import { RegionDetailQuery, RegionProgressQuery } from '../queries.ts';
import type { Page } from './page.ts';
import { statementList } from './statements.ts';

type Row = DashboardRegionProgressQuery['progress'][number];

export const regionPage: Page = async (code) => {
  const [detail, progress] = await Promise.all([request(RegionDetailQuery, { code }), request(RegionProgressQuery, { code })]);
  const region = detail.region;
  if (!region) throw new Error(t(`没有地区 ${code}`, `no region ${code}`));
  const observed = progress.progress.filter((row) => row.latestValue !== null);
  const chart = observed.length ? progressChart(region.code, observed) : undefined;
  // Monitoring observations are charted above; this list is the plan's own statements.
  const statements = region.facts.edges.map((edge) => edge.node).filter((fact) => fact.kind !== 'OBSERVATION');

  return {
    title: named(region),
    nodes: [
      h('p', { className: 'lead' }, `${region.code} · ${levelLabel(region.level)}${region.parent ? ` · ${named(region.parent)}` : ''}`),
      h('div', { className: 'chart-grid' },
        chart?.card ?? h('section', { className: 'panel' }, h('p', { className: 'muted' }, t('该地区暂无监测数据。', 'No observations for this region yet.'))),
        h('section', { className: 'panel' }, h('h3', {}, t('各指标对照', 'Against the targets')), progressTable(observed))),
      h('section', { className: 'panel' },
        h('h2', {}, t('适用于本地区的规划表述', 'Plan statements that apply here'), h('span', { className: 'muted' }, ` · ${statements.length}`)),
        statements.length ? statementList(statements) : h('p', { className: 'muted' }, t('无', 'None'))),
      h('section', { className: 'panel' },
        h('h2', {}, t('相关项目', 'Projects'), h('span', { className: 'muted' }, ` · ${region.projects.length}`)),
        h('ul', { className: 'plain-list' }, region.projects.map((project) => h('li', {},
          h('code', {}, project.code), ' ', project.title, h('span', { className: 'muted' }, ` · ${t('专栏', 'Box ')}${project.box.id} ${project.box.title}`))))),
      h('section', { className: 'panel' },
        h('h2', {}, t('文中提及', 'Mentions'), h('span', { className: 'muted' }, ` · ${region.mentions.length}`)),
        h('ul', { className: 'plain-list mentions' }, region.mentions.map((mention) => h('li', { 'data-mention': mention.id },
          h('blockquote', { lang: 'zh-CN' }, mention.quote),
          h('p', { className: 'where' }, `${t('出处', 'Source')}: ${locationText(mention)}${mention.note ? ` · ${mention.note}` : ''}`))))),
    ],
    afterMount: () => chart?.draw(),
  };
};

/** Latest value as a share of the target the region is measured against (its fair share for additive indicators). */
function progressChart(code: string, rows: Row[]) {
  const measured = rows.filter((row) => row.targetValue !== null && row.targetValue !== 0);
  const option: ChartOption = {
    grid: { left: 8, right: 56, top: 16, bottom: 24, containLabel: true },
    yAxis: { type: 'category', inverse: true, data: measured.map((row) => `${row.indicator.code} ${named(row.indicator)}`), axisLabel: { width: 150, overflow: 'truncate' } },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    series: [{
      type: 'bar',
      name: t('最新值占目标比例', 'Latest as % of target'),
      data: measured.map((row) => {
        const unit = row.indicator.unit ?? '';
        const ratio = Math.round((row.latestValue! / row.targetValue!) * 1000) / 10;
        return {
          value: ratio,
          itemStyle: { color: STATUS_COLOURS[row.status] },
          tip: tip(`${named(row.indicator)}: ${formatNumber(row.latestValue, unit)} (${row.latestYear})`,
            `${basisLabel(row.basis)}${t('目标', ' target')} ${formatNumber(row.targetValue, unit)}${row.share !== null ? ` = ${t('全市目标 ×', 'city target ×')} ${formatPercent(row.share)}` : ''} → ${ratio}%`,
            `${statusLabel(row.status)} · ${t('完成率', 'completion')} ${formatPercent(row.completionRate)}`,
            fileProvenance(row.latest?.origin, row.isSample)),
        };
      }),
      label: { show: true, position: 'right', formatter: '{c}%' },
      markLine: { symbol: 'none', data: [{ xAxis: 100, tip: tip(t('100% = 达到目标（或公平份额）', '100% = the target (or fair share) reached')) }], lineStyle: { color: '#cf222e' }, label: { show: false } },
    }],
  };
  return chartCard({
    id: 'region-progress',
    title: t('最新值对照目标（公平份额）', 'Latest value against the target (fair share)'),
    csvUrl: exportCsvUrl(RegionProgressQuery, { code }),
    option,
    height: Math.max(220, measured.length * 34 + 60),
  });
}

function progressTable(rows: Row[]): HTMLElement {
  if (!rows.length) return h('p', { className: 'muted' }, t('无', 'None'));
  return h('div', { className: 'table-wrap' }, h('table', { className: 'data' },
    h('thead', {}, h('tr', {}, [t('指标', 'Indicator'), t('基准', 'Basis'), t('份额', 'Share'), t('最新值', 'Latest'), t('目标', 'Target'), t('完成率', 'Completion'), t('状态', 'Status')].map((label) => h('th', {}, label)))),
    h('tbody', {}, rows.map((row) => h('tr', { 'data-indicator': row.indicator.code },
      h('td', {}, h('a', { href: `#/indicator/${row.indicator.code}` }, row.indicator.code), ' ', named(row.indicator)),
      h('td', {}, basisLabel(row.basis)),
      h('td', { className: 'num' }, formatPercent(row.share)),
      h('td', { className: 'num', 'data-field': 'latest' }, `${formatNumber(row.latestValue, row.indicator.unit)} (${row.latestYear})`),
      h('td', { className: 'num', 'data-field': 'target' }, formatNumber(row.targetValue === null ? null : Math.round(row.targetValue * 10_000) / 10_000, row.indicator.unit)),
      h('td', { className: 'num' }, formatPercent(row.completionRate)),
      h('td', {}, h('span', { className: `pill status-${row.status}` }, statusLabel(row.status))))))));
}
