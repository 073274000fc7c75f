import type { ReportText } from "../../messages/report.ts";
import { html, type Interpolation, type SafeHtml, trusted } from "./html.ts";
import type { PageOptions } from "./page-options.ts";
import { stylesheet } from "./style.ts";

/** A whole page: inline style, no script, nothing fetched from anywhere. */
export function page(text: ReportText, title: string, body: Interpolation): string {
  const doc: SafeHtml = html`<!doctype html>
<html lang="${text.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>${trusted(stylesheet)}</style>
</head>
<body>
${body}
</body>
</html>
`;
  return doc.toString();
}

/** Links between the pages: the overview and the data-quality page. */
export function pageNav(o: PageOptions): SafeHtml {
  return html`<nav><a href="${o.root}index.html">${o.text.overview}</a> · <a href="${o.root}quality.html">${o.text.quality}</a></nav>`;
}

/** What every page ends with: how small counts are hidden and what the totals count. */
export function notes(o: PageOptions): SafeHtml {
  return html`<footer class="note"><p>${o.text.suppressionNote(o.minCellSize)}</p><p>${o.text.gapNote}</p><p>${o.text.matchedBasis}</p></footer>`;
}
