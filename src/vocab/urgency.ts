/**
 * How urgently an enterprise needs a position: 非常紧缺 / 紧缺 / 一般 on the survey forms.
 * The negations nest the words they negate (不紧缺 holds 紧缺, 较紧急 holds 紧急), and the
 * scanner reads the longer spelling first, so listing them is what keeps them apart.
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

/** Most urgent first. */
export const urgencyKeys = ["very-urgent", "urgent", "normal"] as const;
export type UrgencyKey = (typeof urgencyKeys)[number];

const TERMS: readonly Term<UrgencyKey>[] = [
  ...termsFor("very-urgent", ["非常紧缺", "特别紧缺", "十分紧缺", "极度紧缺", "急需", "急缺"]),
  ...termsFor("very-urgent", [
    "急需紧缺",
    "非常紧急",
    "特别紧急",
    "十分紧急",
    "紧急",
    "veryurgent",
  ]),
  ...termsFor("urgent", ["紧缺", "较紧缺", "比较紧缺", "较为紧缺", "较紧急", "比较紧急", "urgent"]),
  ...termsFor("normal", ["一般", "不紧缺", "不紧急", "不急需", "不急", "正常", "常规", "normal"]),
];

/** Single-character grades some forms use, only as the whole cell. */
const WHOLE_CELL: ReadonlyMap<string, UrgencyKey> = new Map([
  ["高", "very-urgent"],
  ["中", "urgent"],
  ["低", "normal"],
]);

const scan = termScanner(TERMS);

/**
 * Blank and placeholders ("无", "-") are `normal`: urgency is optional, and a position the
 * enterprise did not flag is an ordinary one, not an unreadable value. A cell naming two
 * grades ("紧缺，急需") takes the most urgent. Null when nothing is recognised.
 */
export function resolveUrgency(raw: string | null | undefined): UrgencyKey | null {
  const key = matchKey(raw);
  if (isBlankOrPlaceholder(key)) return "normal";
  const whole = WHOLE_CELL.get(bareText(key));
  if (whole !== undefined) return whole;
  return pickKey(
    scan(key).map((hit) => hit.key),
    urgencyKeys,
    "highest",
  );
}

/** `[term, key]` pairs, for ranking suggestions. */
export function urgencyTerms(): readonly VocabularyTerm<UrgencyKey>[] {
  return vocabularyTerms("normal", TERMS, WHOLE_CELL);
}
