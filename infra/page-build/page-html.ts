/**
 * The index.html of a self-hosted page (the explorer, the dashboard): one head for both,
 * so the Content-Security-Policy, the URL-form script and the asset links cannot drift
 * apart between the pages.
 */
import { sameOriginPolicy } from './page-assets.ts';

export interface PageIcon {
  file: string;
  sizes?: string;
  type?: string;
}

export interface PageHtml {
  title: string;
  description: string;
  /** The folder the page serves its assets under ("explorer", "dashboard"), relative to the page. */
  assetFolder: string;
  /** The inline script that moves the page to the URL form its relative links need; the policy allows it by hash. */
  urlFormScript: string;
  /** What the page needs beyond the same-origin defaults (the explorer: data: fonts and workers). */
  allow?: { dataFonts?: boolean; workers?: boolean };
  icons: readonly PageIcon[];
  stylesheet: string;
  script: string;
  /** The element the app mounts into, with what it shows while it loads. */
  mountPoint: string;
  noscript: string;
}

export function renderPageHtml(page: PageHtml): string {
  const asset = (file: string) => `${page.assetFolder}/${file}`;
  const iconLinks = page.icons.map((icon) =>
    `<link rel="icon" href="${asset(icon.file)}"${icon.sizes ? ` sizes="${icon.sizes}"` : ''}${icon.type ? ` type="${icon.type}"` : ''}>\n`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${sameOriginPolicy(page.urlFormScript, page.allow)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${page.description}">
<title>${page.title}</title>
<script>${page.urlFormScript}</script>
${iconLinks}<link rel="stylesheet" href="${asset(page.stylesheet)}">
<script type="module" src="${asset(page.script)}"></script>
</head>
<body>
${page.mountPoint}
<noscript>${page.noscript}</noscript>
</body>
</html>
`;
}
