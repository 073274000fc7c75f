import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { inspectFile } from "../../src/sources/inspect.ts";
import { installMacros } from "../../src/warehouse/macros.ts";
import { encryptedWorkbookBytes } from "../fixtures/messy/zip.ts";
import { talentmapIn } from "../helpers/cli.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

const scratch = mkdtempSync(join(tmpdir(), "talentmap-inspect-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function talentmap(...args: string[]) {
  return talentmapIn(scratch, ...args);
}

let count = 0;
function write(name: string, bytes: string | Uint8Array): string {
  const dir = join(scratch, String(count++));
  mkdirSync(join(dir, "surveys", "2024H1"), { recursive: true });
  mkdirSync(join(dir, "rosters"), { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** RFC 4180: quote a field holding a quote, comma, CR or LF; double the quotes inside. */
const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const csv = (rows: readonly (readonly string[])[]) =>
  `${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;

describe("inspectFile", () => {
  it("gives back every record of any well-formed CSV, exactly as written", async () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "甲", " ", ",", '"', "\n", "\r\n", "\t", ";", "３", "\u3000", "'"),
      maxLength: 12,
    });
    const record = fc.tuple(fc.nat(99999), text, text, text);
    await withWarehouse(async (db) => {
      await installMacros(db);
      await fc.assert(
        fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 15 }), async (records) => {
          const rows = records.map(([id, a, b, c]) => [`企业${id}`, a, b, c]);
          const path = write(
            "surveys/2024H1/需求.csv",
            csv([["企业名称", "岗位名称", "需求人数", "备注"], ...rows]),
          );
          const seen = await inspectFile(db, path, { kind: "demand" });
          expect(seen.records).toEqual(
            rows.map(([a, b, c, d]) => ({ 企业名称: a, 岗位名称: b, 需求人数: c, 备注: d })),
          );
          // Row numbers count lines as Excel shows them: a quoted line break stays in its row.
          expect(seen.rowNumbers).toEqual(rows.map((_, i) => i + 2));
        }),
        { numRuns: 60 },
      );
    });
  });

  it("says which sheets it skipped and shows the first data sheet; --sheet picks another", async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([["填表说明"], ["1. 每行一个岗位"]]),
      "说明",
    );
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ["调查表"],
        ["企业名称", "岗位名称", "需求人数", ""],
        ["甲", "工程师", "3", "x"],
      ]),
      "一月",
    );
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ["用人单位", "岗位", "人数"],
        ["乙", "会计", "２人"],
      ]),
      "二月",
    );
    const path = write(
      "surveys/2024H1/多表.xlsx",
      XLSX.write(book, { type: "buffer", bookType: "xlsx" }),
    );
    await withWarehouse(async (db) => {
      await installMacros(db);
      const first = await inspectFile(db, path, { kind: null });
      expect(first.kind).toBe("demand");
      expect(first.sheets).toEqual([
        { sheet: "说明", headerRow: null, headerRows: 1 },
        { sheet: "一月", headerRow: 2, headerRows: 1 },
        { sheet: "二月", headerRow: 1, headerRows: 1 },
      ]);
      expect(first.sheet?.sheet).toBe("一月");
      expect(first.columns.map((c) => [c.column, c.header, c.field])).toEqual([
        ["A", "企业名称", "employer"],
        ["B", "岗位名称", "position"],
        ["C", "需求人数", "headcount"],
        ["D", "", null],
      ]);
      expect(first.records).toEqual([
        { 企业名称: "甲", 岗位名称: "工程师", 需求人数: "3", "(D)": "x" },
      ]);
      const second = await inspectFile(db, path, { kind: null, sheet: "二月" });
      expect(second.records).toEqual([{ 用人单位: "乙", 岗位: "会计", 人数: "２人" }]);
      expect(second.rowNumbers).toEqual([2]);
    });
  });

  it("infers the kind from the headers when the path does not say, and --kind forces it", async () => {
    const path = write("名单.csv", "姓名,身份证号,联系电话\n张三,11010519491231002X,13800000000\n");
    await withWarehouse(async (db) => {
      await installMacros(db);
      expect((await inspectFile(db, path, { kind: null })).kind).toBe("roster");
      const forced = await inspectFile(db, path, { kind: "demand" });
      expect(forced.sheet).toBeNull();
      expect(forced.preview[0]).toEqual(["姓名", "身份证号", "联系电话"]);
    });
  });
});

describe("talentmap inspect", () => {
  it("prints one JSON object with every data row, notes and blank rows left out", () => {
    const path = write(
      "surveys/2024H1/需求.csv",
      '南乐县调查表,,\r\n企业名称,岗位名称,需求人数\r\n甲公司, 工程师 ,３人\r\n\r\n乙公司,"会计,出纳",2\r\n填表说明：每行一个岗位,,\r\n',
    );
    const result = talentmap("inspect", path, "--json");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      file: path,
      format: "csv",
      encoding: "utf-8",
      kind: "demand",
      sheet: null,
      headerRow: 2,
      headerRows: 1,
      columns: [
        { column: "A", header: "企业名称", field: "employer" },
        { column: "B", header: "岗位名称", field: "position" },
        { column: "C", header: "需求人数", field: "headcount" },
      ],
      records: [
        { 企业名称: "甲公司", 岗位名称: " 工程师 ", 需求人数: "３人" },
        { 企业名称: "乙公司", 岗位名称: "会计,出纳", 需求人数: "2" },
      ],
      rowNumbers: [3, 5],
      sheets: [{ sheet: null, headerRow: 2, headerRows: 1 }],
    });
  });

  it("prints a readable summary, and exits 3 with the reason for a file the run would set aside", () => {
    const path = write("surveys/2024H1/需求.csv", "企业名称,岗位名称,需求人数\n甲公司,工程师,3\n");
    const text = talentmap("inspect", path);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("岗位名称 → position");
    expect(text.stdout).toContain("第 2 行");

    const locked = talentmap(
      "inspect",
      write("rosters/加密.xlsx", encryptedWorkbookBytes()),
      "--json",
    );
    expect(locked.status).toBe(3);
    expect(JSON.parse(locked.stdout).error.code).toBe("password_protected");
    const noHeader = talentmap("inspect", write("rosters/x.csv", "a,b,c\n1,2,3\n"), "--lang", "en");
    expect(noHeader.status).toBe(3);
    expect(noHeader.stdout).toContain("no header found");
    expect(noHeader.stdout).not.toContain("找不到表头");
  });

  it("exits 2 on a wrong command line", () => {
    expect(talentmap("inspect").status).toBe(2);
    expect(talentmap("inspect", "a.csv", "--kind", "people").status).toBe(2);
    expect(talentmap("inspect", "a.csv", "b.csv").status).toBe(2);
  });
});
