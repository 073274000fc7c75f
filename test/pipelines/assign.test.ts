import type { DuckDBConnection } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { assign } from "../../pipelines/assign.ts";
import { queryRows, quoteLiteral } from "../../src/warehouse/sql.ts";
import type { Chain } from "../../src/workspace/config.ts";
import { testContext } from "../helpers/context.ts";
import { fillDeclaredTable } from "../helpers/tables.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

const chains: Chain[] = [
  {
    id: "bio",
    name: "生物基材料",
    aliases: [],
    sectors: ["生物基材料制造", "化学原料和化学制品制造业"],
    keywords: ["聚乳酸", "发酵"],
  },
  {
    id: "food",
    name: "食品加工",
    aliases: [],
    sectors: ["食品制造业", "化学原料和化学制品制造业"],
    keywords: ["食品", "发酵"],
  },
  { id: "idle", name: "空链", aliases: [], sectors: [], keywords: [] },
];

type D = { chain?: string; sector?: string; field?: string; position: string };
type F = { person: string; chain?: string; sector?: string; field?: string };

const v = (s: string | undefined) => (s === undefined ? "null::varchar" : quoteLiteral(s));

/** demand, person_facets and people as normalise leaves them (codes, canonical text). */
async function setup(db: DuckDBConnection, demand: D[], facets: F[]) {
  await fillDeclaredTable(
    db,
    "demand",
    `select * from (values ${demand
      .map(
        (d, i) =>
          `(${i + 1}, 'surveys/2024H1/需求.csv', null::varchar, ${i + 2}, '2024H1', '某公司${i + 1}',
          ${v(d.chain)}, ${v(d.sector)}, ${v(d.field)}, ${v(d.position)})`,
      )
      .join(
        ", ",
      )}) t(demand_id, file, sheet, row_number, wave, employer, chain_named, sector, field, position)`,
  );
  await fillDeclaredTable(
    db,
    "person_facets",
    `select * from (values ${facets
      .map(
        (f, i) =>
          `(${v(f.person)}, 'rosters/名册.xlsx', 'Sheet1', ${i + 2}, ${v(f.chain)}, ${v(f.sector)}, ${v(f.field)}, null::varchar)`,
      )
      .join(", ")}) t(person_key, file, sheet, row_number, chain_named, sector, field, employer)`,
  );
  await fillDeclaredTable(
    db,
    "people",
    "select distinct person_key from person_facets order by person_key",
  );
  const ctx = testContext(db, { chains });
  await assign.run(ctx);
  return ctx.log.lines;
}

describe("assign: the three routes, in order", () => {
  it("decides each demand row by the first route that yields a chain", async () => {
    await withWarehouse(async (db) => {
      await setup(
        db,
        [
          // 1. the chain column decides, though sector and keyword point elsewhere
          { chain: "bio", sector: "食品制造业", position: "食品检验员" },
          // 2. the sector, though a keyword points elsewhere
          { sector: "食品制造业", field: "聚乳酸", position: "工艺员" },
          // 3. a keyword in the field
          { field: "聚乳酸改性", position: "研发" },
          // 4. a keyword in the position
          { position: "食品包装工" },
          // 5. two chains share the sector: ambiguous at the sector route
          { sector: "化学原料和化学制品制造业", position: "操作工" },
          // 6. a keyword of each chain: ambiguous at the keyword route
          { field: "发酵工程", position: "研发" },
          // 7. nothing: unassigned
          { sector: "批发和零售业", position: "会计" },
        ],
        [{ person: "p1", chain: "bio" }],
      );
      const rows = await queryRows(
        db,
        "select demand_id, chain_id, route, status, candidates from demand_chain order by demand_id",
      );
      expect(rows).toEqual([
        { demand_id: 1, chain_id: "bio", route: "chain", status: "assigned", candidates: null },
        { demand_id: 2, chain_id: "food", route: "sector", status: "assigned", candidates: null },
        { demand_id: 3, chain_id: "bio", route: "keyword", status: "assigned", candidates: null },
        { demand_id: 4, chain_id: "food", route: "keyword", status: "assigned", candidates: null },
        {
          demand_id: 5,
          chain_id: null,
          route: "sector",
          status: "ambiguous",
          candidates: "bio;food",
        },
        {
          demand_id: 6,
          chain_id: null,
          route: "keyword",
          status: "ambiguous",
          candidates: "bio;food",
        },
        { demand_id: 7, chain_id: null, route: null, status: "unassigned", candidates: null },
      ]);
    });
  });

  it("puts a person in every chain their rows reach, each by the first route that gave it", async () => {
    await withWarehouse(async (db) => {
      await setup(
        db,
        [{ position: "会计" }],
        [
          { person: "p1", chain: "bio", field: "食品" }, // bio by chain (food's keyword not tried)
          { person: "p1", field: "食品科学" }, // food by keyword
          { person: "p1", sector: "生物基材料制造" }, // bio again, by sector: chain is earlier
          { person: "p2", sector: "食品制造业" },
          { person: "p3", field: "发酵" }, // both chains by keyword: a person may be in several
          { person: "p4", sector: "教育" },
        ],
      );
      expect(
        await queryRows(db, "select person_key, chain_id, route from person_chain order by all"),
      ).toEqual([
        { person_key: "p1", chain_id: "bio", route: "chain" },
        { person_key: "p1", chain_id: "food", route: "keyword" },
        { person_key: "p2", chain_id: "food", route: "sector" },
        { person_key: "p3", chain_id: "bio", route: "keyword" },
        { person_key: "p3", chain_id: "food", route: "keyword" },
      ]);
    });
  });

  it("counts rows per route, zeros included, and logs them", async () => {
    await withWarehouse(async (db) => {
      const log = await setup(
        db,
        [
          { chain: "bio", position: "研发" },
          { chain: "food", position: "研发" },
          { field: "发酵", position: "研发" },
          { position: "会计" },
        ],
        [
          { person: "p1", chain: "bio" },
          { person: "p1", field: "食品" },
          { person: "p2", field: "食品" },
          { person: "p3" },
        ],
      );
      expect(await queryRows(db, "select kind, route, rows from chain_routes")).toEqual([
        { kind: "demand", route: "chain", rows: 2 },
        { kind: "demand", route: "sector", rows: 0 },
        { kind: "demand", route: "keyword", rows: 0 },
        { kind: "demand", route: "ambiguous", rows: 1 },
        { kind: "demand", route: "unassigned", rows: 1 },
        { kind: "person", route: "chain", rows: 1 },
        { kind: "person", route: "sector", rows: 0 },
        { kind: "person", route: "keyword", rows: 1 },
        { kind: "person", route: "unassigned", rows: 1 },
      ]);
      expect(log).toContain(
        "[assign] demand rows by route: chain 2, sector 0, keyword 0, ambiguous 1, unassigned 1",
      );
      expect(log).toContain("[assign] people by route: chain 1, sector 0, keyword 1, unassigned 1");
    });
  });

  it("lists the demand rows no chain took, with file, row and why", async () => {
    await withWarehouse(async (db) => {
      await setup(
        db,
        [
          { chain: "bio", position: "研发" },
          { field: "发酵", position: "研发员" },
          { position: "会计" },
        ],
        [{ person: "p1" }],
      );
      expect(await queryRows(db, "select * from unassigned_demand")).toEqual([
        {
          file: "surveys/2024H1/需求.csv",
          sheet: null,
          row_number: 3,
          wave: "2024H1",
          employer: "某公司2",
          position: "研发员",
          status: "ambiguous",
          route: "keyword",
          candidates: "bio;food",
        },
        {
          file: "surveys/2024H1/需求.csv",
          sheet: null,
          row_number: 4,
          wave: "2024H1",
          employer: "某公司3",
          position: "会计",
          status: "unassigned",
          route: null,
          candidates: null,
        },
      ]);
    });
  });

  it("lists every chain, with none of its rows in an unused one", async () => {
    await withWarehouse(async (db) => {
      await setup(db, [{ position: "会计" }], [{ person: "p1" }]);
      expect(
        await queryRows(db, "select chain_id, name, ord from chain_list order by ord"),
      ).toEqual([
        { chain_id: "bio", name: "生物基材料", ord: 1 },
        { chain_id: "food", name: "食品加工", ord: 2 },
        { chain_id: "idle", name: "空链", ord: 3 },
      ]);
    });
  });
});
