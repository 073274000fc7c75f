import type { DuckDBConnection } from "@duckdb/node-api";
import { columnName } from "../readers/types.ts";
import { quoteIdent, quoteLiteral } from "../warehouse/sql.ts";
import type { MappedColumn } from "./headerMatch.ts";

export const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Rows under the data that are notes, not data (填表说明：…, 注：…, 备注…). */
const notesRowPattern = "^(填表说明|填报说明|说明|备注|注)\\s*[:：0-9一、.]|^(填表说明|填报说明)";

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
 * Moves one loaded sheet into the kind's staging table: the mapped columns, cleaned, under
 * their field names. Blank rows and everything from the first notes row on are not data rows.
 * Returns the number of data rows (rowsRead).
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
  const cells = columns.map((column) => `clean_cell(${columnName(column.index)})`);
  const firstCell = cells.length === 1 ? cells[0] : `coalesce(${cells.join(", ")})`;
  const byField = new Map(columns.filter((c) => c.field).map((c) => [c.field as string, c.index]));
  const selected = fields.map((field) => {
    const index = byField.get(field);
    return index === undefined ? "null" : `clean_cell(${columnName(index)})`;
  });
  const literal = (value: string | null) => (value === null ? "null" : quoteLiteral(value));
  const counted = await db.runAndReadAll(`
    with marked as (
      select *, ${firstCell} as first_cell from ${quoteIdent(source)}
    ), notes_start as (
      select coalesce(min(row_number), 2147483647) as starts_at from marked
      where regexp_matches(first_cell, ${quoteLiteral(notesRowPattern)})
    ), data as (
      select * from marked where first_cell is not null and row_number < (select starts_at from notes_start)
    )
    insert into ${quoteIdent(staging)}
    select ${literal(file)}, ${literal(sheet)}, row_number, ${literal(wave)}, ${selected.join(", ")}
    from data`);
  const rows = counted.getRowObjectsJS()[0]?.Count;
  await db.run(`drop table ${quoteIdent(source)}`);
  return Number(rows ?? 0);
}
