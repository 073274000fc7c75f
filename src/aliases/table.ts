import type { Lang } from "../messages/lang.ts";
import { displayWidth } from "../text/width.ts";

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

const pad = (text: string, to: number) => text + " ".repeat(Math.max(0, to - displayWidth(text)));

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
  const widths =
    table[0]?.map((_, i) => Math.max(...table.map((r) => displayWidth(r[i] ?? "")))) ?? [];
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
