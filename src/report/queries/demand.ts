import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../../warehouse/sql.ts";

/**
 * Assigned demand as the chain pages and planner sheets break it down, each breakdown summed
 * by DuckDB at its own grain: grouped by every attribute at once, a province's survey comes
 * back as one row per demand row and building them as JavaScript objects took seconds.
 */

/** One requirement (position, field, education, title) of a chain in a wave. */
export type DemandLineRow = {
  chain_id: string;
  wave: string;
  position: string;
  field: string;
  education: string;
  title: string;
  headcount: number;
  /** Distinct enterprises asking for it. */
  employers: number;
};

/** Distinct enterprises asking for a position in any of its requirements. */
export type DemandPositionRow = {
  chain_id: string;
  wave: string;
  position: string;
  employers: number;
};

export type DemandEmployerRow = {
  chain_id: string;
  wave: string;
  employer: string;
  positions: number;
  headcount: number;
};

export type DemandPlaceRow = {
  chain_id: string;
  wave: string;
  region_code: string;
  /** The region as written (towns show here; region_code rolls them up to the county). */
  region_raw: string;
  headcount: number;
};

export type DemandUrgencyRow = {
  chain_id: string;
  wave: string;
  urgency: string;
  headcount: number;
};

export type DemandDetails = {
  lines: DemandLineRow[];
  positions: DemandPositionRow[];
  employers: DemandEmployerRow[];
  places: DemandPlaceRow[];
  urgency: DemandUrgencyRow[];
};

/**
 * The demand rows assigned to a chain, as every demand query of the report reads them
 * (summary.json's totals and regions too, in queries.ts): the join and the filter apart, for a
 * query that joins one more table.
 */
const demandChain = "from demand d join demand_chain dc on dc.demand_id = d.demand_id";
const assignedOnly = "where dc.status = 'assigned' and dc.chain_id is not null";
export const assigned = `${demandChain}
     ${assignedOnly}`;

export const headcount = "cast(coalesce(sum(d.headcount), 0) as bigint) as headcount";

/** The demand row as read (demand_rows r): the region and chain as written, which demand lacks. */
export const readRow = `left join demand_rows r
       on r.file = d.file and r.sheet is not distinct from d.sheet and r.row_number = d.row_number`;

/** A demand row's county code, 'unknown' when it has none. */
export const regionCode = "coalesce(nullif(d.region_code, ''), 'unknown')";

/** A blank employer is one enterprise (''), as the pages have always counted it. */
const employer = "coalesce(d.employer, '')";

export async function queryDemandDetails(db: DuckDBConnection): Promise<DemandDetails> {
  // Lines keep the order of their keys: position groups list tied lines in it.
  const lines = await queryRows<DemandLineRow>(
    db,
    `select dc.chain_id, d.wave, coalesce(d.position, '') as position,
            coalesce(d.field, '') as field, coalesce(d.education, 'none') as education,
            coalesce(d.title, 'none') as title, ${headcount},
            count(distinct ${employer}) as employers
     ${assigned}
     group by all
     order by dc.chain_id, d.wave, position, field, education, title`,
  );
  const positions = await queryRows<DemandPositionRow>(
    db,
    `select dc.chain_id, d.wave, coalesce(d.position, '') as position,
            count(distinct ${employer}) as employers
     ${assigned}
     group by all
     order by all`,
  );
  const employers = await queryRows<DemandEmployerRow>(
    db,
    `select dc.chain_id, d.wave, ${employer} as employer, count(*) as positions, ${headcount}
     ${assigned}
     group by all
     order by all`,
  );
  const places = await queryRows<DemandPlaceRow>(
    db,
    `select dc.chain_id, d.wave, ${regionCode} as region_code,
            coalesce(r.region, '') as region_raw, ${headcount}
     ${demandChain}
     ${readRow}
     ${assignedOnly}
     group by all
     order by all`,
  );
  const urgency = await queryRows<DemandUrgencyRow>(
    db,
    `select dc.chain_id, d.wave, coalesce(d.urgency, '') as urgency, ${headcount}
     ${assigned}
     group by all
     order by all`,
  );
  return { lines, positions, employers, places, urgency };
}

/** One chain's share of each breakdown. */
export function chainDemand(demand: DemandDetails, chainId: string): DemandDetails {
  const of = <T extends { chain_id: string }>(rows: readonly T[]) =>
    rows.filter((row) => row.chain_id === chainId);
  return {
    lines: of(demand.lines),
    positions: of(demand.positions),
    employers: of(demand.employers),
    places: of(demand.places),
    urgency: of(demand.urgency),
  };
}
