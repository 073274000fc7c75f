import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { FileRejected } from "../../src/readers/types.ts";
import { cellText, readXlsx } from "../../src/readers/xlsx.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "talentmap-xlsx-test-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let fileCount = 0;
function writeBook(sheets: [string, XLSX.WorkSheet][]): string {
  const book = XLSX.utils.book_new();
  for (const [name, sheet] of sheets) XLSX.utils.book_append_sheet(book, sheet, name);
  const path = join(dir, `b${fileCount++}.xlsx`);
  writeFileSync(path, XLSX.write(book, { type: "buffer", bookType: "xlsx" }));
  return path;
}

/** Excel serial of a calendar date (1900 system, past the 1900 leap-year bug). */
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 864e5;

/** A cell formatted as a date, the way Excel stores one: a serial with a date format. */
const dateCell = (iso: string): XLSX.CellObject => ({ t: "n", v: serial(iso), z: "yyyy-mm-dd" });

function demandSheet(): XLSX.WorkSheet {
  const sheet = XLSX.utils.aoa_to_sheet([
    ["南乐县2024年上半年重点企业人才需求调查表"],
    ["企业名称", "岗位名称", "需求人数", "填报日期", "月薪"],
    ["甲公司", "工程师", 3, null, 0.1 + 0.2],
    [],
    ["乙公司", "会计", "２", 45366, 8000],
    ["丙公司", "技术员", "3人", null, 1.5],
    ["填表说明：每行填写一个岗位"],
  ]);
  sheet.D3 = dateCell("2024-03-15");
  sheet.D6 = dateCell("1985-03-12");
  sheet["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }];
  return sheet;
}

const instructions = () =>
  XLSX.utils.aoa_to_sheet([["填表说明"], ["1. 每行填写一个岗位"], ["2. 需求人数请填写数字"]]);

describe("cellText", () => {
  it("reads cells as the analyst sees them", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText("３人")).toBe("３人");
    expect(cellText(3)).toBe("3");
    expect(cellText(0)).toBe("0");
    expect(cellText(-0)).toBe("0");
    expect(cellText(45366)).toBe("45366");
    expect(cellText(13800000000)).toBe("13800000000"); // a phone stored as a number
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText(1.5)).toBe("1.5");
    expect(cellText(1 / 3)).toBe("0.333333333333333");
    expect(cellText(true)).toBe("true");
  });

  it("gives a date as YYYY-MM-DD", () => {
    expect(cellText(new Date(Date.UTC(2024, 2, 15)))).toBe("2024-03-15");
    expect(cellText(new Date(Date.UTC(1985, 2, 12)))).toBe("1985-03-12");
  });
});

describe("readXlsx", () => {
  it("gives every sheet in order, the instructions sheet included, with a preview as text", () => {
    const source = readXlsx(
      writeBook([
        ["说明", instructions()],
        ["需求", demandSheet()],
      ]),
    );
    expect(source.format).toBe("xlsx");
    expect(source.encoding).toBeNull();
    expect(source.sheets.map((s) => s.sheet)).toEqual(["说明", "需求"]);
    expect(source.sheets[0]?.preview[0]).toEqual(["填表说明"]);
    const demand = source.sheets[1];
    expect(demand?.firstRowNumber).toBe(1);
    expect(demand?.preview.slice(0, 3)).toEqual([
      ["南乐县2024年上半年重点企业人才需求调查表", "", "", "", ""], // merged across: one value
      ["企业名称", "岗位名称", "需求人数", "填报日期", "月薪"],
      ["甲公司", "工程师", "3", "2024-03-15", "0.3"],
    ]);
  });

  it("loads the rows under the header with the row numbers Excel shows", async () => {
    const source = readXlsx(
      writeBook([
        ["说明", instructions()],
        ["需求", demandSheet()],
      ]),
    );
    const sheet = source.sheets[1];
    if (!sheet) throw new Error("no sheet");
    const rows = await withWarehouse(async (db) => {
      await sheet.load(db, "raw", 1, 5);
      return queryRows(db, "select * from raw order by row_number");
    });
    expect(rows).toEqual([
      { row_number: 3, c0: "甲公司", c1: "工程师", c2: "3", c3: "2024-03-15", c4: "0.3" },
      { row_number: 4, c0: null, c1: null, c2: null, c3: null, c4: null }, // blank row kept
      { row_number: 5, c0: "乙公司", c1: "会计", c2: "２", c3: "45366", c4: "8000" },
      { row_number: 6, c0: "丙公司", c1: "技术员", c2: "3人", c3: "1985-03-12", c4: "1.5" },
      { row_number: 7, c0: "填表说明：每行填写一个岗位", c1: null, c2: null, c3: null, c4: null },
    ]);
  });

  it("numbers rows from where the sheet's used range starts", async () => {
    const sheet: XLSX.WorkSheet = {
      "!ref": "B3:D5",
      B3: { t: "s", v: "企业名称" },
      C3: { t: "s", v: "岗位名称" },
      D3: { t: "s", v: "需求人数" },
      B4: { t: "s", v: "甲公司" },
      C4: { t: "s", v: "工程师" },
      D4: { t: "n", v: 2 },
      B5: { t: "s", v: "乙公司" },
      D5: { t: "s", v: "若干" },
    };
    const source = readXlsx(writeBook([["Sheet1", sheet]]));
    const only = source.sheets[0];
    if (!only) throw new Error("no sheet");
    expect(only.firstRowNumber).toBe(3);
    expect(only.preview[0]).toEqual(["企业名称", "岗位名称", "需求人数"]);
    const rows = await withWarehouse(async (db) => {
      await only.load(db, "raw", 0, 3);
      return queryRows(db, "select * from raw order by row_number");
    });
    expect(rows).toEqual([
      { row_number: 4, c0: "甲公司", c1: "工程师", c2: "2" },
      { row_number: 5, c0: "乙公司", c1: null, c2: "若干" },
    ]);
  });

  it("gives an empty sheet an empty preview and loads nothing from it", async () => {
    const source = readXlsx(
      writeBook([
        ["空", {}],
        ["需求", demandSheet()],
      ]),
    );
    const empty = source.sheets[0];
    if (!empty) throw new Error("no sheet");
    expect(empty.preview).toEqual([]);
    const count = await withWarehouse(async (db) => {
      await empty.load(db, "raw", 0, 2);
      return queryRows(db, "select count(*) as n from raw");
    });
    expect(count).toEqual([{ n: 0 }]);
  });

  it("sets aside an empty or corrupt file", () => {
    const reason = (bytes: string | Uint8Array) => {
      const path = join(dir, `bad${fileCount++}.xlsx`);
      writeFileSync(path, bytes);
      try {
        readXlsx(path);
        return null;
      } catch (error) {
        expect(error).toBeInstanceOf(FileRejected);
        return (error as FileRejected).reasonCode;
      }
    };
    expect(reason("")).toBe("empty_file");
    expect(reason(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]))).toBe(
      "corrupt_workbook",
    );
  });

  it("reads date cells as the same day on a machine in China (UTC+8)", () => {
    const dates = ["2024-03-15", "1985-03-12", "1988-07-01", "1990-05-07", "2000-01-01"];
    const sheet = XLSX.utils.aoa_to_sheet([["姓名", "出生日期"]]);
    dates.forEach((iso, i) => {
      sheet[`A${i + 2}`] = { t: "s", v: `人${i}` };
      sheet[`B${i + 2}`] = dateCell(iso);
    });
    sheet["!ref"] = `A1:B${dates.length + 1}`;
    const path = writeBook([["花名册", sheet]]);
    // SheetJS fixes its time-zone offsets when it loads, so the reader runs in a process of its own.
    const reader = new URL("../../src/readers/xlsx.ts", import.meta.url).href;
    const script = `const { readXlsx } = await import(${JSON.stringify(reader)});
      const preview = readXlsx(${JSON.stringify(path)}).sheets[0].preview;
      process.stdout.write(JSON.stringify(preview.slice(1).map((row) => row[1])));`;
    const out = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "--eval", script],
      {
        cwd: fileURLToPath(new URL("../..", import.meta.url)),
        env: { ...process.env, TZ: "Asia/Shanghai" },
        encoding: "utf8",
      },
    );
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toEqual(dates);
  });
});
