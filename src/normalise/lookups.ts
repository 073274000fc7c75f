import { chainIdsByName } from "../aliases/canonical.ts";
import { type AliasKind, aliasKey } from "../aliases/kinds.ts";
import type { RegionResolution, RegionResolver } from "../regions/index.ts";
import { canonicalText } from "../text/clean.ts";
import { resolveCategory } from "../vocab/category.ts";
import { resolveEducation } from "../vocab/education.ts";
import { resolveIntention } from "../vocab/intention.ts";
import { resolveSkill } from "../vocab/skill.ts";
import { resolveTitle } from "../vocab/title.ts";
import { resolveUrgency } from "../vocab/urgency.ts";
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
}

const ok = (code: string | null): Resolved => ({ code, status: "ok" });
const ladder = (code: string | null): Resolved => ({
  code,
  status: code === null ? "unresolved" : "ok",
});
const text = (raw: string): Resolved => ok(canonicalText(raw) || null);

/**
 * Every lookup of a run, given the workspace's chains and its region resolver (aliases.csv is
 * applied over these by buildValueLookup).
 */
export function lookupSpecs({ chains, regions }: LookupOptions): LookupSpec[] {
  const chainByName = chainIdsByName(chains);
  const chainSectors = new Set(chains.flatMap((c) => c.sectors.map((s) => canonicalText(s))));
  const chain = (raw: string): Resolved => {
    if (raw === "") return ok(null);
    const id = chainByName.get(aliasKey(raw)) ?? null;
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
  // The three ladders read a side's cells alike; an alias's "no level" (none or unknown) is
  // the side's own: demand's none, roster's unknown.
  const ladders = (side: "demand" | "roster"): LookupSpec[] => [
    spec(
      "education",
      side,
      (raw) => ladder(resolveEducation(raw, side)),
      (c) => ok(c === "unknown" || c === "none" ? (side === "demand" ? "none" : "unknown") : c),
    ),
    spec("title", side, (raw) => ladder(resolveTitle(raw, side))),
    spec("skill", side, (raw) => ladder(resolveSkill(raw, side))),
  ];
  return [
    ...ladders("demand"),
    spec("urgency", "demand", (raw) => ladder(resolveUrgency(raw))),
    spec("region", "demand", demandRegion, (c) =>
      ok(c === "overseas" || c === "unknown" ? c : county(placeOf(c))),
    ),
    spec("chain", "demand", chain, (c) => ok(c === "none" ? null : c)),
    spec("sector", "demand", sector, sectorAlias),
    spec("field", "demand", text, asIs, null),
    spec("position", "demand", text, asIs, null),
    ...ladders("roster"),
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
    spec("intention", "roster", (raw) => ladder(resolveIntention(raw))),
  ];
}
