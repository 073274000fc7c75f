/**
 * What the `canonical` column of an aliases.csv line may say, per kind. Codes are what the
 * warehouse stores; names are accepted wherever they name one code without doubt:
 *
 * | kind | canonical |
 * |---|---|
 * | education, title, skill, urgency, intention | the ladder key (`master`), or a spelling the vocabulary reads (`硕士`) |
 * | category | the category label (`高层次人才`) or a spelling the vocabulary reads |
 * | chain | the chain's id, name or an alias from chains.json; `none`: names no chain |
 * | sector | a sector listed in chains.json; `none`: belongs to no chain |
 * | region | a six- or nine-digit GB/T 2260 code, a place name that resolves to one place, `overseas`, `unknown` |
 * | field | discipline codes or names (`0805`, `材料科学与工程`, `0805、0817`) that name one or more disciplines and nothing else; `none`: names no discipline |
 *
 * A field's canonical code is its discipline codes, sorted and `;`-joined (`0805;0817`), or
 * `none`.
 */
import { resolveFields } from "../disciplines/resolve.ts";
import type { RegionResolver } from "../regions/index.ts";
import { canonicalText } from "../text/clean.ts";
import { categoryLabels, resolveCategory } from "../vocab/category.ts";
import { resolveEducation } from "../vocab/education.ts";
import { intentionKeys, resolveIntention } from "../vocab/intention.ts";
import { demandEducationKeys, skillKeys, titleKeys } from "../vocab/ladders.ts";
import { resolveSkill } from "../vocab/skill.ts";
import { resolveTitle } from "../vocab/title.ts";
import { resolveUrgency, urgencyKeys } from "../vocab/urgency.ts";
import type { Chain } from "../workspace/config.ts";
import { type AliasKind, aliasKey } from "./kinds.ts";

/** Canonical text → the code stored for a kind, or null when it is not in the vocabulary. */
export type Canonicaliser = (kind: AliasKind, text: string) => string | null;

/**
 * Each chain's id, name and aliases (as aliasKey compares them) → the chain's id: what a
 * chain cell and an aliases.csv `chain` line may say. A spelling two chains share names the
 * later one.
 */
export function chainIdsByName(chains: readonly Chain[]): ReadonlyMap<string, string> {
  const ids = new Map<string, string>();
  for (const chain of chains) {
    for (const name of [chain.id, chain.name, ...chain.aliases]) ids.set(aliasKey(name), chain.id);
  }
  return ids;
}

/** The canonicaliser of a workspace: its chains and its region resolver. */
export function canonicaliser(chains: readonly Chain[], regions: RegionResolver): Canonicaliser {
  const chainIds = chainIdsByName(chains);
  const sectors = new Map<string, string>();
  for (const chain of chains) {
    for (const sector of chain.sectors) sectors.set(aliasKey(sector), canonicalText(sector));
  }
  const keyOr = (keys: readonly string[], text: string, read: (t: string) => string | null) => {
    const key = aliasKey(text);
    return keys.includes(key) ? key : read(text);
  };

  return (kind, text) => {
    if (aliasKey(text) === "") return null;
    switch (kind) {
      case "education":
        // unknown (roster) and none (demand) both mean "no level": each side maps it to its own.
        return keyOr([...demandEducationKeys, "unknown"], text, (t) =>
          resolveEducation(t, "demand"),
        );
      case "title":
        return keyOr(titleKeys, text, (t) => resolveTitle(t, "demand"));
      case "skill":
        return keyOr(skillKeys, text, (t) => resolveSkill(t, "demand"));
      case "urgency":
        return keyOr(urgencyKeys, text, resolveUrgency);
      case "intention":
        return keyOr(intentionKeys, text, resolveIntention);
      case "category":
        return keyOr(categoryLabels, text, resolveCategory);
      case "chain":
        return aliasKey(text) === "none" ? "none" : (chainIds.get(aliasKey(text)) ?? null);
      case "sector":
        return aliasKey(text) === "none" ? "none" : (sectors.get(aliasKey(text)) ?? null);
      case "region":
        return regionCode(regions, text);
      case "field":
        return fieldCodes(text);
    }
  };
}

function regionCode(regions: RegionResolver, text: string): string | null {
  const key = aliasKey(text);
  if (key === "overseas" || key === "unknown") return key;
  if (/^\d{6}(?:\d{3})?$/u.test(key)) return regions.place(key) === null ? null : key;
  const place = regions.resolve(text);
  if (place.status === "overseas") return "overseas";
  return place.status === "ok" ? place.code : null;
}

/** `0805;0817` for text naming those disciplines and nothing else; `none`; else null. */
export function fieldCodes(text: string): string | null {
  if (aliasKey(text) === "none") return "none";
  const { codes, unmatched } = resolveFields(text);
  return codes.length > 0 && unmatched.length === 0 ? codes.join(";") : null;
}
