import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../warehouse/sql.ts";

/**
 * What the pages show besides summary.json's figures, as grouped rows (never a person's
 * row): demand by every attribute a planner filters on, people by place, category and
 * intention, and where each wave's figures came from.
 */

/** Assigned demand grouped by everything the pages break it down by. */
export type DemandGroupRow = {
  chain_id: string;
  wave: string;
  position: string;
  field: string;
  education: string;
  title: string;
  urgency: string;
  region_code: string;
  /** The region as written (towns show here; region_code rolls them up to the county). */
  region_raw: string;
  employer: string;
  positions: number;
  headcount: number;
};

export function queryDemandGroups(db: DuckDBConnection): Promise<DemandGroupRow[]> {
  return queryRows<DemandGroupRow>(
    db,
    `select dc.chain_id, d.wave, coalesce(d.position, '') as position,
            coalesce(d.field, '') as field, coalesce(d.education, 'none') as education,
            coalesce(d.title, 'none') as title, coalesce(d.urgency, '') as urgency,
            coalesce(nullif(d.region_code, ''), 'unknown') as region_code,
            coalesce(r.region, '') as region_raw, coalesce(d.employer, '') as employer,
            count(*) as positions, cast(coalesce(sum(d.headcount), 0) as bigint) as headcount
     from demand d
     join demand_chain dc on dc.demand_id = d.demand_id
     left join demand_rows r
       on r.file = d.file and r.sheet is not distinct from d.sheet and r.row_number = d.row_number
     where dc.status = 'assigned' and dc.chain_id is not null
     group by all
     order by all`,
  );
}

/** Distinct people of each chain by level, place, category and intention. */
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
            coalesce(p.title, 'none') as title, coalesce(p.province, 'unknown') as province,
            coalesce(nullif(p.location_code, ''), p.province, 'unknown') as city,
            coalesce(p.intention, '') as intention, coalesce(p.category, '') as category,
            count(distinct p.person_key) as n
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
