import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows, tableExists } from "../../../warehouse/sql.ts";

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
