import { CATALOGUE_EDITION } from "../../../disciplines/disciplines.ts";
import { categoryName, disciplineName } from "../../../disciplines/labels.ts";
import { fieldText } from "../../../messages/fields.ts";
import { levelLabel } from "../../../messages/report.ts";
import { demandEducationKeys } from "../../../vocab/ladders.ts";
import { rankedSpec } from "../../charts/breakdowns.ts";
import { colors } from "../../charts/theme.ts";
import { chartFigure } from "../../html/chart.ts";
import { formatCell } from "../../html/format.ts";
import { html, type SafeHtml } from "../../html/html.ts";
import type { PageOptions } from "../../html/page-options.ts";
import { section } from "../../html/section.ts";
import { sourceNote } from "../../html/source-note.ts";
import { dataTable } from "../../html/table.ts";
import type { FieldDetails } from "../../queries/field-details.ts";
import type { ChainSummary } from "../../summary/schema.ts";
import { topPlaces } from "../../view/chain-view.ts";
import { gapCell, peopleCell } from "../../view/suppress.ts";
import { type FieldGapRow, fieldGapRows, fieldPlaces, gapBound } from "./view.ts";

/** How many disciplines get their people's levels and places shown; how many bars the chart has. */
export const topFields = 3;
const chartBars = 10;

/**
 * The latest wave's gap by discipline: a chart of the largest gaps, a table of every
 * discipline with demand, then, for the largest gaps, the education of the chain's people of
 * that discipline and where most of them are. Nothing when the summary has no field figures.
 */
export async function fieldGaps(
  chain: ChainSummary,
  wave: string | null,
  fields: FieldDetails | null,
  o: PageOptions,
): Promise<SafeHtml> {
  const t = fieldText(o.lang);
  const rows = wave ? fieldGapRows(chain, wave, o.minCellSize) : null;
  if (!wave || !rows || !fields) return html``;
  const intro = html`<p class="note">${t.intro(CATALOGUE_EDITION)}</p>`;
  if (rows.length === 0) {
    return section(
      t.section(wave),
      [intro, html`<p class="note">${t.noFieldDemand}</p>`],
      "fields",
    );
  }
  const name = (code: string) => disciplineName(code, o.lang);
  const table = dataTable({
    headers: [t.discipline, t.category, o.text.demand, o.text.matched, o.text.gap, t.people],
    rows: rows.map((row) => ({
      heads: [`${row.code} ${name(row.code)}`, categoryName(row.code, o.lang)],
      cells: [row.demand, row.matched, row.gap, row.people],
    })),
    lang: o.lang,
  });
  const withGap = rows.filter((row) => gapBound(row.gap) > 0);
  if (withGap.length === 0) {
    return section(
      t.section(wave),
      [intro, table, html`<p class="note">${t.noFieldGap}</p>`],
      "fields",
    );
  }
  const figure = await chartFigure(
    rankedSpec({
      description: `${t.chart(wave)}: ${chain.name}`,
      rows: withGap.slice(0, chartBars).map((row) => ({ name: name(row.code), cell: row.gap })),
      series: o.text.gap,
      color: colors.gap,
      categoryTitle: t.discipline,
      valueTitle: o.text.gap,
      // English names run to 50 letters (Aeronautical and Astronautical Science and Technology).
      labelLimit: 420,
    }),
    { id: "field-gaps", caption: t.chart(wave), source: sourceNote(o, [wave], true) },
    o,
  );
  const details = withGap
    .slice(0, topFields)
    .map((row) => fieldDetail(chain, wave, row, fields, o));
  return section(
    t.section(wave),
    [
      intro,
      html`<div class="pair">${figure}${table}</div>`,
      html`<p class="note">${t.detailIntro(topFields, topPlaces, o.minCellSize)}</p>`,
      ...details,
    ],
    "fields",
  );
}

function sum<T extends { n: number }>(rows: readonly T[], keep: (row: T) => boolean): number {
  return rows.reduce((total, row) => total + (keep(row) ? row.n : 0), 0);
}

/**
 * One discipline: its gap per education level beside its people, where they are, and how
 * many more of the rosters' people hold it outside the chain.
 */
function fieldDetail(
  chain: ChainSummary,
  wave: string,
  row: FieldGapRow,
  fields: FieldDetails,
  o: PageOptions,
): SafeHtml {
  const { text, lang, minCellSize } = o;
  const t = fieldText(lang);
  const levels = fields.gaps.filter(
    (g) =>
      g.chain_id === chain.id && g.wave === wave && g.grain === "discipline" && g.code === row.code,
  );
  const people = (level: string) =>
    fields.supply.find((s) => s.chain_id === chain.id && s.code === row.code && s.level === level)
      ?.n ?? 0;
  const levelTable = dataTable({
    headers: [t.levelsTable, text.demand, text.matched, text.gap, text.people],
    rows: demandEducationKeys.map((key) => {
      const cell = levels.find((g) => g.level === key) ?? { demand: 0, matched: 0, gap: 0 };
      const label =
        key === "none"
          ? t.noneOrUnknown(
              levelLabel(text, "education", "none", "demand"),
              levelLabel(text, "education", "unknown", "supply"),
            )
          : levelLabel(text, "education", key, "demand");
      return {
        heads: [label],
        cells: [
          cell.demand,
          peopleCell(cell.matched, minCellSize),
          gapCell(cell.demand, cell.matched, minCellSize),
          peopleCell(people(key === "none" ? "unknown" : key), minCellSize),
        ],
      };
    }),
    lang,
  });
  const placeTable = (key: "province" | "city", label: string) => {
    const places = fieldPlaces(fields.places, chain.id, row.code, key, topPlaces, minCellSize);
    if (places.length === 0) return null;
    const named = (code: string) =>
      key === "province" ? o.places.province(code, text) : o.places.region(code, text);
    return dataTable({
      headers: [label, text.people],
      rows: places.map(([code, n]) => ({ heads: [named(code)], cells: [n] })),
      lang,
    });
  };
  const provinces = placeTable("province", text.province);
  const cities = placeTable("city", text.city);
  const inChain = sum(fields.supply, (s) => s.chain_id === chain.id && s.code === row.code);
  const outside = (fields.roster.find((r) => r.code === row.code)?.n ?? 0) - inChain;
  const elsewhere =
    outside > 0
      ? html`<p class="note">${t.elsewhere(formatCell(peopleCell(outside, minCellSize), lang))}</p>`
      : "";
  const places =
    provinces || cities
      ? [provinces, cities]
      : html`<p class="note">${inChain === 0 ? t.noPeople : t.noPlaces}</p>`;
  return html`<h3>${t.detail(
    `${row.code} ${disciplineName(row.code, lang)}`,
    formatCell(row.gap, lang),
    formatCell(row.people, lang),
  )}</h3>
<div class="pair">${levelTable}${places}</div>${elsewhere}`;
}
