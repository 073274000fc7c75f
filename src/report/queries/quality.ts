import type { DuckDBConnection } from "@duckdb/node-api";
import { queryColumnRows, queryRows, tableExists } from "../../warehouse/sql.ts";
import { readRow } from "./demand.ts";

/** What the data-quality page lists: rows set aside, values not understood, rows in no chain. */

export type RejectCountRow = { file: string; reason_code: string; n: number };

export function queryRejectCounts(db: DuckDBConnection): Promise<RejectCountRow[]> {
  return queryRows<RejectCountRow>(
    db,
    `select file, coalesce(reason_code, '') as reason_code, count(*) as n
     from rejects group by all order by file, n desc, reason_code`,
  );
}

export type UnresolvedRow = {
  kind: string;
  side: string;
  raw: string;
  status: string;
  rows: number;
  files: string;
};

/** Values of `unresolved`, and the field parts of `field_unresolved` (kind `field`) when present. */
export async function queryUnresolved(db: DuckDBConnection): Promise<UnresolvedRow[]> {
  const fields = (await tableExists(db, "field_unresolved"))
    ? `union all select 'field', side, raw, 'unresolved', rows, files from field_unresolved`
    : "";
  return queryRows<UnresolvedRow>(
    db,
    `select kind, side, coalesce(raw, '') as raw, status, cast(rows as bigint) as rows,
            coalesce(files, '') as files
     from (select kind, side, raw, status, rows, files from unresolved ${fields})
     order by rows desc, kind, side, raw`,
  );
}

/** Demand rows in no chain (unassigned or ambiguous): enterprises' rows, nothing personal. */
export type UnassignedRow = {
  file: string;
  sheet: string | null;
  row_number: number;
  employer: string;
  position: string;
  sector: string;
  chain_raw: string;
  status: string;
  headcount: number;
};

export function queryUnassigned(db: DuckDBConnection): Promise<UnassignedRow[]> {
  return queryColumnRows<UnassignedRow>(
    db,
    `select d.file, d.sheet, d.row_number, coalesce(d.employer, '') as employer,
            coalesce(d.position, '') as position, coalesce(d.sector, '') as sector,
            coalesce(r.chain, '') as chain_raw, dc.status, coalesce(d.headcount, 0) as headcount
     from demand d
     join demand_chain dc on dc.demand_id = d.demand_id
     ${readRow}
     where dc.status is distinct from 'assigned'
     order by d.file, d.sheet nulls first, d.row_number`,
  );
}
