import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows, tableExists } from "../../warehouse/sql.ts";
import { personCity, personProvince } from "./people.ts";

/**
 * What the pages show of fields beyond summary.json: the gap per level of each discipline and
 * category, and the chain's people of each discipline by education and by place (grouped
 * counts, never a person's row).
 */

/** A level of the cascade in one chain, wave and discipline (`grain`) or category. */
export type FieldGapLevelRow = {
  chain_id: string;
  wave: string;
  grain: "discipline" | "category";
  code: string;
  level: string;
  demand: number;
  matched: number;
  gap: number;
};

/** People of a chain holding a discipline, by education level (`unknown` included). */
export type FieldSupplyRow = { chain_id: string; code: string; level: string; n: number };

/** People of a chain holding a discipline, by province and city (as people are grouped). */
export type FieldPlaceRow = {
  chain_id: string;
  code: string;
  province: string;
  city: string;
  n: number;
};

/** People of the whole roster holding a discipline, in a chain or not. */
export type FieldRosterRow = { code: string; n: number };

export type FieldDetails = {
  gaps: FieldGapLevelRow[];
  supply: FieldSupplyRow[];
  places: FieldPlaceRow[];
  roster: FieldRosterRow[];
};

/** The details, or null when the warehouse has no field tables. */
export async function queryFieldDetails(db: DuckDBConnection): Promise<FieldDetails | null> {
  for (const table of ["field_gaps", "field_levels", "person_fields"]) {
    if (!(await tableExists(db, table))) return null;
  }
  const gaps = await queryRows<FieldGapLevelRow>(
    db,
    `select chain_id, wave, grain, code, level, cast(demand as bigint) as demand,
            cast(matched as bigint) as matched, cast(gap as bigint) as gap
     from field_gaps order by chain_id, wave, grain, code, rank`,
  );
  const supply = await queryRows<FieldSupplyRow>(
    db,
    `select chain_id, code, level, cast(n as bigint) as n from field_levels
     where side = 'supply' and grain = 'discipline' and n > 0 order by chain_id, code, rank`,
  );
  // people, person_chain and person_fields hold a person once per chain and once per
  // discipline (docs/tables.md), so each row of their join is a distinct person and count(*)
  // counts people: distinct counts over the roster's million people were the slowest statements.
  const places = await queryRows<FieldPlaceRow>(
    db,
    `select pc.chain_id, f.discipline as code, ${personProvince} as province,
            ${personCity} as city,
            count(*) as n
     from person_chain pc join people p using (person_key)
     join person_fields f using (person_key)
     group by all order by all`,
  );
  const roster = await queryRows<FieldRosterRow>(
    db,
    `select discipline as code, count(*) as n from person_fields group by all order by code`,
  );
  return { gaps, supply, places, roster };
}
