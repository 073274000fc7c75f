import type { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { runPipeline } from "../../pipelines/pipeline.ts";
import { openWarehouse } from "../../src/warehouse/connect.ts";
import { queryRows, quoteIdent } from "../../src/warehouse/sql.ts";
import { loadWorkspace } from "../../src/workspace/load.ts";
import { talentmapIn } from "../helpers/cli.ts";
import { testContext } from "../helpers/context.ts";
import { idNumber, type Person, renderings } from "../helpers/personal.ts";

/**
 * PIPL (DOMAIN.md "Privacy"): after a run, no table of the warehouse, no file of the
 * output folder (pages, charts, summary, exports), no line of the log and nothing the
 * `unresolved` command prints holds a roster person's name, phone, e-mail, ID number or
 * birth date — including rows that were rejected, duplicates that were merged, and
 * personal values typed into the wrong column.
 */
const scratch = mkdtempSync(join(tmpdir(), "talentmap-privacy-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const people: Person[] = [
  {
    name: "龚紫嫣",
    birth: "1985-03-15",
    id: idNumber("41092319850315004"),
    phone: "13712345671",
    email: "gongziyan85@example.cn",
  },
  {
    name: "欧阳澍",
    birth: "1979-11-02",
    id: idNumber("11010819791102003"),
    phone: "15898765432",
    email: "ouyang.shu@example.org",
  },
  {
    name: "钮祜禄珅",
    birth: "1992-07-30",
    id: idNumber("32010219920730005"),
    phone: "18655501234",
    email: "niuhulu@example.com",
  },
  // Their ID number fails its check: the row is rejected, and must not leak through rejects.
  {
    name: "阙梓萱",
    birth: "1990-01-09",
    id: idNumber("41092319900109002", false),
    phone: "13398761234",
    email: "que.zixuan@example.net",
  },
  {
    name: "琚昊天",
    birth: "1988-12-24",
    id: idNumber("41092319881224001"),
    phone: "17712340987",
    email: "juhaotian@example.cn",
  },
];
const [gong, ouyang, niu, que, ju] = people as [Person, Person, Person, Person, Person];

const personal = people.flatMap(renderings);

function writeWorkspace(dir: string): void {
  mkdirSync(join(dir, "rosters"), { recursive: true });
  mkdirSync(join(dir, "surveys", "2024H1"), { recursive: true });
  writeFileSync(
    join(dir, "chains.json"),
    JSON.stringify({
      chains: [
        { id: "bio", name: "生物基材料", sectors: ["生物基材料制造"], keywords: ["发酵"] },
        { id: "food", name: "食品加工", sectors: ["食品制造业"], keywords: ["食品"] },
      ],
    }),
  );
  writeFileSync(
    join(dir, "talentmap.json"),
    JSON.stringify({ locality: "410923", minCellSize: 3 }),
  );
  writeFileSync(
    join(dir, "surveys", "2024H1", "需求.csv"),
    "\uFEFF企业名称,所属产业链,岗位名称,学历要求,需求人数\n" +
      "甲生物,生物基材料,发酵工程师,硕士,3\n乙食品,食品加工,质检员,本科,2\n",
  );
  // A roster as xlsx: birth dates as real date cells, the header under a title row.
  const sheet = XLSX.utils.aoa_to_sheet(
    [
      ["南乐县在外人才名单"],
      [
        "姓名",
        "出生日期",
        "身份证号",
        "联系电话",
        "电子邮箱",
        "现工作地",
        "最高学历",
        "所属产业链",
        "专业",
        "入库日期",
      ],
      [
        gong.name,
        new Date(`${gong.birth}T00:00:00Z`),
        gong.id,
        gong.phone,
        gong.email,
        "上海市浦东新区",
        "博士",
        "生物基材料",
        "",
        "2023-03-01",
      ],
      [
        ouyang.name,
        new Date(`${ouyang.birth}T00:00:00Z`),
        ouyang.id,
        ouyang.phone,
        ouyang.email,
        "北京",
        "硕士",
        "食品加工",
        "",
        "2023-04-01",
      ],
      // A phone typed into 现工作地 and an e-mail into 专业: neither may reach a lookup.
      [
        niu.name,
        new Date(`${niu.birth}T00:00:00Z`),
        niu.id,
        niu.phone,
        niu.email,
        ju.phone,
        "本科",
        "",
        ju.email,
        "2023-05-01",
      ],
      [
        que.name,
        new Date(`${que.birth}T00:00:00Z`),
        que.id,
        que.phone,
        que.email,
        "南京",
        "硕士",
        "",
        "",
        "2023-06-01",
      ],
    ],
    { cellDates: true },
  );
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "名单");
  XLSX.writeFile(book, join(dir, "rosters", "组织部.xlsx"));
  // The same people again in a CSV from another department, written differently, plus one
  // new person and a row of nothing but a birth date and an e-mail (rejected: no identity).
  const csv = [
    "姓名,出生年月,身份证号,手机,邮箱,现工作地,学历,职称,所属行业,最后联系日期",
    `${gong.name},${gong.birth.slice(0, 7)},${gong.id.toLowerCase()},${gong.phone.slice(0, 3)}-${gong.phone.slice(3, 7)}-${gong.phone.slice(7)},${gong.email},上海,博士研究生,研究员,,2024-05-01`,
    `${ouyang.name},${ouyang.birth.replaceAll("-", "/")},,${ouyang.phone},,北京市海淀区,硕士,高级工程师,食品制造业,2024-06-01`,
    `${ju.name},${ju.birth.replaceAll("-", "")},${ju.id},${ju.phone},${ju.email},美国,硕士,,生物基材料制造,`,
    `,${que.birth},,,${que.email},郑州,本科,,,`,
  ].join("\r\n");
  writeFileSync(join(dir, "rosters", "人社局.csv"), `\uFEFF${csv}\r\n`);
}

function workbookText(path: string): string {
  const book = XLSX.read(readFileSync(path), { type: "buffer" });
  return book.SheetNames.map((name) =>
    XLSX.utils.sheet_to_csv(book.Sheets[name] as XLSX.WorkSheet),
  ).join("\n");
}

function fileText(path: string): string {
  return path.endsWith(".xlsx") ? workbookText(path) : readFileSync(path, "utf8");
}

describe("privacy: nothing personal leaves the roster files", () => {
  const data = join(scratch, "data");
  const out = join(scratch, "reports");
  const dbPath = join(scratch, "reports.duckdb");
  let log: string[] = [];
  const cells: { table: string; column: string; value: string }[] = [];
  let people = 0;
  let rejects = 0;
  let cli: ReturnType<typeof spawnSync>[] = [];

  beforeAll(async () => {
    writeWorkspace(data);
    const warehouse = await openWarehouse(dbPath);
    try {
      const ctx = { ...testContext(warehouse.connection, { out }), workspace: loadWorkspace(data) };
      await runPipeline(ctx);
      log = ctx.log.lines;
      const db = warehouse.connection;
      // Every table, temporary ones included (views are queries over these).
      const columns = await queryRows<{
        database_name: string;
        schema_name: string;
        table_name: string;
        column_name: string;
      }>(
        db,
        `select c.database_name, c.schema_name, c.table_name, c.column_name
         from duckdb_columns() c join duckdb_tables() t using (database_name, schema_name, table_name)
         where not t.internal order by all`,
      );
      for (const { database_name, schema_name, table_name, column_name } of columns) {
        const table = [database_name, schema_name, table_name].map(quoteIdent).join(".");
        const values = await queryRows<{ v: string }>(
          db,
          `select distinct ${quoteIdent(column_name)}::varchar as v from ${table}
           where ${quoteIdent(column_name)} is not null`,
        );
        for (const { v } of values)
          cells.push({ table: table_name, column: column_name, value: v });
      }
      people =
        (await queryRows<{ n: number }>(db, "select count(*)::integer as n from people"))[0]?.n ??
        0;
      rejects =
        (await queryRows<{ n: number }>(db, "select count(*)::integer as n from rejects"))[0]?.n ??
        0;
    } finally {
      warehouse.close();
    }
    const talentmap = (...args: string[]) => talentmapIn(scratch, ...args);
    cli = [
      talentmap("unresolved", "--db", dbPath),
      talentmap("unresolved", "--db", dbPath, "--json"),
    ];
  }, 60_000);

  it("ran on the fixture as intended: people merged, bad rows rejected", () => {
    // 龚, 欧阳, 钮, 琚 (阙's roster row is rejected for the ID, the CSV row for no identity).
    expect(people).toBe(4);
    expect(rejects).toBe(2);
    expect(cells.length).toBeGreaterThan(100);
  });

  it("keeps no personal value in any column of any table of the warehouse", () => {
    const tables = new Set(cells.map((c) => c.table));
    expect(tables).not.toContain("roster_rows");
    for (const value of personal) {
      const hits = cells.filter((c) => c.value.includes(value));
      expect(hits, `${value} found in the warehouse`).toEqual([]);
    }
  });

  it("writes no personal value to any output file", () => {
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) =>
      e.isFile(),
    );
    expect(files.map((f) => f.name)).toContain("summary.json");
    expect(files.map((f) => f.name)).toContain("rejects.csv");
    expect(files.map((f) => f.name)).toContain("unassigned.csv");
    for (const entry of files) {
      const path = join(entry.parentPath, entry.name);
      const text = fileText(path);
      for (const value of personal) expect(text, `${path} holds ${value}`).not.toContain(value);
    }
  });

  it("leaves no personal value in the bytes of the warehouse file", () => {
    const bytes = readFileSync(dbPath);
    // The check has teeth: plain text of live tables is stored as is.
    expect(bytes.includes(Buffer.from("发酵工程师"))).toBe(true);
    for (const value of personal) {
      expect(bytes.includes(Buffer.from(value)), `${value} in ${dbPath}`).toBe(false);
    }
  });

  it("logs no personal value, and the unresolved command prints none", () => {
    const text = [log.join("\n"), ...cli.flatMap((r) => [String(r.stdout), String(r.stderr)])].join(
      "\n",
    );
    for (const r of cli) expect(r.status).toBe(0);
    for (const value of personal) expect(text, `${value} printed`).not.toContain(value);
    // The misplaced phone is still counted for the analyst, under a placeholder.
    expect(String(cli[0]?.stdout)).toContain("已隐去");
  });
});
