import type { DuckDBConnection } from "@duckdb/node-api";
import { columnName } from "../readers/types.ts";
import { quoteIdent, quoteLiteral } from "../warehouse/sql.ts";
import type { MappedColumn } from "./headerMatch.ts";

export const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Rows under the data that are notes, not data (填表说明：…, 注：…, 备注…), and the sign-off
 * lines forms end with (填表人：…, 审核人：…).
 */
const notesRowPattern =
  "^(填表说明|填报说明|说明|备注|注)\\s*[:：0-9一、.]|^(填表说明|填报说明)|^(填表人|填报人|制表人|审核人|负责人)\\s*[:：]";

export async function createStaging(
  db: DuckDBConnection,
  table: string,
  fields: readonly string[],
): Promise<void> {
  const columns = fields.map((field) => `${snakeCase(field)} varchar`).join(", ");
  await db.run(`create or replace temp table ${quoteIdent(table)} (
    file varchar, sheet varchar, row_number integer, wave varchar, ${columns})`);
}

/**
 * The data rows of a loaded sheet, as SQL: every column of the source, in row order. Blank
 * rows (every cell empty once cleaned) and everything from the first notes row on are not
 * data rows. The pipeline stages these rows; `talentmap inspect` shows them as written.
 */
export function dataRowsSql(source: string, columnCount: number): string {
  const cells = Array.from({ length: columnCount }, (_, i) => `clean_cell(${columnName(i)})`);
  const firstCell = cells.length === 1 ? cells[0] : `coalesce(${cells.join(", ")})`;
  return `with marked as materialized (
      select *, ${firstCell} as first_cell from ${quoteIdent(source)}
    ), notes_start as (
      select coalesce(min(row_number), 2147483647) as starts_at from marked
      where regexp_matches(first_cell, ${quoteLiteral(notesRowPattern)})
    )
    select * exclude (first_cell) from marked
    where first_cell is not null and row_number < (select starts_at from notes_start)
    order by row_number`;
}

/**
 * Moves one loaded sheet into the kind's staging table: the mapped columns, cleaned, under
 * their field names, with the rows dataRowsSql keeps. Returns the number of data rows
 * (rowsRead).
 *
 * Written for a million rows: one statement, no copy of the sheet and no sort (the sheet is
 * read in row order and the rows keep it). Whether a row needs cleaning at all is one scan of
 * its cells joined; the cells of a clean row (most rows) are only made NULL when empty, which
 * is what clean_cell gives them.
 */
export async function stageSheet(
  db: DuckDBConnection,
  options: {
    staging: string;
    source: string;
    fields: readonly string[];
    columns: readonly MappedColumn<string>[];
    file: string;
    sheet: string | null;
    wave: string | null;
  },
): Promise<number> {
  const { staging, source, fields, columns, file, sheet, wave } = options;
  const byField = new Map(columns.filter((c) => c.field).map((c) => [c.field as string, c.index]));
  const all = columns.map((_, i) => columnName(i));
  const cell = (name: string) =>
    `case when dirty then clean_cell(${name}) else nullif(${name}, '') end`;
  const firstCell =
    all.length === 1
      ? cell(all[0] as string)
      : `case when dirty
      then coalesce(${all.map((c) => `clean_cell(${c})`).join(", ")})
      else coalesce(${all.map((c) => `nullif(${c}, '')`).join(", ")}) end`;
  // For the notes row, sought once: COALESCE cleans a row's later cells only when the earlier
  // are blank, so this is one clean_cell a row.
  const cleanedFirstCell = `coalesce(${all.map((c) => `clean_cell(${c})`).join(", ")})`;
  const selected = fields.map((field) => {
    const index = byField.get(field);
    return index === undefined ? "null" : cell(columnName(index));
  });
  const literal = (value: string | null) => (value === null ? "null" : quoteLiteral(value));
  const rows = `(select *, needs_cleaning(concat(${all.join(", ")})) as dirty from ${quoteIdent(source)})`;
  const counted = await db.runAndReadAll(`
    insert into ${quoteIdent(staging)}
    select ${literal(file)}, ${literal(sheet)}, row_number, ${literal(wave)}, ${selected.join(", ")}
    from ${rows}
    where ${firstCell} is not null and row_number < (
      select coalesce(min(row_number), 2147483647) from ${quoteIdent(source)}
      where regexp_matches(${cleanedFirstCell}, ${quoteLiteral(notesRowPattern)}))`);
  const count = counted.getRowObjectsJS()[0]?.Count;
  await db.run(`drop table ${quoteIdent(source)}`);
  return Number(count ?? 0);
}
