import { type Cell, gapCell, peopleCell } from "../output/suppress.ts";
import type { ChainSummary } from "../summary/schema.ts";

/** A chain's latest totals on the education ladder, people counts suppressed. */
export function waveTotalsExport(
  chain: ChainSummary,
  wave: string,
  minCellSize: number,
): { headcount: number; matched: Cell; gap: Cell } {
  const entry = chain.waves[wave];
  const cells = entry ? Object.values(entry.gap.byEducation) : [];
  const demand = cells.reduce((sum, cell) => sum + cell.demand, 0);
  const matched = cells.reduce((sum, cell) => sum + cell.matched, 0);
  return {
    headcount: entry?.demand.headcount ?? 0,
    matched: peopleCell(matched, minCellSize),
    gap: gapCell(demand, matched, minCellSize),
  };
}
