import type { TopLevelSpec } from "vega-lite";
import { type Cell, cellValue } from "../view/suppress.ts";
import { type Bar, groupedBars, rankedBars } from "./bars.ts";
import { colors } from "./theme.ts";

/**
 * Chart specs for the breakdowns of a chain page, from figures already published (a hidden
 * count arrives as its text and is drawn as no bar, only its label).
 */

function bar(category: string, series: string, cell: Cell): Bar {
  return { category, series, value: cellValue(cell), label: String(cell) };
}

/** Categories in their own order (ladder levels), a bar per wave, newest darkest. */
export function byWaveSpec(o: {
  description: string;
  categories: readonly string[];
  waves: readonly string[];
  value: (index: number, wave: string) => Cell;
  categoryTitle: string;
  valueTitle: string;
  waveTitle: string;
}): TopLevelSpec {
  return groupedBars({
    description: o.description,
    bars: o.waves.flatMap((wave) =>
      o.categories.map((category, i) => bar(category, wave, o.value(i, wave))),
    ),
    categories: o.categories,
    series: o.waves,
    colors: colors.waves.slice(Math.max(0, colors.waves.length - o.waves.length)),
    categoryTitle: o.categoryTitle,
    valueTitle: o.valueTitle,
    seriesTitle: o.waveTitle,
  });
}

/** Categories in their own order, one bar each. */
export function columnsSpec(o: {
  description: string;
  categories: readonly string[];
  cells: readonly Cell[];
  series: string;
  color: string;
  categoryTitle: string;
  valueTitle: string;
  seriesTitle: string;
}): TopLevelSpec {
  return groupedBars({
    description: o.description,
    bars: o.categories.map((category, i) => bar(category, o.series, o.cells[i] ?? 0)),
    categories: o.categories,
    series: [o.series],
    colors: [o.color],
    categoryTitle: o.categoryTitle,
    valueTitle: o.valueTitle,
    seriesTitle: o.seriesTitle,
  });
}

/** Horizontal bars in the order given (largest first). Names must be distinct. */
export function rankedSpec(o: {
  description: string;
  rows: readonly { name: string; cell: Cell }[];
  series: string;
  color: string;
  categoryTitle: string;
  valueTitle: string;
  labelLimit?: number;
}): TopLevelSpec {
  return rankedBars({
    description: o.description,
    bars: o.rows.map((row) => bar(row.name, o.series, row.cell)),
    categories: o.rows.map((row) => row.name),
    categoryTitle: o.categoryTitle,
    valueTitle: o.valueTitle,
    color: o.color,
    ...(o.labelLimit === undefined ? {} : { labelLimit: o.labelLimit }),
  });
}
