import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../warehouse/sql.ts";

/** Enterprises asking for talent in a chain and wave (enterprises are not personal data). */
export type EmployerDemand = {
  chain_id: string;
  wave: string;
  employer: string;
  positions: number;
  headcount: number;
};

/** Per chain: newest wave first, then the largest demand first, then by name. */
export async function queryEmployers(db: DuckDBConnection): Promise<Map<string, EmployerDemand[]>> {
  const rows = await queryRows<EmployerDemand>(
    db,
    `select dc.chain_id, d.wave, coalesce(d.employer, '') as employer, count(*) as positions,
            cast(coalesce(sum(d.headcount), 0) as bigint) as headcount
     from demand d join demand_chain dc on dc.demand_id = d.demand_id
     where dc.status = 'assigned' and dc.chain_id is not null
     group by all
     order by dc.chain_id, d.wave desc, headcount desc, employer`,
  );
  const byChain = new Map<string, EmployerDemand[]>();
  for (const row of rows) {
    const list = byChain.get(row.chain_id) ?? [];
    list.push(row);
    byChain.set(row.chain_id, list);
  }
  return byChain;
}
