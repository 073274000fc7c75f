import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { app } from "../../pipelines/app.ts";
import { memoryLog } from "../../src/log.ts";
import { executeRun } from "../../src/runs/execute.ts";
import { formColumns } from "../../src/template/form.ts";
import { openWarehouse } from "../../src/warehouse/connect.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { talentmapIn } from "../helpers/cli.ts";

const root = join(import.meta.dirname, "..", "..");
const caseInput = join(root, "test", "cases", "county-small", "input");
const scratch = mkdtempSync(join(tmpdir(), "talentmap-template-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function talentmap(...args: string[]) {
  return talentmapIn(scratch, ...args);
}

/** A workspace with county-small's chains and settings and no input file yet. */
const data = join(scratch, "data");
const form = join(scratch, "2025H1.xlsx");
let written: ReturnType<typeof talentmap>;

beforeAll(() => {
  mkdirSync(data);
  for (const name of ["chains.json", "talentmap.json"])
    cpSync(join(caseInput, name), join(data, name));
  written = talentmap("template", "--wave", "2025H1", "--out", form, "--data", data);
});

async function load(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return book;
}

const column = (field: string) => formColumns.findIndex((c) => c.field === field) + 1;

describe("talentmap template", () => {
  it("writes the form: instructions, the canonical headers under a title, a hidden lists sheet", async () => {
    expect(written.status, written.stderr).toBe(0);
    const book = await load(form);
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["填表说明", "visible"],
      ["需求表", "visible"],
      ["选项", "hidden"],
    ]);
    const sheet = book.getWorksheet("需求表") as ExcelJS.Worksheet;
    expect(sheet.getCell(1, 1).value).toBe("河南省濮阳市南乐县2025年上半年重点企业人才需求调查表");
    const headers = formColumns.map((_, i) => sheet.getCell(2, i + 1).value);
    expect(headers).toEqual([
      "企业名称",
      "统一社会信用代码",
      "所属产业链",
      "所属行业",
      "所在地",
      "岗位名称",
      "专业要求",
      "学历要求",
      "职称要求",
      "技能等级",
      "需求人数",
      "紧缺程度",
      "薪酬待遇",
      "引进方式",
      "填报日期",
    ]);
    const instructions = book.getWorksheet("填表说明") as ExcelJS.Worksheet;
    const text = instructions.getColumn(1).values.join("\n");
    expect(text).toContain("surveys/2025H1/");
    expect(text).toContain("需求人数（必填）");
  });

  it("puts dropdowns on education, title, urgency and chain (chains from chains.json), a check on headcount", async () => {
    const book = await load(form);
    const sheet = book.getWorksheet("需求表") as ExcelJS.Worksheet;
    const lists = book.getWorksheet("选项") as ExcelJS.Worksheet;
    const listOf = (field: string, row = 3) => {
      const v = sheet.getCell(row, column(field)).dataValidation;
      expect(v?.type, field).toBe("list");
      const m = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(String(v?.formulae?.[0]));
      expect(m, String(v?.formulae?.[0])).not.toBeNull();
      const [, col, from, to] = m as RegExpExecArray;
      const values: unknown[] = [];
      for (let r = Number(from); r <= Number(to); r++)
        values.push(lists.getCell(`${col}${r}`).value);
      return values;
    };
    expect(listOf("education")).toEqual(["博士", "硕士", "本科", "大专", "中专", "不限"]);
    expect(listOf("title")).toEqual(["正高级", "副高级", "中级", "初级", "不限"]);
    expect(listOf("urgency")).toEqual(["非常紧缺", "紧缺", "一般"]);
    expect(listOf("chain", 502)).toEqual(["生物基材料", "食品加工"]);
    expect(sheet.getCell(3, column("headcount")).dataValidation).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
    });
  });

  it("filled in as instructed, reads back with no reject and every row counted", async () => {
    const book = await load(form);
    const sheet = book.getWorksheet("需求表") as ExcelJS.Worksheet;
    const rows = [
      {
        employer: "甲生物",
        creditCode: "91410923312504937H",
        chain: "生物基材料",
        region: "城关镇",
        position: "发酵工程师",
        education: "硕士",
        title: "中级",
        headcount: 2,
        urgency: "紧缺",
        mode: "全职",
        filledAt: new Date(Date.UTC(2025, 2, 15)),
      },
      {
        employer: "甲生物",
        chain: "生物基材料",
        position: "聚乳酸研究员",
        field: "高分子材料",
        education: "博士",
        title: "正高级",
        skill: "不限",
        headcount: 1,
        urgency: "非常紧缺",
        mode: "柔性",
      },
      {
        employer: "乙食品",
        chain: "食品加工",
        region: "千口镇",
        position: "质检员",
        education: "大专",
        title: "不限",
        skill: "中级工",
        headcount: 5,
        urgency: "一般",
        salary: "5000元/月",
      },
      { employer: "丙公司", position: "会计", education: "本科", headcount: 1 },
    ];
    rows.forEach((row, i) => {
      for (const [field, value] of Object.entries(row))
        sheet.getCell(3 + i, column(field)).value = value;
    });
    const filled = join(data, "surveys", "2025H1", "甲乙丙.xlsx");
    mkdirSync(join(data, "surveys", "2025H1"), { recursive: true });
    await book.xlsx.writeFile(filled);

    const out = join(scratch, "reports");
    const result = await executeRun({
      app,
      command: "run",
      data,
      out,
      db: join(scratch, "reports.duckdb"),
      lang: "zh",
      pdf: false,
      rejectsOk: false,
      log: memoryLog(),
      codeVersion: "test",
    });
    expect(result.exitCode).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.inputs).toEqual([
      {
        file: "surveys/2025H1/甲乙丙.xlsx",
        kind: "demand",
        wave: "2025H1",
        rowsRead: 4,
        rowsLoaded: 4,
        rowsRejected: 0,
      },
    ]);
    const warehouse = await openWarehouse(join(scratch, "reports.duckdb"));
    try {
      const demand = await queryRows(
        warehouse.connection,
        "select d.education, d.title, d.urgency, d.headcount, c.chain_id from demand d join demand_chain c using (demand_id) order by demand_id",
      );
      expect(demand).toEqual([
        {
          education: "master",
          title: "intermediate",
          urgency: "urgent",
          headcount: 2,
          chain_id: "bio",
        },
        {
          education: "doctorate",
          title: "senior",
          urgency: "very-urgent",
          headcount: 1,
          chain_id: "bio",
        },
        {
          education: "associate",
          title: "none",
          urgency: "normal",
          headcount: 5,
          chain_id: "food",
        },
        { education: "bachelor", title: "none", urgency: "normal", headcount: 1, chain_id: null },
      ]);
    } finally {
      warehouse.close();
    }
  });

  it("refuses a wave that is not a half year, or an --out that is not .xlsx (exit 2)", () => {
    expect(talentmap("template", "--wave", "2025", "--out", form).status).toBe(2);
    expect(talentmap("template", "--wave", "2025H3", "--out", form).status).toBe(2);
    expect(talentmap("template", "--wave", "2025H1", "--out", "form.csv").status).toBe(2);
  });
});
