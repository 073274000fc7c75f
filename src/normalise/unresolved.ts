import type { DuckDBConnection } from "@duckdb/node-api";
import type { AliasKind } from "../aliases/kinds.ts";
import type { Suggester } from "../aliases/suggest.ts";
import { quoteLiteral } from "../warehouse/sql.ts";
import type { LookupSpec } from "./lookups.ts";
import { lookupJoin, rowsOf } from "./valueLookup.ts";

/**
 * A sector that is none of chains.json's sectors matters only on a row no other route puts
 * in a chain: its chain column names none and no keyword appears in its field or position.
 * Elsewhere (批发 on a row whose chain column says 食品加工) it is not listed.
 */
function sectorMattersSql(specs: readonly LookupSpec[], side: string, keywords: readonly string[]) {
  const find = (kind: string) => specs.find((s) => s.kind === kind && s.side === side);
  const joins: string[] = [];
  const texts: string[] = [];
  let where = "true";
  const chain = find("chain");
  if (chain) {
    joins.push(lookupJoin(chain, "t", "ch"));
    where = "ch.code is null";
  }
  for (const [kind, alias] of [
    ["field", "fi"],
    ["position", "po"],
  ] as const) {
    const spec = find(kind);
    if (spec === undefined) continue;
    joins.push(lookupJoin(spec, "t", alias));
    texts.push(`contains(coalesce(${alias}.code, ''), k.keyword)`);
  }
  if (keywords.length > 0 && texts.length > 0) {
    const values = keywords.map((k) => `(${quoteLiteral(k)})`).join(", ");
    where += ` and not exists (select 1 from (values ${values}) k(keyword) where ${texts.join(" or ")})`;
  }
  return { joins: joins.join(" "), where };
}

/**
 * `unresolved`: every raw value that did not map, under its aliases.csv kind, with how many
 * rows hold it and in which files.
 */
function unresolvedSql(specs: readonly LookupSpec[], keywords: readonly string[]): string {
  const parts = specs
    .filter((spec) => spec.reported)
    .map((spec) => {
      const sector =
        spec.kind === "sector"
          ? sectorMattersSql(specs, spec.side, keywords)
          : { joins: "", where: "true" };
      return `select ${quoteLiteral(spec.aliasKind ?? spec.kind)} as kind, ${quoteLiteral(spec.side)} as side,
          l.raw, l.status, count(*)::integer as rows, string_agg(distinct t.file, ';' order by t.file) as files
        from ${rowsOf(spec)} t ${lookupJoin(spec, "t", "l")}
        ${sector.joins}
        where l.status <> 'ok' and ${sector.where} group by all`;
    });
  return `select * from (${parts.join(" union all ")}) order by kind, side, rows desc, raw`;
}

/**
 * The values that did not map, counted over the rows (temp table `unresolved_scratch`, the
 * columns of `unresolved`): run while the roster rows are still there.
 */
export async function collectUnresolved(
  db: DuckDBConnection,
  specs: readonly LookupSpec[],
  keywords: readonly string[],
): Promise<void> {
  await db.run(
    `create or replace temp table unresolved_scratch as ${unresolvedSql(specs, keywords)}`,
  );
}

/**
 * Writes `unresolved` (from collectUnresolved) and `unresolved_suggestions` (up to three
 * ranked mappings per value, for the analyst to copy into aliases.csv). The hidden
 * placeholder gets no suggestion.
 */
export async function buildUnresolved(
  db: DuckDBConnection,
  suggest: Suggester,
  hidden: string,
): Promise<void> {
  await db.run(
    "create or replace table unresolved as select * from unresolved_scratch order by kind, side, rows desc, raw",
  );
  await db.run("drop table unresolved_scratch");
  await db.run(`create or replace table unresolved_suggestions (kind varchar, side varchar,
    raw varchar, rank integer, canonical varchar, label varchar, score double)`);
  const reader = await db.runAndReadAll("select kind, side, raw from unresolved order by all");
  const appender = await db.createAppender("unresolved_suggestions");
  try {
    for (const [kind, side, raw] of reader.getRowsJS() as [
      AliasKind,
      "demand" | "roster",
      string,
    ][]) {
      if (raw === hidden || raw === "") continue;
      suggest(kind, side, raw).forEach((s, i) => {
        appender.appendVarchar(kind);
        appender.appendVarchar(side);
        appender.appendVarchar(raw);
        appender.appendInteger(i + 1);
        appender.appendVarchar(s.canonical);
        appender.appendVarchar(s.label);
        appender.appendDouble(s.score);
        appender.endRow();
      });
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
