import type { DuckDBConnection } from "@duckdb/node-api";
import { canonicalText } from "../src/text/clean.ts";
import { inTransaction, quoteLiteral } from "../src/warehouse/sql.ts";
import type { Chain } from "../src/workspace/config.ts";
import type { Stage } from "./stage.ts";

/**
 * Chain membership by DOMAIN.md's three routes, tried in order; the first route that yields a
 * chain decides. `candidates` is a query of (id, chain_named, sector, field, position).
 */
function routesSql(candidates: string): string {
  return `with c as (${candidates}),
    routed as (
      select id, chain_named as chain_id, 1 as route_order from c where chain_named is not null
      union all
      select c.id, s.chain_id, 2 from c join chain_sectors s on s.sector = c.sector
      union all
      select c.id, k.chain_id, 3 from c join chain_keywords k
        on contains(coalesce(c.field, ''), k.keyword) or contains(coalesce(c.position, ''), k.keyword)
    ),
    deciding as (select id, min(route_order) as route_order from routed group by id)
    select distinct r.id, r.chain_id, case r.route_order when 1 then 'chain' when 2 then 'sector' else 'keyword' end as route
    from routed r join deciding using (id, route_order)`;
}

async function loadChainTables(db: DuckDBConnection, chains: readonly Chain[]): Promise<void> {
  const rows = (pairs: string[][]) =>
    pairs.length === 0
      ? "select null::varchar, null::varchar where false"
      : `values ${pairs.map((p) => `(${p.map(quoteLiteral).join(", ")})`).join(", ")}`;
  await db.run(`create or replace table chain_list as
    select chain_id, name, ord::integer as ord from (${rows(chains.map((c, i) => [c.id, c.name, String(i + 1)]))}) t(chain_id, name, ord)`);
  await db.run(`create or replace temp table chain_sectors as
    select distinct * from (${rows(chains.flatMap((c) => c.sectors.map((s) => [c.id, canonicalText(s)])))}) t(chain_id, sector)`);
  await db.run(`create or replace temp table chain_keywords as
    select distinct * from (${rows(chains.flatMap((c) => c.keywords.map((k) => [c.id, canonicalText(k)])))}) t(chain_id, keyword)`);
}

export const assign: Stage = {
  name: "assign",
  inputs: ["demand", "person_facets"],
  outputs: ["chain_list", "demand_chain", "person_chain"],
  async run(ctx) {
    const { db } = ctx;
    await inTransaction(db, async () => {
      await loadChainTables(db, ctx.workspace.chains);
      // A demand row belongs to one chain: two at the deciding route make it ambiguous.
      await db.run(`create or replace table demand_chain as
        with routed as (${routesSql("select demand_id as id, chain_named, sector, field, position from demand")}),
        decided as (select id, count(*) as n, min(chain_id) as chain_id, min(route) as route from routed group by id)
        select d.demand_id, case when x.n = 1 then x.chain_id end as chain_id, x.route,
          case when x.n = 1 then 'assigned' when x.n > 1 then 'ambiguous' else 'unassigned' end as status
        from demand d left join decided x on x.id = d.demand_id order by d.demand_id`);
      // A person may belong to several chains, from any of their roster rows.
      await db.run(`create or replace table person_chain as
        with facets as (select row_number() over (order by file, sheet, row_number) as id, * from person_facets),
        routed as (${routesSql("select id, chain_named, sector, field, null as position from facets")})
        select f.person_key, r.chain_id, min(r.route) as route
        from routed r join facets f using (id) group by all order by f.person_key, r.chain_id`);
    });
    const stats = await db.runAndReadAll(
      `select status, count(*)::integer n from demand_chain group by status order by status`,
    );
    const summary = stats
      .getRowObjectsJS()
      .map((row) => `${row.status} ${row.n}`)
      .join(", ");
    ctx.log.stage("assign", `demand rows: ${summary}`);
  },
};
