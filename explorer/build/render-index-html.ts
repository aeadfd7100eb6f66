import { renderPageHtml } from '../../infra/page-build/page-html.ts';

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
  return renderPageHtml({
    title: EXPLORER_TITLE,
    description: EXPLORER_DESCRIPTION,
    assetFolder: 'explorer',
    urlFormScript: DIRECTORY_FORM_SCRIPT,
    // GraphiQL's stylesheet inlines its fonts as data: URLs; Monaco runs its language services in workers.
    allow: { dataFonts: true, workers: true },
    icons: [{ file: assets.faviconIco, sizes: '16x16 32x32' }, { file: assets.faviconSvg, type: 'image/svg+xml' }],
    stylesheet: assets.stylesheet,
    script: assets.script,
    mountPoint: '<div id="graphiql"><p class="zmd-loading">正在加载 GraphQL 数据浏览器… / Loading the GraphQL explorer…</p></div>',
    noscript: 'GraphQL 数据浏览器需要 JavaScript。/ The GraphQL explorer needs JavaScript.',
  });
}
