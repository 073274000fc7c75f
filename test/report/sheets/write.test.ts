import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { writeExports } from "../../../src/report/files/exports.ts";
import { reportModel, reportSections } from "../../../src/report/report.ts";
import { buildSummary } from "../../../src/report/summary/build.ts";
import { createReportTables, fixtureContext, scriptName } from "../../helpers/report-fixture.ts";
import { withWarehouse } from "../../helpers/warehouse.ts";

describe("writeExports", () => {
  it("writes rejects.csv, unassigned.csv, gaps.csv and a gaps.xlsx that reads back", async () => {
    await withWarehouse(async (db) => {
      await createReportTables(db);
      const ctx = fixtureContext(db);
      await writeExports(ctx, await reportModel(ctx, await buildSummary(ctx)), reportSections);
      expect(readdirSync(ctx.out).sort()).toEqual([
        "gaps.csv",
        "gaps.xlsx",
        "rejects.csv",
        "unassigned.csv",
      ]);
      expect(
        readFileSync(join(ctx.out, "gaps.csv"), "utf8").startsWith("\uFEFFchain_id,chain,wave,"),
      ).toBe(true);

      const book = XLSX.read(readFileSync(join(ctx.out, "gaps.xlsx")));
      expect(book.SheetNames).toEqual([
        "产业链一览",
        "紧缺人才需求目录",
        "岗位紧缺程度",
        "引才地区",
        "缺口",
        "学历缺口",
        "职称缺口",
        "剔除记录",
      ]);
      const sheet = (name: string) => {
        const ws = book.Sheets[name];
        if (!ws) throw new Error(`no sheet ${name}`);
        return XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
      };
      const gaps = sheet("缺口");
      expect(gaps[0]).toEqual([
        "产业链代码",
        "产业链",
        "批次",
        "维度",
        "层级",
        "需求",
        "可匹配",
        "缺口",
      ]);
      expect(gaps).toHaveLength(1 + 66);
      expect(gaps).toContainEqual(["bio", "生物基材料", "2024H1", "学历", "本科", 5, "<3", "3–4"]);
      expect(gaps).toContainEqual(["xss", scriptName, "2024H2", "职称", "不限", 4, "<3", "2–3"]);
      const education = sheet("学历缺口");
      expect(education[0]).toEqual([
        "产业链代码",
        "产业链",
        "批次",
        "博士",
        "硕士",
        "本科",
        "大专",
        "中专/高中",
        "不限",
      ]);
      // bio 2024H2 doctorate: demand 3, matched 1 → gap 2 shown as 1–2
      expect(education).toContainEqual(["bio", "生物基材料", "2024H2", "1–2", 0, 0, 0, 0, 0]);
      const rejects = sheet("剔除记录");
      expect(rejects[0]).toEqual(["文件", "工作表", "行号", "列", "值", "原因"]);
      expect(rejects).toContainEqual([
        "surveys/2024H1/企业需求.xlsx",
        "Sheet1",
        8,
        "需求人数",
        "'=1+2",
        "需求人数“=1+2”不是有效人数",
      ]);
      expect(rejects).toContainEqual([
        "surveys/2024H1/企业需求.xlsx",
        "Sheet1",
        9,
        "岗位名称",
        "'@SUM(A1)",
        "缺少岗位名称",
      ]);
      // Nothing in the workbook is a formula.
      for (const name of book.SheetNames) {
        const ws = book.Sheets[name] ?? {};
        for (const [address, cell] of Object.entries(ws)) {
          if (!address.startsWith("!")) expect((cell as XLSX.CellObject).f).toBeUndefined();
        }
      }
      expect(readdirSync(ctx.out).some((file) => file.endsWith(".tmp"))).toBe(false);
    });
  });
});
