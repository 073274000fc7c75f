/**
 * `aliases.csv` in the workspace: the analyst's own mappings of raw values, one per line as
 * `kind,raw,canonical` (e.g. `education,研究生学历,master`). An alias wins over the
 * vocabularies. A line that cannot be used is skipped with a warning naming it; the run
 * goes on.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Lang } from "../messages/lang.ts";
import { detectDelimiter } from "../readers/csv.ts";
import { decodeText, detectEncoding } from "../readers/encoding.ts";
import type { Canonicaliser } from "./canonical.ts";
import { type AliasKind, aliasKey, kindOf } from "./kinds.ts";
import { type AliasProblemCode, aliasMessage } from "./messages.ts";

export const ALIASES_FILE = "aliases.csv";

export interface AliasProblem {
  readonly line: number;
  readonly kind: string;
  readonly raw: string;
  readonly canonical: string;
  readonly problem: AliasProblemCode;
  readonly message: string;
}

export interface AliasBook {
  /** The canonical code for a raw value of a kind, when an alias names it. */
  get(kind: AliasKind, raw: string): string | undefined;
  /** Usable aliases. */
  readonly size: number;
}

export interface LoadedAliases {
  readonly book: AliasBook;
  readonly problems: readonly AliasProblem[];
}

const EMPTY: LoadedAliases = { book: { get: () => undefined, size: 0 }, problems: [] };

/** First cells of a header line: `kind,raw,canonical` or `类型,原值,规范值`. */
const HEADER_FIRST = new Set(["kind", "类型", "种类"]);

/** Reads `<workspace>/aliases.csv`; no file is no aliases. */
export function loadAliases(dir: string, canonical: Canonicaliser, lang: Lang): LoadedAliases {
  const path = join(dir, ALIASES_FILE);
  if (!existsSync(path)) return EMPTY;
  return parseAliases(readFileSync(path), canonical, lang);
}

/** Parses the bytes of an aliases file (UTF-8 with or without BOM, GB18030, UTF-16). */
export function parseAliases(
  bytes: Uint8Array,
  canonical: Canonicaliser,
  lang: Lang,
): LoadedAliases {
  const problems: AliasProblem[] = [];
  const problem = (
    line: number,
    code: AliasProblemCode,
    cells: { kind?: string; raw?: string; canonical?: string; earlier?: number },
  ) => {
    problems.push({
      line,
      kind: cells.kind ?? "",
      raw: cells.raw ?? "",
      canonical: cells.canonical ?? "",
      problem: code,
      message: aliasMessage(code, { file: ALIASES_FILE, line, ...cells }, lang),
    });
  };
  const encoding = detectEncoding(bytes);
  if (encoding === null) {
    problem(0, "unreadable", {});
    return { book: EMPTY.book, problems };
  }
  const lines = decodeText(bytes, encoding)
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/);
  const delimiter = detectDelimiter(lines.slice(0, 30));
  const entries = new Map<string, { canonical: string; line: number }>();
  let seenData = false;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === "" || text.trimStart().startsWith("#")) return;
    const cells = (Papa.parse<string[]>(text, { delimiter }).data[0] ?? []).map((c) => c.trim());
    const [kindText = "", raw = "", target = ""] = cells;
    if (!seenData) {
      seenData = true;
      if (HEADER_FIRST.has(aliasKey(kindText))) return;
    }
    if (cells.every((c) => c === "")) return;
    if (kindText === "" || aliasKey(raw) === "" || target === "") {
      problem(line, "columns", { kind: kindText, raw, canonical: target });
      return;
    }
    const kind = kindOf(kindText);
    if (kind === null) {
      problem(line, "unknown_kind", { kind: kindText, raw, canonical: target });
      return;
    }
    const code = canonical(kind, target);
    if (code === null) {
      problem(line, "bad_canonical", { kind, raw, canonical: target });
      return;
    }
    const key = `${kind}\u0000${aliasKey(raw)}`;
    const earlier = entries.get(key);
    if (earlier !== undefined && earlier.canonical !== code) {
      problem(line, "duplicate", { kind, raw, canonical: target, earlier: earlier.line });
    }
    entries.set(key, { canonical: code, line });
  });
  return {
    book: {
      get: (kind, raw) => entries.get(`${kind}\u0000${aliasKey(raw)}`)?.canonical,
      size: entries.size,
    },
    problems,
  };
}
