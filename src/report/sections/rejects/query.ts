import type { DuckDBConnection } from "@duckdb/node-api";
import { queryColumnRows, queryRows } from "../../../warehouse/sql.ts";

/** Rows set aside: counted by file and reason for the page, and each one for rejects.csv. */
export type RejectsView = { counts: RejectCountRow[]; rows: RejectRow[] };

export async function queryRejectsView(db: DuckDBConnection): Promise<RejectsView> {
  return { counts: await queryRejectCounts(db), rows: await queryRejects(db) };
}

export type RejectCountRow = { file: string; reason_code: string; n: number };

export function queryRejectCounts(db: DuckDBConnection): Promise<RejectCountRow[]> {
  return queryRows<RejectCountRow>(
    db,
    `select file, coalesce(reason_code, '') as reason_code, count(*) as n
     from rejects group by all order by file, n desc, reason_code`,
  );
}

export type RejectRow = {
  file: string;
  sheet: string | null;
  row_number: number | null;
  column_name: string | null;
  value: string | null;
  reason: string | null;
};

/** Every row (or file) set aside, in the order a person fixing the files would walk them. */
export function queryRejects(db: DuckDBConnection): Promise<RejectRow[]> {
  return queryColumnRows<RejectRow>(
    db,
    `select r.file, r.sheet, r.row_number, r.column_name, r.value, r.reason
     from rejects r
     order by r.file, r.sheet nulls first, r.row_number nulls first, r.column_name nulls first`,
  );
}
