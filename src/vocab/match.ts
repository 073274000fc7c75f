/**
 * Shared machinery of the vocabulary resolvers: term tables, longest-first matching, and how
 * a cell naming several levels is read. Each resolver keeps its own table as data.
 */
import { compactText } from "../text/clean.ts";

/** Which file a value comes from: a demand states a minimum, a roster a person's own level. */
export type Side = "demand" | "roster";

/**
 * One spelling and its key. A `null` key is a *blocker*: a spelling that must be consumed so
 * that a shorter term inside it does not match (高级工 inside 高级工程师 in a skill column).
 */
export type Term<K extends string> = readonly [term: string, key: K | null];

/** Table rows for several spellings of one key. */
export function termsFor<K extends string>(key: K, spellings: readonly string[]): Term<K>[] {
  return spellings.map((term) => [term, key] as const);
}

/** Blocker rows: spellings consumed without a key (see Term). */
export function blockers(spellings: readonly string[]): Term<never>[] {
  return spellings.map((term) => [term, null] as const);
}

/** `[term, key]` pairs for the fix loop to rank suggestions by similarity. */
export type VocabularyTerm<K extends string = string> = readonly [term: string, key: K];

export interface Hit<K extends string> {
  readonly key: K;
  readonly start: number;
  readonly end: number;
}

/** The text terms are matched against: canonical, without spaces, lower-case (PhD = phd). */
export function matchKey(raw: string | null | undefined): string {
  return compactText(raw).toLowerCase();
}

/** Without punctuation and symbols: "-", "/", "——", "（无）" reduce to "", "", "", "无". */
export function bareText(key: string): string {
  return key.replace(/[\p{P}\p{S}]/gu, "");
}

/** "X及以上" and friends restate that a demand is a minimum; the level is X. */
export function stripMinimum(bare: string): string {
  return bare.replace(/(?:及其|及|或|含)?以上(?:学历|水平|职称|等级)?$/u, "");
}

/** Whole-cell ways of saying "nothing here" (the key is already bare). */
const PLACEHOLDERS = new Set([
  "无",
  "暂无",
  "没有",
  "不详",
  "未知",
  "空",
  "none",
  "na",
  "null",
  "nil",
]);

/** True for a blank cell or a placeholder such as "-", "/", "无", "N/A". */
export function isBlankOrPlaceholder(key: string): boolean {
  const bare = bareText(key);
  return bare === "" || PLACEHOLDERS.has(bare);
}

/** The placeholder spellings, for the fix loop's term lists. */
export function placeholderTerms(): readonly string[] {
  return [...PLACEHOLDERS];
}

/**
 * A vocabulary's `[term, key]` pairs for the fix loop: the placeholders under `blank` (the
 * key a blank cell reads as; none when blank is null), then every keyed spelling of `tables`
 * in order (blockers have no key and are left out).
 */
export function vocabularyTerms<K extends string>(
  blank: K | null,
  ...tables: Iterable<readonly [string, K | null]>[]
): VocabularyTerm<K>[] {
  const pairs: VocabularyTerm<K>[] =
    blank === null ? [] : placeholderTerms().map((t) => [t, blank]);
  for (const table of tables)
    for (const [term, key] of table) if (key !== null) pairs.push([term, key]);
  return pairs;
}

const ASCII_LETTER = /[a-z]/;

/**
 * Compiles a term table into a scanner. Longer terms are tried first and claim their
 * characters, so the most specific spelling wins wherever it sits: 助理研究员 is never read as
 * 研究员, nor 副主任医师 as 主任医师. An ASCII term must not continue a word on its left
 * (mba inside emba); spaces are gone from the key, so the right side cannot be checked.
 */
export function termScanner<K extends string>(
  terms: readonly Term<K>[],
): (key: string) => Hit<K>[] {
  const sorted = [...terms]
    .map(([term, key]) => [term.toLowerCase(), key] as const)
    .sort((a, b) => b[0].length - a[0].length);
  return (key) => {
    const taken = new Uint8Array(key.length);
    const hits: Hit<K>[] = [];
    for (const [term, termKey] of sorted) {
      for (let at = key.indexOf(term); at >= 0; at = key.indexOf(term, at + 1)) {
        const end = at + term.length;
        if (taken.subarray(at, end).includes(1)) continue;
        if (ASCII_LETTER.test(term[0] ?? "") && ASCII_LETTER.test(key[at - 1] ?? "")) continue;
        taken.fill(1, at, end);
        if (termKey !== null) hits.push({ key: termKey, start: at, end });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  };
}

/**
 * How to read a cell naming several levels of one ladder (`order` is highest first):
 * `lowest` for a demand ("本科/硕士" asks for at least a bachelor), `highest` for a person
 * (their best qualification), `single` when the side is not known (two levels → null).
 */
export type Prefer = "highest" | "lowest" | "single";

export function pickKey<K extends string>(
  found: readonly K[],
  order: readonly K[],
  prefer: Prefer,
): K | null {
  const ranks = [...new Set(found)].map((key) => order.indexOf(key)).filter((rank) => rank >= 0);
  if (ranks.length === 0) return null;
  if (prefer === "single" && ranks.length > 1) return null;
  const rank = prefer === "lowest" ? Math.max(...ranks) : Math.min(...ranks);
  return order[rank] ?? null;
}

/**
 * The level a ladder cell names, read by `prefer` (pickKey over `levels`, which leave out
 * `none`): `none` when the cell names only "no requirement" ("不限"), so "职称不限，工程师"
 * asks for an engineer; null when it names nothing, or levels `prefer` cannot choose between.
 */
export function pickLevelOrNone<K extends string>(
  found: readonly K[],
  levels: readonly K[],
  prefer: Prefer,
): K | "none" | null {
  if (found.length === 0) return null;
  return pickKey(found, levels, prefer) ?? (found.some((k) => k !== "none") ? null : "none");
}

/** The prefer rule for a side, or `single` when the caller did not say. */
export function preferFor(side: Side | undefined): Prefer {
  if (side === undefined) return "single";
  return side === "demand" ? "lowest" : "highest";
}
