import { sameOriginPolicy } from '../../infra/page-build/page-assets.ts';

export const EXPLORER_TITLE = '驻马店市“十四五”人才发展规划 · GraphQL 数据浏览器 / Explorer';

const EXPLORER_DESCRIPTION = '驻马店市“十四五”人才发展、人力资源开发和就业促进规划（驻政〔2022〕36号）的 GraphQL 数据接口与浏览器。'
  + ' GraphQL API and explorer over the Zhumadian 14th Five-Year talent, human-resources and employment plan.';

/**
 * Asset URLs are relative ("explorer/app-….js"), so they resolve under a stage prefix
 * only when the page's URL ends in "/": API Gateway serves "/dev" and "/dev/" alike,
 * so the page moves itself to the directory form before anything loads.
 */
const DIRECTORY_FORM_SCRIPT =
  "if(!location.pathname.endsWith('/'))location.replace(location.pathname+'/'+location.search+location.hash);";

export interface IndexHtmlAssets {
  /** Names inside explorer/dist, served under explorer/. */
  script: string;
  stylesheet: string;
  /** The icon browsers show (SVG), and the ICO twin for older ones. */
  faviconSvg: string;
  faviconIco: string;
}

export function renderIndexHtml(assets: IndexHtmlAssets): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${sameOriginPolicy(DIRECTORY_FORM_SCRIPT, { dataFonts: true, workers: true })}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${EXPLORER_DESCRIPTION}">
<title>${EXPLORER_TITLE}</title>
<script>${DIRECTORY_FORM_SCRIPT}</script>
<link rel="icon" href="explorer/${assets.faviconIco}" sizes="16x16 32x32">
<link rel="icon" href="explorer/${assets.faviconSvg}" type="image/svg+xml">
<link rel="stylesheet" href="explorer/${assets.stylesheet}">
<script type="module" src="explorer/${assets.script}"></script>
</head>
<body>
<div id="graphiql"><p class="zmd-loading">正在加载 GraphQL 数据浏览器… / Loading the GraphQL explorer…</p></div>
<noscript>GraphQL 数据浏览器需要 JavaScript。/ The GraphQL explorer needs JavaScript.</noscript>
</body>
</html>
`;
}

