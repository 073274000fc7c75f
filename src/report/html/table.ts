import type { Lang } from "../../messages/lang.ts";
import type { Cell } from "../view/suppress.ts";
import { formatCell } from "./format.ts";
import { html, type Interpolation, SafeHtml } from "./html.ts";

/** A row: its label cells (text, or markup such as a link), then its figures. */
export type TableRow = { heads: readonly Interpolation[]; cells: readonly (Cell | SafeHtml)[] };

/**
 * A plain data table, under each chart too, so the figures are there for screen readers,
 * for copying and for print. The first headers name the label columns, the rest the figures.
 */
export function dataTable(options: {
  caption?: string;
  headers: readonly string[];
  rows: readonly TableRow[];
  lang: Lang;
}): SafeHtml {
  const labels = options.rows[0]?.heads.length ?? 1;
  const headers = options.headers.map((header, i) =>
    i < labels
      ? html`<th scope="col">${header}</th>`
      : html`<th scope="col" class="num">${header}</th>`,
  );
  const rows = options.rows.map(
    (row) =>
      html`<tr>${row.heads.map((head, i) => (i === 0 ? html`<th scope="row">${head}</th>` : html`<td>${head}</td>`))}${row.cells.map(
        (cell) =>
          cell instanceof SafeHtml
            ? html`<td>${cell}</td>`
            : html`<td class="num">${formatCell(cell, options.lang)}</td>`,
      )}</tr>
`,
  );
  return html`<div class="scroll"><table>
${options.caption ? html`<caption>${options.caption}</caption>` : ""}<thead><tr>${headers}</tr></thead>
<tbody>
${rows}</tbody>
</table></div>`;
}
