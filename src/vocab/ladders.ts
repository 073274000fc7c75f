/**
 * The qualification ladders of docs/domain.md, highest first. Demand states a minimum level;
 * a person qualifies for every level at or below their own.
 */
export const educationLevels = [
  "doctorate",
  "master",
  "bachelor",
  "associate",
  "vocational",
] as const;
export const titleLevels = ["senior", "vice-senior", "intermediate", "junior"] as const;
export const skillLevels = [
  "senior-technician",
  "technician",
  "senior-worker",
  "intermediate-worker",
  "junior-worker",
] as const;

export type EducationLevel = (typeof educationLevels)[number];
export type TitleLevel = (typeof titleLevels)[number];
export type SkillLevel = (typeof skillLevels)[number];

/** Demand's education keys end in `none` (no requirement); supply's in `unknown`. */
export const demandEducationKeys = [...educationLevels, "none"] as const;
export const supplyEducationKeys = [...educationLevels, "unknown"] as const;
export const titleKeys = [...titleLevels, "none"] as const;
export const skillKeys = [...skillLevels, "none"] as const;

export type Ladder = "education" | "title";
export const ladders: readonly Ladder[] = ["education", "title"];

/** The levels demand may ask for on a ladder, top down, ending in `none`. */
export function demandKeys(ladder: Ladder): readonly string[] {
  return ladder === "education" ? demandEducationKeys : titleKeys;
}

/**
 * Rank of each key on a ladder, 1 = highest. Supply's `unknown` shares the rank of demand's
 * `none`: an unknown person only fills demand that asks for nothing.
 */
export function ladderRanks(ladder: Ladder): ReadonlyMap<string, number> {
  const keys = demandKeys(ladder);
  const ranks = new Map<string, number>(keys.map((key, index) => [key, index + 1]));
  if (ladder === "education") ranks.set("unknown", ranks.get("none") as number);
  return ranks;
}
