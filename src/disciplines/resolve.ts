/**
 * Research fields and majors (研究领域, 专业) to first-level discipline codes. A cell may name
 * several fields ("材料学、化学工程", "化工与材料"), a major whose name holds a connector
 * ("材料科学与工程", "机械设计制造及其自动化"), a skill ("PLC编程") or a catalogue code
 * ("0805", "080502", "0805材料科学与工程").
 *
 * Terms are matched across the whole cell, longest first, each claiming its characters: so
 * 高分子材料与工程 is one term (材料科学与工程), never also 化学工程 or 工程 inside it, and a
 * connector inside a term does not split it. The cell is then cut into parts at punctuation
 * and at the connectors 和, 及, 与, 或, 并 that no term claimed; a part in which no term was
 * found is reported as unmatched, for the fix loop, unless it is only filler (相关专业, 等, 方向…).
 */
import { canonicalText } from "../text/clean.ts";
import {
  type Hit,
  isBlankOrPlaceholder,
  type Term,
  termScanner,
  type VocabularyTerm,
} from "../vocab/match.ts";
import { disciplineByCode, disciplines } from "./disciplines.ts";

export type { Category, Discipline } from "./disciplines.ts";
export { CATALOGUE_EDITION, categories, disciplineByCode, disciplines } from "./disciplines.ts";

export interface FieldResolution {
  /** Distinct discipline codes, sorted. */
  readonly codes: readonly string[];
  /** Parts of the cell that named no discipline, as written (canonical form), in order. */
  readonly unmatched: readonly string[];
}

/** Key of the spellings that ask for no particular field: consumed, giving no code. */
const ANY_FIELD = "any";
const NO_REQUIREMENT = ["不限专业", "专业不限", "不限", "无要求", "不要求", "无限制", "均可"];

const TERMS: readonly Term<string>[] = [
  ...disciplineTerms(),
  ...NO_REQUIREMENT.map((term) => [term, ANY_FIELD] as const),
];

const scan = termScanner(TERMS);

const SEPARATOR = /[\p{P}\p{S}]/u;
const CONNECTOR = /以及|及其|和|及|与|或|并/g;
const DIGITS = /\d+/g;
/** Words that qualify a field without naming one: a part made only of them is not reported. */
const FILLER = /相关专业|相关|专业|方向|领域|学科|类|等|其他|其它|优先|以上|背景/g;

/**
 * The codes a cell names and the parts that named nothing. Never throws; a blank cell, a
 * placeholder ("无", "-") or "专业不限" gives no codes and nothing unmatched.
 */
export function resolveFields(raw: string | null | undefined): FieldResolution {
  const text = canonicalText(raw);
  const { key, from, to } = indexedKey(text);
  if (isBlankOrPlaceholder(key)) return { codes: [], unmatched: [] };

  const hits = [...scan(key), ...codeHits(key)];
  const claimed = new Uint8Array(key.length);
  for (const hit of hits) claimed.fill(1, hit.start, hit.end);

  const unmatched: string[] = [];
  for (const [start, end] of parts(key, claimed)) {
    if (claimed.subarray(start, end).includes(1)) continue;
    const bare = key.slice(start, end).replace(FILLER, "");
    if (isBlankOrPlaceholder(bare)) continue;
    const part = text.slice(from[start], to[end - 1]).trim();
    if (!unmatched.includes(part)) unmatched.push(part);
  }

  const codes = [...new Set(hits.map((hit) => hit.key))].filter((code) => code !== ANY_FIELD);
  return { codes: codes.sort(), unmatched };
}

/** `[term, code]` pairs, discipline names included, for ranking suggestions. */
export function disciplineTerms(): readonly VocabularyTerm<string>[] {
  return disciplines().flatMap((d) => d.terms.map((term) => [term, d.code] as const));
}

/**
 * The text terms are matched against (lower-case, without spaces) and, for each of its code
 * units, where its source character starts and ends in `text`, so a part can be reported as
 * the user wrote it ("Quantum Computing", not "quantumcomputing").
 */
function indexedKey(text: string): { key: string; from: number[]; to: number[] } {
  let key = "";
  const from: number[] = [];
  const to: number[] = [];
  for (let at = 0; at < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
    const next = at + char.length;
    if (char !== " ") {
      const lower = char.toLowerCase();
      key += lower;
      for (let i = 0; i < lower.length; i++) {
        from.push(at);
        to.push(next);
      }
    }
    at = next;
  }
  return { key, from, to };
}

/** Catalogue codes written as such: four digits (0805) or six (080502, a second-level code). */
function codeHits(key: string): Hit<string>[] {
  const hits: Hit<string>[] = [];
  for (const match of key.matchAll(DIGITS)) {
    const digits = match[0];
    if (digits.length !== 4 && digits.length !== 6) continue;
    const code = digits.slice(0, 4);
    if (disciplineByCode(code) === undefined) continue;
    hits.push({ key: code, start: match.index, end: match.index + digits.length });
  }
  return hits;
}

/** [start, end) of the runs between separators and the connectors no term claimed. */
function parts(key: string, claimed: Uint8Array): [number, number][] {
  const cut = new Uint8Array(key.length);
  for (let i = 0; i < key.length; i++) {
    if (claimed[i] === 0 && SEPARATOR.test(key[i] ?? "")) cut[i] = 1;
  }
  for (const match of key.matchAll(CONNECTOR)) {
    const end = match.index + match[0].length;
    // A connector joins two things: at either end of a part it is part of a word (碳中和).
    const joins =
      match.index > 0 && end < key.length && cut[match.index - 1] === 0 && cut[end] === 0;
    if (joins && !claimed.subarray(match.index, end).includes(1)) cut.fill(1, match.index, end);
  }
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= key.length; i++) {
    const inside = i < key.length && cut[i] === 0;
    if (inside && start < 0) start = i;
    if (!inside && start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  }
  return runs;
}
