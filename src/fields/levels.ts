/**
 * Demand, supply and the gap per discipline, on the education ladder. For one chain, one wave
 * and one discipline: D[L] is the headcount of the chain's demand rows naming the discipline
 * whose minimum education is L, S[l] the chain's people holding the discipline whose education
 * is l; the cascade of docs/domain.md runs on them unchanged (`src/gaps/cascade.ts`). The same is
 * done per category (学科门类, the code's first two digits), where a row or a person naming two
 * disciplines of one category counts once.
 *
 * A row naming two disciplines counts in each (the enterprise takes either), and so does a
 * person holding two: figures of different disciplines are not to be added up.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { cascadeSql } from "../gaps/cascade.ts";
import { ladderLevelsSql } from "../gaps/levels.ts";

/** `(id, grain, code)`: each discipline, and its category, of the ids in `table`. */
function codes(table: string, id: string): string {
  return `(select ${id}, 'discipline' as grain, discipline as code from ${table}
    union select ${id}, 'category' as grain, left(discipline, 2) as code from ${table})`;
}

/**
 * `field_levels`: per chain, grain (`discipline`, `category`) and code that has demand in some
 * wave or people in the chain: the demand headcount of every wave at every demand level
 * (side `demand`), and the distinct people at every supply level (side `supply`, wave null);
 * zeros included.
 */
export async function buildFieldLevels(db: DuckDBConnection): Promise<void> {
  const levels = ladderLevelsSql("education");
  await db.run(`create or replace temp table field_waves as
    select distinct wave from input_files where kind = 'demand' and wave is not null`);
  await db.run(`create or replace temp table field_demand as
    select dc.chain_id, d.wave, c.grain, c.code, d.education as level,
      sum(d.headcount) as headcount
    from demand d join demand_chain dc using (demand_id)
    join ${codes("demand_fields", "demand_id")} c using (demand_id)
    where dc.status = 'assigned' group by all`);
  // A person is one row of people, in a chain once, with a discipline once (person_fields is
  // distinct): only a category, which two of their disciplines may share, needs a distinct
  // count, and only over the people of some chain rather than every person with a field.
  await db.run(`create or replace temp table field_supply as
    with held as (
      select pc.chain_id, p.education as level, f.person_key, f.discipline
      from person_chain pc join people p using (person_key) join person_fields f using (person_key))
    select chain_id, 'discipline' as grain, discipline as code, level, count(*) as people
    from held group by all
    union all
    select chain_id, 'category' as grain, left(discipline, 2) as code, level,
      count(distinct person_key) as people
    from held group by all`);
  await db.run(`create or replace table field_levels as
    with walks as (
      select distinct chain_id, grain, code from field_demand
      union select distinct chain_id, grain, code from field_supply)
    select w.chain_id, v.wave, w.grain, w.code, 'demand' as side, l.level, l.rank,
      coalesce(f.headcount, 0)::integer as n
    from walks w cross join field_waves v cross join ${levels} l
    left join field_demand f on f.chain_id = w.chain_id and f.wave = v.wave
      and f.grain = w.grain and f.code = w.code and f.level = l.level
    where l.side = 'demand'
    union all
    select w.chain_id, null as wave, w.grain, w.code, 'supply' as side, l.level, l.rank,
      coalesce(s.people, 0)::integer as n
    from walks w cross join ${levels} l
    left join field_supply s on s.chain_id = w.chain_id and s.grain = w.grain
      and s.code = w.code and s.level = l.level
    where l.side = 'supply'
    order by chain_id, grain, code, side, wave, rank, level`);
}

/**
 * `field_gaps`: the cascade per chain, wave, grain and code with demand in that wave, at every
 * demand level (zeros included).
 */
export async function buildFieldGaps(db: DuckDBConnection): Promise<void> {
  const demand = `(select chain_id, wave, grain, code, level, rank, n as demand
    from field_levels where side = 'demand'
    qualify sum(n) over (partition by chain_id, wave, grain, code) > 0)`;
  const supply =
    "(select chain_id, grain, code, rank, n as people from field_levels where side = 'supply')";
  await db.run(
    `create or replace table field_gaps as ${cascadeSql({
      demand,
      supply,
      keys: ["chain_id", "wave", "grain", "code"],
      supplyKeys: ["chain_id", "grain", "code"],
    })}`,
  );
}
