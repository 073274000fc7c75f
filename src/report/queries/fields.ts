import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows, tableExists } from "../../warehouse/sql.ts";

/**
 * summary.json's byField figures, from the fields stage's tables (grain `discipline` only;
 * categories are for the pages). Codes with a count of zero are left out.
 */

export type FieldCountRow = { chain_id: string; wave: string | null; code: string; n: number };
export type FieldGapRow = {
  chain_id: string;
  wave: string;
  code: string;
  demand: number;
  matched: number;
  gap: number;
};

export type FieldFigures = {
  demand: FieldCountRow[];
  supply: FieldCountRow[];
  gaps: FieldGapRow[];
};

/** The figures, or null when the warehouse has no field tables (made before the fields stage). */
export async function queryFieldFigures(db: DuckDBConnection): Promise<FieldFigures | null> {
  for (const table of ["field_levels", "field_gaps"]) {
    if (!(await tableExists(db, table))) return null;
  }
  const demand = await queryRows<FieldCountRow>(
    db,
    `select chain_id, wave, code, cast(sum(n) as bigint) as n from field_levels
     where grain = 'discipline' and side = 'demand' group by all having sum(n) > 0
     order by chain_id, wave, code`,
  );
  const supply = await queryRows<FieldCountRow>(
    db,
    `select chain_id, null::varchar as wave, code, cast(sum(n) as bigint) as n from field_levels
     where grain = 'discipline' and side = 'supply' group by all having sum(n) > 0
     order by chain_id, code`,
  );
  const gaps = await queryRows<FieldGapRow>(
    db,
    `select chain_id, wave, code, cast(sum(demand) as bigint) as demand,
            cast(sum(matched) as bigint) as matched, cast(sum(gap) as bigint) as gap
     from field_gaps where grain = 'discipline' group by all
     order by chain_id, wave, code`,
  );
  return { demand, supply, gaps };
}

/**
 * `{code: n}` for one chain (and wave). Rows come in code order, but an object puts
 * integer-like keys (1001–1407) before the rest (0101–0910): the order means nothing.
 */
export function fieldCounts(
  rows: readonly FieldCountRow[],
  chainId: string,
  wave: string | null,
): Record<string, number> {
  return Object.fromEntries(
    rows.filter((r) => r.chain_id === chainId && r.wave === wave).map((r) => [r.code, r.n]),
  );
}

/** `{code: {demand, matched, gap}}` for one chain and wave. */
export function fieldGapCells(
  rows: readonly FieldGapRow[],
  chainId: string,
  wave: string,
): Record<string, { demand: number; matched: number; gap: number }> {
  return Object.fromEntries(
    rows
      .filter((r) => r.chain_id === chainId && r.wave === wave)
      .map((r) => [r.code, { demand: r.demand, matched: r.matched, gap: r.gap }]),
  );
}
