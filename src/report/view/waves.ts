import { ranks } from "./breakdown.ts";
import type { PositionGroup } from "./positions.ts";
import { isShort } from "./shortage.ts";

/** The wave before `wave` among the survey's waves, or null for the first. */
export function previousWave(waves: readonly string[], wave: string): string | null {
  const i = waves.indexOf(wave);
  return i > 0 ? (waves[i - 1] ?? null) : null;
}

/** A position group's demand now and in the previous wave, with its rank by headcount in each. */
export type RankedPosition = {
  position: string;
  headcount: number;
  rank: number;
  previousHeadcount: number | null;
  /** 上期排位: null when the position was not reported in the previous wave. */
  previousRank: number | null;
};

/**
 * Wave over wave, for one chain: positions ranked by headcount with last wave's rank; and
 * shortages (a group whose worst published band is 非常紧缺 or 紧缺) that are new, that eased
 * (still reported, no longer short), or that are no longer reported at all.
 */
export type WaveComparison = {
  positions: RankedPosition[];
  newShortages: PositionGroup[];
  eased: { now: PositionGroup; before: PositionGroup }[];
  notReported: PositionGroup[];
};

export function compareWaves(
  now: readonly PositionGroup[],
  before: readonly PositionGroup[],
): WaveComparison {
  const rankNow = ranks(now.map((g) => [g.position, g.headcount]));
  const rankBefore = ranks(before.map((g) => [g.position, g.headcount]));
  const byName = new Map(before.map((g) => [g.position, g]));
  const nowNames = new Set(now.map((g) => g.position));
  const short = (g: PositionGroup) => isShort(g.shortage.bands[0]);
  const positions = now
    .map(
      (g): RankedPosition => ({
        position: g.position,
        headcount: g.headcount,
        rank: rankNow.get(g.position) ?? 0,
        previousHeadcount: byName.get(g.position)?.headcount ?? null,
        previousRank: rankBefore.get(g.position) ?? null,
      }),
    )
    .sort((a, b) => a.rank - b.rank || (a.position < b.position ? -1 : 1));
  const newShortages = now.filter((g) => {
    const old = byName.get(g.position);
    return short(g) && (!old || !short(old));
  });
  const eased = now.flatMap((g) => {
    const old = byName.get(g.position);
    return old && short(old) && !short(g) ? [{ now: g, before: old }] : [];
  });
  const notReported = before.filter((g) => short(g) && !nowNames.has(g.position));
  return { positions, newShortages, eased, notReported };
}
