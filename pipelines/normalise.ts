import { buildValueLookup, type LookupSpec, lookupSpecs } from "../src/normalise/lookups.ts";
import { assignPersonKeys } from "../src/normalise/people.ts";
import { workspaceSecret } from "../src/people/pseudonym.ts";
import { ladderRanks } from "../src/vocab/ladders.ts";
import { inTransaction, quoteIdent, quoteLiteral } from "../src/warehouse/sql.ts";
import type { Stage } from "./stage.ts";

/** SQL that joins a raw column to its resolved code in `value_lookup`, as alias `alias`. */
function lookupJoin(spec: LookupSpec, rows: string, alias: string): string {
  return `left join value_lookup ${alias} on ${alias}.kind = ${quoteLiteral(spec.kind)}
    and ${alias}.side = ${quoteLiteral(spec.side)} and ${alias}.raw = coalesce(${rows}.${quoteIdent(spec.column)}, '')`;
}

function rankCase(column: string, ladder: "education" | "title"): string {
  const whens = [...ladderRanks(ladder)].map(
    ([key, rank]) => `when ${quoteLiteral(key)} then ${rank}`,
  );
  return `case ${column} ${whens.join(" ")} end`;
}

/**
 * Raw text to codes: ladders, regions, chain names, canonical text for matching; roster rows
 * to distinct people under a pseudonymous key. Afterwards no table holds a name, phone, e-mail,
 * ID number or birth date: `roster_rows` is dropped at the end.
 */
export const normalise: Stage = {
  name: "normalise",
  inputs: ["demand_rows", "roster_rows"],
  outputs: ["value_lookup", "demand", "people", "person_facets", "person_conflicts", "unresolved"],
  async run(ctx) {
    const { db } = ctx;
    const specs = lookupSpecs(ctx.workspace.chains, ctx.workspace.config.locality);
    const spec = (side: string, kind: string) =>
      specs.find((s) => s.side === side && s.kind === kind) as LookupSpec;
    await inTransaction(db, async () => {
      await buildValueLookup(db, specs);
      const d = (kind: string, alias: string) => lookupJoin(spec("demand", kind), "d", alias);
      await db.run(`create or replace table demand as
        select row_number() over (order by d.file, d.sheet, d.row_number)::integer as demand_id,
          d.file, d.sheet, d.row_number, d.wave, d.employer, upper(d.credit_code) as credit_code,
          ch.code as chain_named, se.code as sector, po.code as position, fi.code as field,
          coalesce(ed.code, 'none') as education, coalesce(ti.code, 'none') as title,
          coalesce(sk.code, 'none') as skill, d.headcount, ur.code as urgency,
          coalesce(re.code, 'unknown') as region_code
        from demand_rows d
        ${d("education", "ed")} ${d("title", "ti")} ${d("skill", "sk")} ${d("urgency", "ur")}
        ${d("region", "re")} ${d("chain", "ch")} ${d("sector", "se")} ${d("field", "fi")} ${d("position", "po")}
        order by demand_id`);

      await assignPersonKeys(db, workspaceSecret(ctx.workspace.dir));
      const r = (kind: string, alias: string) => lookupJoin(spec("roster", kind), "r", alias);
      await db.run(`create or replace temp table roster_resolved as
        select p.person_key, r.file, r.sheet, r.row_number, r.employer,
          coalesce(ed.code, 'unknown') as education, coalesce(ti.code, 'none') as title,
          coalesce(sk.code, 'none') as skill, coalesce(lo.province, 'unknown') as province,
          lo.code as location_code, ca.code as category, it.code as intention,
          ch.code as chain_named, se.code as sector, fi.code as field,
          parse_date_text(r.last_contact_at) as contacted, parse_date_text(r.entered_at) as entered
        from (select *, row_number() over (order by file, sheet, row_number)::integer as ord from roster_rows) r
        join roster_person p on p.ord = r.ord
        ${r("education", "ed")} ${r("title", "ti")} ${r("skill", "sk")} ${r("location", "lo")}
        ${r("category", "ca")} ${r("intention", "it")} ${r("chain", "ch")} ${r("sector", "se")} ${r("field", "fi")}`);
      // When a person's rows disagree, the most recently contacted (else entered) row speaks for
      // them, else the higher level; the disagreement is listed in person_conflicts.
      await db.run(`create or replace table people as
        select person_key, education, title, skill, province, location_code, category, intention, rows
        from (select *, count(*) over (partition by person_key)::integer as rows,
            row_number() over (partition by person_key order by contacted desc nulls last,
              entered desc nulls last, ${rankCase("education", "education")}, ${rankCase("title", "title")},
              file, sheet, row_number) as pick
          from roster_resolved)
        where pick = 1 order by person_key`);
      await db.run(`create or replace table person_facets as
        select person_key, file, sheet, row_number, chain_named, sector, field, employer
        from roster_resolved order by file, sheet, row_number`);
      await db.run(`create or replace table person_conflicts as
        select person_key, field, string_agg(distinct val, ';' order by val) as "values"
        from (unpivot (select person_key, education, title, location_code from roster_resolved)
          on education, title, location_code into name field value val)
        where val not in ('none', 'unknown')
        group by person_key, field having count(distinct val) > 1
        order by person_key, field`);
      await db.run(`create or replace table unresolved as ${unresolvedSql(specs)}`);
      await db.run("drop table roster_rows");
      await db.run("drop table roster_identity");
    });
    const counts =
      await db.runAndReadAll(`select (select count(*) from person_facets)::integer roster_rows,
      (select count(*) from people)::integer people, (select count(*) from unresolved)::integer unresolved`);
    const c = counts.getRowObjectsJS()[0];
    ctx.log.stage(
      "normalise",
      `${c?.roster_rows} roster rows → ${c?.people} people; ${c?.unresolved} unresolved values`,
    );
  },
};

/** Raw values that did not map, with how many rows hold them and in which files. */
function unresolvedSql(specs: readonly LookupSpec[]): string {
  const parts = specs
    .filter((spec) => !["sector", "field", "position"].includes(spec.kind))
    .map((spec) => {
      const rows = spec.side === "demand" ? "demand_rows" : "roster_rows";
      return `select l.kind, l.side, l.raw, l.status, count(*)::integer as rows,
          string_agg(distinct t.file, ';' order by t.file) as files
        from ${rows} t join value_lookup l on l.kind = ${quoteLiteral(spec.kind)} and l.side = ${quoteLiteral(spec.side)}
          and l.raw = coalesce(t.${quoteIdent(spec.column)}, '')
        where l.status <> 'ok' group by all`;
    });
  return `select * from (${parts.join(" union all ")}) order by kind, side, rows desc, raw`;
}
