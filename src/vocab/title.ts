/**
 * Professional titles (职称). Every series (engineering, economics, teaching, medicine…) has
 * its own names for the same four grades, and the names nest inside each other, which is
 * where the traps are: 高级工程师 is vice-senior (正高级工程师 and 教授级高级工程师 are the
 * senior grade); 研究员 is senior while 副研究员 is vice-senior and 助理研究员 intermediate;
 * 工程师 alone is intermediate and 助理工程师 junior. The scanner tries longer spellings
 * first, so listing each full name is enough to get them right.
 */
import { titleKeys } from "./ladders.ts";
import {
  blockers,
  isBlankOrPlaceholder,
  matchKey,
  pickLevelOrNone,
  preferFor,
  type Side,
  type Term,
  termScanner,
  termsFor,
  type VocabularyTerm,
  vocabularyTerms,
} from "./match.ts";

export type TitleKey = (typeof titleKeys)[number];
export { titleKeys };

const TERMS: readonly Term<TitleKey>[] = [
  ...termsFor("senior", [
    "正高级",
    "正高",
    "教授",
    "研究员",
    "教授级高级工程师",
    "教授级高工",
    "教高",
  ]),
  ...termsFor("senior", ["研究员级高级工程师", "正高级工程师", "正高级经济师", "正高级会计师"]),
  ...termsFor("senior", [
    "正高级教师",
    "正高级农艺师",
    "主任医师",
    "主任药师",
    "主任护师",
    "主任技师",
  ]),
  ...termsFor("senior", ["编审"]),
  // Bare 高级 ("高级职称") is read as vice-senior: the grade every 高级X师 title names.
  ...termsFor("vice-senior", [
    "副高级",
    "副高",
    "副教授",
    "副研究员",
    "高级工程师",
    "高工",
    "高级",
  ]),
  ...termsFor("vice-senior", [
    "高级经济师",
    "高级会计师",
    "高级农艺师",
    "高级畜牧师",
    "高级兽医师",
  ]),
  ...termsFor("vice-senior", ["高级实验师", "高级统计师", "高级审计师", "高级政工师", "高级讲师"]),
  ...termsFor("vice-senior", ["高级教师", "副主任医师", "副主任药师", "副主任护师", "副主任技师"]),
  ...termsFor("vice-senior", ["副编审", "副高级工程师"]),
  ...termsFor("intermediate", ["中级", "工程师", "中级工程师", "讲师", "助理研究员", "经济师"]),
  ...termsFor("intermediate", [
    "会计师",
    "农艺师",
    "畜牧师",
    "兽医师",
    "实验师",
    "统计师",
    "审计师",
  ]),
  ...termsFor("intermediate", [
    "政工师",
    "一级教师",
    "主治医师",
    "主管药师",
    "主管护师",
    "主管技师",
  ]),
  ...termsFor("intermediate", ["编辑"]),
  ...termsFor("junior", ["初级", "助理工程师", "初级工程师", "助工", "技术员", "助教", "员级"]),
  ...termsFor("junior", ["助理级", "助理经济师", "助理会计师", "助理农艺师", "助理畜牧师"]),
  ...termsFor("junior", ["助理兽医师", "助理实验师", "助理统计师", "助理审计师", "助理政工师"]),
  ...termsFor("junior", ["实验员", "研究实习员", "二级教师", "三级教师", "医师", "住院医师"]),
  ...termsFor("junior", ["药师", "护师", "护士", "助理编辑"]),
  ...termsFor("none", ["不限", "无职称", "无要求", "不要求", "未评", "未定级"]),
  // Skill levels typed into a title column are not titles: consume them so 高级 inside
  // 高级技师 does not read as vice-senior, and let the cell go unresolved.
  ...blockers(["高级技师", "技师", "高级工", "中级工", "初级工", "高级技工"]),
];

const scan = termScanner(TERMS);
const levels = titleKeys.filter((key) => key !== "none");

/**
 * Blank and placeholders ("无", "-") are `none`. "及以上" suffixes need no handling: the
 * level is what the cell names. A cell naming two titles reads as the lower on a demand,
 * the higher on a roster, and null when the side is not given. Null when nothing is
 * recognised, or when only a skill level is.
 */
export function resolveTitle(raw: string | null | undefined, side?: Side): TitleKey | null {
  const key = matchKey(raw);
  if (isBlankOrPlaceholder(key)) return "none";
  // "职称不限，工程师" asks for an engineer: a named level beats "none".
  return pickLevelOrNone(
    scan(key).map((hit) => hit.key),
    levels,
    preferFor(side),
  );
}

/** `[term, key]` pairs, for ranking suggestions. */
export function titleTerms(): readonly VocabularyTerm<TitleKey>[] {
  return vocabularyTerms("none", TERMS);
}
