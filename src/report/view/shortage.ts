import type { ReportText } from "../../messages/report.ts";
import type { Ladder } from "../../vocab/ladders.ts";
import { demandKeys, educationLevels, titleKeys } from "../../vocab/ladders.ts";
import type { WorkspaceConfig } from "../../workspace/config.ts";
import type { ChainSummary, GapCell } from "../summary/schema.ts";
import { type Cell, peopleCell } from "./suppress.ts";

/**
 * Shortage levels from the supply/demand ratio, in bands (as labour-market analysts publish
 * theirs): ratio = people available ÷ positions asked for.
 *
 *   ratio < severe   → severe   非常紧缺
 *   ratio < shortage → shortage 紧缺
 *   ratio < tight    → tight    偏紧
 *   otherwise        → ample    基本满足
 *
 * "Available" follows the gap cascade (docs/domain.md): for a demand level L, the people at or
 * above L that the levels above L left over. So a ratio below 1 is exactly a level with a
 * gap, and the same people are never offered to two levels.
 */
export type ShortageBands = WorkspaceConfig["shortageBands"];
export const bandKeys = ["severe", "shortage", "tight", "ample"] as const;
export type Band = (typeof bandKeys)[number];

export function bandOf(ratio: number, bands: ShortageBands): Band {
  if (ratio < bands.severe) return "severe";
  if (ratio < bands.shortage) return "shortage";
  if (ratio < bands.tight) return "tight";
  return "ample";
}

/** Worse band first: severe < shortage < tight < ample. */
export function bandRank(band: Band): number {
  return bandKeys.indexOf(band);
}

export function worseBand(a: Band, b: Band): Band {
  return bandRank(a) <= bandRank(b) ? a : b;
}

/** A band in short supply: severe or shortage. */
export function isShort(band: Band): boolean {
  return band === "severe" || band === "shortage";
}

/**
 * A ratio as published. When the people available are a hidden count (1 … k−1), the ratio
 * is shown as "<(k/D)" and the band as the range those counts can give (worst, best), so the
 * page gives away no more than "<k" does. Zero is shown as zero, as counts are.
 */
export type Shortage = {
  demand: number;
  available: number;
  /** Exact, for sorting and summary figures; never printed when `shown` is text. */
  ratio: number;
  shown: Cell;
  /** Worst and best band the shown figure allows; equal unless the count is hidden. */
  bands: readonly [Band, Band];
};

export function shortage(
  available: number,
  demand: number,
  bands: ShortageBands,
  minCellSize: number,
): Shortage {
  const ratio = demand > 0 ? available / demand : Number.POSITIVE_INFINITY;
  const hidden = typeof peopleCell(available, minCellSize) === "string";
  if (!hidden) {
    const band = bandOf(ratio, bands);
    return { demand, available, ratio, shown: roundRatio(ratio), bands: [band, band] };
  }
  const worst = bandOf(1 / demand, bands);
  const best = bandOf((minCellSize - 1) / demand, bands);
  return {
    demand,
    available,
    ratio,
    shown: `<${roundRatio(minCellSize / demand)}`,
    bands: [worst, best],
  };
}

/**
 * A chain's ratio as the index, its page and the overview sheet give it: its people ÷ the
 * wave's headcount; null when the wave has no demand.
 */
export function chainShortage(
  chain: ChainSummary,
  wave: string,
  o: { bands: ShortageBands; minCellSize: number },
): Shortage | null {
  const headcount = chain.waves[wave]?.demand.headcount ?? 0;
  return headcount > 0 ? shortage(chain.supply.people, headcount, o.bands, o.minCellSize) : null;
}

/** "紧缺", or "非常紧缺–紧缺" when a hidden count allows either: as pages and sheets print it. */
export function bandText(s: Shortage, text: ReportText): string {
  const [worst, best] = s.bands;
  return worst === best ? text.bands[worst] : `${text.bands[worst]}–${text.bands[best]}`;
}

/** Two decimals, as a number (0.5, 1.25, 12). */
export function roundRatio(ratio: number): number {
  return Math.round(ratio * 100) / 100;
}

/** The binding (lower) of two shortages: a position short on either ladder is short. */
export function tighter(a: Shortage, b: Shortage): Shortage {
  const worst = worseBand(a.bands[0], b.bands[0]);
  const best = worseBand(a.bands[1], b.bands[1]);
  const pick = a.ratio <= b.ratio ? a : b;
  return { ...pick, bands: [worst, best] };
}

/**
 * People the cascade had left when it reached each demand level of a ladder: the people at
 * or above the level, less those matched by the levels above. Education's `unknown` people
 * only count for `none`.
 */
export function availableByLevel(
  ladder: Ladder,
  supply: Readonly<Record<string, number>>,
  gap: Readonly<Record<string, GapCell>>,
): Record<string, number> {
  const keys = demandKeys(ladder);
  const out: Record<string, number> = {};
  let atOrAbove = 0;
  let matchedAbove = 0;
  for (const key of keys) {
    atOrAbove += supply[key] ?? 0;
    if (ladder === "education" && key === "none") atOrAbove += supply.unknown ?? 0;
    out[key] = atOrAbove - matchedAbove;
    matchedAbove += gap[key]?.matched ?? 0;
  }
  return out;
}

/** Whether a person of `level` qualifies for a demand whose minimum is `minimum`. */
export function qualifies(ladder: Ladder, level: string, minimum: string): boolean {
  if (minimum === "none") return true;
  const keys: readonly string[] = ladder === "education" ? educationLevels : titleKeys;
  const have = keys.indexOf(level);
  const need = keys.indexOf(minimum);
  return have >= 0 && need >= 0 && have <= need;
}
