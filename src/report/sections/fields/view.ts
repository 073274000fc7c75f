/**
 * A chain's fields as its page shows them, worked out from summary.json's byField and the
 * field details: each discipline with demand in a wave, with its gap and people (small counts
 * hidden), ordered by the gap as published, and where a discipline's people are.
 */

import type { FieldPlaceRow } from "../../queries/field-details.ts";
import type { ChainSummary } from "../../summary/schema.ts";
import { compareText, sumBy } from "../../view/breakdown.ts";
import { type Cell, gapCell, peopleCell } from "../../view/suppress.ts";

export type FieldGapRow = {
  code: string;
  demand: number;
  matched: Cell;
  gap: Cell;
  people: Cell;
};

/**
 * The largest gap a published cell allows: the number, or the top of a range ("2–3" → 3). The
 * order of the rows is worked from what the page shows, so it gives no hidden count away.
 */
export function gapBound(cell: Cell): number {
  if (typeof cell === "number") return cell;
  const top = /(\d+)$/.exec(cell)?.[1];
  return top === undefined ? 0 : Number(top);
}

/**
 * The disciplines with demand in `wave`, largest gap first (ties: larger demand, then code),
 * or null when the summary holds no field figures (made before fields were counted).
 */
export function fieldGapRows(
  chain: ChainSummary,
  wave: string,
  minCellSize: number,
): FieldGapRow[] | null {
  const cells = chain.waves[wave]?.gap.byField;
  if (cells === undefined) return null;
  const people = chain.supply.byField ?? {};
  return Object.entries(cells)
    .filter(([, cell]) => cell.demand > 0)
    .map(([code, cell]) => ({
      code,
      demand: cell.demand,
      matched: peopleCell(cell.matched, minCellSize),
      gap: gapCell(cell.demand, cell.matched, minCellSize),
      people: peopleCell(people[code] ?? 0, minCellSize),
    }))
    .sort(
      (a, b) =>
        gapBound(b.gap) - gapBound(a.gap) || b.demand - a.demand || compareText(a.code, b.code),
    );
}

/**
 * Where a discipline's people of a chain are: the `top` places by people, unknown places and
 * places under the minimum cell size left out.
 */
export function fieldPlaces(
  rows: readonly FieldPlaceRow[],
  chainId: string,
  code: string,
  key: "province" | "city",
  top: number,
  minCellSize: number,
): [string, number][] {
  const mine = rows.filter((row) => row.chain_id === chainId && row.code === code);
  return sumBy(
    mine,
    (row) => row[key],
    (row) => row.n,
  )
    .filter(([place, n]) => place !== "unknown" && typeof peopleCell(n, minCellSize) === "number")
    .slice(0, top);
}
