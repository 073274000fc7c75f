import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../../warehouse/sql.ts";

/**
 * What the pages show besides summary.json's figures, as grouped rows (never a person's
 * row): people by place, category and intention, and where each wave's figures came from.
 * Demand's breakdowns are in demand-queries.ts.
 */

/**
 * Distinct people of each chain by level, place, category and intention. person_chain holds a
 * person once per chain and people once (docs/tables.md), so count(*) counts people, at half
 * the cost of a distinct count over a million of them.
 */
/**
 * A person's province, and city (the province's code when only it is known), as the pages
 * and summary.json group people.
 */
export const personProvince = "coalesce(p.province, 'unknown')";
export const personCity = "coalesce(nullif(p.location_code, ''), p.province, 'unknown')";

export type PeopleGroupRow = {
  chain_id: string;
  education: string;
  title: string;
  province: string;
  city: string;
  intention: string;
  category: string;
  n: number;
};

export function queryPeopleGroups(db: DuckDBConnection): Promise<PeopleGroupRow[]> {
  return queryRows<PeopleGroupRow>(
    db,
    `select pc.chain_id, coalesce(p.education, 'unknown') as education,
            coalesce(p.title, 'none') as title, ${personProvince} as province,
            ${personCity} as city,
            coalesce(p.intention, '') as intention, coalesce(p.category, '') as category,
            count(*) as n
     from person_chain pc join people p on p.person_key = pc.person_key
     group by all
     order by all`,
  );
}

/** Per survey wave: its files, the enterprises that answered, the rows set aside. */
export type WaveSourceRow = {
  wave: string;
  files: number;
  enterprises: number;
  rows_rejected: number;
  files_rejected: number;
};

export function queryWaveSources(db: DuckDBConnection): Promise<WaveSourceRow[]> {
  return queryRows<WaveSourceRow>(
    db,
    `with f as (
       select wave, count(*) as files, cast(sum(rows_rejected) as bigint) as rows_rejected,
              count(*) filter (where error is not null and error <> '') as files_rejected
       from input_files where kind = 'demand' and wave is not null group by wave),
     e as (
       select wave, count(distinct coalesce(nullif(employer, ''), credit_code)) as enterprises
       from demand group by wave)
     select f.wave, f.files, coalesce(e.enterprises, 0) as enterprises, f.rows_rejected,
            f.files_rejected
     from f left join e on e.wave = f.wave
     order by f.wave`,
  );
}

export type RosterFileRow = { file: string; rows_rejected: number; error: string | null };

export function queryRosterFiles(db: DuckDBConnection): Promise<RosterFileRow[]> {
  return queryRows<RosterFileRow>(
    db,
    "select file, rows_rejected, error from input_files where kind = 'roster' order by file",
  );
}
