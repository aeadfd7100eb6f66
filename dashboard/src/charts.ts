/**
 * Apache ECharts, tree-shaken: only the chart types and components the dashboard
 * draws are registered, with the SVG renderer (crisp Chinese text at any zoom, and
 * text a test can read). Every data item carries `tip`, the HTML its tooltip shows:
 * the number and where it comes from (the plan's quote and location, or the
 * monitoring file and row), so hovering any number shows its provenance.
 */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { h, escapeHtml } from './dom.ts';
import { locationText, t, type SourceLocation } from './i18n.ts';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export const FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

/** The charts on the current page, by id; tests and the resize handler reach them here. */
const mounted = new Map<string, echarts.ECharts>();
(globalThis as { __zmdDashboardCharts?: typeof mounted }).__zmdDashboardCharts = mounted;

export function disposeCharts(): void {
  for (const chart of mounted.values()) chart.dispose();
  mounted.clear();
}

addEventListener('resize', () => {
  for (const chart of mounted.values()) chart.resize();
});

export interface ChartCardOptions {
  id: string;
  title: string;
  /** The /export.csv URL of the query the chart was drawn from. */
  csvUrl: string;
  option: ChartOption;
  height: number;
  /** Text under the chart (a legend in words, a consistency check). */
  footer?: Node | undefined;
}

/** A titled chart with its "download CSV" link; the chart is drawn once the card is in the document. */
export function chartCard(options: ChartCardOptions): { card: HTMLElement; draw: () => void } {
  const canvas = h('div', { className: 'chart', id: `chart-${options.id}`, style: `height:${options.height}px`, role: 'img', 'aria-label': options.title });
  const card = h('section', { className: 'panel chart-panel', 'data-chart': options.id },
    h('header', { className: 'panel-head' },
      h('h3', {}, options.title),
      h('a', { className: 'csv-link', href: options.csvUrl, download: `${options.id}.csv` }, t('下载 CSV', 'Download CSV'))),
    canvas,
    options.footer);
  return {
    card,
    draw: () => {
      const chart = echarts.init(canvas, undefined, { renderer: 'svg' });
      chart.setOption({
        textStyle: { fontFamily: FONT_FAMILY },
        animation: false,
        tooltip: {
          trigger: 'item',
          confine: true,
          enterable: false,
          className: 'chart-tip',
          formatter: (params: unknown) => tipOf(params),
        },
        ...options.option,
      });
      mounted.set(options.id, chart);
    },
  };
}

function tipOf(params: unknown): string {
  const item = (Array.isArray(params) ? params[0] : params) as { data?: { tip?: string }; name?: string; value?: unknown } | undefined;
  return item?.data?.tip ?? escapeHtml(`${item?.name ?? ''} ${String(item?.value ?? '')}`);
}

/** Tooltip lines: a heading with the number, then where it comes from. */
export function tip(heading: string, ...lines: (string | null | undefined)[]): string {
  return [`<b>${escapeHtml(heading)}</b>`, ...lines.filter((line): line is string => Boolean(line))].join('<br>');
}

/** Provenance of a plan statement: its verbatim quote and location. */
export function planProvenance(source: (SourceLocation & { quote: string }) | null | undefined): string | null {
  if (!source) return null;
  return `<span class="tip-where">${escapeHtml(t('出处', 'Source'))}: ${escapeHtml(locationText(source))}</span><br><q>${escapeHtml(source.quote)}</q>`;
}

/** Provenance of a monitoring value: the file and data row it was read from. */
export function fileProvenance(origin: { file: string; row: number } | null | undefined, isSample: boolean): string | null {
  if (!origin) return null;
  const sample = isSample ? ` <span class="tip-sample">SAMPLE ${escapeHtml(t('合成数据', 'synthetic'))}</span>` : '';
  return `<span class="tip-where">${escapeHtml(t('数据文件', 'File'))}: ${escapeHtml(origin.file)} ${escapeHtml(t(`第${origin.row}行`, `row ${origin.row}`))}</span>${sample}`;
}

export const STATUS_COLOURS: Record<string, string> = {
  ACHIEVED: '#1a7f37',
  ON_TRACK: '#2da44e',
  AT_RISK: '#bf8700',
  OFF_TRACK: '#cf222e',
  NO_DATA: '#8c959f',
};
