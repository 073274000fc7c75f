import type { Lang } from "../messages/lang.ts";

export interface UnresolvedValue {
  kind: string;
  side: string;
  raw: string;
  status: string;
  rows: number;
  files: string[];
  suggestions: { canonical: string; label: string; score: number }[];
}

const HEADINGS: Record<Lang, readonly string[]> = {
  zh: ["类型 kind", "原值 raw", "行数", "状态", "建议 canonical", "来源", "文件"],
  en: ["kind", "raw", "rows", "status", "suggested canonical", "side", "files"],
};

const STATUS: Record<Lang, Record<string, string>> = {
  zh: { unresolved: "未识别", ambiguous: "有歧义" },
  en: { unresolved: "unresolved", ambiguous: "ambiguous" },
};

const SIDE: Record<Lang, Record<string, string>> = {
  zh: { demand: "需求表", roster: "人才名册" },
  en: { demand: "demand", roster: "roster" },
};

/** Columns a terminal shows a character in: two for CJK and full-width forms. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      cp >= 0x20000;
    w += wide ? 2 : 1;
  }
  return w;
}

const pad = (text: string, to: number) => text + " ".repeat(Math.max(0, to - width(text)));

/**
 * A plain-text table, one line per value, aligned for CJK text: what the analyst copies
 * into aliases.csv is in the first two columns and the suggestion column.
 */
export function unresolvedTable(values: readonly UnresolvedValue[], lang: Lang): string {
  const rows = values.map((v) => [
    v.kind,
    v.raw,
    String(v.rows),
    STATUS[lang][v.status] ?? v.status,
    v.suggestions
      .map((s) => (s.label === s.canonical ? s.canonical : `${s.canonical}（${s.label}）`))
      .join(" | ") || "—",
    SIDE[lang][v.side] ?? v.side,
    v.files.join("; "),
  ]);
  const table = [[...HEADINGS[lang]], ...rows];
  const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => width(r[i] ?? "")))) ?? [];
  return table
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : pad(cell, widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join("");
}
