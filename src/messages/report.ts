import type { Ladder } from "../vocab/ladders.ts";
import type { Lang } from "./lang.ts";
import { en } from "./report/en.ts";
import type { ReportText, Side } from "./report/text.ts";
import { zh } from "./report/zh.ts";

export type { ParagraphFigures, ReportText, Side } from "./report/text.ts";

const texts: Record<Lang, ReportText> = { zh, en };

export function reportText(lang: Lang): ReportText {
  return texts[lang];
}

/** The label of a ladder key; a person without a title reads 无职称, a demand without one 不限. */
export function levelLabel(text: ReportText, ladder: Ladder, key: string, side: Side): string {
  if (ladder === "title" && key === "none" && side === "supply") return text.supplyNone;
  return text.levels[ladder][key] ?? key;
}

/** A talent category's label: the canonical Chinese one, translated where the language has it. */
export function categoryLabel(text: ReportText, category: string): string {
  return text.categories[category] ?? (category === "" ? (text.intentions[""] ?? "") : category);
}

/** A ladder's name as a column or axis title: 学历 / Education. */
export function ladderTitle(text: ReportText, ladder: Ladder): string {
  return ladder === "education" ? text.education : text.title;
}
