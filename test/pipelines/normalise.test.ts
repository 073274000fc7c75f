import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { assign } from "../../pipelines/assign.ts";
import { normalise } from "../../pipelines/normalise.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import type { Chain } from "../../src/workspace/config.ts";
import { testContext } from "../helpers/context.ts";
import { withWarehouse } from "../helpers/warehouse.ts";
import { createInputTables, type DemandRow, type RosterRow } from "../normalise/fixtures.ts";

const chains: Chain[] = [
  {
    id: "bio",
    name: "生物基材料",
    aliases: ["生物基新材料"],
    sectors: ["生物基材料制造"],
    keywords: ["聚乳酸"],
  },
];
const scratch = mkdtempSync(join(tmpdir(), "talentmap-normalise-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(
  db: DuckDBConnection,
  demand: DemandRow[],
  roster: RosterRow[],
  aliases?: string,
) {
  const dir = mkdtempSync(join(scratch, "ws-"));
  if (aliases !== undefined) writeFileSync(join(dir, "aliases.csv"), aliases);
  await createInputTables(db, demand, roster);
  const ctx = testContext(db, { dir, chains, locality: "410923" });
  await normalise.run(ctx);
  return ctx.log.lines;
}

describe("normalise stage", () => {
  it("resolves each region form of a demand to its county, and reports the rest", async () => {
    await withWarehouse(async (db) => {
      await run(
        db,
        [
          { region: "千口镇", position: "a" },
          { region: "南樂縣", position: "b" },
          { region: "北京市朝阳区", position: "c" },
          { region: "朝阳区", position: "d" },
          { region: "美国", position: "e" },
          { position: "f" },
        ],
        [],
      );
      const codes = await queryRows<{ region_code: string }>(
        db,
        "select region_code from demand order by demand_id",
      );
      expect(codes.map((c) => c.region_code)).toEqual([
        "410923",
        "410923",
        "110105",
        "unknown",
        "overseas",
        "unknown",
      ]);
      expect(
        await queryRows(db, "select kind, raw, status, rows, files from unresolved order by raw"),
      ).toEqual([
        {
          kind: "region",
          raw: "朝阳区",
          status: "ambiguous",
          rows: 1,
          files: "surveys/2024H1/需求.csv",
        },
        {
          kind: "region",
          raw: "美国",
          status: "unresolved",
          rows: 1,
          files: "surveys/2024H1/需求.csv",
        },
      ]);
      expect(
        await queryRows(db, "select raw, rank, canonical from unresolved_suggestions order by all"),
      ).toEqual([
        { raw: "朝阳区", rank: 1, canonical: "110105" },
        { raw: "朝阳区", rank: 2, canonical: "220104" },
      ]);
    });
  });

  it("reports a chain column naming no chain and lets the row go on to the next routes", async () => {
    await withWarehouse(async (db) => {
      await run(
        db,
        [
          { chain: "某某产业链", sector: "生物基材料制造", position: "工艺员" },
          { chain: "生物基新材料", sector: "批发", position: "销售" },
          { sector: "批发", position: "会计" },
          { sector: "零售", position: "聚乳酸研发" },
        ],
        [],
      );
      const ctx = testContext(db, { chains });
      await assign.run(ctx);
      expect(
        await queryRows(db, "select demand_id, chain_id, route, status from demand_chain"),
      ).toEqual([
        { demand_id: 1, chain_id: "bio", route: "sector", status: "assigned" },
        { demand_id: 2, chain_id: "bio", route: "chain", status: "assigned" },
        { demand_id: 3, chain_id: null, route: null, status: "unassigned" },
        { demand_id: 4, chain_id: "bio", route: "keyword", status: "assigned" },
      ]);
      // 批发 only where it mattered (row 3: no chain named, no keyword); 零售 never.
      expect(await queryRows(db, "select kind, raw, rows from unresolved order by all")).toEqual([
        { kind: "chain", raw: "某某产业链", rows: 1 },
        { kind: "sector", raw: "批发", rows: 1 },
      ]);
    });
  });

  it("lists every value that did not map, per kind and side, with its files", async () => {
    await withWarehouse(async (db) => {
      const log = await run(
        db,
        [
          { education: "硕博连读", title: "见习", skill: "八级工", urgency: "很急", position: "a" },
          { education: "硕博连读", position: "b", file: "surveys/2024H1/其他.xlsx" },
        ],
        [
          {
            name: "甲",
            phone: "13800000001",
            education: "硕博",
            location: "长三角",
            category: "某类",
          },
        ],
      );
      expect(
        await queryRows(db, "select kind, side, raw, rows, files from unresolved order by all"),
      ).toEqual([
        { kind: "category", side: "roster", raw: "某类", rows: 1, files: "rosters/名册.csv" },
        {
          kind: "education",
          side: "demand",
          raw: "硕博连读",
          rows: 2,
          files: "surveys/2024H1/其他.xlsx;surveys/2024H1/需求.csv",
        },
        { kind: "education", side: "roster", raw: "硕博", rows: 1, files: "rosters/名册.csv" },
        { kind: "region", side: "roster", raw: "长三角", rows: 1, files: "rosters/名册.csv" },
        { kind: "skill", side: "demand", raw: "八级工", rows: 1, files: "surveys/2024H1/需求.csv" },
        { kind: "title", side: "demand", raw: "见习", rows: 1, files: "surveys/2024H1/需求.csv" },
        { kind: "urgency", side: "demand", raw: "很急", rows: 1, files: "surveys/2024H1/需求.csv" },
      ]);
      expect(log).toContain(
        '[normalise] 7 values did not map (category 1, education 2, region 1, skill 1, title 1, urgency 1) in 8 rows: run "talentmap unresolved" to list them with suggestions',
      );
    });
  });

  it("reads an education alias to none or unknown as each side's own no-level", async () => {
    await withWarehouse(async (db) => {
      await run(
        db,
        [
          { education: "待定", position: "a" },
          { education: "看情况", position: "b" },
        ],
        [
          { name: "甲", phone: "13800000001", education: "待定" },
          { name: "乙", phone: "13800000002", education: "看情况" },
        ],
        "kind,raw,canonical\neducation,待定,none\neducation,看情况,unknown\n",
      );
      expect(
        await queryRows(
          db,
          "select side, raw, code, status, via from value_lookup where kind = 'education' and raw <> '' order by all",
        ),
      ).toEqual([
        { side: "demand", raw: "待定", code: "none", status: "ok", via: "alias" },
        { side: "demand", raw: "看情况", code: "none", status: "ok", via: "alias" },
        { side: "roster", raw: "待定", code: "unknown", status: "ok", via: "alias" },
        { side: "roster", raw: "看情况", code: "unknown", status: "ok", via: "alias" },
      ]);
    });
  });

  it("applies aliases.csv before the vocabularies and says which decided", async () => {
    await withWarehouse(async (db) => {
      const log = await run(
        db,
        [
          { education: "本科", position: "a" },
          { education: "研究生学历", region: "产业集聚区", position: "b" },
        ],
        [{ name: "甲", phone: "13800000001", education: "本科", location: "长三角" }],
        "kind,raw,canonical\neducation,本科,master\nregion,产业集聚区,410923\nregion,长三角,310000\nskill,x,nonsense\n",
      );
      expect(
        await queryRows(db, "select education, region_code from demand order by demand_id"),
      ).toEqual([
        { education: "master", region_code: "unknown" },
        { education: "master", region_code: "410923" },
      ]);
      expect(await queryRows(db, "select education, province from people")).toEqual([
        { education: "master", province: "310000" },
      ]);
      expect(
        await queryRows(
          db,
          "select kind, side, raw, code, via from value_lookup where via = 'alias' order by all",
        ),
      ).toEqual([
        { kind: "education", side: "demand", raw: "本科", code: "master", via: "alias" },
        { kind: "education", side: "roster", raw: "本科", code: "master", via: "alias" },
        { kind: "location", side: "roster", raw: "长三角", code: "310000", via: "alias" },
        { kind: "region", side: "demand", raw: "产业集聚区", code: "410923", via: "alias" },
      ]);
      expect(await queryRows(db, "select line, problem from alias_problems")).toEqual([
        { line: 5, problem: "bad_canonical" },
      ]);
      expect(log.filter((l) => l.startsWith("warning:"))).toHaveLength(1);
    });
  });

  it("reports people whose rows disagree, in the log and in person_conflicts", async () => {
    await withWarehouse(async (db) => {
      const log = await run(
        db,
        [],
        [
          { name: "王三", phone: "13800000003", education: "硕士", last_contact_at: "2023-01-01" },
          { name: "王三", phone: "13800000003", education: "本科", last_contact_at: "2024-05-01" },
          { name: "李四", phone: "13800000004", location: "上海" },
          { name: "李四", phone: "13800000004", location: "美国", entered_at: "2024-01-01" },
        ],
      );
      expect(
        await queryRows(
          db,
          `select field, "values", kept, sources from person_conflicts order by field`,
        ),
      ).toEqual([
        {
          field: "education",
          values: "bachelor;master",
          kept: "bachelor",
          sources: "rosters/名册.csv:2;rosters/名册.csv:3",
        },
        {
          field: "location",
          values: "310000;overseas",
          kept: "overseas",
          sources: "rosters/名册.csv:4;rosters/名册.csv:5",
        },
      ]);
      expect(log).toContain(
        "[normalise] 2 people whose rows disagree (education 1, location 1): the newest row, else the higher level, was kept; see table person_conflicts",
      );
    });
  });

  it("never copies a phone, ID number or e-mail typed in another roster column", async () => {
    await withWarehouse(async (db) => {
      await run(
        db,
        [],
        [
          { name: "甲", phone: "13800000001", location: "13912345678", field: "a@b.cn" },
          { name: "乙", phone: "13800000002", education: "410923198503150016" },
        ],
      );
      const lookup = await queryRows<{ raw: string }>(db, "select raw from value_lookup");
      for (const value of ["13912345678", "a@b.cn", "410923198503150016"]) {
        expect(lookup.map((l) => l.raw)).not.toContain(value);
      }
      expect(await queryRows(db, "select kind, raw, rows from unresolved order by kind")).toEqual([
        { kind: "education", raw: "（个人信息，已隐去）", rows: 1 },
        { kind: "region", raw: "（个人信息，已隐去）", rows: 1 },
      ]);
      expect(
        await queryRows(db, "select count(*)::integer as n from unresolved_suggestions"),
      ).toEqual([{ n: 0 }]);
    });
  });

  it("leaves exactly its declared tables, and no roster rows or scratch tables", async () => {
    await withWarehouse(async (db) => {
      await run(db, [{ position: "a" }], [{ name: "甲", phone: "13800000001" }]);
      const tables = await queryRows<{ table_name: string }>(
        db,
        "select table_name from duckdb_tables() order by 1",
      );
      expect(tables.map((t) => t.table_name)).toEqual(
        ["demand_rows", ...normalise.writes.map((t) => t.name)].sort(),
      );
    });
  });
});
