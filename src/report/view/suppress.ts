import { compareText } from "./breakdown.ts";

/**
 * Small-cell suppression (docs/domain.md "Privacy") for planner-facing outputs: HTML pages,
 * charts and the people counts of the exports. summary.json stays exact.
 *
 * Decisions: only counts of people are suppressed (supply counts and "matched", which is
 * a number of people); demand headcounts are what enterprises asked for, not personal, and
 * stay exact. A count of 0 is shown as 0: it says nobody has the attribute, which picks
 * out no one. No complementary suppression of totals is attempted.
 */

/** A number shown as is, or the text that stands in for a hidden one. */
export type Cell = number | string;

export function peopleCell(count: number, minCellSize: number): Cell {
  return count > 0 && count < minCellSize ? `<${minCellSize}` : count;
}

/**
 * The gap beside a hidden "matched" would give it away (gap = demand − matched), so it is
 * shown as the range it can take: matched is 1 … min(k−1, demand).
 */
export function gapCell(demand: number, matched: number, minCellSize: number): Cell {
  const gap = demand - matched;
  if (typeof peopleCell(matched, minCellSize) === "number") return gap;
  const low = demand - Math.min(minCellSize - 1, demand);
  const high = demand - 1;
  return low === high ? low : `${low}–${high}`;
}

/** The number to draw, or null where the count is hidden (a chart must not draw it). */
export function cellValue(cell: Cell): number | null {
  return typeof cell === "number" ? cell : null;
}

/**
 * Counts of people as a ranked list: shown counts largest first, then the hidden ones by key,
 * so the order gives no hidden count away. Zeros are left out.
 */
export function rankedCells(
  entries: Iterable<readonly [string, number]>,
  minCellSize: number,
): { key: string; cell: Cell }[] {
  const list = [...entries]
    .filter(([, n]) => n > 0)
    .map(([key, n]) => ({ key, n, cell: peopleCell(n, minCellSize) }));
  const shown = list
    .filter((e) => typeof e.cell === "number")
    .sort((a, b) => b.n - a.n || compareText(a.key, b.key));
  const hidden = list
    .filter((e) => typeof e.cell === "string")
    .sort((a, b) => compareText(a.key, b.key));
  return [...shown, ...hidden].map(({ key, cell }) => ({ key, cell }));
}
