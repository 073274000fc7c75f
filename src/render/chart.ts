import type { TopLevelSpec } from "vega-lite";
import { renderSvg } from "../charts/render.ts";
import { html, type SafeHtml, trusted } from "./html.ts";

/** A chart as inline SVG (rendered now, by vega) with its caption; the page needs no script. */
export async function chartFigure(
  spec: TopLevelSpec,
  caption: string,
  onWarning?: (message: string) => void,
): Promise<SafeHtml> {
  const svg = await renderSvg(spec, onWarning);
  return html`<figure class="chart">${trusted(svg)}<figcaption>${caption}</figcaption></figure>`;
}
