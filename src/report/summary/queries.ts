import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../../warehouse/sql.ts";
import { assigned, headcount, regionCode } from "../queries/demand.ts";
import { personProvince } from "../queries/people.ts";

/**
 * The aggregates summary.json is made of, one query per grain; no personal column is
 * read (roster_rows never is). Counts come back as numbers (queryRows checks the range).
 */

export type InputRow = {
  file: string;
  kind: "demand" | "roster";
  wave: string | null;
  rows_read: number;
  rows_loaded: number;
  rows_rejected: number;
  error: string | null;
};

export type TotalsRow = {
  rows_loaded: number;
  distinct_people: number;
  unassigned_demand: number;
  unassigned_people: number;
};

export type ChainRow = {
  chain_id: string;
  name: string;
};

export type ChainCountRow = {
  chain_id: string;
  key: string;
  n: number;
};

export type LevelRow = {
  chain_id: string;
  wave: string | null;
  ladder: string;
  level: string;
  n: number;
};

export type DemandTotalRow = {
  chain_id: string;
  wave: string;
  positions: number;
  headcount: number;
};

export type DemandRegionRow = {
  chain_id: string;
  wave: string;
  region: string;
  headcount: number;
};

export type GapRow = {
  chain_id: string;
  wave: string;
  ladder: string;
  level: string;
  demand: number;
  matched: number;
  gap: number;
};

/** Waves of the demand files (a wave whose files were all set aside still counts). */
export async function queryWaves(db: DuckDBConnection): Promise<string[]> {
  const rows = await queryRows<{ wave: string }>(
    db,
    `select wave from input_files where kind = 'demand' and wave is not null
     union
     select wave from demand where wave is not null
     order by wave`,
  );
  return rows.map((row) => row.wave);
}

export function queryInputs(db: DuckDBConnection): Promise<InputRow[]> {
  return queryRows<InputRow>(
    db,
    `select file, kind, wave, rows_read, rows_loaded, rows_rejected, error
     from input_files order by file`,
  );
}

export async function queryTotals(db: DuckDBConnection): Promise<TotalsRow> {
  const rows = await queryRows<TotalsRow>(
    db,
    `select
       (select count(*) from person_facets) as rows_loaded,
       (select count(*) from people) as distinct_people,
       (select count(*) from demand_chain where status is distinct from 'assigned') as unassigned_demand,
       (select count(*) from people p
          where not exists (select 1 from person_chain pc where pc.person_key = p.person_key))
         as unassigned_people`,
  );
  const row = rows[0];
  if (!row) throw new Error("the totals query returned no row");
  return row;
}

export function queryChains(db: DuckDBConnection): Promise<ChainRow[]> {
  return queryRows<ChainRow>(db, "select chain_id, name from chain_list order by ord, chain_id");
}

/**
 * Distinct people per chain (key is unused, always ''). person_chain holds a person once per
 * chain and people once (docs/tables.md), so here and below count(*) counts people, at a
 * fraction of the cost of a distinct count over a million of them.
 */
export function querySupplyPeople(db: DuckDBConnection): Promise<ChainCountRow[]> {
  return queryRows<ChainCountRow>(
    db,
    `select chain_id, '' as key, count(*) as n from person_chain group by chain_id`,
  );
}

export function querySupplyProvinces(db: DuckDBConnection): Promise<ChainCountRow[]> {
  return queryRows<ChainCountRow>(
    db,
    `select pc.chain_id, ${personProvince} as key, count(*) as n
     from person_chain pc join people p on p.person_key = pc.person_key
     group by all`,
  );
}

export function querySupplyLevels(db: DuckDBConnection): Promise<LevelRow[]> {
  return queryRows<LevelRow>(
    db,
    `select chain_id, null::varchar as wave, ladder, level, cast(people as bigint) as n
     from supply_levels`,
  );
}

export function queryDemandLevels(db: DuckDBConnection): Promise<LevelRow[]> {
  return queryRows<LevelRow>(
    db,
    `select chain_id, wave, ladder, level, cast(headcount as bigint) as n from demand_levels`,
  );
}

/** Positions and headcount of the demand rows assigned to each chain, per wave. */
export function queryDemandTotals(db: DuckDBConnection): Promise<DemandTotalRow[]> {
  return queryRows<DemandTotalRow>(
    db,
    `select dc.chain_id, d.wave, count(*) as positions, ${headcount}
     ${assigned}
     group by all`,
  );
}

export function queryDemandRegions(db: DuckDBConnection): Promise<DemandRegionRow[]> {
  return queryRows<DemandRegionRow>(
    db,
    `select dc.chain_id, d.wave, ${regionCode} as region, ${headcount}
     ${assigned}
     group by all`,
  );
}

export function queryGaps(db: DuckDBConnection): Promise<GapRow[]> {
  return queryRows<GapRow>(
    db,
    `select chain_id, wave, ladder, level,
            cast(demand as bigint) as demand, cast(matched as bigint) as matched,
            cast(gap as bigint) as gap
     from gaps`,
  );
}
