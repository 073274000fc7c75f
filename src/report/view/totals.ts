import type { ChainSummary } from "../summary/schema.ts";
import { type Cell, gapCell, peopleCell } from "./suppress.ts";

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
