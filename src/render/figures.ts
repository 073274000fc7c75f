import type { Lang } from "../messages/lang.ts";
import type { ReportText } from "../messages/report.ts";
import type { Places } from "../output/places.ts";
import type { ShortageBands } from "../output/shortage.ts";
import { type Cell, gapCell, peopleCell } from "../output/suppress.ts";
import type { Sources } from "../summary/details.ts";
import type { ChainSummary } from "../summary/schema.ts";
import type { ChartFile } from "./chart.ts";

/** What the pages need besides the summary. */
export type PageOptions = {
  lang: Lang;
  text: ReportText;
  minCellSize: number;
  bands: ShortageBands;
  places: Places;
  generatedAt: string;
  sources: Sources;
  /** The charts a page draws, collected as it renders, to be written beside it. */
  charts: ChartFile[];
  /** The folder of this page's chart files, relative to the page ("bio/", "charts/"). */
  chartDir: string;
  /** The report's root, relative to the page ("" or "../"). */
  root: string;
  onWarning?: (message: string) => void;
};

/** A chain's totals for one wave; matched and gap counted on the education ladder. */
export type WaveTotals = { positions: number; headcount: number; matched: Cell; gap: Cell };

export function waveTotals(chain: ChainSummary, wave: string, minCellSize: number): WaveTotals {
  const entry = chain.waves[wave];
  if (!entry) return { positions: 0, headcount: 0, matched: 0, gap: 0 };
  const cells = Object.values(entry.gap.byEducation);
  const demand = cells.reduce((sum, cell) => sum + cell.demand, 0);
  const matched = cells.reduce((sum, cell) => sum + cell.matched, 0);
  return {
    positions: entry.demand.positions,
    headcount: entry.demand.headcount,
    matched: peopleCell(matched, minCellSize),
    gap: gapCell(demand, matched, minCellSize),
  };
}
