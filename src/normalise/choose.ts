/**
 * One person, several roster rows (docs/domain.md): when the rows disagree on an attribute, the
 * value of the row with the latest date (its last contact or its entry, whichever is later)
 * is kept; at equal dates, or with no dates, the higher level. A blank cell is not a
 * disagreement: the value is chosen among the rows that have one. Every disagreement on
 * education, title, skill or location is listed in `person_conflicts` with the codes, the
 * value kept and the rows to look at (file, sheet, row number) — no personal data.
 *
 * Reads the temp tables `roster_resolved` (one row per roster row, codes only, with `rid` and
 * `own_key`, the key of a person of one row) and `roster_cluster` (rid, pid, person_key of the
 * rows of people with several: see assignPersonKeys); leaves the temp tables `roster_ranked`
 * (the rows of people with several, with dates and ranks) and `people_multi` (those people's
 * chosen values) for the caller to drop. People are grouped by the integer pid.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { ladderRanks, skillKeys } from "../vocab/ladders.ts";
import { quoteLiteral } from "../warehouse/sql.ts";

function rankCase(column: string, ranks: ReadonlyMap<string, number>): string {
  const whens = [...ranks].map(([key, rank]) => `when ${quoteLiteral(key)} then ${rank}`);
  return `case ${column} ${whens.join(" ")} end`;
}

/**
 * Only a person with several rows has a value to choose: their rows, ranked, with the columns
 * choosing and listing conflicts read (a scan of a million rows costs by its width).
 */
const ranked = `select c.pid, c.person_key, r.file, r.sheet, r.row_number, r.education, r.title,
    r.skill, r.province, r.location_code, r.category, r.intention,
    greatest(r.contacted, r.entered) as latest,
    ${rankCase("education", ladderRanks("education"))} as education_rank,
    ${rankCase("title", ladderRanks("title"))} as title_rank,
    ${rankCase("skill", new Map(skillKeys.map((k, i) => [k, i + 1])))} as skill_rank
  from roster_resolved r join roster_cluster c using (rid)`;

/** The newest row first, then the higher level (rank 1 is the highest), then row order. */
const newest = (rank?: string) =>
  `order by latest desc nulls last, ${rank ? `${rank}, ` : ""}file, sheet nulls first, row_number`;

/** A person's value of `column`: among the rows where `known` holds, the one `newest` puts first. */
const pick = (column: string, known: string, rank?: string) =>
  `first(${column} ${newest(rank)}) filter (where ${known})`;

/** The same for a person of one row: the row's value where `known` holds. */
const only = (column: string, known: string) => `case when ${known} then ${column} end`;

const attributes = (value: (column: string, known: string, rank?: string) => string) => `
  coalesce(${value("education", "education <> 'unknown'", "education_rank")}, 'unknown') as education,
  coalesce(${value("title", "title <> 'none'", "title_rank")}, 'none') as title,
  coalesce(${value("skill", "skill <> 'none'", "skill_rank")}, 'none') as skill,
  coalesce(${value("province", "province <> 'unknown'")}, 'unknown') as province,
  ${value("location_code", "province <> 'unknown'")} as location_code,
  ${value("category", "category is not null")} as category,
  ${value("intention", "intention is not null")} as intention`;

/**
 * `people`: most people have one roster row and take its values as they are; the ordered
 * aggregates run only over the rows of people with several (a few percent of a roster). In
 * no particular order: sorting a million rows costs more than every reader's own ORDER BY.
 */
export async function buildPeople(db: DuckDBConnection): Promise<void> {
  await db.run(`create or replace temp table roster_ranked as ${ranked}`);
  await db.run(`create or replace temp table people_multi as
    select pid, any_value(person_key) as person_key, ${attributes(pick)}, count(*)::integer as rows
    from roster_ranked group by pid`);
  await db.run(`create or replace table people as
    select own_key as person_key, ${attributes(only)}, 1 as rows
    from roster_resolved anti join roster_cluster using (rid)
    union all
    select * exclude (pid) from people_multi`);
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
          over (partition by pid, province) as inside
      -- Only a person with several rows can disagree with themselves: roster_ranked holds no other.
      from roster_ranked),
    vals as (
      select pid, 'education' as field, education as val, ${place} as place from r
        where education <> 'unknown'
      union all select pid, 'title', title, ${place} from r where title <> 'none'
      union all select pid, 'skill', skill, ${place} from r where skill <> 'none'
      union all select pid, 'location', place_code, ${place} from r
        where province <> 'unknown' and not (place_code = province and inside > 0)
    ),
    kept as (
      select pid, person_key, 'education' as field, education as kept from people_multi
      union all select pid, person_key, 'title', title from people_multi
      union all select pid, person_key, 'skill', skill from people_multi
      union all select pid, person_key, 'location', coalesce(location_code, province) from people_multi
    ),
    -- Which of a person's attributes disagree: min and max tell, without a distinct per group.
    disagree as (select pid, field from vals group by all having min(val) <> max(val)),
    conflicts as (
      select k.person_key, v.field, string_agg(distinct v.val, ';' order by v.val) as "values",
        k.kept, string_agg(distinct v.place, ';' order by v.place) as sources
      from vals v semi join disagree d using (pid, field)
      join kept k on k.pid = v.pid and k.field = v.field
      group by k.person_key, v.field, k.kept)
    select * from conflicts order by person_key, field`);
}
