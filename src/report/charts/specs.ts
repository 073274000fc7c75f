import type { TopLevelSpec } from "vega-lite";
import { levelLabel, type ReportText } from "../../messages/report.ts";
import { demandKeys, type Ladder } from "../../vocab/ladders.ts";
import type { ChainSummary, GapCell } from "../summary/schema.ts";
import type { Places } from "../view/places.ts";
import { type Cell, cellValue, gapCell, peopleCell } from "../view/suppress.ts";
import { type Bar, groupedBars } from "./bars.ts";
import { colors } from "./theme.ts";

/** What every chart of a chain page needs besides the chain. */
export type ChartOptions = { text: ReportText; minCellSize: number; places: Places };

function bar(category: string, series: string, cell: Cell): Bar {
  return { category, series, value: cellValue(cell), label: String(cell) };
}

/** For one wave and ladder: demand, matched people and the gap at each level, side by side. */
export function gapSpec(
  chain: ChainSummary,
  wave: string,
  ladder: Ladder,
  { text, minCellSize }: ChartOptions,
): TopLevelSpec {
  const keys = demandKeys(ladder);
  const entry = chain.waves[wave];
  const cells: Record<string, GapCell> | undefined =
    ladder === "education" ? entry?.gap.byEducation : entry?.gap.byTitle;
  const categories = keys.map((key) => levelLabel(text, ladder, key, "demand"));
  const bars = keys.flatMap((key, i) => {
    const cell = cells?.[key] ?? { demand: 0, matched: 0, gap: 0 };
    const category = categories[i] ?? key;
    return [
      bar(category, text.demand, cell.demand),
      bar(category, text.matched, peopleCell(cell.matched, minCellSize)),
      bar(category, text.gap, gapCell(cell.demand, cell.matched, minCellSize)),
    ];
  });
  return groupedBars({
    description: text.gapChart(ladder, wave),
    bars,
    categories,
    series: [text.demand, text.matched, text.gap],
    colors: [colors.demand, colors.matched, colors.gap],
    categoryTitle: text.ladderNames[ladder],
    valueTitle: text.count,
    seriesTitle: text.measure,
  });
}

/**
 * People by province, largest first. Hidden counts rank below every shown one and among
 * themselves by code, so the order gives no hidden count away.
 */
export type ProvinceRow = { code: string; name: string; cell: Cell };

export function provinceRows(
  chain: ChainSummary,
  { text, minCellSize, places }: ChartOptions,
): ProvinceRow[] {
  const special = (code: string) => (code === "overseas" ? 1 : code === "unknown" ? 2 : 0);
  return Object.entries(chain.supply.byProvince)
    .map(([code, count]) => ({
      code,
      name: places.province(code, text),
      cell: peopleCell(count, minCellSize),
    }))
    .sort((a, b) => {
      const av = cellValue(a.cell) ?? -1;
      const bv = cellValue(b.cell) ?? -1;
      return (
        bv - av ||
        special(a.code) - special(b.code) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
      );
    });
}
