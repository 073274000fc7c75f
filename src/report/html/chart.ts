import type { TopLevelSpec } from "vega-lite";
import { renderSvg } from "../charts/render.ts";
import { html, type SafeHtml, trusted } from "./html.ts";
import type { PageOptions } from "./page-options.ts";

/**
 * A chart as inline SVG (rendered now, by vega: the page needs no script), its caption, the
 * note saying where its figures came from, and links to the same chart as a file to reuse.
 */
export async function chartFigure(
  spec: TopLevelSpec,
  figure: { id: string; caption: string; source: SafeHtml },
  o: PageOptions,
): Promise<SafeHtml> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(figure.id)) throw new Error(`bad chart id ${figure.id}`);
  const svg = localIds(await renderSvg(spec, o.onWarning), figure.id);
  o.charts.push({ id: figure.id, spec, svg });
  const href = `${o.chartDir}${figure.id}`;
  // As wide as the chart, so the notes under it wrap to its width rather than widen it.
  const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 0);
  const style = width > 0 ? `width: ${Math.ceil(width)}px` : "";
  return html`<figure class="chart" style="${style}">${trusted(svg)}<figcaption>${figure.caption}</figcaption>
${figure.source}
<p class="downloads">${o.text.download}: <a href="${href}.svg">SVG</a> · <a href="${href}.vl.json">${o.text.spec}</a></p></figure>`;
}

/**
 * Vega numbers the ids inside an SVG (gradients, clip paths) with a counter that runs on
 * across charts; renamed after the chart, they are the same on every run and distinct
 * among the charts of a page.
 */
export function localIds(svg: string, chartId: string): string {
  const ids = [...new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ""))];
  let out = svg;
  ids.forEach((id, i) => {
    const local = `${chartId}-${i + 1}`;
    out = out
      .replaceAll(`id="${id}"`, `id="${local}"`)
      .replaceAll(`url(#${id})`, `url(#${local})`)
      .replaceAll(`href="#${id}"`, `href="#${local}"`);
  });
  return out;
}
