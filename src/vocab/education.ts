/**
 * Education: demand cells state a minimum ("本科及以上"), roster cells a person's highest
 * level. Keys are those of ladders.ts: demand ends in `none`, roster in `unknown`.
 */
import {
  type demandEducationKeys,
  type EducationLevel,
  educationLevels,
  type supplyEducationKeys,
} from "./ladders.ts";
import {
  isBlankOrPlaceholder,
  matchKey,
  pickKey,
  placeholderTerms,
  type Side,
  type Term,
  termScanner,
  termsFor,
  type VocabularyTerm,
} from "./match.ts";

export type DemandEducationKey = (typeof demandEducationKeys)[number];
export type SupplyEducationKey = (typeof supplyEducationKeys)[number];
export type EducationKey = DemandEducationKey | SupplyEducationKey;

/** `below`: under the ladder (初中); `no-requirement`: demand vocabulary (不限). */
type TableKey = EducationLevel | "below" | "no-requirement";

const TERMS: readonly Term<TableKey>[] = [
  // 博士后 and 博士研究生 are longer than 研究生 and win over it.
  ...termsFor("doctorate", [
    "博士后",
    "博士研究生",
    "博士",
    "博后",
    "phd",
    "ph.d",
    "doctor",
    "postdoc",
  ]),
  // 研究生 alone means a master's in everyday usage.
  ...termsFor("master", ["硕士研究生", "硕士", "研究生", "mba", "emba", "mpa", "mpacc", "master"]),
  ...termsFor("master", ["msc", "meng", "postgraduate"]),
  // 专升本 is a bachelor's degree reached from an associate one.
  ...termsFor("bachelor", [
    "大学本科",
    "本科",
    "学士",
    "专升本",
    "bachelor",
    "undergraduate",
    "bsc",
  ]),
  // 高职高专 spelled out, or 职高 (vocational) would be read in its middle.
  ...termsFor("associate", [
    "高职高专",
    "大专",
    "专科",
    "高职",
    "高专",
    "associate",
    "juniorcollege",
  ]),
  ...termsFor("vocational", [
    "中专",
    "中职",
    "高中",
    "技校",
    "职高",
    "中技",
    "技工学校",
    "职业高中",
  ]),
  ...termsFor("vocational", ["中等专业", "中等职业", "highschool", "vocational", "secondary"]),
  ...termsFor("below", ["初中", "小学", "文盲"]),
  ...termsFor("no-requirement", ["不限", "无要求", "不要求", "无限制"]),
];

const scan = termScanner(TERMS);
/** "大专及以下" on a demand is a ceiling, not a minimum: it asks for nothing. */
const CEILING = /^(?:学历)?(?:及|或)?以下/u;

/**
 * Blank and placeholders ("-", "无", "不详") give `none` on a demand and `unknown` on a roster.
 * Below the ladder (初中, 小学) likewise: such a person only fills demand that asks for
 * nothing, which is exactly what `unknown` means in the gap. A roster cell in demand
 * vocabulary ("不限", "无要求") is null: it says nothing about a person and usually means a
 * misplaced column, which the pipeline should report. A cell naming two levels reads as the
 * lower on a demand (a minimum) and the higher on a roster. Null when nothing is recognised.
 */
export function resolveEducation(
  raw: string | null | undefined,
  side: "demand",
): DemandEducationKey | null;
export function resolveEducation(
  raw: string | null | undefined,
  side: "roster",
): SupplyEducationKey | null;
export function resolveEducation(raw: string | null | undefined, side: Side): EducationKey | null;
export function resolveEducation(raw: string | null | undefined, side: Side): EducationKey | null {
  const empty = side === "demand" ? "none" : "unknown";
  const key = matchKey(raw);
  if (isBlankOrPlaceholder(key)) return empty;
  const hits = scan(key).map((hit) =>
    side === "demand" && CEILING.test(key.slice(hit.end)) ? "no-requirement" : hit.key,
  );
  const levels = hits.filter((k): k is EducationLevel => k !== "below" && k !== "no-requirement");
  if (levels.length > 0)
    return pickKey(levels, educationLevels, side === "demand" ? "lowest" : "highest");
  if (hits.length === 0) return null;
  if (side === "demand") return "none";
  return hits.includes("below") ? "unknown" : null;
}

/** `[term, key]` pairs a side accepts, for ranking suggestions. */
export function educationTerms(side: Side): readonly VocabularyTerm<EducationKey>[] {
  const empty = side === "demand" ? "none" : "unknown";
  const pairs: VocabularyTerm<EducationKey>[] = placeholderTerms().map((t) => [t, empty]);
  for (const [term, key] of TERMS) {
    if (key === null) continue;
    if (key === "below") pairs.push([term, empty]);
    else if (key === "no-requirement") {
      if (side === "demand") pairs.push([term, "none"]);
    } else pairs.push([term, key]);
  }
  return pairs;
}
