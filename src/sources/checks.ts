import type { DuckDBConnection } from "@duckdb/node-api";
import type { Lang } from "../messages/lang.ts";
import { hiddenValue, type RejectReason, rejectReasons } from "../messages/rejects.ts";
import { quoteIdent, quoteLiteral } from "../warehouse/sql.ts";
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
