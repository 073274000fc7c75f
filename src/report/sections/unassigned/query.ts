import type { DuckDBConnection } from "@duckdb/node-api";
import { queryColumnRows } from "../../../warehouse/sql.ts";
import { readRow } from "../../queries/demand.ts";

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
