import { cascadeSql } from "../src/gaps/cascade.ts";
import { ladderLevelsSql } from "../src/gaps/levels.ts";
import { inTransaction } from "../src/warehouse/sql.ts";
import type { Stage } from "./stage.ts";
import { gapTables } from "./tables/gaps.ts";

/**
 * Demand and supply per ladder level, and the gap cascade of docs/domain.md per chain, wave and
 * ladder (the cascade's SQL, shared with the fields stage, is in src/gaps/cascade.ts).
 */
export const gaps: Stage = {
  name: "gaps",
  reads: ["chain_list", "demand", "demand_chain", "people", "person_chain", "input_files"],
  writes: gapTables,
  async run(ctx) {
    const { db } = ctx;
    await inTransaction(db, async () => {
      // (ladder, side, level, rank, ord) for every key of both ladders.
      await db.run(`create or replace temp table ladder_levels as
        select 'education' as ladder, * from ${ladderLevelsSql("education")}
        union all select 'title' as ladder, * from ${ladderLevelsSql("title")}`);
      await db.run(`create or replace temp table waves as
        select distinct wave from input_files where kind = 'demand' and wave is not null`);
      await db.run(`create or replace table demand_levels as
        with assigned as (
          select c.chain_id, d.wave, d.education, d.title, d.headcount
          from demand d join demand_chain c using (demand_id) where c.status = 'assigned'),
        sums as (
          select chain_id, wave, 'education' as ladder, education as level, sum(headcount) as headcount from assigned group by all
          union all
          select chain_id, wave, 'title', title, sum(headcount) from assigned group by all)
        select c.chain_id, w.wave, l.ladder, l.level, l.rank, coalesce(s.headcount, 0)::integer as headcount
        from chain_list c cross join waves w cross join ladder_levels l
        left join sums s on s.chain_id = c.chain_id and s.wave = w.wave and s.ladder = l.ladder and s.level = l.level
        where l.side = 'demand' order by c.ord, w.wave, l.ladder, l.ord`);
      await db.run(`create or replace table supply_levels as
        with counts as (
          select pc.chain_id, 'education' as ladder, p.education as level, count(*) as people
          from person_chain pc join people p using (person_key) group by all
          union all
          select pc.chain_id, 'title', p.title, count(*) from person_chain pc join people p using (person_key) group by all)
        select c.chain_id, l.ladder, l.level, l.rank, coalesce(n.people, 0)::integer as people
        from chain_list c cross join ladder_levels l
        left join counts n on n.chain_id = c.chain_id and n.ladder = l.ladder and n.level = l.level
        where l.side = 'supply' order by c.ord, l.ladder, l.ord`);
      await db.run(
        `create or replace table gaps as ${cascadeSql({
          demand:
            "(select chain_id, wave, ladder, level, rank, headcount as demand from demand_levels)",
          supply: "supply_levels",
          keys: ["chain_id", "wave", "ladder"],
          supplyKeys: ["chain_id", "ladder"],
        })}`,
      );
    });
    const totals = await db.runAndReadAll(
      "select coalesce(sum(demand), 0)::integer d, coalesce(sum(gap), 0)::integer g from gaps where ladder = 'education'",
    );
    const t = totals.getRowObjectsJS()[0];
    ctx.log.stage("gaps", `education ladder: demand ${t?.d}, gap ${t?.g}`);
  },
};
