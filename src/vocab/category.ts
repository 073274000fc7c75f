/**
 * Talent categories of a roster (人才类别). Departments label the same groups differently;
 * the canonical labels are Chinese because that is what the reports print.
 */
import {
  isBlankOrPlaceholder,
  matchKey,
  type Term,
  termScanner,
  termsFor,
  type VocabularyTerm,
  vocabularyTerms,
} from "./match.ts";

export const categoryLabels = [
  "党政人才",
  "高层次人才",
  "经商人才",
  "科技副总",
  "柔性引进",
  "专业技术人才",
  "技能人才",
  "农村实用人才",
] as const;
export type CategoryLabel = (typeof categoryLabels)[number];

const TERMS: readonly Term<CategoryLabel>[] = [
  ...termsFor("党政人才", ["党政人才", "党政干部", "党政", "机关干部", "公务员"]),
  ...termsFor("高层次人才", ["高层次人才", "高层次", "高端人才", "领军人才"]),
  ...termsFor("经商人才", ["经商人才", "经商", "企业家", "商界人才"]),
  // 科技副总经理 and 科技副总裁 hold 科技副总.
  ...termsFor("科技副总", ["科技副总"]),
  ...termsFor("柔性引进", ["柔性引进", "柔性人才", "柔性"]),
  ...termsFor("专业技术人才", ["专业技术人才", "专业技术", "专技人才", "专技"]),
  // 高技能人才 holds 技能人才; both are skilled workers.
  ...termsFor("技能人才", ["技能人才", "技能型人才", "技能"]),
  ...termsFor("农村实用人才", ["农村实用人才", "农村实用", "乡土人才", "实用人才"]),
];

const scan = termScanner(TERMS);

/** Every category the cell names, in the order written ("高层次人才、柔性引进"). */
export function resolveCategories(raw: string | null | undefined): CategoryLabel[] {
  const key = matchKey(raw);
  if (isBlankOrPlaceholder(key)) return [];
  return [...new Set(scan(key).map((hit) => hit.key))];
}

/**
 * The canonical label of the first category the cell names; null when it names none known.
 * Blank is null too: a person without a category has none, and the caller tells blank
 * (nothing to report) from unknown text (report it) by the raw cell.
 */
export function resolveCategory(raw: string | null | undefined): CategoryLabel | null {
  return resolveCategories(raw)[0] ?? null;
}

/** `[term, label]` pairs, for ranking suggestions. */
export function categoryTerms(): readonly VocabularyTerm<CategoryLabel>[] {
  return vocabularyTerms(null, TERMS);
}
