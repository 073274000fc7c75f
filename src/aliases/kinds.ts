/**
 * The kinds of value an analyst can map in `aliases.csv`, and the words they may use for
 * them: the English kind, or the column's usual Chinese name (学历, 职称, 产业链…).
 */
import { compactText } from "../text/clean.ts";

export const aliasKinds = [
  "education",
  "title",
  "skill",
  "urgency",
  "region",
  "chain",
  "sector",
  "category",
  "intention",
  "field",
] as const;
export type AliasKind = (typeof aliasKinds)[number];

const KIND_WORDS: Readonly<Record<AliasKind, readonly string[]>> = {
  education: ["学历", "学历要求", "最高学历", "最低学历"],
  title: ["职称", "职称要求", "专业技术职称"],
  skill: ["技能", "技能等级", "技能要求"],
  urgency: ["紧缺程度", "紧急程度", "紧缺"],
  // A place means the same in a survey's 所在地 and a roster's 现工作地.
  region: ["location", "地区", "区域", "所在地", "所在区域", "所在乡镇", "现工作地", "工作地点"],
  chain: ["产业链", "所属产业链"],
  sector: ["industry", "行业", "所属行业", "行业类别"],
  category: ["人才类别", "人才类型", "类别"],
  intention: ["意向", "回乡意向", "合作意向"],
  field: [
    "major",
    "discipline",
    "专业",
    "专业要求",
    "专业方向",
    "专业领域",
    "研究领域",
    "研究方向",
    "学科",
  ],
};

const BY_WORD: ReadonlyMap<string, AliasKind> = new Map(
  aliasKinds.flatMap((kind) =>
    [kind, ...KIND_WORDS[kind]].map((word) => [aliasKey(word), kind] as const),
  ),
);

/** The kind a cell names (`education`, `学历`, ` Education `), or null. */
export function kindOf(text: string): AliasKind | null {
  return BY_WORD.get(aliasKey(text)) ?? null;
}

/**
 * The form raw values are compared in: canonical, without spaces, lower-case. An alias for
 * "研究生 学历" also catches "研究生学历", "研究生學歷" and "ＭＢＡ" for "mba".
 */
export function aliasKey(raw: string | null | undefined): string {
  return compactText(raw).toLowerCase();
}
