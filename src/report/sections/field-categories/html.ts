import { categoryName } from "../../../disciplines/labels.ts";
import { fieldText } from "../../../messages/fields.ts";
import { heatMapSpec } from "../../charts/heatmap.ts";
import { chartFigure } from "../../html/chart.ts";
import { html, type SafeHtml } from "../../html/html.ts";
import type { PageOptions } from "../../html/page-options.ts";
import { sourceNote } from "../../html/source-note.ts";
import type { FieldDetails } from "../../queries/field-details.ts";
import type { Summary } from "../../summary/schema.ts";
import { gapCell } from "../../view/suppress.ts";
import { chainRowNames } from "../overview/html.ts";

/** A chain × category figure of the latest wave: demand and matched summed over levels. */
export type CategoryGap = { chainId: string; category: string; demand: number; matched: number };

/** The categories' gaps of every chain in one wave, from the cascade run per category. */
export function categoryGaps(fields: FieldDetails, wave: string): CategoryGap[] {
  const cells = new Map<string, CategoryGap>();
  for (const row of fields.gaps) {
    if (row.wave !== wave || row.grain !== "category") continue;
    const key = `${row.chain_id}\u0000${row.code}`;
    const cell = cells.get(key) ?? {
      chainId: row.chain_id,
      category: row.code,
      demand: 0,
      matched: 0,
    };
    cell.demand += row.demand;
    cell.matched += row.matched;
    cells.set(key, cell);
  }
  return [...cells.values()].filter((cell) => cell.demand > 0);
}

/**
 * index.html's chain × discipline category (学科门类) view for the latest wave: the gap of each
 * chain in each category with demand, as a heat map; a chain with no demand in a category
 * has no cell there.
 */
export async function fieldCategoryHeatMap(
  summary: Summary,
  fields: FieldDetails | null,
  o: PageOptions,
): Promise<SafeHtml> {
  const wave = summary.waves.at(-1);
  if (!wave || !fields || summary.chains.length === 0) return html``;
  const t = fieldText(o.lang);
  const gaps = categoryGaps(fields, wave);
  const heading = html`<h2>${t.indexSection(wave)}</h2>`;
  if (gaps.length === 0) {
    return html`<section id="fields">${heading}<p class="note">${t.indexNoData}</p></section>`;
  }
  const codes = [...new Set(gaps.map((g) => g.category))].sort();
  const columns = codes.map((code) => categoryName(code, o.lang));
  const rowNames = chainRowNames(summary);
  const cells = gaps.flatMap((g) => {
    const i = summary.chains.findIndex((c) => c.id === g.chainId);
    if (i < 0) return [];
    return [
      {
        row: rowNames[i] ?? g.chainId,
        column: categoryName(g.category, o.lang),
        cell: gapCell(g.demand, g.matched, o.minCellSize),
      },
    ];
  });
  const spec = heatMapSpec({
    description: t.indexSection(wave),
    cells,
    rows: rowNames,
    columns,
    rowTitle: o.text.chain,
    columnTitle: t.category,
    valueTitle: o.text.gap,
  });
  const figure = await chartFigure(
    spec,
    { id: "field-heatmap", caption: t.indexNote, source: sourceNote(o, [wave], true) },
    o,
  );
  return html`<section id="fields">${heading}${figure}</section>`;
}
