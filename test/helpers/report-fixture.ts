import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll } from "vitest";
import type { Context } from "../../src/context.ts";
import type { memoryLog } from "../../src/log.ts";
import type { Lang } from "../../src/messages/lang.ts";
import { demandEducationKeys, supplyEducationKeys, titleKeys } from "../../src/vocab/ladders.ts";
import { execute } from "../../src/warehouse/sql.ts";
import { testContext } from "./context.ts";
import { createDeclaredTable } from "./tables.ts";

/**
 * A small warehouse as the stages before report leave it (docs/tables.md), with figures
 * worked out by hand:
 *
 * chains: bio 生物基材料 (ord 1), xss named `<script>alert(1)</script>` (ord 2), food 食品加工
 * (ord 3, nothing at all).
 *
 * people (6 distinct from 7 roster rows; p2 appears twice; keys pk-7f3a1 … pk-7f3a6):
 *   p1 doctorate senior       310000  bio
 *   p2 master    vice-senior  310000  bio, xss
 *   p3 bachelor  none         120000  bio
 *   p4 unknown   none         overseas bio
 *   p5 associate junior       410000  xss
 *   p6 master    intermediate unknown (no chain)
 *
 * demand (6 loaded rows):
 *   d1 2024H1 bio  master    intermediate 2  410923
 *   d2 2024H1 bio  bachelor  none         5  410922   (employer `<script>alert(1)</script>有限公司`)
 *   d3 2024H1 —    none      none         4  410923   unassigned
 *   d4 2024H2 bio  doctorate vice-senior  3  410923   (employer `<script>…有限公司` too)
 *   d5 2024H2 xss  associate none         4  unknown
 *   d6 2024H2 —    bachelor  none         1  410923   ambiguous
 *
 * gaps, walking each ladder from the top (docs/domain.md "The gap"):
 *   bio 2024H1 education: master D2 S>=2 → 2/0; bachelor D5 S>=3−2=1 → 1/4
 *   bio 2024H1 title: intermediate D2 S>=2 → 2/0; none D5 S>=4−2=2 → 2/3
 *   bio 2024H2 education: doctorate D3 S>=1 → 1/2;  title: vice-senior D3 S>=2 → 2/1
 *   xss 2024H2 education: associate D4 S>=2 → 2/2;  title: none D4 S>=2 → 2/2
 */
export const fixtureNow = new Date("2026-11-21T02:00:00.123Z");
export const scriptName = "<script>alert(1)</script>";

type Counts = Record<string, number>;

const supply: Record<string, { education: Counts; title: Counts }> = {
  bio: {
    education: { doctorate: 1, master: 1, bachelor: 1, unknown: 1 },
    title: { senior: 1, "vice-senior": 1, none: 2 },
  },
  xss: { education: { master: 1, associate: 1 }, title: { "vice-senior": 1, junior: 1 } },
  food: { education: {}, title: {} },
};

/** demand_levels only for the chain × wave pairs that have demand (the report fills zeros). */
const demandLevels: Record<string, { education: Counts; title: Counts }> = {
  "bio 2024H1": { education: { master: 2, bachelor: 5 }, title: { intermediate: 2, none: 5 } },
  "bio 2024H2": { education: { doctorate: 3 }, title: { "vice-senior": 3 } },
  "xss 2024H2": { education: { associate: 4 }, title: { none: 4 } },
};

/** level → [demand, matched] (gap = demand − matched). */
const gaps: Record<
  string,
  { education: Record<string, [number, number]>; title: Record<string, [number, number]> }
> = {
  "bio 2024H1": {
    education: { master: [2, 2], bachelor: [5, 1] },
    title: { intermediate: [2, 2], none: [5, 2] },
  },
  "bio 2024H2": { education: { doctorate: [3, 1] }, title: { "vice-senior": [3, 2] } },
  "xss 2024H2": { education: { associate: [4, 2] }, title: { none: [4, 2] } },
};

function lit(value: string | number | null): string {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

/** A table as its stage declares it (pipelines/tables/), holding `rows` in `columns`. */
async function table(
  db: DuckDBConnection,
  name: string,
  columns: string[],
  rows: (string | number | null)[][],
): Promise<void> {
  await createDeclaredTable(db, name);
  if (rows.length === 0) return;
  const values = rows.map((row) => `(${row.map((value) => lit(value)).join(", ")})`).join(",\n");
  await execute(db, `insert into ${name} (${columns.join(", ")}) values ${values}`);
}

export async function createReportTables(db: DuckDBConnection): Promise<void> {
  await table(
    db,
    "input_files",
    [
      "file",
      "kind",
      "wave",
      "format",
      "encoding",
      "sheets",
      "rows_read",
      "rows_loaded",
      "rows_rejected",
      "error",
    ],
    [
      ["surveys/2024H2/重点企业.xlsx", "demand", "2024H2", "xlsx", null, "需求表", 3, 3, 0, null],
      ["surveys/2024H1/企业需求.xlsx", "demand", "2024H1", "xlsx", null, "Sheet1", 6, 3, 3, null],
      ["rosters/在外人才.csv", "roster", null, "csv", "gb18030", null, 8, 7, 1, null],
      [
        "surveys/2024H2/坏文件.xlsx",
        "demand",
        "2024H2",
        "xlsx",
        null,
        null,
        0,
        0,
        0,
        "无法打开工作簿",
      ],
    ],
  );
  await table(
    db,
    "rejects",
    ["file", "sheet", "row_number", "column_name", "value", "reason_code", "reason"],
    [
      [
        "surveys/2024H1/企业需求.xlsx",
        "Sheet1",
        7,
        "需求人数",
        "若干",
        "bad_headcount",
        "需求人数“若干”不是有效人数",
      ],
      [
        "surveys/2024H1/企业需求.xlsx",
        "Sheet1",
        8,
        "需求人数",
        "=1+2",
        "bad_headcount",
        "需求人数“=1+2”不是有效人数",
      ],
      [
        "surveys/2024H1/企业需求.xlsx",
        "Sheet1",
        9,
        "岗位名称",
        "@SUM(A1)",
        "missing_position",
        "缺少岗位名称",
      ],
      [
        "rosters/在外人才.csv",
        null,
        5,
        "身份证号",
        "11010519491231002X",
        "bad_id_number",
        "身份证号校验不通过“11010519491231002X”",
      ],
      ["surveys/2024H2/坏文件.xlsx", null, null, null, null, "corrupt_workbook", "无法打开工作簿"],
    ],
  );
  await table(
    db,
    "demand",
    [
      "demand_id",
      "file",
      "sheet",
      "row_number",
      "wave",
      "employer",
      "credit_code",
      "chain_named",
      "sector",
      "position",
      "field",
      "education",
      "title",
      "skill",
      "headcount",
      "urgency",
      "region_code",
    ],
    [
      [
        1,
        "surveys/2024H1/企业需求.xlsx",
        "Sheet1",
        4,
        "2024H1",
        "南乐生物科技有限公司",
        null,
        "bio",
        null,
        "研发工程师",
        "发酵",
        "master",
        "intermediate",
        "none",
        2,
        "紧缺",
        "410923",
      ],
      [
        2,
        "surveys/2024H1/企业需求.xlsx",
        "Sheet1",
        5,
        "2024H1",
        `${scriptName}有限公司`,
        null,
        null,
        "生物基材料制造",
        "技术员",
        null,
        "bachelor",
        "none",
        "none",
        5,
        null,
        "410922",
      ],
      [
        3,
        "surveys/2024H1/企业需求.xlsx",
        "Sheet1",
        6,
        "2024H1",
        "某商贸公司",
        null,
        null,
        "批发",
        "销售",
        null,
        "none",
        "none",
        "none",
        4,
        null,
        "410923",
      ],
      [
        4,
        "surveys/2024H2/重点企业.xlsx",
        "需求表",
        3,
        "2024H2",
        `${scriptName}有限公司`,
        null,
        null,
        null,
        "首席科学家",
        "聚乳酸",
        "doctorate",
        "vice-senior",
        "none",
        3,
        "非常紧缺",
        "410923",
      ],
      [
        5,
        "surveys/2024H2/重点企业.xlsx",
        "需求表",
        4,
        "2024H2",
        "某装备公司",
        null,
        "xss",
        null,
        "钳工",
        null,
        "associate",
        "none",
        "none",
        4,
        null,
        "unknown",
      ],
      [
        6,
        "surveys/2024H2/重点企业.xlsx",
        "需求表",
        5,
        "2024H2",
        "两链公司",
        null,
        null,
        "两链行业",
        "工程师",
        null,
        "bachelor",
        "none",
        "none",
        1,
        null,
        "410923",
      ],
    ],
  );
  await table(
    db,
    "demand_rows",
    ["file", "sheet", "row_number", "region", "chain", "sector"],
    [
      ["surveys/2024H1/企业需求.xlsx", "Sheet1", 4, "南乐县城关镇", "生物基材料", null],
      ["surveys/2024H1/企业需求.xlsx", "Sheet1", 5, "清丰县", null, "生物基材料制造"],
      ["surveys/2024H1/企业需求.xlsx", "Sheet1", 6, "千口镇", null, "批发"],
      ["surveys/2024H2/重点企业.xlsx", "需求表", 3, "南乐县千口镇", null, null],
      ["surveys/2024H2/重点企业.xlsx", "需求表", 4, null, scriptName, null],
      ["surveys/2024H2/重点企业.xlsx", "需求表", 5, "南乐县", "=HYPERLINK(1)", "两链行业"],
    ],
  );
  await table(
    db,
    "unresolved",
    ["kind", "side", "raw", "status", "rows", "files"],
    [
      ["chain", "demand", "=HYPERLINK(1)", "unresolved", 1, "surveys/2024H2/重点企业.xlsx"],
      ["education", "roster", "<b>留学</b>", "unresolved", 2, "rosters/在外人才.csv"],
      ["location", "roster", "幸福小区3号楼", "unresolved", 1, "rosters/在外人才.csv"],
    ],
  );
  await table(
    db,
    "people",
    [
      "person_key",
      "education",
      "title",
      "skill",
      "province",
      "location_code",
      "category",
      "intention",
      "rows",
    ],
    [
      [
        "pk-7f3a1",
        "doctorate",
        "senior",
        "none",
        "310000",
        "310115",
        "高层次人才",
        "full-time-return",
        1,
      ],
      ["pk-7f3a2", "master", "vice-senior", "none", "310000", "310104", "科技副总", "flexible", 2],
      ["pk-7f3a3", "bachelor", "none", "none", "120000", "120101", null, null, 1],
      ["pk-7f3a4", "unknown", "none", "none", "overseas", "overseas", null, null, 1],
      ["pk-7f3a5", "associate", "junior", "none", "410000", "410100", null, null, 1],
      ["pk-7f3a6", "master", "intermediate", "none", "unknown", "unknown", null, null, 1],
    ],
  );
  await table(
    db,
    "person_facets",
    ["person_key", "file", "row_number", "chain_named", "sector", "field", "employer"],
    [
      ["pk-7f3a1", "rosters/在外人才.csv", 2, "bio", null, null, "复旦大学"],
      ["pk-7f3a2", "rosters/在外人才.csv", 3, "bio", null, null, null],
      ["pk-7f3a2", "rosters/在外人才.csv", 4, "xss", null, null, null],
      ["pk-7f3a3", "rosters/在外人才.csv", 6, null, "生物基材料制造", null, null],
      ["pk-7f3a4", "rosters/在外人才.csv", 7, null, null, "发酵", null],
      ["pk-7f3a5", "rosters/在外人才.csv", 8, "xss", null, null, null],
      ["pk-7f3a6", "rosters/在外人才.csv", 9, null, null, null, null],
    ],
  );
  await table(
    db,
    "chain_list",
    ["chain_id", "name", "ord"],
    [
      ["food", "食品加工", 3],
      ["bio", "生物基材料", 1],
      ["xss", scriptName, 2],
    ],
  );
  await table(
    db,
    "demand_chain",
    ["demand_id", "chain_id", "route", "status"],
    [
      [1, "bio", "chain", "assigned"],
      [2, "bio", "sector", "assigned"],
      [3, null, null, "unassigned"],
      [4, "bio", "keyword", "assigned"],
      [5, "xss", "chain", "assigned"],
      [6, null, "sector", "ambiguous"],
    ],
  );
  await table(
    db,
    "person_chain",
    ["person_key", "chain_id", "route"],
    [
      ["pk-7f3a1", "bio", "chain"],
      ["pk-7f3a2", "bio", "chain"],
      ["pk-7f3a3", "bio", "sector"],
      ["pk-7f3a4", "bio", "keyword"],
      ["pk-7f3a2", "xss", "chain"],
      ["pk-7f3a5", "xss", "chain"],
    ],
  );
  await table(
    db,
    "supply_levels",
    ["chain_id", "ladder", "level", "rank", "people"],
    Object.entries(supply).flatMap(([chain, counts]) => [
      ...supplyEducationKeys.map((level, i) => [
        chain,
        "education",
        level,
        i + 1,
        counts.education[level] ?? 0,
      ]),
      ...titleKeys.map((level, i) => [chain, "title", level, i + 1, counts.title[level] ?? 0]),
    ]),
  );
  await table(
    db,
    "demand_levels",
    ["chain_id", "wave", "ladder", "level", "rank", "headcount"],
    Object.entries(demandLevels).flatMap(([key, counts]) => {
      const [chain = "", wave = ""] = key.split(" ");
      return [
        ...demandEducationKeys.map((level, i) => [
          chain,
          wave,
          "education",
          level,
          i + 1,
          counts.education[level] ?? 0,
        ]),
        ...titleKeys.map((level, i) => [
          chain,
          wave,
          "title",
          level,
          i + 1,
          counts.title[level] ?? 0,
        ]),
      ];
    }),
  );
  await table(
    db,
    "gaps",
    ["chain_id", "wave", "ladder", "level", "rank", "demand", "matched", "gap"],
    Object.entries(gaps).flatMap(([key, cells]) => {
      const [chain = "", wave = ""] = key.split(" ");
      const row = (
        ladder: string,
        level: string,
        i: number,
        cell: [number, number] | undefined,
      ) => {
        const [demand, matched] = cell ?? [0, 0];
        return [chain, wave, ladder, level, i + 1, demand, matched, demand - matched];
      };
      return [
        ...demandEducationKeys.map((level, i) =>
          row("education", level, i, cells.education[level]),
        ),
        ...titleKeys.map((level, i) => row("title", level, i, cells.title[level])),
      ];
    }),
  );
}

/** Output folders the fixture made, removed once the test file that imported it is done. */
const outputs: string[] = [];
afterAll(() => {
  for (const dir of outputs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const scratchOutput = () => {
  const dir = mkdtempSync(join(tmpdir(), "talentmap-report-"));
  outputs.push(dir);
  return dir;
};

export function fixtureContext(
  db: DuckDBConnection,
  options: { out?: string; lang?: Lang; minCellSize?: number } = {},
): Context & { log: ReturnType<typeof memoryLog> } {
  return testContext(db, {
    dir: "/nonexistent-workspace",
    out: options.out ?? scratchOutput(),
    locality: "410923",
    config: { minCellSize: options.minCellSize ?? 3 },
    lang: options.lang ?? "zh",
    now: fixtureNow,
  });
}

/**
 * Runs the report stage on the fixture warehouse (after `more`, which may add rows);
 * returns the folder it wrote.
 */
export async function fixtureReport(
  options: {
    lang?: Lang;
    minCellSize?: number;
    more?: (db: DuckDBConnection) => Promise<void>;
  } = {},
): Promise<string> {
  const { withWarehouse } = await import("./warehouse.ts");
  const { report } = await import("../../pipelines/report.ts");
  return withWarehouse(async (db) => {
    await createReportTables(db);
    await options.more?.(db);
    const ctx = fixtureContext(db, options);
    await report.run(ctx);
    return ctx.out;
  });
}
