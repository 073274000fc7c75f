import type { DuckDBConnection } from "@duckdb/node-api";
import { quoteLiteral } from "./sql.ts";

/** Full-width ASCII (U+FF01–U+FF5E) and its half-width twin, for SQL translate(). */
const fullWidth = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0xff01 + i)).join("");
const halfWidth = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).join("");

/** Character classes (RE2 syntax) of what clean_cell folds. */
const zeroWidth = "\\x{200B}-\\x{200D}\\x{2060}\\x{FEFF}";
const spaces =
  "\\s\\x{000B}\\x{0085}\\x{00A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";
const oddChars = `${zeroWidth}${spaces}\\x{FF01}-\\x{FF5E}`;

/**
 * Year, month and optional day, separated by - / . or 年 月 (日/号), the whole cell, with an
 * optional time of day after it (CSV exports of date-time cells). No match: not a date.
 */
const datePattern =
  "^(\\d{4}) ?[-/.年] ?(\\d{1,2})(?: ?[-/.月] ?(\\d{1,2}) ?[日号]?| ?月)?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$";

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const creditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const creditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** `w0 * term(0) + w1 * term(1) + …`, unrolled. */
const weightedSum = (weights: readonly number[], term: (i: number) => string) =>
  `(${weights.map((w, i) => `${w} * ${term(i)}`).join(" + ")})`;

/**
 * SQL macros the stages share, so a million rows are cleaned and checked inside DuckDB rather
 * than one JavaScript call per row. Each mirrors a rule of docs/domain.md.
 */
const macros = [
  // Whether a text holds a character clean_cell changes: most cells hold none. Over a whole
  // row's cells joined (staging), one scan tells that every cell of the row is clean already.
  `create or replace macro needs_cleaning(v) as regexp_matches(v::varchar, ${quoteLiteral(`[${oddChars}]`)})`,
  // Full-width letters and digits made half-width; zero-width characters (ZWSP, ZWNJ, ZWJ,
  // word joiner, BOM) removed; every run of spaces of any kind (ideographic, no-break, the
  // U+2000 block, tabs, line breaks) one plain space; trimmed; '' is NULL. On such text it
  // agrees with cleanText (src/text/clean.ts), which does the same by NFKC.
  `create or replace macro clean_cell(v) as case
     -- most cells need nothing: one scan for a character that does, then the full work
     when needs_cleaning(v) then nullif(trim(regexp_replace(regexp_replace(
       -- translate over 94 pairs costs ~2.5 µs a value: only for cells with a full-width form
       case when regexp_matches(v::varchar, '[\\x{FF01}-\\x{FF5E}]')
         then translate(v::varchar, ${quoteLiteral(fullWidth)}, ${quoteLiteral(halfWidth)}) else v::varchar end,
       ${quoteLiteral(`[${zeroWidth}]`)}, '', 'g'), ${quoteLiteral(`[${spaces}]+`)}, ' ', 'g')), '')
     else nullif(v::varchar, '') end`,
  // "3", "3人", "３名", "3 个", "3個": a count (0 included, a check rejects it); anything else
  // (若干, 2-3, -1, 三) is NULL.
  `create or replace macro parse_headcount(v) as try_cast(regexp_extract(clean_cell(v),
     '^(\\d{1,6})(?:\\.0+)? ?(?:人|名|个|個|位)?$', 1) as integer)`,
  // GB 11643 citizen ID: 17 digits and a check character from a weighted sum mod 11. A
  // macro's argument is pasted wherever the macro names it, so each list_transform over a
  // one-element list binds a value once: the cell (often upper(replace(…))) and the 17 digits
  // as one BIGINT, whose digits are taken arithmetically (17 substr/try_cast pairs cost five
  // times more a row). try_cast because DuckDB evaluates both sides of the AND over a whole
  // vector, so a cast would throw on the first malformed value ("A", an old 15-digit ID).
  `create or replace macro id_number_ok(s) as list_transform([s], lambda x:
     regexp_full_match(x, '\\d{17}[\\dX]') and substr('10X98765432',
       list_transform([try_cast(substr(x, 1, 17) as bigint)], lambda n:
         ${weightedSum(idWeights, (i) => `(n // ${10n ** BigInt(16 - i)} % 10)`)} % 11)[1] + 1, 1)
     = substr(x, 18, 1))[1]`,
  // GB 32100 unified social credit code: 18 characters over a 31-letter alphabet, check mod 31.
  `create or replace macro credit_code_ok(s) as list_transform([s], lambda x:
     regexp_full_match(x, '[0-9A-HJ-NP-RTUWXY]{2}\\d{6}[0-9A-HJ-NP-RTUWXY]{10}') and
     substr(${quoteLiteral(creditAlphabet)}, cast((31 - ${weightedSum(creditWeights, (i) => `(strpos(${quoteLiteral(creditAlphabet)}, substr(x, ${i + 1}, 1)) - 1)`)} % 31) % 31 as bigint) + 1, 1)
     = substr(x, 18, 1))[1]`,
  // Dates as analysts write them: Excel serials, 2024-03-15, 2024/3/15, 2024.3, 2024年3月,
  // 198503 and 19850312 (出生年月 typed as digits), optionally followed by a time of day.
  // Every pattern matches the whole cell: "2024-123" and "2024-03-150" are not dates.
  `create or replace macro parse_date_text(v) as case
     when regexp_full_match(clean_cell(v), '\\d{5}(\\.\\d+)?')
       then date '1899-12-30' + cast(floor(cast(clean_cell(v) as double)) as integer)
     when regexp_full_match(clean_cell(v), '(\\d{4})(\\d{2})((\\d{2}))?')
       then try(make_date(cast(substr(clean_cell(v), 1, 4) as bigint), cast(substr(clean_cell(v), 5, 2) as bigint),
         coalesce(try_cast(nullif(substr(clean_cell(v), 7, 2), '') as bigint), 1)))
     else try(make_date(
       cast(regexp_extract(clean_cell(v), ${quoteLiteral(datePattern)}, 1) as bigint),
       cast(regexp_extract(clean_cell(v), ${quoteLiteral(datePattern)}, 2) as bigint),
       coalesce(try_cast(nullif(regexp_extract(clean_cell(v), ${quoteLiteral(datePattern)}, 3), '') as bigint), 1)))
   end`,
];

export async function installMacros(db: DuckDBConnection): Promise<void> {
  for (const macro of macros) await db.run(macro);
}
