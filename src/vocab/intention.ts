/**
 * A roster person's intention to come back or work with the locality (回乡意向, 合作意向):
 * 全职回归 / 柔性合作 / 项目合作 / 暂无. Negations ("暂不回归") nest the word they negate
 * and are listed whole so the scanner reads them first.
 */
import {
  bareText,
  isBlankOrPlaceholder,
  matchKey,
  pickKey,
  type Term,
  termScanner,
  termsFor,
  type VocabularyTerm,
  vocabularyTerms,
} from "./match.ts";

/** Strongest commitment first; `none` last. */
export const intentionKeys = ["full-time-return", "flexible", "project", "none"] as const;
export type IntentionKey = (typeof intentionKeys)[number];

const TERMS: readonly Term<IntentionKey>[] = [
  ...termsFor("full-time-return", ["全职回归", "全职回乡", "全职返乡", "回乡就业", "回乡创业"]),
  ...termsFor("full-time-return", ["返乡就业", "返乡创业", "全职", "回归", "回乡", "返乡"]),
  ...termsFor("flexible", ["柔性合作", "柔性引进", "柔性", "兼职", "顾问", "短期服务"]),
  ...termsFor("project", ["项目合作", "项目", "技术合作", "合作研发"]),
  ...termsFor("none", [
    "暂无意向",
    "暂无",
    "无意向",
    "暂不考虑",
    "不考虑",
    "暂不回归",
    "不回归",
    "暂不回乡",
  ]),
  ...termsFor("none", ["不回乡", "不返乡", "暂不", "不愿", "无打算"]),
];

/** A bare "否" (no) answers the question; it means nothing inside a longer text. */
const WHOLE_CELL: ReadonlyMap<string, IntentionKey> = new Map([["否", "none"]]);

const scan = termScanner(TERMS);
const commitments = intentionKeys.filter((key) => key !== "none");

/**
 * Blank and placeholders ("暂无", "无") are `none`. Several commitments ("全职回归或柔性合作")
 * read as the strongest. A commitment next to a refusal ("暂无，项目合作") is null: the
 * pipeline reports it rather than guessing. Null when nothing is recognised.
 */
export function resolveIntention(raw: string | null | undefined): IntentionKey | null {
  const key = matchKey(raw);
  if (isBlankOrPlaceholder(key)) return "none";
  const whole = WHOLE_CELL.get(bareText(key));
  if (whole !== undefined) return whole;
  const found = scan(key).map((hit) => hit.key);
  if (found.length === 0) return null;
  if (found.every((k) => k === "none")) return "none";
  if (found.includes("none")) return null;
  return pickKey(found, commitments, "highest");
}

/** `[term, key]` pairs, for ranking suggestions. */
export function intentionTerms(): readonly VocabularyTerm<IntentionKey>[] {
  return vocabularyTerms("none", TERMS, WHOLE_CELL);
}
