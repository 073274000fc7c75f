import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { twoByteEncoder, utf16 } from "../../scripts/demo/encode.ts";
import { detectDelimiter, previewRecordsOf, readCsv } from "../../src/readers/csv.ts";
import { FileRejected, type SheetSource } from "../../src/readers/types.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "talentmap-csv-test-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let fileCount = 0;
function writeFile(bytes: string | Uint8Array): string {
  const path = join(dir, `f${fileCount++}.csv`);
  writeFileSync(path, bytes);
  return path;
}

/** GBK and UTF-16LE with a BOM, as Chinese Excel saves "CSV" and "Unicode text". */
const gbk = twoByteEncoder("gb18030");
const utf16le = (text: string) => utf16(text, "le");

type Loaded = { row_number: number; c0: string | null; c1: string | null; c2: string | null };

/** Reads a CSV as the pipeline does: header row from the preview, then load under it. */
async function load(path: string, columnCount = 3) {
  const source = await readCsv(path);
  return withWarehouse(async (db) => {
    const sheets = [];
    for await (const sheet of source.sheets(db)) sheets.push(sheet);
    expect(sheets).toHaveLength(1);
    const sheet = sheets[0] as SheetSource;
    const headerIndex = sheet.preview.findIndex((row) => row[0] === "企业名称");
    expect(headerIndex).toBeGreaterThanOrEqual(0);
    await sheet.load(db, "raw", headerIndex + 1, columnCount);
    const rows = await queryRows<Loaded>(db, "select * from raw order by row_number");
    return { source, sheet, headerIndex, rows };
  });
}

/**
 * As Excel shows it:
 *  1 title            2 (blank)         3 header          4 甲
 *  5 (blank)          6 乙 (a quoted cell holding a blank line: still one Excel row)
 *  7 丙 (short row)   8 (blank)         9 (blank)        10 notes row
 */
const lines = [
  "南乐县2024年上半年重点企业人才需求调查表,,",
  "",
  "企业名称,岗位名称,需求人数",
  "甲公司,工程师,3",
  "",
  '乙公司,"技术员\n\n（夜班）",２人',
  "丙公司,会计",
  "",
  "",
  "填表说明：每行填写一个岗位,,",
];
const expectedRows: Loaded[] = [
  { row_number: 4, c0: "甲公司", c1: "工程师", c2: "3" },
  { row_number: 6, c0: "乙公司", c1: "技术员\n\n（夜班）", c2: "２人" },
  { row_number: 7, c0: "丙公司", c1: "会计", c2: null },
  { row_number: 10, c0: "填表说明：每行填写一个岗位", c1: null, c2: null },
];

describe("detectDelimiter", () => {
  it("picks comma, tab or semicolon by how the lines split", () => {
    expect(detectDelimiter(["a,b,c", "1,2,3"])).toBe(",");
    expect(detectDelimiter(["a\tb\tc", "1\t2\t3"])).toBe("\t");
    expect(detectDelimiter(["a;b;c", "1;2;3"])).toBe(";");
  });

  it("is not fooled by commas inside the cells of a tab-separated file", () => {
    const tsv = [
      "调查表",
      "企业名称\t岗位名称\t需求人数\t备注",
      "甲公司\t工程师\t3\t北京,上海均可",
    ];
    expect(detectDelimiter(tsv)).toBe("\t");
  });

  it("is not fooled by a title row without delimiters, or blank lines", () => {
    expect(detectDelimiter(["南乐县人才需求调查表", "", "a;b;c", "1;2;3", ""])).toBe(";");
  });

  it("is not fooled by semicolons and line breaks inside quoted cells (fast-check's finding)", () => {
    expect(
      detectDelimiter('企业名称,岗位名称,需求人数,备注\r\n企业0,";\r\n;","\r\n",";\r\n"\r\n'),
    ).toBe(",");
    // …while a semicolon file whose cells hold commas stays a semicolon file.
    expect(detectDelimiter('a;b;c\r\n"1,5";"x,y";3\r\n4;5;6\r\n')).toBe(";");
  });

  it("falls back to comma when nothing splits", () => {
    expect(detectDelimiter([])).toBe(",");
    expect(detectDelimiter(["", "只有一列"])).toBe(",");
  });
});

describe("previewRecordsOf", () => {
  it("keeps the last line of a file read whole, final line break or not (tester's finding)", () => {
    expect(previewRecordsOf("a,b\n1,2", ",", false)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(previewRecordsOf("a,b\r\n1,2\r\n", ",", false)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("drops a cut last line only when the head is part of a longer file", () => {
    expect(previewRecordsOf("a,b\n1,2\n3,", ",", true)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("keeps blank records, so preview indexes are record indexes", () => {
    expect(previewRecordsOf("t\n\na,b\n", ",", false)).toEqual([["t"], [""], ["a", "b"]]);
  });
});

describe("readCsv", () => {
  it("reads a small file with no final line break, its last row included", async () => {
    const { rows } = await load(writeFile("企业名称,岗位名称,需求人数\n甲公司,工程师,3"));
    expect(rows).toEqual([{ row_number: 2, c0: "甲公司", c1: "工程师", c2: "3" }]);
  });

  it("reads UTF-16BE with a BOM and semicolons", async () => {
    const text = "\uFEFF企业名称;岗位名称;需求人数\r\n甲公司;工程师;3\r\n";
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) >> 8;
      bytes[2 * i + 1] = text.charCodeAt(i) & 0xff;
    }
    const { source, rows } = await load(writeFile(bytes));
    expect(source.encoding).toBe("utf-16be");
    expect(rows).toEqual([{ row_number: 2, c0: "甲公司", c1: "工程师", c2: "3" }]);
  });

  it("previews every record, blank ones included, so header indexes are record indexes", async () => {
    const { source, sheet, headerIndex } = await load(writeFile(`${lines.join("\n")}\n`));
    expect(source.format).toBe("csv");
    expect(source.encoding).toBe("utf-8");
    expect(sheet.sheet).toBeNull();
    expect(sheet.firstRowNumber).toBe(1);
    expect(headerIndex).toBe(2);
    expect(sheet.preview[0]?.[0]).toBe("南乐县2024年上半年重点企业人才需求调查表");
    expect(sheet.preview[5]).toEqual(["乙公司", "技术员\n\n（夜班）", "２人"]);
  });

  it("gives every loaded row the row number Excel shows (LF)", async () => {
    const { rows } = await load(writeFile(`${lines.join("\n")}\n`));
    expect(rows).toEqual(expectedRows);
  });

  it("gives the same row numbers with CRLF and no final line end", async () => {
    const { rows } = await load(writeFile(lines.join("\r\n")));
    expect(rows).toEqual(expectedRows);
  });

  it("reads UTF-8 with a BOM", async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
    const { source, rows } = await load(writeFile(bytes));
    expect(source.encoding).toBe("utf-8-bom");
    expect(rows).toEqual(expectedRows);
  });

  it("reads GB18030 (Excel's CSV on a Chinese Windows) and removes its scratch copy", async () => {
    // The copy goes to this process's folder of the warehouse's temp folder (an in-memory
    // warehouse's is in the system's), never to the system's temp folder itself.
    const warehouseTemp = join(tmpdir(), `talentmap-${process.pid}.tmp`);
    const scratch = () => [
      ...readdirSync(tmpdir()).filter((f) => f.startsWith(`talentmap-${process.pid}-`)),
      ...(existsSync(warehouseTemp) ? readdirSync(warehouseTemp) : []),
    ];
    const before = scratch();
    const { source, rows } = await load(writeFile(gbk(`${lines.join("\r\n")}\r\n`)));
    expect(source.encoding).toBe("gb18030");
    expect(rows).toEqual(expectedRows);
    expect(scratch()).toEqual(before);
  });

  it("reads UTF-16LE tab-separated text (Excel's Unicode text)", async () => {
    const tsv = lines.map((l) => l.replaceAll(",", "\t"));
    const { source, rows } = await load(writeFile(utf16le(`${tsv.join("\r\n")}\r\n`)));
    expect(source.encoding).toBe("utf-16le");
    expect(rows).toEqual(expectedRows);
  });

  it("numbers rows right with a multi-line quoted title above the header", async () => {
    const text =
      '"南乐县\n2024年调查表",,\n企业名称,岗位名称,需求人数\n甲公司,工程师,3\n\n乙公司,会计,1\n';
    const { headerIndex, rows } = await load(writeFile(text));
    expect(headerIndex).toBe(1);
    // Excel: 1 title, 2 header, 3 甲, 4 blank, 5 乙
    expect(rows.map((r) => [r.row_number, r.c0])).toEqual([
      [3, "甲公司"],
      [5, "乙公司"],
    ]);
  });

  it("keeps row numbers right past the 64 KB preview", async () => {
    const data = Array.from({ length: 4000 }, (_, i) => `企业${i},岗位${i},${i + 1}`);
    data.splice(2000, 0, ""); // a blank line after the 2000th data row, at line 2002
    const text = `企业名称,岗位名称,需求人数\n${data.join("\n")}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(64 * 1024);
    const { rows } = await load(writeFile(text));
    expect(rows).toHaveLength(4000);
    expect(rows[0]).toEqual({ row_number: 2, c0: "企业0", c1: "岗位0", c2: "1" });
    expect(rows[1999]?.row_number).toBe(2001);
    expect(rows[2000]).toEqual({ row_number: 2003, c0: "企业2000", c1: "岗位2000", c2: "2001" });
    expect(rows[3999]?.row_number).toBe(4002);
  });

  it("loads lines of spaces, of delimiters or of an empty quote as rows; only empty lines are skipped", async () => {
    const text =
      '企业名称,岗位名称,需求人数\n甲,工程师,3\n   \n乙,b,2\n,,\n\n丙,c,1\n""\n丁,"x""y\n\nz",1\n\n戊,e,1\n';
    const { rows } = await load(writeFile(text));
    expect(rows.map((r) => [r.row_number, r.c0])).toEqual([
      [2, "甲"],
      [3, "   "],
      [4, "乙"],
      [5, null],
      [7, "丙"],
      [8, null],
      [9, "丁"],
      [11, "戊"],
    ]);
    expect(rows[6]?.c1).toBe('x"y\n\nz');
  });

  it("keeps numbers as text, exactly as written", async () => {
    const text = "企业名称,信用代码,需求人数\n甲公司,0012345,03\n乙公司,1.50,1e3\n";
    const { rows } = await load(writeFile(text));
    expect(rows.map((r) => [r.c1, r.c2])).toEqual([
      ["0012345", "03"],
      ["1.50", "1e3"],
    ]);
  });

  it("rejects an empty file and bytes in no known encoding", async () => {
    const reason = async (path: string) => {
      try {
        await readCsv(path);
        return null;
      } catch (error) {
        expect(error).toBeInstanceOf(FileRejected);
        return (error as FileRejected).reasonCode;
      }
    };
    expect(await reason(writeFile(""))).toBe("empty_file");
    expect(await reason(writeFile("\uFEFF\r\n  \r\n"))).toBe("empty_file");
    expect(await reason(writeFile(Uint8Array.from([0x41, 0xff, 0x2c, 0xfe, 0x0a])))).toBe(
      "unknown_encoding",
    );
  });

  it("sets aside, at load, a file whose head is UTF-8 but whose tail is not", async () => {
    const head = `企业名称,岗位名称,需求人数\n${"甲公司,工程师,3\n".repeat(5000)}`;
    const path = writeFile(Buffer.concat([Buffer.from(head), gbk("乙公司,会计,1\n")]));
    const source = await readCsv(path);
    expect(source.encoding).toBe("utf-8");
    await expect(
      withWarehouse(async (db) => {
        for await (const sheet of source.sheets(db)) await sheet.load(db, "raw", 1, 3);
      }),
    ).rejects.toMatchObject({ reasonCode: "unknown_encoding" });
  });

  it("keeps row numbers right with many blank lines in a long GB18030 file", async () => {
    const data = Array.from({ length: 3000 }, (_, i) => (i % 3 === 2 ? "" : `企业${i},岗位,1`));
    const text = `企业名称,岗位名称,需求人数\r\n${data.join("\r\n")}\r\n`;
    const { rows } = await load(writeFile(gbk(text)));
    expect(rows).toHaveLength(2000);
    // line i + 2 holds data[i]; every third is blank
    for (const row of rows.slice(0, 50)) expect(row.c0).toBe(`企业${row.row_number - 2}`);
    expect(rows.at(-1)).toMatchObject({ row_number: 3000, c0: "企业2998" });
  });
});
