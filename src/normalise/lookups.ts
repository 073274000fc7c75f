import type { DuckDBConnection } from "@duckdb/node-api";
import { createRegionResolver } from "../regions/resolve.ts";
import { canonicalText, compactText } from "../text/clean.ts";
import { resolveCategory } from "../vocab/category.ts";
import { resolveEducation } from "../vocab/education.ts";
import { resolveIntention } from "../vocab/intention.ts";
import { resolveSkill } from "../vocab/skill.ts";
import { resolveTitle } from "../vocab/title.ts";
import { resolveUrgency } from "../vocab/urgency.ts";
import { quoteIdent } from "../warehouse/sql.ts";
import type { Chain } from "../workspace/config.ts";

export type LookupStatus = "ok" | "unresolved" | "ambiguous";
export interface Resolved {
  readonly code: string | null;
  readonly status: LookupStatus;
  /** Roster locations: the province the place lies in (or overseas / unknown). */
  readonly province?: string | null;
}

/** A vocabulary the pipeline resolves once per distinct raw value, then joins back in SQL. */
export interface LookupSpec {
  readonly kind: string;
  readonly side: "demand" | "roster";
  readonly column: string;
  resolve(raw: string): Resolved;
}

const ladder = (code: string | null): Resolved => ({
  code,
  status: code === null ? "unresolved" : "ok",
});
const text = (raw: string): Resolved => ({ code: canonicalText(raw) || null, status: "ok" });

/** Every lookup of a run, given the workspace's chains and locality. */
export function lookupSpecs(chains: readonly Chain[], locality: string | undefined): LookupSpec[] {
  const regions = createRegionResolver(locality ? { locality } : {});
  const chainByName = new Map<string, string>();
  for (const chain of chains) {
    for (const name of [chain.name, ...chain.aliases, chain.id])
      chainByName.set(compactText(name).toLowerCase(), chain.id);
  }
  const chain = (raw: string): Resolved => {
    if (raw === "") return { code: null, status: "ok" };
    const id = chainByName.get(compactText(raw).toLowerCase()) ?? null;
    return { code: id, status: id === null ? "unresolved" : "ok" };
  };
  const demandRegion = (raw: string): Resolved => {
    if (raw === "") return { code: "unknown", status: "ok" };
    const place = regions.resolve(raw);
    if (place.status === "ambiguous") return { code: "unknown", status: "ambiguous" };
    if (place.status !== "ok")
      return { code: place.status === "overseas" ? "overseas" : "unknown", status: "unresolved" };
    // Demand is keyed by county: a town rolls up to its county.
    return { code: place.county ?? place.city ?? place.province, status: "ok" };
  };
  const location = (raw: string): Resolved => {
    if (raw === "") return { code: null, province: "unknown", status: "ok" };
    const place = regions.resolve(raw);
    if (place.status === "overseas") return { code: null, province: "overseas", status: "ok" };
    if (place.status === "ok")
      return { code: place.city ?? place.province, province: place.province, status: "ok" };
    return {
      code: null,
      province: "unknown",
      status: place.status === "ambiguous" ? "ambiguous" : "unresolved",
    };
  };
  const blankIsFine = (resolve: (raw: string) => string | null) => (raw: string) =>
    ladder(resolve(raw));
  return [
    {
      kind: "education",
      side: "demand",
      column: "education",
      resolve: (raw) => ladder(resolveEducation(raw, "demand")),
    },
    {
      kind: "title",
      side: "demand",
      column: "title",
      resolve: blankIsFine((raw) => resolveTitle(raw, "demand")),
    },
    {
      kind: "skill",
      side: "demand",
      column: "skill",
      resolve: blankIsFine((raw) => resolveSkill(raw, "demand")),
    },
    { kind: "urgency", side: "demand", column: "urgency", resolve: blankIsFine(resolveUrgency) },
    { kind: "region", side: "demand", column: "region", resolve: demandRegion },
    { kind: "chain", side: "demand", column: "chain", resolve: chain },
    { kind: "sector", side: "demand", column: "sector", resolve: text },
    { kind: "field", side: "demand", column: "field", resolve: text },
    { kind: "position", side: "demand", column: "position", resolve: text },
    {
      kind: "education",
      side: "roster",
      column: "education",
      resolve: (raw) => ladder(resolveEducation(raw, "roster")),
    },
    {
      kind: "title",
      side: "roster",
      column: "title",
      resolve: blankIsFine((raw) => resolveTitle(raw, "roster")),
    },
    {
      kind: "skill",
      side: "roster",
      column: "skill",
      resolve: blankIsFine((raw) => resolveSkill(raw, "roster")),
    },
    { kind: "location", side: "roster", column: "location", resolve: location },
    { kind: "chain", side: "roster", column: "chain", resolve: chain },
    { kind: "sector", side: "roster", column: "sector", resolve: text },
    { kind: "field", side: "roster", column: "field", resolve: text },
    {
      kind: "category",
      side: "roster",
      column: "category",
      resolve: (raw) => (raw === "" ? { code: null, status: "ok" } : ladder(resolveCategory(raw))),
    },
    {
      kind: "intention",
      side: "roster",
      column: "intention",
      resolve: blankIsFine(resolveIntention),
    },
  ];
}

/**
 * Resolves the distinct raw values of every lookup (a few thousand, not a million rows) and
 * writes them to `value_lookup` through the appender. Blank cells are looked up as ''.
 */
export async function buildValueLookup(
  db: DuckDBConnection,
  specs: readonly LookupSpec[],
): Promise<void> {
  await db.run(`create or replace table value_lookup (kind varchar, side varchar, raw varchar,
    code varchar, province varchar, status varchar)`);
  const appender = await db.createAppender("value_lookup");
  try {
    for (const spec of specs) {
      const table = spec.side === "demand" ? "demand_rows" : "roster_rows";
      const reader = await db.runAndReadAll(
        `select distinct coalesce(${quoteIdent(spec.column)}, '') as raw from ${table} order by raw`,
      );
      for (const [raw] of reader.getRowsJS() as [string][]) {
        const resolved = spec.resolve(raw);
        appender.appendVarchar(spec.kind);
        appender.appendVarchar(spec.side);
        appender.appendVarchar(raw);
        appendNullable(appender, resolved.code);
        appendNullable(appender, resolved.province ?? null);
        appender.appendVarchar(resolved.status);
        appender.endRow();
      }
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

function appendNullable(
  appender: { appendVarchar(v: string): void; appendNull(): void },
  value: string | null,
) {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
}
