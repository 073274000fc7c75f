/**
 * Small-cell suppression (DOMAIN.md "Privacy") for planner-facing outputs: HTML pages,
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
