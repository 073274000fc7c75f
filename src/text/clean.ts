/**
 * Cell text as people type it into Excel: full-width digits and letters (３人), ideographic
 * spaces (U+3000), no-break spaces pasted from web pages, zero-width characters from chat
 * apps, traditional characters (碩士, 南樂縣). Everything that compares cell text against a
 * vocabulary goes through these functions, so that all those spellings compare equal.
 */
import * as OpenCC from "opencc-js";

/** ZWSP, ZWNJ, ZWJ, WORD JOINER and the BOM (also used as ZWNBSP): invisible, never meaningful. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** JS `\s` covers U+3000, U+00A0, U+202F, the U+2000 block, line/paragraph separators, tabs. */
const WHITESPACE_RUN = /\s+/g;

/**
 * NFKC, every kind of space to one plain space, zero-width characters removed, trimmed.
 * Never throws (a lone surrogate passes through unchanged); null and undefined give "".
 *
 * Zero-width characters go *before* NFKC: removing them afterwards could leave a base and a
 * combining mark side by side that NFKC would compose on a second pass, and the function
 * must be idempotent.
 */
export function cleanText(raw: string | null | undefined): string {
  if (raw === null || raw === undefined) return "";
  return String(raw).replace(ZERO_WIDTH, "").normalize("NFKC").replace(WHITESPACE_RUN, " ").trim();
}

let converter: OpenCC.ConverterFunction | undefined;

function simplifier(): OpenCC.ConverterFunction {
  const existing = converter;
  if (existing !== undefined) return existing;
  const created = OpenCC.Converter({ from: "hk", to: "cn" });
  converter = created;
  return created;
}

/**
 * Traditional to simplified Chinese. From the Hong Kong preset: it also folds the HK
 * variants (衞) that the Taiwan and generic presets leave alone; standard traditional
 * (碩士, 學歷, 南樂縣) converts the same under all three. The converter loads its
 * dictionaries once, on first use, and is immutable afterwards.
 */
export function toSimplified(text: string): string {
  return simplifier()(text);
}

/**
 * The form vocabularies are written in: cleaned and simplified. Cleaned again after the
 * conversion so the result is NFKC and idempotent whatever the dictionary returns.
 */
export function canonicalText(raw: string | null | undefined): string {
  let text = cleanText(raw);
  // A few dictionary entries chain (薴 → 苧 → 苎): convert until nothing changes, so the
  // canonical form of a canonical form is itself. Three rounds cover every chain in it.
  for (let round = 0; round < 3 && text !== ""; round++) {
    const next = cleanText(toSimplified(text));
    if (next === text) break;
    text = next;
  }
  return text;
}

/** canonicalText without any spaces: "学 历", "学　历" and "學歷" all give "学历". */
export function compactText(raw: string | null | undefined): string {
  return canonicalText(raw).replaceAll(" ", "");
}
