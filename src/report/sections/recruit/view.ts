import { intentionKeys } from "../../../vocab/intention.ts";
import { demandEducationKeys } from "../../../vocab/ladders.ts";
import type { PeopleGroupRow } from "../../queries/people.ts";
import type { ChainSummary } from "../../summary/schema.ts";
import { sumBy } from "../../view/breakdown.ts";
import { type ChainView, topPlaces } from "../../view/chain-view.ts";
import { qualifies } from "../../view/shortage.ts";

/** Intentions as the rosters record them, strongest first; "" is a blank cell. */
export const intentionOrder: readonly string[] = [...intentionKeys, ""];

/** Where the people who could fill one gap are: a place, its people, and their intentions. */
export type RecruitPlace = {
  code: string;
  people: number;
  byIntention: Record<string, number>;
};

export type RecruitPool = {
  level: string;
  gap: number;
  people: number;
  provinces: RecruitPlace[];
  cities: RecruitPlace[];
};

/**
 * For an education level with a gap: the chain's roster people who qualify (education at or
 * above the level; anyone for `none`), by province and by city, largest first, each with
 * its people's intentions (全职回归, 柔性合作 …). Everyone who qualifies is counted, matched
 * or not: a recruiter calls on all of them.
 */
/** Where to recruit for one chain: its largest gaps of the latest wave, each with its pool. */
export type RecruitView = { chain: ChainSummary; pools: RecruitPool[] };

/** The latest wave's three largest education gaps of the chain, largest first. */
export function recruitView(v: ChainView): RecruitView {
  const pools: RecruitPool[] = [];
  if (v.latest) {
    const gaps = v.chain.waves[v.latest]?.gap.byEducation;
    const levels = demandEducationKeys
      .map((level) => ({ level, gap: gaps?.[level]?.gap ?? 0 }))
      .filter((entry) => entry.gap > 0)
      .sort((a, b) => b.gap - a.gap)
      .slice(0, 3);
    for (const { level, gap } of levels) {
      pools.push(recruitPool(v.people, v.chain.id, level, gap, topPlaces));
    }
  }
  return { chain: v.chain, pools };
}

export function recruitPool(
  rows: readonly PeopleGroupRow[],
  chainId: string,
  level: string,
  gap: number,
  top: number,
): RecruitPool {
  const pool = rows.filter(
    (row) => row.chain_id === chainId && qualifies("education", row.education, level),
  );
  const places = (key: (row: PeopleGroupRow) => string): RecruitPlace[] =>
    sumBy(pool, key, (row) => row.n)
      .filter(([code]) => code !== "unknown")
      .slice(0, top)
      .map(([code, people]) => {
        const byIntention = Object.fromEntries(intentionOrder.map((k) => [k, 0]));
        for (const row of pool) {
          if (key(row) !== code) continue;
          const k = intentionOrder.includes(row.intention) ? row.intention : "";
          byIntention[k] = (byIntention[k] ?? 0) + row.n;
        }
        return { code, people, byIntention };
      });
  return {
    level,
    gap,
    people: pool.reduce((sum, row) => sum + row.n, 0),
    provinces: places((row) => row.province),
    cities: places((row) => row.city),
  };
}
