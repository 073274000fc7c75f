import { categoryLabel, ladderTitle, levelLabel } from "../../../messages/report.ts";
import { type Ladder, supplyEducationKeys, titleKeys } from "../../../vocab/ladders.ts";
import { columnsSpec, rankedSpec } from "../../charts/breakdowns.ts";
import { provinceRows } from "../../charts/specs.ts";
import { colors } from "../../charts/theme.ts";
import { tileMapSpec } from "../../charts/tilemap.ts";
import { chartFigure } from "../../html/chart.ts";
import { html } from "../../html/html.ts";
import type { PageOptions } from "../../html/page-options.ts";
import { noData, section } from "../../html/section.ts";
import { sourceNote } from "../../html/source-note.ts";
import { dataTable } from "../../html/table.ts";
import { sumBy } from "../../view/breakdown.ts";
import type { ChainView } from "../../view/chain-view.ts";
import { peopleCell, rankedCells } from "../../view/suppress.ts";

/** The supply sections of a chain page: people by level, category and place (suppressed). */

export async function supplyByLadder(v: ChainView, ladder: Ladder, o: PageOptions) {
  const { text, minCellSize } = o;
  const title = ladder === "education" ? text.supplyByEducation : text.supplyByTitle;
  if (v.chain.supply.people === 0) return section(title, noData(o));
  const keys: readonly string[] = ladder === "education" ? supplyEducationKeys : titleKeys;
  const counts: Record<string, number> =
    ladder === "education" ? v.chain.supply.byEducation : v.chain.supply.byTitle;
  const categories = keys.map((key) => levelLabel(text, ladder, key, "supply"));
  const cells = keys.map((key) => peopleCell(counts[key] ?? 0, minCellSize));
  const spec = columnsSpec({
    description: `${title}: ${v.chain.name}`,
    categories,
    cells,
    series: text.people,
    color: colors.supply,
    categoryTitle: ladderTitle(text, ladder),
    valueTitle: text.people,
    seriesTitle: text.measure,
  });
  const figure = await chartFigure(
    spec,
    { id: `supply-${ladder}`, caption: title, source: sourceNote(o, [], true) },
    o,
  );
  const table = dataTable({
    headers: [ladderTitle(text, ladder), text.people],
    rows: keys.map((key, i) => ({ heads: [categories[i] ?? key], cells: [cells[i] ?? 0] })),
    lang: o.lang,
  });
  return section(title, html`<div class="pair">${figure}${table}</div>`);
}

export async function supplyByCategory(v: ChainView, o: PageOptions) {
  const { text } = o;
  if (v.chain.supply.people === 0) return section(text.supplyByCategory, noData(o));
  const rows = rankedCells(
    sumBy(
      v.people,
      (row) => row.category,
      (row) => row.n,
    ),
    o.minCellSize,
  ).map(({ key, cell }) => ({ name: categoryLabel(text, key), cell }));
  const spec = rankedSpec({
    description: `${text.supplyByCategory}: ${v.chain.name}`,
    rows,
    series: text.people,
    color: colors.supply,
    categoryTitle: text.category,
    valueTitle: text.people,
  });
  const figure = await chartFigure(
    spec,
    { id: "supply-category", caption: text.supplyByCategory, source: sourceNote(o, [], true) },
    o,
  );
  const table = dataTable({
    headers: [text.category, text.people],
    rows: rows.map((row) => ({ heads: [row.name], cells: [row.cell] })),
    lang: o.lang,
  });
  return section(text.supplyByCategory, html`<div class="pair">${figure}${table}</div>`);
}

export async function supplyMap(v: ChainView, o: PageOptions) {
  const { text, minCellSize } = o;
  if (v.chain.supply.people === 0) return section(text.supplyMap, noData(o));
  const cells = new Map(
    Object.entries(v.chain.supply.byProvince).map(([code, n]) => [
      code,
      peopleCell(n, minCellSize),
    ]),
  );
  const spec = tileMapSpec({
    description: `${text.supplyMap}: ${v.chain.name}`,
    cells,
    lang: o.lang,
    valueTitle: text.people,
  });
  const figure = await chartFigure(
    spec,
    { id: "supply-map", caption: text.supplyMap, source: sourceNote(o, [], true) },
    o,
  );
  const rows = provinceRows(v.chain, o);
  const table = dataTable({
    headers: [text.province, text.people],
    rows: rows.map((row) => ({ heads: [row.name], cells: [row.cell] })),
    lang: o.lang,
  });
  return section(
    text.supplyMap,
    html`<div class="pair">${figure}${table}</div><p class="note">${text.mapNote}</p>`,
  );
}

export async function topCities(v: ChainView, o: PageOptions) {
  const { text } = o;
  if (v.chain.supply.people === 0) return section(text.topCities, noData(o));
  const rows = rankedCells(
    sumBy(
      v.people.filter((row) => row.city !== "unknown"),
      (row) => row.city,
      (row) => row.n,
    ),
    o.minCellSize,
  )
    .filter((row) => typeof row.cell === "number")
    .slice(0, 10)
    .map(({ key, cell }) => ({ name: o.places.region(key, text), cell }));
  if (rows.length === 0) return section(text.topCities, noData(o));
  const spec = rankedSpec({
    description: `${text.topCities}: ${v.chain.name}`,
    rows,
    series: text.people,
    color: colors.supply,
    categoryTitle: text.city,
    valueTitle: text.people,
  });
  const figure = await chartFigure(
    spec,
    { id: "supply-cities", caption: text.topCities, source: sourceNote(o, [], true) },
    o,
  );
  return section(text.topCities, figure);
}
