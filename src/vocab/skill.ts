/**
 * Vocational skill levels (职业技能等级). The national levels count down from the top:
 * 一级 is 高级技师 and 五级 is 初级工, so 一级 is the *highest*, not the lowest. And 高级工
 * sits inside 高级工程师, a title typed into the wrong column: the title spellings are
 * consumed as blockers so such a cell goes unresolved rather than reading as senior-worker.
 */
import { skillKeys } from "./ladders.ts";
import {
  bareText,
  blockers,
  isBlankOrPlaceholder,
  matchKey,
  pickLevelOrNone,
  preferFor,
  type Side,
  stripMinimum,
  type Term,
  termScanner,
  termsFor,
  type VocabularyTerm,
  vocabularyTerms,
} from "./match.ts";

export type SkillKey = (typeof skillKeys)[number];
export { skillKeys };

const TERMS: readonly Term<SkillKey>[] = [
  ...termsFor("senior-technician", ["高级技师", "一级", "1级"]),
  ...termsFor("technician", ["技师", "二级", "2级"]),
  ...termsFor("senior-worker", ["高级工", "高级技工", "三级", "3级"]),
  ...termsFor("intermediate-worker", ["中级工", "中级技工", "四级", "4级"]),
  ...termsFor("junior-worker", ["初级工", "初级技工", "五级", "5级"]),
  ...termsFor("none", ["不限", "无要求", "不要求", "无等级", "无技能", "未取得"]),
  // Titles (and medical titles ending in 技师) are not skill levels.
  ...blockers(["高级工程师", "中级工程师", "初级工程师", "工程师", "主任技师", "主管技师"]),
];

/**
 * Bare 高级 / 中级 / 初级 mean 高级工 / 中级工 / 初级工 only as the whole cell ("高级",
 * "中级及以上"): inside a longer text they are as likely a title (高级经济师).
 */
const WHOLE_CELL: ReadonlyMap<string, SkillKey> = new Map([
  ["高级", "senior-worker"],
  ["中级", "intermediate-worker"],
  ["初级", "junior-worker"],
]);

const scan = termScanner(TERMS);
const levels = skillKeys.filter((key) => key !== "none");

/**
 * Blank and placeholders are `none`. Two levels in one cell read as the lower on a demand,
 * the higher on a roster, null without a side. Null when nothing is recognised.
 */
export function resolveSkill(raw: string | null | undefined, side?: Side): SkillKey | null {
  const key = matchKey(raw);
  if (isBlankOrPlaceholder(key)) return "none";
  const whole = WHOLE_CELL.get(stripMinimum(bareText(key)));
  if (whole !== undefined) return whole;
  return pickLevelOrNone(
    scan(key).map((hit) => hit.key),
    levels,
    preferFor(side),
  );
}

/** `[term, key]` pairs, for ranking suggestions. */
export function skillTerms(): readonly VocabularyTerm<SkillKey>[] {
  return vocabularyTerms("none", TERMS, WHOLE_CELL);
}
