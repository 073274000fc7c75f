import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { openInput } from "../../src/readers/open.ts";
import { FileRejected, type SheetSource } from "../../src/readers/types.ts";
import { numberText, serialDate } from "../../src/readers/xlsx/cells.ts";
import { isDateFormat } from "../../src/readers/xlsx/styles.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import {
  encryptedWorkbookBytes,
  legacyXlsBytes,
  rawWorkbook,
  sheetData,
  testStyles,
  writeZip,
} from "../fixtures/messy/zip.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "talentmap-xlsx-test-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let fileCount = 0;
function writeBytes(bytes: string | Uint8Array, ext = "xlsx"): string {
  const path = join(dir, `b${fileCount++}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

function writeBook(sheets: [string, XLSX.WorkSheet][]): string {
  const book = XLSX.utils.book_new();
  for (const [name, sheet] of sheets) XLSX.utils.book_append_sheet(book, sheet, name);
  return writeBytes(XLSX.write(book, { type: "buffer", bookType: "xlsx", bookSST: true }));
}

/** Excel serial of a calendar date (1900 system, past the 1900 leap-year bug). */
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 864e5;
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

/** Every sheet of a workbook: name, preview, merges, and the rows under `firstDataIndex`. */
async function readAll(path: string, firstDataIndex = 0, columnCount = 5) {
  const source = await openInput(path, "xlsx");
  return withWarehouse(async (db: DuckDBConnection) => {
    const sheets: (Omit<SheetSource, "load" | "rows"> & { rows: Record<string, unknown>[] })[] = [];
    try {
      for await (const sheet of source.sheets(db)) {
        await sheet.load(db, "raw", firstDataIndex, columnCount);
        const rows = await queryRows(db, "select * from raw order by row_number");
        const { load: _, rows: __, ...rest } = sheet;
        sheets.push({ ...rest, rows });
      }
    } finally {
      await source.close(db);
    }
    return { source, sheets };
  });
}

async function reason(bytes: string | Uint8Array, ext = "xlsx"): Promise<string | null> {
  try {
    await readAll(writeBytes(bytes, ext));
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(FileRejected);
    return (error as FileRejected).reasonCode;
  }
}

describe("cells", () => {
  it("shows numbers as Excel's General format does", () => {
    expect(numberText("3")).toBe("3");
    expect(numberText("0.30000000000000004")).toBe("0.3");
    expect(numberText("13800000000")).toBe("13800000000");
    expect(numberText("1.38E+10")).toBe("13800000000");
    expect(numberText("0.33333333333333331")).toBe("0.333333333333333");
    expect(numberText("-0")).toBe("0");
  });

  it("turns serials into calendar dates with no time zone involved", () => {
    expect(serialDate("45366", false)).toBe("2024-03-15");
    expect(serialDate("45366.99", false)).toBe("2024-03-15");
    expect(serialDate("31118", false)).toBe("1985-03-12");
    expect(serialDate("1", false)).toBe("1900-01-01");
    expect(serialDate("61", false)).toBe("1900-03-01");
    expect(serialDate("43904", true)).toBe("2024-03-15"); // 1904 system
    expect(serialDate("-5", false)).toBe("-5");
  });

  it("knows date formats from number formats", () => {
    for (const code of [
      "yyyy-mm-dd",
      'yyyy"年"m"月"',
      "m/d/yy",
      "[$-804]yyyy年m月d日",
      "dd-mmm-yy",
    ])
      expect(isDateFormat(code), code).toBe(true);
    for (const code of ["General", "0.00", "@", '#,##0"元"', "0.00_);[Red]\\(0.00\\)", "hh:mm:ss"])
      expect(isDateFormat(code), code).toBe(false);
  });
});

describe("readXlsx", () => {
  it("gives every sheet in order, the instructions sheet included, with previews and merges", async () => {
    const { source, sheets } = await readAll(
      writeBook([
        ["说明", instructions()],
        ["需求", demandSheet()],
      ]),
    );
    expect(source.format).toBe("xlsx");
    expect(source.encoding).toBeNull();
    expect(sheets.map((s) => s.sheet)).toEqual(["说明", "需求"]);
    expect(sheets[0]?.preview[0]).toEqual(["填表说明"]);
    const demand = sheets[1];
    expect(demand?.firstRowNumber).toBe(1);
    expect(demand?.merges).toEqual([{ firstRow: 0, lastRow: 0, firstCol: 0, lastCol: 4 }]);
    expect(demand?.preview.slice(0, 4)).toEqual([
      ["南乐县2024年上半年重点企业人才需求调查表"],
      ["企业名称", "岗位名称", "需求人数", "填报日期", "月薪"],
      ["甲公司", "工程师", "3", "2024-03-15", "0.3"],
      [], // a blank row stays in the preview, so indexes are row offsets
    ]);
  });

  it("loads the rows under the header with the row numbers Excel shows, blank rows left out", async () => {
    const { sheets } = await readAll(writeBook([["需求", demandSheet()]]), 2);
    expect(sheets[0]?.rows).toEqual([
      { row_number: 3, c0: "甲公司", c1: "工程师", c2: "3", c3: "2024-03-15", c4: "0.3" },
      { row_number: 5, c0: "乙公司", c1: "会计", c2: "２", c3: "45366", c4: "8000" },
      { row_number: 6, c0: "丙公司", c1: "技术员", c2: "3人", c3: "1985-03-12", c4: "1.5" },
      { row_number: 7, c0: "填表说明：每行填写一个岗位", c1: null, c2: null, c3: null, c4: null },
    ]);
  });

  it("numbers rows from the first row that holds anything, columns from A", async () => {
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
    const { sheets } = await readAll(writeBook([["Sheet1", sheet]]), 1, 4);
    const only = sheets[0];
    expect(only?.firstRowNumber).toBe(3);
    expect(only?.preview[0]).toEqual(["", "企业名称", "岗位名称", "需求人数"]);
    expect(only?.rows).toEqual([
      { row_number: 4, c0: null, c1: "甲公司", c2: "工程师", c3: "2" },
      { row_number: 5, c0: null, c1: "乙公司", c2: null, c3: "若干" },
    ]);
  });

  it("gives an empty sheet an empty preview and loads nothing from it", async () => {
    const { sheets } = await readAll(
      writeBook([
        ["空", {}],
        ["需求", demandSheet()],
      ]),
    );
    expect(sheets[0]?.preview).toEqual([]);
    expect(sheets[0]?.rows).toEqual([]);
  });

  it("reads what Excel and other writers put in the XML", async () => {
    const sharedStrings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <si><t>企业名称</t></si>
      <si><r><rPr><b/></rPr><t>岗位</t></r><r><t xml:space="preserve">名称 </t></r><rPh sb="0" eb="2"><t>ガンウェイ</t></rPh></si>
      <si><t>R&amp;D &lt;研发&gt;</t></si>
    </sst>`;
    const body = sheetData([
      [{ sst: 0 }, { sst: 1 }, "需求人数", "填报日期", "出生年月", "比例"],
      [
        { sst: 2 },
        { v: "TRUE", t: "str" },
        { v: "1", t: "b" },
        { v: "45366", s: 1 },
        { v: "31118", s: 2 },
        { v: "0.5", s: 3 },
      ],
      [
        { v: "#N/A", t: "e" },
        null,
        { v: "0", t: "b" },
        { v: "2024-03-15T00:00:00", t: "d" },
        null,
        null,
      ],
    ]);
    const path = writeBytes(
      rawWorkbook({ sheets: [{ name: "表", body }], sharedStrings, styles: testStyles }),
    );
    const { sheets } = await readAll(path, 1, 6);
    expect(sheets[0]?.preview[0]).toEqual([
      "企业名称",
      "岗位名称 ",
      "需求人数",
      "填报日期",
      "出生年月",
      "比例",
    ]);
    expect(sheets[0]?.rows).toEqual([
      {
        row_number: 2,
        c0: "R&D <研发>",
        c1: "TRUE",
        c2: "TRUE",
        c3: "2024-03-15",
        c4: "1985-03-12",
        c5: "0.5",
      },
      { row_number: 3, c0: "#N/A", c1: null, c2: "FALSE", c3: "2024-03-15", c4: null, c5: null },
    ]);
  });

  it("reads 1904-system dates, prefixed element names and cells without references", async () => {
    const body = `<x:sheetData><x:row r="1"><x:c t="inlineStr"><x:is><x:t>姓名</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>出生日期</x:t></x:is></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:t>张三</x:t></x:is></x:c><x:c s="1"><x:v>43904</x:v></x:c></x:row></x:sheetData>`;
    const workbook = rawWorkbook({
      sheets: [{ name: "名单", body: body.replaceAll("x:", "") }],
      styles: testStyles,
      date1904: true,
      prefixed: true,
    });
    const { sheets } = await readAll(writeBytes(workbook), 1, 2);
    expect(sheets[0]?.rows).toEqual([{ row_number: 2, c0: "张三", c1: "2024-03-15" }]);
  });

  it("widens its table for a row wider than the sheet's dimension says", async () => {
    const body = `<dimension ref="A1:B2"/>${sheetData([
      ["企业名称", "岗位名称"],
      ["甲", "乙", "丙", "丁"],
    ])}`;
    const { sheets } = await readAll(
      writeBytes(rawWorkbook({ sheets: [{ name: "S", body }] })),
      1,
      4,
    );
    expect(sheets[0]?.rows).toEqual([{ row_number: 2, c0: "甲", c1: "乙", c2: "丙", c3: "丁" }]);
  });

  it("reads a sheet of 5,000 rows in one pass, every row numbered", async () => {
    const rows = [
      ["企业名称", "岗位名称", "需求人数"],
      ...Array.from({ length: 5000 }, (_, i) => [`企业${i}`, `岗位${i % 7}`, i + 1]),
    ];
    const { sheets } = await readAll(writeBook([["大表", XLSX.utils.aoa_to_sheet(rows)]]), 1, 3);
    const loaded = sheets[0]?.rows ?? [];
    expect(loaded).toHaveLength(5000);
    expect(loaded[4999]).toEqual({ row_number: 5001, c0: "企业4999", c1: "岗位1", c2: "5000" });
  });
});

describe("files that are not workbooks one can read", () => {
  it("sets aside an empty file, a damaged zip and a text file named .xlsx", async () => {
    expect(await reason("")).toBe("empty_file");
    expect(await reason(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]))).toBe(
      "corrupt_workbook",
    );
    expect(await reason("企业名称,岗位名称\n")).toBe("corrupt_workbook");
    expect(await reason(writeZip([{ name: "hello.txt", data: "not a workbook" }]))).toBe(
      "corrupt_workbook",
    );
  });

  it("says password-protected for an encrypted xlsx (an OLE file), and legacy for an .xls", async () => {
    expect(await reason(encryptedWorkbookBytes())).toBe("password_protected");
    expect(await reason(legacyXlsBytes())).toBe("legacy_xls");
    expect(await reason(legacyXlsBytes(), "csv")).toBe("legacy_xls");
  });

  it("sets aside a sheet whose XML is broken, or a part cut short", async () => {
    const broken = rawWorkbook({
      sheets: [{ name: "S", body: '<sheetData><row r="1"><c><v>1</c></row>' }],
    });
    expect(await reason(broken)).toBe("corrupt_workbook");
    const good = rawWorkbook({ sheets: [{ name: "S", body: sheetData([["企业名称"]]) }] });
    expect(await reason(good.subarray(0, good.length - 40))).toBe("corrupt_workbook");
  });

  it("refuses a zip bomb from its central directory, before inflating anything", async () => {
    // 200 MB of zeros declared in a file of a few hundred kilobytes.
    const zeros = Buffer.alloc(200 * 1024 * 1024);
    const bomb = rawWorkbook({ sheets: [{ name: "S", body: sheetData([["企业名称"]]) }] });
    const withBomb = writeZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/worksheets/sheet1.xml", data: zeros },
    ]);
    expect(bomb.length).toBeLessThan(2000);
    expect(withBomb.length).toBeLessThan(1024 * 1024);
    expect(await reason(withBomb)).toBe("zip_bomb");
  });

  it("stops inflating a part that grows past the size it declared", async () => {
    const sheet = sheetData(Array.from({ length: 2000 }, (_, i) => [`企业${i}`, "岗位", 1]));
    const lying = rawWorkbook({ sheets: [{ name: "S", body: sheet }] });
    // Rewrite the sheet's declared size to 100 bytes in the local and central headers.
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    let at = lying.indexOf(name);
    while (at >= 0) {
      const central = lying.readUInt32LE(at - 46) === 0x02014b50;
      lying.writeUInt32LE(100, central ? at - 46 + 24 : at - 30 + 22);
      at = lying.indexOf(name, at + 1);
    }
    expect(await reason(lying)).toBe("zip_bomb");
  });
});
