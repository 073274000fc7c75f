/**
 * Suggested mappings for a raw value that did not map: the vocabulary's terms (and, for
 * chains, their names and aliases; for sectors, chains.json's sectors; for places, the
 * provinces, cities and the locality's counties and towns; for fields, the disciplines'
 * spellings) ranked by similarity. For a
 * place that is ambiguous, the places it could be. Small and deterministic: the same raw
 * value always gets the same list.
 */
import { disciplineByCode, disciplineTerms } from "../disciplines/resolve.ts";
import { fullName, placeNames, type RegionResolver } from "../regions/index.ts";
import { canonicalText } from "../text/clean.ts";
import { categoryTerms } from "../vocab/category.ts";
import { educationTerms } from "../vocab/education.ts";
import { intentionTerms } from "../vocab/intention.ts";
import type { Side } from "../vocab/match.ts";
import { skillTerms } from "../vocab/skill.ts";
import { titleTerms } from "../vocab/title.ts";
import { urgencyTerms } from "../vocab/urgency.ts";
import type { Chain } from "../workspace/config.ts";
import type { AliasKind } from "./kinds.ts";
import { similarity } from "./similarity.ts";

export interface Suggestion {
  /** What to write in aliases.csv's canonical column. */
  readonly canonical: string;
  /** What it stands for, for people: the closest term, the chain's name, the place's full name. */
  readonly label: string;
  /** Similarity, 0–1 (1 for the candidates of an ambiguous place). */
  readonly score: number;
}

/** Suggestions below this similarity are noise (one shared character of five). */
export const MIN_SCORE = 0.25;
export const MAX_SUGGESTIONS = 3;

/** A term, the canonical code it stands for, and how to show it. */
type Candidate = readonly [term: string, canonical: string, label: string];

export interface SuggestOptions {
  readonly chains: readonly Chain[];
  readonly regions: RegionResolver;
  readonly locality?: string | undefined;
}

export type Suggester = (kind: AliasKind, side: Side, raw: string) => Suggestion[];

export function suggester(options: SuggestOptions): Suggester {
  const lists = new Map<string, readonly Candidate[]>();
  const candidates = (kind: AliasKind, side: Side): readonly Candidate[] => {
    const id = `${kind}:${side}`;
    let list = lists.get(id);
    if (list === undefined) {
      list = candidateList(kind, side, options);
      lists.set(id, list);
    }
    return list;
  };
  return (kind, side, raw) => {
    if (kind === "region") {
      const place = options.regions.resolve(raw);
      if (place.status === "ambiguous" && place.candidates !== undefined) {
        return place.candidates.map((code) => ({
          canonical: code,
          label: code === "overseas" ? "海外 overseas" : (fullName(code) ?? code),
          score: 1,
        }));
      }
    }
    return rank(raw, candidates(kind, side));
  };
}

function rank(raw: string, candidates: readonly Candidate[]): Suggestion[] {
  const best = new Map<string, Suggestion>();
  for (const [term, canonical, label] of candidates) {
    const score = similarity(raw, term);
    if (score < MIN_SCORE) continue;
    const current = best.get(canonical);
    if (current === undefined || score > current.score)
      best.set(canonical, { canonical, label, score });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || (a.canonical < b.canonical ? -1 : 1))
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 }));
}

function terms(pairs: readonly (readonly [string, string])[]): Candidate[] {
  return pairs.map(([term, key]) => [term, key, term] as const);
}

function candidateList(kind: AliasKind, side: Side, options: SuggestOptions): readonly Candidate[] {
  switch (kind) {
    case "education":
      return terms(educationTerms(side));
    case "title":
      return terms(titleTerms());
    case "skill":
      return terms(skillTerms());
    case "urgency":
      return terms(urgencyTerms());
    case "category":
      return terms(categoryTerms());
    case "intention":
      return terms(intentionTerms());
    case "chain":
      return options.chains.flatMap((chain) =>
        [chain.name, ...chain.aliases, chain.id].map(
          (term) => [term, chain.id, chain.name] as const,
        ),
      );
    case "sector":
      return options.chains.flatMap((chain) =>
        chain.sectors.map((sector) => [sector, canonicalText(sector), sector] as const),
      );
    case "region":
      return placeNames(options.locality).map(
        ([name, code]) => [name, code, fullName(code) ?? name] as const,
      );
    case "field":
      return fieldCandidates();
  }
}

/** The discipline's code to write; its name to read (the closest spelling may be a major). */
function fieldCandidates(): Candidate[] {
  return disciplineTerms().map(
    ([term, code]) => [term, code, disciplineByCode(code)?.name ?? code] as const,
  );
}

/**
 * Suggestions for a field part that named no discipline: the same for both sides, and needing
 * neither chains nor places, so the fields stage asks for them without a region resolver.
 */
export function fieldSuggester(): (raw: string) => Suggestion[] {
  const candidates = fieldCandidates();
  return (raw) => rank(raw, candidates);
}
