import type { DuckDBConnection } from "@duckdb/node-api";
import type { AliasKind } from "../aliases/kinds.ts";
import type { AliasBook } from "../aliases/load.ts";
import type { RegionResolution, RegionResolver } from "../regions/index.ts";
import { canonicalText, compactText } from "../text/clean.ts";
import { resolveCategory } from "../vocab/category.ts";
import { resolveEducation } from "../vocab/education.ts";
import { resolveIntention } from "../vocab/intention.ts";
import { resolveSkill } from "../vocab/skill.ts";
import { resolveTitle } from "../vocab/title.ts";
import { resolveUrgency } from "../vocab/urgency.ts";
import { quoteIdent, quoteLiteral } from "../warehouse/sql.ts";
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
  /** The aliases.csv kind that maps this column's values (region for roster locations). */
  readonly aliasKind: AliasKind | null;
  /** Listed in `unresolved` when a value does not map (free text such as field is not). */
  readonly reported: boolean;
  resolve(raw: string): Resolved;
  /** What a (checked) canonical code from aliases.csv means on this side, for `raw`. */
  fromAlias(canonical: string, raw: string): Resolved;
}

export interface LookupOptions {
  readonly chains: readonly Chain[];
  readonly regions: RegionResolver;
  readonly aliases: AliasBook;
}

const ok = (code: string | null): Resolved => ({ code, status: "ok" });
const ladder = (code: string | null): Resolved => ({
  code,
  status: code === null ? "unresolved" : "ok",
});
const text = (raw: string): Resolved => ok(canonicalText(raw) || null);

/** Every lookup of a run, given the workspace's chains, its region resolver and aliases. */
export function lookupSpecs({ chains, regions }: LookupOptions): LookupSpec[] {
  const chainByName = new Map<string, string>();
  for (const chain of chains) {
    for (const name of [chain.name, ...chain.aliases, chain.id])
      chainByName.set(compactText(name).toLowerCase(), chain.id);
  }
  const chainSectors = new Set(chains.flatMap((c) => c.sectors.map((s) => canonicalText(s))));
  const chain = (raw: string): Resolved => {
    if (raw === "") return ok(null);
    const id = chainByName.get(compactText(raw).toLowerCase()) ?? null;
    return { code: id, status: id === null ? "unresolved" : "ok" };
  };
  // A sector keeps its text (for display and the sector route); it is reported when it is
  // none of chains.json's sectors.
  const sector = (raw: string): Resolved => {
    const code = canonicalText(raw) || null;
    return { code, status: code === null || chainSectors.has(code) ? "ok" : "unresolved" };
  };
  // Demand is keyed by county: a town rolls up to its county.
  type Place = Pick<RegionResolution, "county" | "city" | "province">;
  const county = (place: Place) => place.county ?? place.city ?? place.province;
  const demandRegion = (raw: string): Resolved => {
    if (raw === "") return ok("unknown");
    const place = regions.resolve(raw);
    if (place.status === "ambiguous") return { code: "unknown", status: "ambiguous" };
    if (place.status !== "ok")
      return { code: place.status === "overseas" ? "overseas" : "unknown", status: "unresolved" };
    return ok(county(place));
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
  const placeOf = (code: string): Place =>
    regions.place(code) ?? { county: null, city: null, province: null };
  const blankIsFine = (resolve: (raw: string) => string | null) => (raw: string) =>
    ladder(resolve(raw));
  const asIs = (canonical: string) => ok(canonical);
  // `none`: the sector is known to belong to no chain; it keeps its own text.
  const sectorAlias = (c: string, raw: string) => ok(c === "none" ? canonicalText(raw) || null : c);
  const spec = (
    kind: string,
    side: "demand" | "roster",
    resolve: (raw: string) => Resolved,
    fromAlias: (canonical: string, raw: string) => Resolved = asIs,
    aliasKind: AliasKind | null = kind as AliasKind,
  ): LookupSpec => ({
    kind,
    side,
    column: kind,
    aliasKind,
    reported: aliasKind !== null,
    resolve,
    fromAlias,
  });
  return [
    spec(
      "education",
      "demand",
      (raw) => ladder(resolveEducation(raw, "demand")),
      (c) => ok(c === "unknown" ? "none" : c),
    ),
    spec(
      "title",
      "demand",
      blankIsFine((raw) => resolveTitle(raw, "demand")),
    ),
    spec(
      "skill",
      "demand",
      blankIsFine((raw) => resolveSkill(raw, "demand")),
    ),
    spec("urgency", "demand", blankIsFine(resolveUrgency)),
    spec("region", "demand", demandRegion, (c) =>
      ok(c === "overseas" || c === "unknown" ? c : county(placeOf(c))),
    ),
    spec("chain", "demand", chain, (c) => ok(c === "none" ? null : c)),
    spec("sector", "demand", sector, sectorAlias),
    spec("field", "demand", text, asIs, null),
    spec("position", "demand", text, asIs, null),
    spec(
      "education",
      "roster",
      (raw) => ladder(resolveEducation(raw, "roster")),
      (c) => ok(c === "none" ? "unknown" : c),
    ),
    spec(
      "title",
      "roster",
      blankIsFine((raw) => resolveTitle(raw, "roster")),
    ),
    spec(
      "skill",
      "roster",
      blankIsFine((raw) => resolveSkill(raw, "roster")),
    ),
    spec(
      "location",
      "roster",
      location,
      (c) => {
        if (c === "overseas" || c === "unknown") return { code: null, province: c, status: "ok" };
        const place = placeOf(c);
        return { code: place.city ?? place.province, province: place.province, status: "ok" };
      },
      "region",
    ),
    spec("chain", "roster", chain, (c) => ok(c === "none" ? null : c)),
    spec("sector", "roster", sector, sectorAlias),
    spec("field", "roster", text, asIs, null),
    spec("category", "roster", (raw) => (raw === "" ? ok(null) : ladder(resolveCategory(raw)))),
    spec("intention", "roster", blankIsFine(resolveIntention)),
  ];
}

/**
 * Roster cells that look like a phone number, an ID number or an e-mail address in a column
 * that should hold none (a phone typed under 现工作地) are never copied into the lookup:
 * they are looked up, counted and reported under one placeholder.
 */
const PERSONAL_LOOKING = String.raw`(\d[\s-]?){7,}|[^\s@]+@[^\s@]+\.[A-Za-z]{2,}`;

/** SQL for the text a raw cell is looked up by: '' for a blank cell; personal-looking roster text hidden. */
export function lookupKey(spec: LookupSpec, column: string, hidden: string): string {
  const raw = `coalesce(${column}, '')`;
  if (spec.side === "demand") return raw;
  return `case when regexp_matches(${raw}, ${quoteLiteral(PERSONAL_LOOKING)}) then ${quoteLiteral(hidden)} else ${raw} end`;
}

/** SQL that joins a raw column of `rows` to its entry in `value_lookup`, as alias `alias`. */
export function lookupJoin(spec: LookupSpec, rows: string, alias: string, hidden: string): string {
  const key = lookupKey(spec, `${rows}.${quoteIdent(spec.column)}`, hidden);
  return `left join value_lookup ${alias} on ${alias}.kind = ${quoteLiteral(spec.kind)}
    and ${alias}.side = ${quoteLiteral(spec.side)} and ${alias}.raw = ${key}`;
}

/**
 * Resolves the distinct raw values of every lookup (a few thousand, not a million rows) and
 * writes them to `value_lookup` through the appender. Blank cells are looked up as ''. An
 * alias from aliases.csv wins over the vocabulary (`via` says which decided).
 */
export async function buildValueLookup(
  db: DuckDBConnection,
  specs: readonly LookupSpec[],
  aliases: AliasBook,
  hidden: string,
): Promise<void> {
  await db.run(`create or replace table value_lookup (kind varchar, side varchar, raw varchar,
    code varchar, province varchar, status varchar, via varchar)`);
  const appender = await db.createAppender("value_lookup");
  try {
    for (const spec of specs) {
      const table = spec.side === "demand" ? "demand_rows" : "roster_rows";
      const key = lookupKey(spec, quoteIdent(spec.column), hidden);
      const reader = await db.runAndReadAll(
        `select distinct ${key} as raw from ${table} order by raw`,
      );
      for (const [raw] of reader.getRowsJS() as [string][]) {
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
}

function appendNullable(
  appender: { appendVarchar(v: string): void; appendNull(): void },
  value: string | null,
) {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
}
