/**
 * 指标 · One indicator: its yearly series from the 2020 baseline to the 2025 target
 * (target line, required path), the counties ranked with shares and fair-share marks,
 * whether the county values add up, and every plan statement about it.
 */
import { chartCard, fileProvenance, planProvenance, STATUS_COLOURS, tip, type ChartOption } from '../charts.ts';
import { exportCsvUrl, request } from '../client.ts';
import { h } from '../dom.ts';
import type { DashboardIndicatorBreakdownQuery, DashboardIndicatorSeriesQuery } from '../gql/graphql.ts';
import { formatNumber, formatPercent, named, statusLabel, t, treatmentLabel } from '../i18n.ts';
import { IndicatorBreakdownQuery, IndicatorSeriesQuery, IndicatorStatementsQuery } from '../queries.ts';
import type { Page } from './page.ts';
import { statementList } from './statements.ts';

type Indicator = NonNullable<DashboardIndicatorSeriesQuery['indicator']>;
type Breakdown = DashboardIndicatorBreakdownQuery;

const PLAN_START = 2020;
const PLAN_END = 2025;

export const indicatorPage: Page = async (parameter) => {
  const code = parameter.toUpperCase();
  const [seriesAnswer, statementsAnswer] = await Promise.all([request(IndicatorSeriesQuery, { code }), request(IndicatorStatementsQuery, { code })]);
  const indicator = seriesAnswer.indicator;
  if (!indicator) throw new Error(t(`没有指标 ${code}`, `no indicator ${code}`));
  const progress = indicator.progress;
  const year = progress?.latestYear ?? [...indicator.series].reverse().find((point) => point.value !== null && !point.isPlanBaseline)?.year;
  const breakdown = year === undefined ? undefined : await request(IndicatorBreakdownQuery, { code, year });

  const series = seriesChart(indicator);
  const ranking = breakdown ? breakdownChart(indicator, breakdown) : undefined;
  // The plan's own statements; the monitoring observations are the series above.
  const statements = (statementsAnswer.indicator?.facts.edges ?? []).map((edge) => edge.node).filter((fact) => fact.kind !== 'OBSERVATION');
  const status = progress?.status ?? 'NO_DATA';

  return {
    title: `${indicator.code} ${named(indicator)}${indicator.unit ? `（${indicator.unit}）` : ''}`,
    nodes: [
      h('div', { className: 'summary' },
        h('span', { className: `pill status-${status}` }, statusLabel(status)),
        progress ? h('span', {}, treatmentLabel(progress.treatment)) : null,
        progress?.isSample ? h('span', { className: 'tag-sample' }, 'SAMPLE') : null,
        h('span', { 'data-field': 'latest' }, `${t('最新值', 'Latest')}: ${formatNumber(progress?.latestValue, indicator.unit)}${progress?.latestYear ? ` (${progress.latestYear})` : ''}`),
        h('span', { 'data-field': 'completion' }, `${t('完成率', 'Completion')}: ${formatPercent(progress?.completionRate)}`)),
      progress ? h('p', { className: 'explanation' }, progress.explanation) : null,
      indicator.note ? h('p', { className: 'muted' }, indicator.note) : null,
      h('div', { className: 'chart-grid' }, series.card, ranking?.card ?? h('section', { className: 'panel' }, h('p', { className: 'muted' }, t('暂无分县监测数据。', 'No county observations yet.')))),
      h('section', { className: 'panel' },
        h('h2', {}, t('规划原文中的相关表述', 'What the plan says about it'), h('span', { className: 'muted' }, ` · ${statements.length}`)),
        statementList(statements)),
    ],
    afterMount: () => {
      series.draw();
      ranking?.draw();
    },
  };
};

function seriesChart(indicator: Indicator) {
  const progress = indicator.progress;
  const cumulative = progress?.treatment === 'CUMULATIVE';
  const unit = indicator.unit ?? '';
  const years = Array.from({ length: PLAN_END - PLAN_START + 1 }, (_, index) => PLAN_START + index);
  const byYear = new Map(indicator.series.map((point) => [point.year, point]));
  const actual = years.map((year) => {
    const point = byYear.get(year);
    if (cumulative && year === PLAN_START) {
      return { value: 0, tip: tip(`${year}: 0 ${unit}`, t('五年累计从2021年算起', 'The five-year total counts from 2021')) };
    }
    const value = cumulative ? point?.runningTotal : point?.value;
    if (!point || value === null || value === undefined) return { value: null };
    const heading = cumulative
      ? `${year}: ${t('累计', 'total')} ${formatNumber(value, unit)} (${t('当年', 'that year')} ${formatNumber(point.value, unit)})`
      : `${year}: ${formatNumber(value, unit)}`;
    const provenance = point.isPlanBaseline ? planProvenance(point.fact?.source) : fileProvenance(point.fact?.origin, point.isSample) ?? planProvenance(point.fact?.source);
    return { value, tip: tip(heading, point.isPlanBaseline ? t('规划基期值', 'The plan\'s baseline') : null, provenance) };
  });

  const target = indicator.target;
  const targetValue = progress?.targetValue ?? target?.value ?? null;
  const paths = requiredPaths(indicator, years);
  const colour = STATUS_COLOURS[progress?.status ?? 'NO_DATA'];
  const option: ChartOption = {
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 24, top: 40, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
    yAxis: { type: 'value', name: unit, scale: !cumulative },
    series: [
      {
        name: cumulative ? t('累计值', 'Total to date') : t('实际值', 'Actual'),
        type: 'line',
        data: actual,
        connectNulls: true,
        symbolSize: 9,
        lineStyle: { width: 3, color: '#0969da' },
        itemStyle: { color: '#0969da' },
        label: { show: true, position: 'top', formatter: (params: { value: unknown }) => formatNumber(params.value as number) },
        markLine: targetValue === null ? undefined : {
          symbol: 'none',
          lineStyle: { color: colour, type: 'solid', width: 2 },
          label: { formatter: `${t('目标', 'Target')} ${target?.valueText ?? formatNumber(targetValue)}`, position: 'insideStartTop' },
          data: [{ yAxis: targetValue, tip: tip(`${t('2025年目标', '2025 target')}: ${target?.valueText ?? formatNumber(targetValue)} ${unit}`, planProvenance(target?.source)) }],
        },
      },
      ...paths.map((path) => ({
        name: path.name,
        type: 'line',
        data: path.data,
        symbol: 'emptyCircle',
        symbolSize: 5,
        lineStyle: { type: 'dashed', width: 1.5, color: path.colour },
        itemStyle: { color: path.colour },
      })),
    ],
  };
  return chartCard({
    id: 'series',
    title: `${t('年度序列', 'Yearly series')} ${PLAN_START}–${PLAN_END}`,
    csvUrl: exportCsvUrl(IndicatorSeriesQuery, { code: indicator.code }),
    option,
    height: 340,
    footer: h('p', { className: 'chart-note' }, t('虚线为按期完成所需的路径；悬停任一数值可查看出处。', 'Dashed: the path that meets the target on time. Hover any number for its source.')),
  });
}

interface PathLine { name: string; colour: string; data: ({ value: number | null; tip?: string })[] }

/** The plan path (start to target at a constant rate) and, while years are left, the catch-up path from the latest value. */
function requiredPaths(indicator: Indicator, years: number[]): PathLine[] {
  const progress = indicator.progress;
  if (!progress || progress.targetValue === null || progress.startValue === null || progress.startYear === null) return [];
  if (!['STANDARD', 'CUMULATIVE', 'NO_BASELINE', 'RATIO'].includes(progress.treatment)) return [];
  const unit = indicator.unit ?? '';
  const target = progress.targetValue;
  const linear = progress.treatment === 'CUMULATIVE' || progress.startValue <= 0 || target <= 0;
  const between = (from: number, fromYear: number, year: number) => {
    const share = (year - fromYear) / (PLAN_END - fromYear);
    return linear ? from + (target - from) * share : from * (target / from) ** share;
  };
  const rule = linear ? t('等量增长', 'equal yearly steps') : t('等速增长', 'a constant growth rate');
  const startYear = progress.treatment === 'CUMULATIVE' ? PLAN_START : progress.startYear;
  const start = progress.treatment === 'CUMULATIVE' ? 0 : progress.startValue;
  const lines: PathLine[] = [{
    name: t('规划路径', 'Required path'),
    colour: '#8250df',
    data: years.map((year) => {
      if (year < startYear) return { value: null };
      const value = round(between(start, startYear, year));
      return { value, tip: tip(`${year}: ${formatNumber(value, unit)}`, t(`按期完成所需：由起点 ${formatNumber(start)}（${startYear}）以${rule}到目标 ${formatNumber(target)}（${PLAN_END}）`, `Needed to finish on time: from ${formatNumber(start)} (${startYear}) to ${formatNumber(target)} (${PLAN_END}) by ${rule}`)) };
    }),
  }];
  const latest = progress.latestValue;
  const latestYear = progress.latestYear;
  if (latest !== null && latestYear !== null && latestYear < PLAN_END && (progress.requiredAnnualGrowth !== null || progress.requiredAnnualAmount !== null)) {
    const step = (year: number) => progress.requiredAnnualGrowth !== null
      ? latest * (1 + progress.requiredAnnualGrowth) ** (year - latestYear)
      : latest + progress.requiredAnnualAmount! * (year - latestYear);
    const needed = progress.requiredAnnualGrowth !== null
      ? `${t('所需年均增速', 'growth needed per year')} ${formatPercent(progress.requiredAnnualGrowth)}`
      : `${t('所需年均增量', 'needed per year')} ${formatNumber(progress.requiredAnnualAmount, unit)}`;
    lines.push({
      name: t('追赶路径', 'Catch-up path'),
      colour: '#bf3989',
      data: years.map((year) => {
        if (year < latestYear) return { value: null };
        const value = round(step(year));
        return { value, tip: tip(`${year}: ${formatNumber(value, unit)}`, `${needed} (${t('接口字段', 'API field')} requiredAnnual${progress.requiredAnnualGrowth !== null ? 'Growth' : 'Amount'})`) };
      }),
    });
  }
  return lines;
}

function breakdownChart(indicator: Indicator, answer: Breakdown) {
  const breakdown = answer.indicator?.breakdown;
  if (!breakdown || breakdown.entries.every((entry) => entry.value === null)) return undefined;
  const unit = indicator.unit ?? '';
  const fairShares = new Map(answer.progress.filter((row) => row.basis === 'FAIR_SHARE').map((row) => [row.region.code, row]));
  const ranked = breakdown.entries.filter((entry) => entry.value !== null);
  const cityTarget = indicator.progress?.targetValue ?? indicator.target?.value ?? null;
  const bars = ranked.map((entry) => ({
    value: entry.value,
    tip: tip(`${named(entry.region)} ${breakdown.year}: ${formatNumber(entry.value, unit)}`,
      `${t('排名', 'Rank')} ${entry.rank ?? '—'}${entry.share !== null ? ` · ${t('占全市', 'share of city')} ${formatPercent(entry.share)}` : ''}`,
      fileProvenance(entry.fact?.origin, breakdown.isSample)),
  }));
  const marks = ranked.map((entry) => {
    const fair = fairShares.get(entry.region.code);
    if (!fair || fair.targetValue === null) return { value: null };
    return {
      value: round(fair.targetValue),
      tip: tip(`${named(entry.region)} ${t('公平份额目标', 'fair-share target')}: ${formatNumber(round(fair.targetValue), unit)}`,
        t(`全市目标 ${formatNumber(cityTarget)} × 该县起始年份占全市比重 ${formatPercent(fair.share)}`, `City target ${formatNumber(cityTarget)} × the county's share of the city in its first year, ${formatPercent(fair.share)}`),
        t('按接口 progress(filter: { indicators }) 的 targetValue（basis FAIR_SHARE）', 'From progress(filter: { indicators }).targetValue, basis FAIR_SHARE')),
    };
  });
  const option: ChartOption = {
    legend: { top: 0 },
    grid: { left: 8, right: 64, top: 36, bottom: 24, containLabel: true },
    yAxis: { type: 'category', inverse: true, data: ranked.map((entry) => `${entry.rank ?? ''}. ${named(entry.region)}`) },
    xAxis: { type: 'value', name: unit },
    series: [
      {
        name: `${breakdown.year} ${t('数值', 'value')}`,
        type: 'bar',
        data: bars,
        itemStyle: { color: '#0969da' },
        label: {
          show: true,
          position: 'insideRight',
          color: '#fff',
          formatter: (params: { dataIndex: number }) => {
            const entry = ranked[params.dataIndex]!;
            return entry.share === null ? formatNumber(entry.value) : `${formatNumber(entry.value)} (${formatPercent(entry.share)})`;
          },
        },
      },
      ...(marks.some((mark) => mark.value !== null) ? [{
        name: t('公平份额目标', 'Fair-share target'),
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 12,
        itemStyle: { color: '#cf222e' },
        data: marks,
      }] : []),
    ],
  };
  return chartCard({
    id: 'breakdown',
    title: `${t('分县排名', 'County ranking')} ${breakdown.year}`,
    csvUrl: exportCsvUrl(IndicatorBreakdownQuery, { code: indicator.code, year: breakdown.year }),
    option,
    height: Math.max(260, ranked.length * 30 + 70),
    footer: consistencyNote(breakdown, unit),
  });
}

function consistencyNote(breakdown: NonNullable<NonNullable<Breakdown['indicator']>['breakdown']>, unit: string): HTMLElement {
  const sums = `${t('分县合计', 'County sum')} ${formatNumber(breakdown.countySum, unit)} · ${t('全市', 'City')} ${formatNumber(breakdown.cityValue, unit)}`;
  let text: string;
  if (!breakdown.additive) text = t('该指标为比率类，分县数值不可相加。', 'A rate: county values do not add up to the city value.');
  else if (breakdown.consistent === true) text = `✓ ${sums} · ${t('一致', 'consistent')} (${t('差额', 'difference')} ${formatNumber(breakdown.difference)}, ${t('容差', 'tolerance')} ${formatNumber(breakdown.tolerance)})`;
  else if (breakdown.consistent === false) text = `✗ ${sums} · ${t('不一致', 'inconsistent')} (${t('差额', 'difference')} ${formatNumber(breakdown.difference)}, ${t('容差', 'tolerance')} ${formatNumber(breakdown.tolerance)})`;
  else text = `${sums} · ${t('无法核对', 'cannot be checked')}${breakdown.missingRegions.length ? ` (${t('缺报', 'missing')}: ${breakdown.missingRegions.map(named).join('、')})` : ''}`;
  return h('p', { className: `chart-note consistency consistent-${String(breakdown.consistent)}`, 'data-field': 'consistency' }, text);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
