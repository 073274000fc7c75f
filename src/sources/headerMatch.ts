import type { MergeRange } from "../readers/types.ts";
import { compactText } from "../text/clean.ts";

export type AliasTable<F extends string> = Readonly<Record<F, readonly string[]>>;

/** One column of a header row: the header as written and the field it maps to, if any. */
export interface MappedColumn<F extends string> {
  readonly index: number;
  readonly header: string;
  readonly field: F | null;
}

/** "需求人数（人）*" and "学 历" must find their fields: drop marks and bracketed units. */
function headerKey(header: string): string {
  return compactText(header)
    .toLowerCase()
    .replace(/^\*+|\*+$/g, "");
}
function withoutBrackets(key: string): string {
  return key.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, "").replace(/\*+$/, "");
}

/**
 * What may follow an alias in a header and leave its meaning alone: "职称等级" is a title,
 * "所属产业链名称" a chain. Anything else changes the meaning ("企业所在地" is a place, not an
 * employer; "岗位职责" and "岗位数量" are not positions), so the header is left unmapped.
 */
const harmlessRemainders = ["要求", "名称", "全称", "类别", "类型", "等级", "层次", "号码"];

/** Alias lookup for one kind: exact, without brackets, then alias + a harmless remainder. */
function aliasIndex<F extends string>(aliases: AliasTable<F>): (header: string) => F | null {
  const byAlias = new Map<string, F>();
  for (const [field, names] of Object.entries(aliases) as [F, readonly string[]][]) {
    for (const name of names) byAlias.set(name.toLowerCase(), field);
  }
  return (header) => {
    const key = headerKey(header);
    const bare = withoutBrackets(key);
    const exact = byAlias.get(key) ?? byAlias.get(bare);
    if (exact !== undefined) return exact;
    for (const remainder of harmlessRemainders) {
      if (bare.length > remainder.length && bare.endsWith(remainder)) {
        const field = byAlias.get(bare.slice(0, -remainder.length));
        if (field !== undefined) return field;
      }
    }
    return null;
  };
}

/**
 * Maps each header cell to a field: exact alias first, then without brackets, then an alias
 * followed by a harmless word ("职称等级"). A field is claimed by its first column only; a
 * later duplicate column is ignored rather than guessed at.
 */
export function mapHeaders<F extends string>(
  cells: readonly string[],
  aliases: AliasTable<F>,
): MappedColumn<F>[] {
  const lookup = aliasIndex(aliases);
  return claim(
    cells.map((header, index) => ({ index, header: header.trim(), field: lookup(header) })),
  );
}

function claim<F extends string>(columns: MappedColumn<F>[]): MappedColumn<F>[] {
  const claimed = new Set<F>();
  return columns.map((column) => {
    if (column.field === null) return column;
    if (claimed.has(column.field)) return { ...column, field: null };
    claimed.add(column.field);
    return column;
  });
}

/**
 * A header of two rows, as people draw them with merged cells: "联系方式" merged over
 * "电话" and "邮箱", "需求情况" over "岗位" and "人数", "企业名称" merged down over both rows.
 * Per column the lower cell speaks when it maps; else the upper and lower together
 * ("岗位" over "名称"); else, when the lower cell is empty (merged down), the upper one.
 * An upper cell merged across gives its text to every column under it.
 */
export function mapTwoRowHeaders<F extends string>(
  upper: readonly string[],
  lower: readonly string[],
  aliases: AliasTable<F>,
  merges: readonly MergeRange[] = [],
  upperIndex = 0,
): MappedColumn<F>[] {
  const lookup = aliasIndex(aliases);
  const width = Math.max(upper.length, lower.length);
  const columns: MappedColumn<F>[] = [];
  for (let index = 0; index < width; index++) {
    const across = merges.find(
      (m) => m.firstRow === upperIndex && m.firstCol < index && index <= m.lastCol,
    );
    const up = (across === undefined ? upper[index] : upper[across.firstCol])?.trim() ?? "";
    const mergedDown = merges.some(
      (m) =>
        m.firstRow === upperIndex &&
        m.lastRow > upperIndex &&
        m.firstCol <= index &&
        index <= m.lastCol,
    );
    const lo = mergedDown ? "" : (lower[index]?.trim() ?? "");
    columns.push(pickCell(index, up, lo, lookup));
  }
  return claim(columns);
}

function pickCell<F extends string>(
  index: number,
  up: string,
  lo: string,
  lookup: (header: string) => F | null,
): MappedColumn<F> {
  if (lo === "") return { index, header: up, field: up === "" ? null : lookup(up) };
  const lower = lookup(lo);
  if (lower !== null || up === "") return { index, header: lo, field: lower };
  const both = lookup(up + lo);
  return both === null
    ? { index, header: lo, field: null }
    : { index, header: `${up}/${lo}`, field: both };
}

/** Where a sheet's header is: its first row, how many rows it spans, and its columns. */
export interface HeaderRow<F extends string> {
  readonly rowIndex: number;
  readonly rowCount: 1 | 2;
  readonly columns: MappedColumn<F>[];
}

/**
 * Finds the header among the first rows of a sheet: the first row (or pair of rows) that
 * maps at least three fields including one the kind cannot do without. Title rows above it
 * ("南乐县2024年上半年重点企业人才需求调查表") map at most one field and are passed over.
 *
 * A pair of rows is one header when together they map more fields than either row alone, or
 * when cells of the upper row are merged down into the lower one. `merges` are zero-based
 * and relative to `rows`.
 */
export function findHeaderRow<F extends string>(
  rows: readonly (readonly string[])[],
  aliases: AliasTable<F>,
  mustHaveOneOf: readonly F[],
  options: { scanRows?: number; merges?: readonly MergeRange[] } | number = {},
): HeaderRow<F> | null {
  const { scanRows = 30, merges = [] } =
    typeof options === "number" ? { scanRows: options } : options;
  const qualifies = (columns: MappedColumn<F>[]) => {
    const fields = columns.filter((column) => column.field !== null);
    return fields.length >= 3 && fields.some((column) => mustHaveOneOf.includes(column.field as F));
  };
  const count = (columns: MappedColumn<F>[]) => columns.filter((c) => c.field !== null).length;
  const limit = Math.min(rows.length, scanRows);
  for (let rowIndex = 0; rowIndex < limit; rowIndex++) {
    const single = mapHeaders(rows[rowIndex] ?? [], aliases);
    if (rowIndex + 1 < limit) {
      const next = rows[rowIndex + 1] ?? [];
      const pair = mapTwoRowHeaders(rows[rowIndex] ?? [], next, aliases, merges, rowIndex);
      const below = mapHeaders(next, aliases);
      const more = count(pair) > count(single) && count(pair) > count(below);
      const mergedDown = merges.some(
        (m) => m.firstRow === rowIndex && m.lastRow === rowIndex + 1 && count(single) > 0,
      );
      const subHeader = qualifies(single) && isSubHeader(rows[rowIndex] ?? [], next, single);
      if (qualifies(pair) && (more || subHeader || (mergedDown && count(pair) >= count(single)))) {
        return { rowIndex, rowCount: 2, columns: pair };
      }
    }
    if (qualifies(single)) return { rowIndex, rowCount: 1, columns: single };
  }
  return null;
}

/**
 * A row under a header that labels only columns the header left unmapped, under a group
 * label ("联系方式" over "联系人", "电话"): part of the header. A data row fills mapped
 * columns (employer, position, headcount, name…), so it is never taken for one.
 */
function isSubHeader<F extends string>(
  upper: readonly string[],
  lower: readonly string[],
  single: readonly MappedColumn<F>[],
): boolean {
  const filled = lower.flatMap((cell, index) => (cell.trim() === "" ? [] : [index]));
  if (filled.length === 0) return false;
  const mapped = new Set(single.filter((c) => c.field !== null).map((c) => c.index));
  return (
    filled.every((index) => !mapped.has(index)) &&
    filled.some((index) => (upper[index]?.trim() ?? "") !== "")
  );
}
