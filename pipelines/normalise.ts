import type { DuckDBConnection } from "@duckdb/node-api";
import { canonicaliser } from "../src/aliases/canonical.ts";
import { type AliasProblem, loadAliases } from "../src/aliases/load.ts";
import { suggester } from "../src/aliases/suggest.ts";
import type { Context } from "../src/context.ts";
import { hiddenValue } from "../src/messages/rejects.ts";
import { buildPeople, buildPersonConflicts } from "../src/normalise/choose.ts";
import { type LookupSpec, lookupSpecs } from "../src/normalise/lookups.ts";
import {
  assignPersonKeys,
  identifiedRows,
  parsedDates,
  rowPersonKey,
} from "../src/normalise/people.ts";
import { buildUnresolved, collectUnresolved } from "../src/normalise/unresolved.ts";
import {
  buildValueLookup,
  dropLookupTables,
  lookupJoin,
  persistValueLookup,
} from "../src/normalise/valueLookup.ts";
import { workspaceSecret } from "../src/people/pseudonym.ts";
import { createRegionResolver } from "../src/regions/index.ts";
import { canonicalText } from "../src/text/clean.ts";
import { inTransaction, queryRows, quoteLiteral, unordered } from "../src/warehouse/sql.ts";
import type { Stage } from "./stage.ts";
import { normaliseTables } from "./tables/normalise.ts";

/**
 * Raw text to codes: aliases.csv first, then the vocabularies (ladders, regions, chain names,
 * canonical text for matching); roster rows to distinct people under a pseudonymous key, one
 * value per attribute when their rows disagree. Afterwards no table holds a name, phone,
 * e-mail, ID number or birth date: `roster_rows` is dropped at the end.
 */
export const normalise: Stage = {
  name: "normalise",
  reads: ["demand_rows", "roster_rows"],
  writes: normaliseTables,
  async run(ctx) {
    const { db } = ctx;
    const { chains, config } = ctx.workspace;
    const regions = createRegionResolver(config.locality ? { locality: config.locality } : {});
    const aliases = loadAliases(ctx.workspace.dir, canonicaliser(chains, regions), ctx.lang);
    for (const problem of aliases.problems) ctx.log.warn(problem.message);
    const specs = lookupSpecs({ chains, regions });
    const hidden = hiddenValue[ctx.lang];
    const spec = (side: string, kind: string) =>
      specs.find((s) => s.side === side && s.kind === kind) as LookupSpec;
    const keywords = chains.flatMap((c) => c.keywords.map((k) => canonicalText(k)));
    // Two phases. The first makes temporary tables only, each statement committed at once,
    // so what it drops (ingest's staging, the roster rows, the identity scratch) leaves memory
    // at once: a table dropped inside a transaction is kept until the commit. The second
    // writes every table of the stage in one transaction, so a killed run never leaves the
    // stage half written.
    await unordered(db, async () => {
      // Ingest's staging is read by nothing after it (roster_staging holds personal data).
      for (const table of ["roster_staging", "demand_staging", "staging_columns"])
        await db.run(`drop table if exists ${table}`);
      await buildValueLookup(db, specs, aliases.book, hidden);
      // One pass over the roster rows gives each its codes, its identifiers and the key of its
      // own identity, where three tables joined back by rowid did: the rows that turn out to
      // share an identifier (a few percent) are keyed needlessly, which costs less than a join
      // over a million rows.
      const identified = identifiedRows(workspaceSecret(ctx.workspace.dir));
      const r = (kind: string, alias: string) => lookupJoin(spec("roster", kind), "r", alias);
      await db.run(
        `create or replace temp table roster_resolved as
        select r.rid, r.file, r.sheet, r.row_number, r.employer,
          coalesce(ed.code, 'unknown') as education, coalesce(ti.code, 'none') as title,
          coalesce(sk.code, 'none') as skill, coalesce(lo.province, 'unknown') as province,
          lo.code as location_code, ca.code as category,
          case when r.intention is not null then it.code end as intention,
          ch.code as chain_named, se.code as sector, fi.code as field,
          lc.parsed as contacted, en.parsed as entered,
          r.id_number, r.phone, r.name_birth, r.own_key
        from ${identified.sql} r
        ${r("education", "ed")} ${r("title", "ti")} ${r("skill", "sk")} ${r("location", "lo")}
        ${r("category", "ca")} ${r("intention", "it")} ${r("chain", "ch")} ${r("sector", "se")} ${r("field", "fi")}
        ${parsedDates("roster_rows", "last_contact_at", "r", "lc")} ${parsedDates("roster_rows", "entered_at", "r", "en")}`,
        identified.params,
      );
      await collectUnresolved(db, specs, keywords);
      // Personal data lived in roster_rows: it goes as soon as every row has its codes, and
      // the identifiers as soon as the rows are sorted into people.
      await db.run("drop table if exists roster_rows");
      await assignPersonKeys(db);
      for (const column of ["id_number", "phone", "name_birth"])
        await db.run(`alter table roster_resolved drop column ${column}`);

      await inTransaction(db, async () => {
        await persistValueLookup(db);
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
        await buildPeople(db);
        await db.run(`create or replace table person_facets as
        select ${rowPersonKey("r", "c")} as person_key, r.file, r.sheet, r.row_number,
          r.chain_named, r.sector, r.field, r.employer
        from roster_resolved r left join roster_cluster c using (rid)`);
        await buildPersonConflicts(db);
        await buildUnresolved(
          db,
          suggester({ chains, regions, locality: config.locality }),
          hidden,
        );
        await writeAliasProblems(db, aliases.problems);
      });
      // The lookups' scratch tables may hold a personal-looking cell as written.
      for (const table of ["roster_resolved", "roster_cluster", "roster_ranked", "people_multi"])
        await db.run(`drop table if exists ${table}`);
      await dropLookupTables(db);
    });
    await logCounts(ctx, aliases.book.size, aliases.problems.length);
  },
};

async function writeAliasProblems(
  db: DuckDBConnection,
  problems: readonly AliasProblem[],
): Promise<void> {
  const rows = problems.map(
    (p) =>
      `(${p.line}, ${[p.kind, p.raw, p.canonical, p.problem, p.message].map(quoteLiteral).join(", ")})`,
  );
  await db.run(`create or replace table alias_problems as
    select * from (${
      rows.length === 0
        ? "select null::integer, null::varchar, null::varchar, null::varchar, null::varchar, null::varchar where false"
        : `values ${rows.join(", ")}`
    }) t(line, kind, raw, canonical, problem, message) order by line`);
}

/** Counts only: what was merged, what disagreed, what did not map. */
async function logCounts(ctx: Context, aliasCount: number, aliasProblems: number): Promise<void> {
  const [c] = await queryRows<{ roster_rows: number; people: number; via_alias: number }>(
    ctx.db,
    `select (select count(*) from person_facets)::integer roster_rows,
      (select count(*) from people)::integer people,
      (select count(*) from value_lookup where via = 'alias')::integer via_alias`,
  );
  const breakdown = async (sql: string) =>
    (await queryRows<{ k: string; n: number }>(ctx.db, sql)).map((x) => `${x.k} ${x.n}`).join(", ");
  const conflicts = await queryRows<{ n: number }>(
    ctx.db,
    "select count(distinct person_key)::integer n from person_conflicts",
  );
  const unresolved = await queryRows<{ n: number; rows: number }>(
    ctx.db,
    "select count(*)::integer n, coalesce(sum(rows), 0)::integer as rows from unresolved",
  );
  const conflictCount = conflicts[0]?.n ?? 0;
  const byField = await breakdown(
    "select field k, count(*)::integer n from person_conflicts group by field order by field",
  );
  const byKind = await breakdown(
    "select kind k, count(*)::integer n from unresolved group by kind order by kind",
  );
  ctx.log.stage("normalise", `${c?.roster_rows} roster rows → ${c?.people} people`);
  if (aliasCount > 0 || aliasProblems > 0) {
    ctx.log.stage(
      "normalise",
      `aliases.csv: ${aliasCount} aliases, ${c?.via_alias} values mapped by them, ${aliasProblems} lines skipped`,
    );
  }
  ctx.log.stage(
    "normalise",
    conflictCount === 0
      ? "no person's rows disagree"
      : `${conflictCount} people whose rows disagree (${byField}): the newest row, else the higher level, was kept; see table person_conflicts`,
  );
  const u = unresolved[0] ?? { n: 0, rows: 0 };
  ctx.log.stage(
    "normalise",
    u.n === 0
      ? "every value mapped"
      : `${u.n} values did not map (${byKind}) in ${u.rows} rows: run "talentmap unresolved" to list them with suggestions`,
  );
}
