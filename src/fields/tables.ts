/**
 * The field lookup joined back to the rows, in SQL: disciplines per demand row and per person,
 * and the parts of field texts that named nothing, with their rows, files and suggestions.
 */
import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * `demand_fields`: a row's disciplines come from its field (`via` = `field`); a row whose
 * field is blank takes those its position names (`via` = `position`: "PLC编程工程师" asks
 * for 控制科学与工程). A field that names no discipline ("不限专业", or text still in the
 * fix loop) gives the row none: the position never overrides what the enterprise wrote.
 */
export async function buildDemandFields(db: DuckDBConnection): Promise<void> {
  await db.run(`create or replace table demand_fields as
    select distinct d.demand_id, l.discipline, 'field' as via
    from demand d join field_lookup l on l.source = 'field' and l.raw = d.field
    where l.discipline is not null
    union all
    select distinct d.demand_id, l.discipline, 'position' as via
    from demand d join field_lookup l on l.source = 'position' and l.raw = d.position
    where d.field is null and l.discipline is not null
    order by demand_id, discipline`);
}

/**
 * `person_fields`: the disciplines of any of a person's roster rows, each once. Not sorted:
 * ordering a million hashed keys cost more than the rest of the stage.
 */
export async function buildPersonFields(db: DuckDBConnection): Promise<void> {
  await db.run(`create or replace table person_fields as
    select distinct f.person_key, l.discipline
    from person_facets f join field_lookup l on l.source = 'field' and l.raw = f.field
    where l.discipline is not null`);
}

/**
 * `field_unresolved`: each part no alias or catalogue term read, per side, with the rows that
 * hold it, their files and up to three suggestions (discipline code, name, similarity).
 */
export async function buildFieldUnresolved(db: DuckDBConnection): Promise<void> {
  await db.run(`create or replace table field_unresolved as
    with hits as (
      select p.part, 'demand' as side, d.file
      from demand d join field_parts p on p.raw = d.field
      union all
      select p.part, 'roster' as side, f.file
      from person_facets f join field_parts p on p.raw = f.field),
    suggested as (
      select part, list({'canonical': canonical, 'label': label, 'score': score} order by rank)
        as suggestions
      from field_part_suggestions group by part)
    select h.part as raw, h.side, count(*)::integer as rows,
      string_agg(distinct h.file, ';' order by h.file) as files,
      coalesce(any_value(s.suggestions),
        []::struct(canonical varchar, label varchar, score double)[]) as suggestions
    from hits h left join suggested s on s.part = h.part
    group by h.part, h.side
    order by rows desc, raw, side`);
}
