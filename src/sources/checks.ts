import type { DuckDBConnection } from "@duckdb/node-api";
import { maxCellCharacters } from "../limits.ts";
import type { Lang } from "../messages/lang.ts";
import { hiddenValue, type RejectReason, rejectReasons } from "../messages/rejects.ts";
import { queryRows, quoteIdent, quoteLiteral } from "../warehouse/sql.ts";
import { snakeCase } from "./staging.ts";

/** One validation rule as SQL over a staging table: zero matching rows means the rule holds. */
export interface RowCheck {
  readonly code: RejectReason;
  readonly field: string;
  readonly failsWhen: string;
}

/**
 * Runs every check over a staging table in one pass and appends a reject per failed check
 * (a row with two problems shows both, so the analyst fixes them at once). The column is the
 * header as the user wrote it, from `staging_columns`.
 */
export async function recordRejects(
  db: DuckDBConnection,
  options: {
    staging: string;
    checks: readonly RowCheck[];
    lang: Lang;
    personalFields?: readonly string[];
  },
): Promise<void> {
  const { staging, checks, lang } = options;
  const personal = new Set(options.personalFields ?? []);
  const failures = checks.map((check) => {
    const column = snakeCase(check.field);
    const value = personal.has(check.field) ? quoteLiteral(hiddenValue[lang]) : column;
    const reason = quoteLiteral(rejectReasons[check.code][lang]);
    return `select file, sheet, row_number, ${quoteLiteral(check.field)} as field, ${value} as value,
        ${quoteLiteral(check.code)} as reason_code, replace(${reason}, '{value}', coalesce(${value}, '')) as reason,
        ${checks.indexOf(check)} as check_order
      from ${quoteIdent(staging)} where ${check.failsWhen}`;
  });
  await db.run(`insert into rejects
    select f.file, f.sheet, f.row_number, coalesce(c.header, f.field), f.value, f.reason_code, f.reason
    from (${failures.join(" union all ")}) f
    left join staging_columns c on c.file = f.file and c.sheet is not distinct from f.sheet and c.field = f.field
    order by f.file, f.sheet, f.row_number, f.check_order`);
}

/**
 * Takes the rows some check set aside out of a staging table, which then holds the rows that
 * load. A CSV's sheet is NULL and a workbook's never '' (Excel names every sheet), so the join
 * runs on plain equality, which DuckDB hashes: `is not distinct from` costs twice as much over
 * a million rows.
 */
export async function dropRejectedRows(db: DuckDBConnection, staging: string): Promise<void> {
  await db.run(`delete from ${quoteIdent(staging)} s using (
      select distinct file, coalesce(sheet, '') as sheet, row_number from rejects
      where row_number is not null) r
    where r.file = s.file and r.sheet = coalesce(s.sheet, '') and r.row_number = s.row_number`);
}

/**
 * Rows with a cell over Excel's limit of characters (maxCellCharacters): one reject per such
 * cell, showing its first characters and its length (hidden for a personal field), and the
 * row leaves the staging table at once, so no other check quotes the cell into a reason and
 * nothing later carries megabytes of it into a page. Byte length bounds character length, so
 * the usual row is passed over on strlen, which DuckDB keeps with the string.
 */
export async function recordLongCells(
  db: DuckDBConnection,
  options: {
    staging: string;
    fields: readonly string[];
    lang: Lang;
    personalFields?: readonly string[];
  },
): Promise<void> {
  const { staging, fields, lang } = options;
  const personal = new Set(options.personalFields ?? []);
  const columns = fields.map((field) => quoteIdent(snakeCase(field)));
  const long = `greatest(${columns.map((c) => `strlen(${c})`).join(", ")}) > ${maxCellCharacters}
    and greatest(${columns.map((c) => `length(${c})`).join(", ")}) > ${maxCellCharacters}`;
  // One scan in the usual case, where no cell is long: the insert and delete scan again.
  const [found] = await queryRows<{ n: number }>(
    db,
    `select count(*)::integer as n from ${quoteIdent(staging)} where ${long}`,
  );
  if (!found?.n) return;
  const reason = quoteLiteral(rejectReasons.cell_too_long[lang]);
  const cells = fields.map((field, i) => {
    const column = columns[i] as string;
    const value = personal.has(field)
      ? quoteLiteral(hiddenValue[lang])
      : `left(${column}, ${shownCharacters}) || ${quoteLiteral(lang === "zh" ? "…（共 " : "… (")} || length(${column}) || ${quoteLiteral(lang === "zh" ? " 字）" : " characters)")}`;
    return `select file, sheet, row_number, ${quoteLiteral(field)} as field, ${value} as value
      from long_rows where length(${column}) > ${maxCellCharacters}`;
  });
  await db.run(`insert into rejects
    with long_rows as materialized (select * from ${quoteIdent(staging)} where ${long})
    select f.file, f.sheet, f.row_number, coalesce(c.header, f.field), f.value, 'cell_too_long', ${reason}
    from (${cells.join(" union all ")}) f
    left join staging_columns c on c.file = f.file and c.sheet is not distinct from f.sheet and c.field = f.field
    order by f.file, f.sheet, f.row_number`);
  await db.run(`delete from ${quoteIdent(staging)} where ${long}`);
}

/** How much of an over-long cell a reject shows: enough to find it, never the cell. */
const shownCharacters = 20;
