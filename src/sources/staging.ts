import type { DuckDBConnection } from "@duckdb/node-api";
import { columnName, type SheetRows } from "../readers/types.ts";
import { queryRows, quoteIdent, quoteLiteral } from "../warehouse/sql.ts";
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
  // first_cell: the row's first non-blank cell, cleaned; it tells blank rows and notes rows
  // once the rows are numbered (stageSheet), and is dropped with the staging table.
  await db.run(`create or replace temp table ${quoteIdent(table)} (
    file varchar, sheet varchar, row_number integer, wave varchar, ${columns}, first_cell varchar)`);
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
 * Moves a sheet's rows into the kind's staging table: the mapped columns, cleaned, under their
 * field names, then takes out the rows that are not data (dataRowsSql's rule: blank rows, and
 * everything from the first notes row on). Returns the number of data rows (rowsRead).
 *
 * Written for a million rows: the rows are read once (a CSV straight from read_csv) and
 * written once, in sheet order. Rows that come without numbers are numbered from their place
 * in the table afterwards, before any is taken out, which keeps Excel's numbering. Whether a
 * row needs cleaning at all is one scan of its cells joined; the cells of a clean row (most
 * rows) are only made NULL when empty, which is what clean_cell gives them.
 */
export async function stageSheet(
  db: DuckDBConnection,
  options: {
    staging: string;
    rows: SheetRows;
    fields: readonly string[];
    columns: readonly MappedColumn<string>[];
    file: string;
    sheet: string | null;
    wave: string | null;
  },
): Promise<number> {
  const { staging, rows, fields, columns, file, sheet, wave } = options;
  const table = quoteIdent(staging);
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
  const selected = fields.map((field) => {
    const index = byField.get(field);
    return index === undefined ? "null" : cell(columnName(index));
  });
  const literal = (value: string | null) => (value === null ? "null" : quoteLiteral(value));
  const numbered = rows.inFileOrderFrom === null;
  await db.run(`insert into ${table}
    select ${literal(file)}, ${literal(sheet)}, ${numbered ? "row_number" : "null"}, ${literal(wave)},
      ${selected.join(", ")}, ${firstCell}
    from (select *, needs_cleaning(concat(${all.join(", ")})) as dirty from ${rows.from})`);
  if (!numbered) await numberInFileOrder(db, staging, rows.inFileOrderFrom);
  const thisSheet = `file = ${literal(file)} and sheet is not distinct from ${literal(sheet)}`;
  await db.run(`delete from ${table} where ${thisSheet} and (first_cell is null or row_number >= (
    select coalesce(min(row_number), 2147483647) from ${table}
    where ${thisSheet} and regexp_matches(first_cell, ${quoteLiteral(notesRowPattern)})))`);
  const [counted] = await queryRows<{ n: number }>(
    db,
    `select count(*)::integer as n from ${table} where ${thisSheet}`,
  );
  return counted?.n ?? 0;
}

/**
 * Numbers the rows just inserted (row_number NULL) by their place: one INSERT appends its rows
 * in the order read, at consecutive rowids. Checked, because a wrong number would send an
 * analyst to the wrong row.
 */
async function numberInFileOrder(
  db: DuckDBConnection,
  staging: string,
  firstRow: number,
): Promise<void> {
  const table = quoteIdent(staging);
  const [span] = await queryRows<{ consecutive: boolean | null }>(
    db,
    `select count(*) = max(rowid) - min(rowid) + 1 as consecutive from ${table} where row_number is null`,
  );
  if (span?.consecutive === false)
    throw new Error(
      `${staging}: the rows just read do not lie at consecutive places, so they cannot be numbered by place`,
    );
  await db.run(`update ${table}
    set row_number = (rowid - (select min(rowid) from ${table} where row_number is null) + ${firstRow})::integer
    where row_number is null`);
}
