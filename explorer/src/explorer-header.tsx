/**
 * What a visitor reads before the editors: what this is (the plan, the API, where the
 * docs are), in Chinese and English, and, when the served data includes SAMPLE
 * monitoring data, a banner saying those figures are synthetic.
 */
import { useState } from 'react';
import type { DatasetInfo } from './dataset-info.ts';

const INTRO_HIDDEN_KEY = 'zmd-explorer:intro-hidden';
/** GraphiQL's own docs button; its doc explorer plugin finds it the same way. */
const DOCS_BUTTON = '.graphiql-sidebar button[aria-label="Show Documentation Explorer"]';

export function ExplorerHeader({ dataset, graphqlUrl }: { dataset: DatasetInfo | undefined; graphqlUrl: URL }) {
  const [introHidden, setIntroHidden] = useState(() => readFlag(INTRO_HIDDEN_KEY));
  const toggleIntro = () => {
    writeFlag(INTRO_HIDDEN_KEY, !introHidden);
    setIntroHidden(!introHidden);
  };
  return (
    <header className="zmd-header">
      <div className="zmd-header-bar">
        <img className="zmd-header-icon" src={iconUrl()} alt="" width={32} height={32} />
        <div className="zmd-header-titles">
          <h1 className="zmd-title">驻马店市“十四五”人才发展规划 · 数据浏览器</h1>
          <p className="zmd-subtitle" lang="en">Zhumadian 14th Five-Year Plan for Talent, Human Resources and Employment · GraphQL Explorer</p>
        </div>
        <div className="zmd-header-actions">
          {dataset && (
            <span className="zmd-chip" title="数据版本 / Data version">
              数据版本 <span lang="en">Data version</span> <code>{dataset.version}</code>
            </span>
          )}
          <button type="button" className="zmd-button" onClick={openDocs}>文档 <span lang="en">Docs</span></button>
          <button type="button" className="zmd-button zmd-button-quiet" aria-expanded={!introHidden} aria-controls="zmd-intro" onClick={toggleIntro}>
            {introHidden ? <>简介 <span lang="en">About</span></> : <>收起 <span lang="en">Hide</span></>}
          </button>
        </div>
      </div>
      <div id="zmd-intro" className="zmd-intro" hidden={introHidden}>
        <p>
          《驻马店市“十四五”人才发展、人力资源开发和就业促进规划》（驻政〔2022〕36号）的 13 章、17 项主要指标、13 个专栏和 195 条量化表述，
          按章节、指标、项目、县区和年份查询，每个数字都附规划原文。标签页是常见问题（Ctrl+Enter 运行），“文档”说明每个字段。
          接口 <code>{graphqlUrl.pathname}</code>（POST 或 GET），表格导出 <code>export.csv</code>（BI、Excel）；部署与接入见项目 README。
        </p>
        <p lang="en">
          The Zhumadian plan for talent, human resources and employment 2021–2025 as data: 13 chapters, 17 main indicators, 13 boxes and 195
          quantitative statements by chapter, indicator, project, county and year, each number with the sentence it came from. The tabs are common
          questions (Ctrl+Enter runs one); Docs describes every field. API: <code>{graphqlUrl.pathname}</code> (POST or GET), tables for BI tools
          and Excel: <code>export.csv</code>; deployment and recipes: the project README.
        </p>
      </div>
      {dataset?.includesSample && (
        <div className="zmd-sample-banner" role="status">
          <strong>示例数据 · SAMPLE data</strong>
          <span>
            监测数字（<code>isSample: true</code> 的行）是合成的，不是真实统计。
            <span lang="en"> The monitoring figures (rows with <code>isSample: true</code>) are synthetic, not real statistics.</span>
          </span>
        </div>
      )}
    </header>
  );
}

function openDocs(): void {
  document.querySelector<HTMLButtonElement>(DOCS_BUTTON)?.click();
}

/** The page's own SVG icon (render-index-html.ts links it with its hashed name). */
function iconUrl(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="icon"][type="image/svg+xml"]')?.href ?? '';
}

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string, value: boolean): void {
  try {
    if (value) localStorage.setItem(key, '1');
    else localStorage.removeItem(key);
  } catch {
    // Storage can be off (private windows, policies); the intro then shows on every visit.
  }
}
