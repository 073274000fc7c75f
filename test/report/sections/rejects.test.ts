import { describe, expect, it } from "vitest";
import { reportText } from "../../../src/messages/report.ts";
import { queryRejects } from "../../../src/report/sections/rejects/query.ts";
import { isPersonalColumn, rejectsTable } from "../../../src/report/sections/rejects/sheet.ts";
import { toCsv } from "../../../src/report/sheets/csv.ts";
import { createReportTables } from "../../helpers/report-fixture.ts";
import { withWarehouse } from "../../helpers/warehouse.ts";

describe("rejects export", () => {
  it("lists every reject in file and row order, headers in Chinese, formulas neutralised", async () => {
    await withWarehouse(async (db) => {
      await createReportTables(db);
      const table = rejectsTable(await queryRejects(db), reportText("zh"));
      expect(table).toEqual([
        ["文件", "工作表", "行号", "列", "值", "原因"],
        [
          "rosters/在外人才.csv",
          null,
          5,
          "身份证号",
          "（个人信息，已隐去）",
          "身份证号校验不通过“（个人信息，已隐去）”",
        ],
        [
          "surveys/2024H1/企业需求.xlsx",
          "Sheet1",
          7,
          "需求人数",
          "若干",
          "需求人数“若干”不是有效人数",
        ],
        [
          "surveys/2024H1/企业需求.xlsx",
          "Sheet1",
          8,
          "需求人数",
          "=1+2",
          "需求人数“=1+2”不是有效人数",
        ],
        ["surveys/2024H1/企业需求.xlsx", "Sheet1", 9, "岗位名称", "@SUM(A1)", "缺少岗位名称"],
        ["surveys/2024H2/坏文件.xlsx", null, null, null, null, "无法打开工作簿"],
      ]);
      const csv = toCsv(table);
      expect(csv.startsWith("\uFEFF文件,工作表,行号,列,值,原因\r\n")).toBe(true);
      expect(csv).toContain(
        "surveys/2024H1/企业需求.xlsx,Sheet1,8,需求人数,'=1+2,需求人数“=1+2”不是有效人数\r\n",
      );
      expect(csv).toContain(",'@SUM(A1),");
      expect(csv).not.toContain("11010519491231002X");
      expect(csv.endsWith("surveys/2024H2/坏文件.xlsx,,,,,无法打开工作簿\r\n")).toBe(true);
    });
  });

  it("uses English headers in an English run", async () => {
    await withWarehouse(async (db) => {
      await createReportTables(db);
      const table = rejectsTable(await queryRejects(db), reportText("en"));
      expect(table[0]).toEqual(["file", "sheet", "row", "column", "value", "reason"]);
      expect(table[1]?.[4]).toBe("(personal, hidden)");
    });
  });

  it("knows personal headers as people write them, and leaves other columns alone", () => {
    for (const header of [
      "姓名",
      "身份证号码",
      "本人联系电话",
      " 手机 ",
      "出生年月",
      "Phone",
      "电子邮箱",
    ]) {
      expect(isPersonalColumn(header), header).toBe(true);
    }
    for (const header of ["需求人数", "岗位名称", "position name", "学历", "所在地", null]) {
      expect(isPersonalColumn(header), String(header)).toBe(false);
    }
  });
});
