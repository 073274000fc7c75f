import type { Context } from "../../context.ts";
import {
  demandEducationKeys,
  type Ladder,
  supplyEducationKeys,
  titleKeys,
} from "../../vocab/ladders.ts";
import { fieldCounts, fieldGapCells, queryFieldFigures } from "../queries/fields.ts";
import { checkSummary } from "./consistency.ts";
import {
  type ChainCountRow,
  type DemandRegionRow,
  type GapRow,
  type InputRow,
  type LevelRow,
  queryChains,
  queryDemandLevels,
  queryDemandRegions,
  queryDemandTotals,
  queryGaps,
  queryInputs,
  querySupplyLevels,
  querySupplyPeople,
  querySupplyProvinces,
  queryTotals,
  queryWaves,
} from "./queries.ts";
import {
  type ChainSummary,
  type ChainWave,
  type GapCell,
  type InputSummary,
  type Summary,
  summarySchema,
} from "./schema.ts";

/**
 * Builds summary.json's object from the warehouse with SQL aggregates, checks that the
 * stages' tables agree with each other, and validates it against the contract.
 */
export async function buildSummary(ctx: Context): Promise<Summary> {
  const db = ctx.db;
  // One connection runs one query at a time: sequential on purpose.
  const waves = await queryWaves(db);
  const inputs = await queryInputs(db);
  const totals = await queryTotals(db);
  const chains = await queryChains(db);
  const supplyPeople = await querySupplyPeople(db);
  const provinces = await querySupplyProvinces(db);
  const supplyLevels = await querySupplyLevels(db);
  const demandLevels = await queryDemandLevels(db);
  const demandTotals = await queryDemandTotals(db);
  const regions = await queryDemandRegions(db);
  const gaps = await queryGaps(db);
  const fields = await queryFieldFigures(db);

  const peopleByChain = new Map(supplyPeople.map((row) => [row.chain_id, row.n]));
  const demandTotal = new Map(demandTotals.map((row) => [`${row.chain_id}\u0000${row.wave}`, row]));

  const summary: Summary = {
    schemaVersion: 1,
    generatedAt: isoSeconds(ctx.now()),
    waves,
    inputs: inputs.map(toInput),
    people: { rowsLoaded: totals.rows_loaded, distinct: totals.distinct_people },
    unassigned: { demandRows: totals.unassigned_demand, people: totals.unassigned_people },
    chains: chains.map((chain): ChainSummary => {
      const id = chain.chain_id;
      const supply = supplyLevels.filter((row) => row.chain_id === id);
      const chainSupply: ChainSummary["supply"] = {
        people: peopleByChain.get(id) ?? 0,
        byEducation: levelCounts(supplyEducationKeys, supply, "education", `supply of ${id}`),
        byTitle: levelCounts(titleKeys, supply, "title", `supply of ${id}`),
        byProvince: placeCounts(provinces.filter((row) => row.chain_id === id)),
      };
      if (fields) chainSupply.byField = fieldCounts(fields.supply, id, null);
      return {
        id,
        name: chain.name,
        supply: chainSupply,
        waves: Object.fromEntries(
          waves.map((wave) => {
            const total = demandTotal.get(`${id}\u0000${wave}`);
            const levels = demandLevels.filter((row) => row.chain_id === id && row.wave === wave);
            const chainGaps = gaps.filter((row) => row.chain_id === id && row.wave === wave);
            const where = `demand of ${id} in ${wave}`;
            const entry: ChainWave = {
              demand: {
                positions: total?.positions ?? 0,
                headcount: total?.headcount ?? 0,
                byEducation: levelCounts(demandEducationKeys, levels, "education", where),
                byTitle: levelCounts(titleKeys, levels, "title", where),
                byRegion: regionCounts(regions, id, wave),
              },
              gap: {
                byEducation: gapCells(demandEducationKeys, chainGaps, "education", where),
                byTitle: gapCells(titleKeys, chainGaps, "title", where),
              },
            };
            if (fields) {
              entry.demand.byField = fieldCounts(fields.demand, id, wave);
              entry.gap.byField = fieldGapCells(fields.gaps, id, wave);
            }
            return [wave, entry];
          }),
        ),
      };
    }),
  };

  const problems = checkSummary(summary);
  if (problems.length > 0) {
    throw new Error(`the warehouse tables disagree with each other: ${problems.join("; ")}`);
  }
  return summarySchema.parse(summary);
}

/** "2026-11-21T02:00:00Z": ISO 8601 in UTC, to the second, as the contract shows. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function toInput(row: InputRow): InputSummary {
  const input: InputSummary = {
    file: row.file,
    kind: row.kind,
    wave: row.wave,
    rowsRead: row.rows_read,
    rowsLoaded: row.rows_loaded,
    rowsRejected: row.rows_rejected,
  };
  if (row.error !== null && row.error !== "") input.error = row.error;
  return input;
}

/** One entry per ladder key, zeros included; a level the contract does not know is a bug. */
function levelCounts<K extends string>(
  keys: readonly K[],
  rows: readonly LevelRow[],
  ladder: Ladder,
  where: string,
): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const row of rows) {
    if (row.ladder !== ladder) continue;
    if (!isKey(keys, row.level)) {
      if (row.n !== 0) throw new Error(`${where}: unknown ${ladder} level "${row.level}"`);
      continue;
    }
    counts[row.level] += row.n;
  }
  return counts;
}

function gapCells<K extends string>(
  keys: readonly K[],
  rows: readonly GapRow[],
  ladder: Ladder,
  where: string,
): Record<K, GapCell> {
  const cells = Object.fromEntries(
    keys.map((key) => [key, { demand: 0, matched: 0, gap: 0 }]),
  ) as Record<K, GapCell>;
  for (const row of rows) {
    if (row.ladder !== ladder) continue;
    if (!isKey(keys, row.level)) {
      if (row.demand !== 0) throw new Error(`${where}: unknown ${ladder} gap level "${row.level}"`);
      continue;
    }
    const cell = cells[row.level];
    cell.demand += row.demand;
    cell.matched += row.matched;
    cell.gap += row.gap;
  }
  return cells;
}

function isKey<K extends string>(keys: readonly K[], value: string): value is K {
  return (keys as readonly string[]).includes(value);
}

/** Codes in ascending order, then overseas, then unknown: the same order on every run. */
function placeOrder(a: string, b: string): number {
  const rank = (key: string) => (key === "overseas" ? 1 : key === "unknown" ? 2 : 0);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function placeCounts(rows: readonly ChainCountRow[]): Record<string, number> {
  const sorted = [...rows].sort((a, b) => placeOrder(a.key, b.key));
  return Object.fromEntries(sorted.map((row) => [row.key, row.n]));
}

function regionCounts(
  rows: readonly DemandRegionRow[],
  chainId: string,
  wave: string,
): Record<string, number> {
  const sorted = rows
    .filter((row) => row.chain_id === chainId && row.wave === wave)
    .sort((a, b) => placeOrder(a.region, b.region));
  return Object.fromEntries(sorted.map((row) => [row.region, row.headcount]));
}
