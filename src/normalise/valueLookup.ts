import type { DuckDBConnection } from "@duckdb/node-api";
import type { AliasBook } from "../aliases/load.ts";
import { quoteIdent, quoteLiteral } from "../warehouse/sql.ts";
import type { LookupSpec } from "./lookups.ts";

/**
 * Roster cells that look like a phone number, an ID number or an e-mail address in a column
 * that should hold none (a phone typed under 现工作地) are never copied into the lookup:
 * they are looked up, counted and reported under one placeholder.
 */
const PERSONAL_LOOKING = String.raw`(\d[\s-]?){7,}|[^\s@]+@[^\s@]+\.[A-Za-z]{2,}`;

/** The rows a lookup's column is read from. */
export const rowsOf = (spec: LookupSpec) =>
  spec.side === "demand" ? "demand_rows" : "roster_rows";

/**
 * The scratch table mapping each distinct text of every lookup's column, as written ('' for a
 * blank cell), to its `value_lookup` entry: kind, side, text, raw, code, province, status. It
 * may hold a personal-looking cell as written, so it is temporary and dropped with
 * dropLookupTables.
 */
const LOOKUP_TEXTS = "lookup_texts";

/** The lookup's rows of `lookup_texts`, as a table to join. */
const lookupTable = (spec: LookupSpec) =>
  `(select text, raw, code, province, status from ${LOOKUP_TEXTS}
    where kind = ${quoteLiteral(spec.kind)} and side = ${quoteLiteral(spec.side)})`;

/**
 * SQL that joins a raw column of `rows` to its entry of the lookup, as alias `alias`: one
 * hash join on the text as written, against a table of a few hundred rows.
 */
export function lookupJoin(spec: LookupSpec, rows: string, alias: string): string {
  return `left join ${lookupTable(spec)} ${alias}
    on ${alias}.text = coalesce(${rows}.${quoteIdent(spec.column)}, '')`;
}

/**
 * Resolves the distinct raw values of every lookup (a few thousand, not a million rows) and
 * writes them through the appender to the temp table `value_lookup_scratch` (the columns of
 * `value_lookup`, which persistValueLookup writes), then the scratch table the joins read
 * (lookupTable). Blank cells are looked up as ''. An alias from aliases.csv wins over
 * the vocabulary (`via` says which decided).
 */
export async function buildValueLookup(
  db: DuckDBConnection,
  specs: readonly LookupSpec[],
  aliases: AliasBook,
  hidden: string,
): Promise<void> {
  await db.run(`create or replace temp table value_lookup_scratch (kind varchar, side varchar,
    raw varchar, code varchar, province varchar, status varchar, via varchar)`);
  // Every lookup's distinct texts in one statement (a statement costs milliseconds however
  // small: a workspace of a thousand rows should not pay for forty).
  const texts = specs.map((spec) => {
    const raw =
      spec.side === "demand"
        ? "text"
        : `case when regexp_matches(text, ${quoteLiteral(PERSONAL_LOOKING)}) then ${quoteLiteral(hidden)} else text end`;
    return `select ${quoteLiteral(spec.kind)} as kind, ${quoteLiteral(spec.side)} as side, text, ${raw} as raw
      from (select distinct coalesce(${quoteIdent(spec.column)}, '') as text from ${rowsOf(spec)})`;
  });
  await db.run(`create or replace temp table value_texts as ${texts.join(" union all ")}`);
  const distinct = await db.runAndReadAll(
    "select distinct kind, side, raw from value_texts order by kind, side, raw",
  );
  const raws = new Map<string, string[]>();
  for (const [kind, side, raw] of distinct.getRowsJS() as [string, string, string][]) {
    const key = `${side}\u0000${kind}`;
    const list = raws.get(key);
    if (list === undefined) raws.set(key, [raw]);
    else list.push(raw);
  }
  const appender = await db.createAppender("value_lookup_scratch", "main", "temp");
  try {
    for (const spec of specs) {
      for (const raw of raws.get(`${spec.side}\u0000${spec.kind}`) ?? []) {
        const alias =
          spec.aliasKind === null || raw === hidden ? undefined : aliases.get(spec.aliasKind, raw);
        const resolved =
          raw === hidden
            ? { code: null, status: "unresolved" as const }
            : alias !== undefined
              ? spec.fromAlias(alias, raw)
              : spec.resolve(raw);
        appender.appendVarchar(spec.kind);
        appender.appendVarchar(spec.side);
        appender.appendVarchar(raw);
        appendNullable(appender, resolved.code);
        appendNullable(appender, resolved.province ?? null);
        appender.appendVarchar(resolved.status);
        appender.appendVarchar(alias === undefined ? "vocabulary" : "alias");
        appender.endRow();
      }
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  await db.run(`create or replace temp table ${LOOKUP_TEXTS} as
    select t.kind, t.side, t.text, l.raw, l.code, l.province, l.status
    from value_texts t join value_lookup_scratch l using (kind, side, raw)`);
  await db.run("drop table value_texts");
}

/** `value_lookup`, from what buildValueLookup resolved. */
export async function persistValueLookup(db: DuckDBConnection): Promise<void> {
  await db.run("create or replace table value_lookup as select * from value_lookup_scratch");
}

/** Drops the scratch tables of buildValueLookup. */
export async function dropLookupTables(db: DuckDBConnection): Promise<void> {
  await db.run(`drop table if exists ${LOOKUP_TEXTS}`);
  await db.run("drop table if exists value_lookup_scratch");
}

function appendNullable(
  appender: { appendVarchar(v: string): void; appendNull(): void },
  value: string | null,
) {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
}
