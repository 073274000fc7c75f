/**
 * One person, several roster rows (DOMAIN.md): when the rows disagree on an attribute, the
 * value of the row with the latest date (its last contact or its entry, whichever is later)
 * is kept; at equal dates, or with no dates, the higher level. A blank cell is not a
 * disagreement: the value is chosen among the rows that have one. Every disagreement on
 * education, title, skill or location is listed in `person_conflicts` with the codes, the
 * value kept and the rows to look at (file, sheet, row number) — no personal data.
 *
 * Reads the temp table `roster_resolved` (one row per roster row, codes only) and leaves the
 * temp table `roster_ranked` (the same with dates and ranks) for the caller to drop.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { ladderRanks, skillKeys } from "../vocab/ladders.ts";
import { quoteLiteral } from "../warehouse/sql.ts";

function rankCase(column: string, ranks: ReadonlyMap<string, number>): string {
  const whens = [...ranks].map(([key, rank]) => `when ${quoteLiteral(key)} then ${rank}`);
  return `case ${column} ${whens.join(" ")} end`;
}

const ranked = `select *, greatest(contacted, entered) as latest,
    ${rankCase("education", ladderRanks("education"))} as education_rank,
    ${rankCase("title", ladderRanks("title"))} as title_rank,
    ${rankCase("skill", new Map(skillKeys.map((k, i) => [k, i + 1])))} as skill_rank
  from roster_resolved`;

/** The newest row first, then the higher level (rank 1 is the highest), then row order. */
const newest = (rank?: string) =>
  `order by latest desc nulls last, ${rank ? `${rank}, ` : ""}file, sheet nulls first, row_number`;

const pick = (column: string, known: string, rank?: string) =>
  `first(${column} ${newest(rank)}) filter (where ${known})`;

export async function buildPeople(db: DuckDBConnection): Promise<void> {
  await db.run(`create or replace temp table roster_ranked as ${ranked}`);
  await db.run(`create or replace table people as
    select person_key,
      coalesce(${pick("education", "education <> 'unknown'", "education_rank")}, 'unknown') as education,
      coalesce(${pick("title", "title <> 'none'", "title_rank")}, 'none') as title,
      coalesce(${pick("skill", "skill <> 'none'", "skill_rank")}, 'none') as skill,
      coalesce(${pick("province", "province <> 'unknown'")}, 'unknown') as province,
      ${pick("location_code", "province <> 'unknown'")} as location_code,
      ${pick("category", "category is not null")} as category,
      ${pick("intention", "intention is not null")} as intention,
      count(*)::integer as rows
    from roster_ranked group by person_key order by person_key`);
}

/**
 * Disagreements of a person's rows. A province written alone (江苏) does not disagree with a
 * place inside it (南京): only places neither of which contains the other do.
 */
export async function buildPersonConflicts(db: DuckDBConnection): Promise<void> {
  const place = `file || coalesce(':' || sheet, '') || ':' || row_number`;
  await db.run(`create or replace table person_conflicts as
    with r as materialized (select *, coalesce(location_code, province) as place_code,
        count(*) filter (where coalesce(location_code, province) <> province)
          over (partition by person_key, province) as inside
      from roster_ranked
      -- Only a person with several rows can disagree with themselves.
      where person_key in (select person_key from roster_ranked group by person_key having count(*) > 1)),
    vals as (
      select person_key, 'education' as field, education as val, ${place} as place from r
        where education <> 'unknown'
      union all select person_key, 'title', title, ${place} from r where title <> 'none'
      union all select person_key, 'skill', skill, ${place} from r where skill <> 'none'
      union all select person_key, 'location', place_code, ${place} from r
        where province <> 'unknown' and not (place_code = province and inside > 0)
    ),
    kept as (
      select person_key, 'education' as field, education as kept from people
      union all select person_key, 'title', title from people
      union all select person_key, 'skill', skill from people
      union all select person_key, 'location', coalesce(location_code, province) from people
    )
    select v.person_key, v.field, string_agg(distinct v.val, ';' order by v.val) as "values",
      k.kept, string_agg(distinct v.place, ';' order by v.place) as sources
    from vals v join kept k on k.person_key = v.person_key and k.field = v.field
    group by v.person_key, v.field, k.kept having count(distinct v.val) > 1
    order by v.person_key, v.field`);
}
