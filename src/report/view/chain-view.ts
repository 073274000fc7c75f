import { chainDemand, type DemandDetails } from "../queries/demand.ts";
import type { Details } from "../queries/details.ts";
import type { PeopleGroupRow } from "../queries/people.ts";
import type { ChainSummary, Summary } from "../summary/schema.ts";
import { type PositionGroup, type Published, positionGroups } from "./positions.ts";
import { chainShortage, type Shortage } from "./shortage.ts";
import { previousWave } from "./waves.ts";

/** How many places, enterprises, positions a ranked list shows. */
export const topPlaces = 5;
export const topEmployers = 10;

/** A chain's figures as its page shows them, worked out once from the summary and details. */
export type ChainView = {
  chain: ChainSummary;
  waves: readonly string[];
  latest: string | null;
  previous: string | null;
  /** The chain's demand breakdowns, every wave. */
  demand: DemandDetails;
  people: PeopleGroupRow[];
  /** People of the chain ÷ latest headcount. */
  ratio: Shortage | null;
  /** Positions of the latest wave and of the one before, grouped (shortage, waves, catalogue). */
  groups: PositionGroup[];
  previousGroups: PositionGroup[] | null;
};

export function chainView(
  summary: Summary,
  chain: ChainSummary,
  details: Details,
  o: Published,
): ChainView {
  const waves = summary.waves;
  const latest = waves.at(-1) ?? null;
  const previous = latest ? previousWave(waves, latest) : null;
  const demand = chainDemand(details.demand, chain.id);
  const people = details.people.filter((row) => row.chain_id === chain.id);
  const groups = latest ? positionGroups(chain, latest, demand, o) : [];
  const previousGroups = previous ? positionGroups(chain, previous, demand, o) : null;
  return {
    chain,
    waves,
    latest,
    previous,
    demand,
    people,
    ratio: latest ? chainShortage(chain, latest, o) : null,
    groups,
    previousGroups,
  };
}
