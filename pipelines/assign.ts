import type { DuckDBConnection } from "@duckdb/node-api";
import { canonicalText } from "../src/text/clean.ts";
import { inTransaction, queryRows, quoteLiteral, unordered } from "../src/warehouse/sql.ts";
import type { Chain } from "../src/workspace/config.ts";
import type { Stage } from "./stage.ts";
import { assignTables } from "./tables/assign.ts";

/**
 * Chain membership by docs/domain.md's three routes, tried in order; the first route that yields a
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
    select distinct r.id, r.chain_id, r.route_order,
      case r.route_order when 1 then 'chain' when 2 then 'sector' else 'keyword' end as route
    from routed r join deciding using (id, route_order)`;
}

/**
 * Rows `a` and `b` hold the same values in `columns`. Codes and canonical texts are never '',
 * so '' stands for NULL and the join runs on plain equality, which DuckDB hashes.
 */
const sameCombo = (a: string, b: string, columns: readonly string[]) =>
  columns.map((c) => `coalesce(${a}.${c}, '') = coalesce(${b}.${c}, '')`).join(" and ");

/** Every route, in the order tried, then what becomes of a row no route decides. */
const ROUTES = ["chain", "sector", "keyword", "ambiguous", "unassigned"] as const;

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
  reads: ["demand", "person_facets", "people"],
  writes: assignTables,
  async run(ctx) {
    const { db } = ctx;
    await unordered(db, () =>
      inTransaction(db, async () => {
        await loadChainTables(db, ctx.workspace.chains);
        // Routes are found once per distinct combination of the columns they read (a few
        // thousand, where a keyword is sought in each), then joined back to the rows.
        await db.run(`create or replace temp table demand_combos as
        select row_number() over () as id, * from (select distinct chain_named, sector, field, position from demand)`);
        // A demand row belongs to one chain: two at the deciding route make it ambiguous.
        await db.run(`create or replace table demand_chain as
        with routed as (${routesSql("select id, chain_named, sector, field, position from demand_combos")}),
        decided as (select id, count(*) as n, min(chain_id) as chain_id, min(route) as route,
            string_agg(chain_id, ';' order by chain_id) as chains
          from routed group by id),
        combos as (select * from demand_combos c left join decided x using (id))
        select d.demand_id, case when x.n = 1 then x.chain_id end as chain_id, x.route,
          case when x.n = 1 then 'assigned' when x.n > 1 then 'ambiguous' else 'unassigned' end as status,
          case when x.n > 1 then x.chains end as candidates
        from demand d join combos x on ${sameCombo("x", "d", ["chain_named", "sector", "field", "position"])}
        order by d.demand_id`);
        // A person may belong to several chains, from any of their roster rows; each membership
        // keeps the first route (in the order tried) that gave it.
        await db.run(`create or replace temp table facet_combos as
        select row_number() over () as id, * from (select distinct chain_named, sector, field from person_facets)`);
        await db.run(`create or replace table person_chain as
        with routed as (${routesSql("select id, chain_named, sector, field, null as position from facet_combos")}),
        combos as (select * from facet_combos join routed using (id))
        select f.person_key, x.chain_id, arg_min(x.route, x.route_order) as route
        from person_facets f join combos x on ${sameCombo("x", "f", ["chain_named", "sector", "field"])}
        group by all`);
        await db.run("drop table demand_combos");
        await db.run("drop table facet_combos");
        await db.run(`create or replace table chain_routes as ${chainRoutesSql()}`);
        // What an analyst opens to fix: each demand row no chain took, where it is and why.
        await db.run(`create or replace table unassigned_demand as
        select d.file, d.sheet, d.row_number, d.wave, d.employer, d.position, dc.status,
          dc.route, dc.candidates
        from demand d join demand_chain dc using (demand_id)
        where dc.status <> 'assigned' order by d.file, d.sheet, d.row_number`);
      }),
    );
    const counts = await queryRows<{ kind: string; route: string; rows: number }>(
      db,
      "select kind, route, rows from chain_routes",
    );
    const line = (kind: string) =>
      counts
        .filter((c) => c.kind === kind)
        .map((c) => `${c.route} ${c.rows}`)
        .join(", ");
    ctx.log.stage("assign", `demand rows by route: ${line("demand")}`);
    ctx.log.stage("assign", `people by route: ${line("person")}`);
  },
};

/**
 * Rows per route, zeros included, in the order tried: demand rows by the route that decided
 * them (ambiguous and unassigned last); people by the first route that put them in any
 * chain (a person in two chains by two routes counts under the earlier), or unassigned.
 * Each kind sums to its rows: demand rows loaded, distinct people.
 */
function chainRoutesSql(): string {
  const routes = ROUTES.map((r, i) => `(${quoteLiteral(r)}, ${i + 1})`).join(", ");
  return `with routes(route, ord) as (values ${routes}),
    demand_routes as (
      select case when status = 'assigned' then route else status end as route, count(*) as n
      from demand_chain group by 1),
    person_routes as (
      select coalesce(pc.route, 'unassigned') as route, count(*) as n
      from people p left join (
        select pc.person_key, arg_min(pc.route, r.ord) as route
        from person_chain pc join routes r using (route) group by pc.person_key) pc using (person_key)
      group by 1)
    select k.kind, r.route, coalesce(x.n, 0)::integer as rows
    from (select 'demand' as kind union all select 'person') k cross join routes r
    left join (select 'demand' as kind, * from demand_routes union all select 'person', * from person_routes) x
      on x.kind = k.kind and x.route = r.route
    where not (k.kind = 'person' and r.route = 'ambiguous')
    order by k.kind, r.ord`;
}
