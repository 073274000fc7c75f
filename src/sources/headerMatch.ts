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
 * Maps each header cell to a field. Exact alias first, then without brackets, then the
 * longest alias the header starts with ("学历要求(最低)" → education). A field is claimed
 * by its first column only; a later duplicate column is ignored rather than guessed at.
 */
export function mapHeaders<F extends string>(
  cells: readonly string[],
  aliases: AliasTable<F>,
): MappedColumn<F>[] {
  const byAlias = new Map<string, F>();
  for (const [field, names] of Object.entries(aliases) as [F, readonly string[]][]) {
    for (const name of names) byAlias.set(name.toLowerCase(), field);
  }
  const longestFirst = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  const claimed = new Set<F>();
  return cells.map((header, index) => {
    const key = headerKey(header);
    const bare = withoutBrackets(key);
    let field: F | null = byAlias.get(key) ?? byAlias.get(bare) ?? null;
    if (field === null && bare.length >= 2) {
      const prefix = longestFirst.find((alias) => alias.length >= 2 && bare.startsWith(alias));
      field = prefix === undefined ? null : (byAlias.get(prefix) ?? null);
    }
    if (field !== null && claimed.has(field)) field = null;
    if (field !== null) claimed.add(field);
    return { index, header: header.trim(), field };
  });
}

/**
 * Finds the header row among the first rows of a sheet: the first row that maps at least
 * three fields including one the kind cannot do without. Title rows above it ("南乐县2024年
 * 上半年重点企业人才需求调查表") map at most one field and are passed over.
 */
export function findHeaderRow<F extends string>(
  rows: readonly (readonly string[])[],
  aliases: AliasTable<F>,
  mustHaveOneOf: readonly F[],
  scanRows = 30,
): { rowIndex: number; columns: MappedColumn<F>[] } | null {
  for (let rowIndex = 0; rowIndex < Math.min(rows.length, scanRows); rowIndex++) {
    const columns = mapHeaders(rows[rowIndex] ?? [], aliases);
    const fields = columns.filter((column) => column.field !== null);
    if (fields.length >= 3 && fields.some((column) => mustHaveOneOf.includes(column.field as F))) {
      return { rowIndex, columns };
    }
  }
  return null;
}
