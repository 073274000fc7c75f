/** Sums a measure by a key, largest first, ties by key: the order every ranked table uses. */
export function sumBy<T>(
  rows: readonly T[],
  key: (row: T) => string,
  value: (row: T) => number,
): [string, number][] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(key(row), (totals.get(key(row)) ?? 0) + value(row));
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
}

/** The same, in a fixed key order (ladder levels), zeros included. */
export function sumByKeys<T>(
  rows: readonly T[],
  keys: readonly string[],
  key: (row: T) => string,
  value: (row: T) => number,
): [string, number][] {
  const totals = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const row of rows) {
    const k = key(row);
    if (totals.has(k)) totals.set(k, (totals.get(k) ?? 0) + value(row));
  }
  return [...totals.entries()];
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Competition ranks by a value, largest first (1, 2, 2, 4): the rank a planner reads in a
 * table ordered by the value.
 */
export function ranks(entries: readonly (readonly [string, number])[]): Map<string, number> {
  const sorted = [...entries].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const out = new Map<string, number>();
  sorted.forEach(([key, value], i) => {
    const prev = sorted[i - 1];
    out.set(key, prev && prev[1] === value ? (out.get(prev[0]) ?? i + 1) : i + 1);
  });
  return out;
}
