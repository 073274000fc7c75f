import { demandKeys, type Ladder } from "../../vocab/ladders.ts";
import type { DemandLineRow, DemandPositionRow } from "../queries/demand.ts";
import type { ChainSummary } from "../summary/schema.ts";
import { compareText } from "./breakdown.ts";
import {
  availableByLevel,
  bandRank,
  type Shortage,
  type ShortageBands,
  shortage,
  tighter,
} from "./shortage.ts";

export type Published = { bands: ShortageBands; minCellSize: number };

/** The shortage at each demand level of a ladder, for levels with demand. */
export function levelShortages(
  chain: ChainSummary,
  wave: string,
  ladder: Ladder,
  o: Published,
): Map<string, Shortage> {
  const entry = chain.waves[wave];
  const out = new Map<string, Shortage>();
  if (!entry) return out;
  const gap = ladder === "education" ? entry.gap.byEducation : entry.gap.byTitle;
  const supply: Record<string, number> =
    ladder === "education" ? chain.supply.byEducation : chain.supply.byTitle;
  const available = availableByLevel(ladder, supply, gap);
  const keys = demandKeys(ladder);
  for (const key of keys) {
    const demand = (gap as Record<string, { demand: number }>)[key]?.demand ?? 0;
    if (demand > 0) {
      out.set(key, shortage(available[key] ?? 0, demand, o.bands, o.minCellSize));
    }
  }
  return out;
}

/** A line of the 紧缺人才需求目录: one position with one set of requirements. */
export type CatalogueLine = {
  position: string;
  field: string;
  education: string;
  title: string;
  headcount: number;
  employers: number;
  shortage: Shortage;
};

/** A position group: every requirement a chain's enterprises gave for one position. */
export type PositionGroup = {
  position: string;
  headcount: number;
  employers: number;
  lines: CatalogueLine[];
  /** The binding requirement's: a position is as short as its hardest line. */
  shortage: Shortage;
};

const worstFirst = (a: { shortage: Shortage; headcount: number }, b: typeof a) =>
  bandRank(a.shortage.bands[0]) - bandRank(b.shortage.bands[0]) ||
  a.shortage.ratio - b.shortage.ratio ||
  b.headcount - a.headcount;

/**
 * The chain's demand in one wave as position groups, worst shortage first. Each line takes
 * its education level's shortage, or the tighter of that and its title level's when it asks
 * for a title (the title ladder's `none` level only restates the shortage of people at large,
 * which the education ladder already counts).
 */
export function positionGroups(
  chain: ChainSummary,
  wave: string,
  demand: { lines: readonly DemandLineRow[]; positions: readonly DemandPositionRow[] },
  o: Published,
): PositionGroup[] {
  const education = levelShortages(chain, wave, "education", o);
  const title = levelShortages(chain, wave, "title", o);
  const employers = new Map<string, number>();
  for (const row of demand.positions) {
    if (row.chain_id === chain.id && row.wave === wave) employers.set(row.position, row.employers);
  }
  const groups = new Map<string, PositionGroup>();
  for (const row of demand.lines) {
    if (row.chain_id !== chain.id || row.wave !== wave) continue;
    const e = education.get(row.education);
    const t = title.get(row.title);
    if (!e || !t) {
      const key = [row.position, row.field, row.education, row.title].join("\u0000");
      throw new Error(`no gap level for ${chain.id} ${wave} ${key}`);
    }
    const line: CatalogueLine = {
      position: row.position,
      field: row.field,
      education: row.education,
      title: row.title,
      headcount: row.headcount,
      shortage: row.title === "none" ? e : tighter(e, t),
      employers: row.employers,
    };
    const group = groups.get(line.position);
    if (group) {
      group.lines.push(line);
      group.headcount += line.headcount;
      group.shortage = tighter(group.shortage, line.shortage);
    } else {
      groups.set(line.position, {
        position: line.position,
        headcount: line.headcount,
        employers: employers.get(line.position) ?? 0,
        lines: [line],
        shortage: line.shortage,
      });
    }
  }
  for (const group of groups.values()) group.lines.sort(worstFirst);
  return [...groups.values()].sort(
    (a, b) => worstFirst(a, b) || compareText(a.position, b.position),
  );
}
