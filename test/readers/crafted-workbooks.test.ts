/**
 * Workbooks crafted to exhaust the reader: one part read hundreds of times, millions of
 * nested elements, a cell of millions of characters, a row past Excel's last column, a
 * shared-strings table of millions of entries. Each is set aside whole with its own reason,
 * in seconds, and the rest of the file's neighbours are read. Files are made here, small.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type WorkbookLimits, workbookLimits } from "../../src/limits.ts";
import { type RejectReason, rejectReasons } from "../../src/messages/rejects.ts";
import { openInput } from "../../src/readers/open.ts";
import { FileRejected } from "../../src/readers/types.ts";
import { ZipArchive } from "../../src/readers/zip.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { craftedWorkbook, sheetData, workbookListing, writeZip } from "../fixtures/messy/zip.ts";
import { cliArgv } from "../helpers/cli.ts";
import { withWarehouse } from "../helpers/warehouse.ts";
import { countySmallIn, scratchDir } from "../helpers/workspace.ts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "talentmap-crafted-test-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const relsNs = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
const worksheet = (body: string) => `<worksheet ${main}>${body}</worksheet>`;
const header = ["企业名称", "岗位名称", "需求人数"];
const demandRows = (count: number) =>
  Array.from({ length: count }, (_, i) => [`企业${i % 97}`, "工程师", 1 + (i % 5)]);

let fileCount = 0;
function write(bytes: Buffer): string {
  const path = join(dir, `w${fileCount++}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

/** Rows loaded from each sheet of the workbook (header row 1 skipped), or its reason. */
async function read(
  bytes: Buffer,
  limits: WorkbookLimits = workbookLimits,
): Promise<{ rows: number[]; reason: string | null }> {
  const source = await openInput(write(bytes), "xlsx", limits).catch((error: unknown) => error);
  if (!("sheets" in (source as object))) return rejected(source);
  const file = source as Awaited<ReturnType<typeof openInput>>;
  return withWarehouse(async (db: DuckDBConnection) => {
    const rows: number[] = [];
    try {
      for await (const sheet of file.sheets(db)) {
        await sheet.load(db, "raw", 1, 3);
        rows.push(Number((await queryRows(db, "select count(*) as n from raw"))[0]?.n));
      }
      return { rows, reason: null };
    } catch (error) {
      return rejected(error);
    } finally {
      await file.close(db);
    }
  });
}

function rejected(error: unknown): { rows: number[]; reason: string } {
  if (!(error instanceof FileRejected)) throw error;
  return { rows: [], reason: error.reasonCode };
}

describe("inflated bytes, counted over every read of every part", () => {
  // ~70 KB of sheet XML that deflates to a few KB.
  const part = worksheet(sheetData([header, ...demandRows(1000)]));

  it("sets aside a workbook whose sheets all name one part, once its reads pass the budget", async () => {
    const limits = { ...workbookLimits, inflateFreeBytes: 1024 * 1024 };
    const many = craftedWorkbook({
      "xl/workbook.xml": workbookListing(40),
      "xl/worksheets/sheet1.xml": part,
    });
    // Declared sizes alone pass (the part is in the zip once); its 40 reads do not.
    const budget = Math.max(limits.inflateFreeBytes, limits.inflateRatio * many.length);
    expect(Buffer.byteLength(part)).toBeLessThan(budget / 4);
    expect(40 * Buffer.byteLength(part)).toBeGreaterThan(budget);
    expect(await read(many, limits)).toEqual({ rows: [], reason: "inflated_too_large" });
    // The same part read once, or a few times, stays under the same budget.
    const few = craftedWorkbook({
      "xl/workbook.xml": workbookListing(3),
      "xl/worksheets/sheet1.xml": part,
    });
    expect(await read(few, limits)).toEqual({ rows: [1000, 1000, 1000], reason: null });
  });

  it("allows a larger file more: the budget is the ratio to the file's size", async () => {
    const limits = { ...workbookLimits, inflateFreeBytes: 1024 * 1024 };
    const padded = craftedWorkbook(
      { "xl/workbook.xml": workbookListing(40), "xl/worksheets/sheet1.xml": part },
      64 * 1024,
    );
    const { rows, reason } = await read(padded, limits);
    expect(reason).toBeNull();
    expect(rows).toHaveLength(40);
  });

  it("holds the cell text a workbook yields to the same budget (one long shared string, many references)", async () => {
    const limits = { ...workbookLimits, inflateFreeBytes: 1024 * 1024 };
    const sharedStrings = `<sst ${main}><si><t>${"长".repeat(20_000)}</t></si></sst>`;
    const references = (rows: number) =>
      worksheet(sheetData([header, ...Array.from({ length: rows }, () => ["甲", { sst: 0 }, 1])]));
    // 60 rows of 20,000 characters: 1.2 million from 10 KB of XML.
    const many = craftedWorkbook({
      "xl/sharedStrings.xml": sharedStrings,
      "xl/worksheets/sheet1.xml": references(60),
    });
    expect(await read(many, limits)).toEqual({ rows: [], reason: "inflated_too_large" });
    const few = craftedWorkbook({
      "xl/sharedStrings.xml": sharedStrings,
      "xl/worksheets/sheet1.xml": references(20),
    });
    expect(await read(few, limits)).toEqual({ rows: [20], reason: null });
  });
});

describe("the zip's budget", () => {
  it("counts every read of a part, not its declared size once", async () => {
    const part = "<x/>".repeat(100_000); // 400 KB that deflates to 1 KB
    const path = write(writeZip([{ name: "part.xml", data: part }]));
    const limits = { ...workbookLimits, inflateFreeBytes: 1024 * 1024 };
    const zip = await ZipArchive.open(path, limits);
    const readWhole = async () => {
      let bytes = 0;
      for await (const chunk of zip.chunks("part.xml")) bytes += chunk.length;
      return bytes;
    };
    try {
      expect(await readWhole()).toBe(400_000);
      expect(await readWhole()).toBe(400_000);
      await expect(readWhole()).rejects.toMatchObject({ reasonCode: "inflated_too_large" });
    } finally {
      await zip.close();
    }
  });
});

describe("sheets per workbook", () => {
  it(`sets aside a workbook listing over ${workbookLimits.maxSheetsPerWorkbook} sheets`, async () => {
    const over = craftedWorkbook({
      "xl/workbook.xml": workbookListing(workbookLimits.maxSheetsPerWorkbook + 1),
    });
    expect(await read(over)).toEqual({ rows: [], reason: "too_many_sheets" });
  });

  it("reads a workbook at the bound", async () => {
    const limits = { ...workbookLimits, maxSheetsPerWorkbook: 4 };
    const atBound = craftedWorkbook({ "xl/workbook.xml": workbookListing(4) });
    expect(await read(atBound, limits)).toEqual({ rows: [0, 0, 0, 0], reason: null });
    const over = craftedWorkbook({ "xl/workbook.xml": workbookListing(5) });
    expect(await read(over, limits)).toEqual({ rows: [], reason: "too_many_sheets" });
  });
});

describe("relationships", () => {
  const rels = (count: number) =>
    `<Relationships ${relsNs}><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${Array.from(
      { length: count - 1 },
      (_, i) =>
        `<Relationship Id="x${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/link${i}.xml"/>`,
    ).join("")}</Relationships>`;

  it("sets aside a workbook whose rels list thousands more parts than its sheets could use", async () => {
    const over = craftedWorkbook({ "xl/_rels/workbook.xml.rels": rels(4000) });
    expect(await read(over)).toEqual({ rows: [], reason: "corrupt_workbook" });
    const many = craftedWorkbook({ "xl/_rels/workbook.xml.rels": rels(3000) });
    expect(await read(many)).toEqual({ rows: [0], reason: null });
  });
});

describe("XML depth", () => {
  const deep = (depth: number) => `${"<x>".repeat(depth)}${"</x>".repeat(depth)}`;
  const tooDeep = deep(20_000);
  // Well-formed, so only the depth is wrong; one part at a time.
  const parts: Record<string, Record<string, string>> = {
    sheet: { "xl/worksheets/sheet1.xml": worksheet(sheetData([header]) + tooDeep) },
    "shared strings": { "xl/sharedStrings.xml": `<sst ${main}><si>${tooDeep}</si></sst>` },
    styles: { "xl/styles.xml": `<styleSheet ${main}>${tooDeep}</styleSheet>` },
    workbook: {
      "xl/workbook.xml": workbookListing(1).replace("</workbook>", `${tooDeep}</workbook>`),
    },
    "workbook rels": {
      "xl/_rels/workbook.xml.rels": `<Relationships ${relsNs}><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${tooDeep}</Relationships>`,
    },
    "package rels": {
      "_rels/.rels": `<Relationships ${relsNs}>${tooDeep}</Relationships>`,
    },
  };
  for (const [name, crafted] of Object.entries(parts)) {
    it(`sets aside a workbook whose ${name} part nests 20,000 deep`, async () => {
      expect(await read(craftedWorkbook(crafted))).toEqual({ rows: [], reason: "xml_too_deep" });
    });
  }

  it("stops at the bound, well before the end of a deep part", async () => {
    // Two million open elements (8 MB of XML) would take the parser's stack to gigabytes.
    const sheet = `<worksheet ${main}><sheetData>${"<row>".repeat(2_000_000)}`;
    const started = performance.now();
    expect(await read(craftedWorkbook({ "xl/worksheets/sheet1.xml": sheet }))).toEqual({
      rows: [],
      reason: "xml_too_deep",
    });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("reads what Excel writes under a bound of 8", async () => {
    const limits = { ...workbookLimits, maxXmlDepth: 8 };
    const rich = `<sst ${main}><si><r><rPr><b/></rPr><t>企业名称</t></r><rPh sb="0" eb="1"><t>キ</t></rPh></si></sst>`;
    const book = craftedWorkbook({
      "xl/sharedStrings.xml": rich,
      "xl/worksheets/sheet1.xml": worksheet(
        sheetData([
          [{ sst: 0 }, "岗位名称", "需求人数"],
          ["甲", "乙", 1],
        ]),
      ),
    });
    expect(await read(book, limits)).toEqual({ rows: [1], reason: null });
  });
});

describe("XML the parser holds before it reports it", () => {
  const limits = { ...workbookLimits, maxXmlTokenCharacters: 200_000 };
  const attributes = Array.from({ length: 30_000 }, (_, i) => `a${i}=""`).join(" ");
  const cases: Record<string, string> = {
    "a tag of 30,000 attributes": worksheet(
      `<sheetData><row r="1"><c r="A1" ${attributes}><v>1</v></c></row></sheetData>`,
    ),
    "a comment of 300,000 characters": worksheet(`<!--${"-x".repeat(150_000)}-->`),
    "a text of 300,000 characters outside any cell": worksheet(
      `<sheetData>${"x".repeat(300_000)}</sheetData>`,
    ),
  };
  for (const [name, sheet] of Object.entries(cases)) {
    it(`sets aside a sheet with ${name}`, async () => {
      expect(await read(craftedWorkbook({ "xl/worksheets/sheet1.xml": sheet }), limits)).toEqual({
        rows: [],
        reason: "xml_token_too_long",
      });
    });
  }

  it("reads a sheet of many small elements under the same bound", async () => {
    const sheet = worksheet(sheetData([header, ...demandRows(5000)]));
    expect(sheet.length).toBeGreaterThan(2 * limits.maxXmlTokenCharacters);
    expect(await read(craftedWorkbook({ "xl/worksheets/sheet1.xml": sheet }), limits)).toEqual({
      rows: [5000],
      reason: null,
    });
  });
});

describe("characters per cell and cells per row", () => {
  const { maxCellCharacters, maxColumns } = workbookLimits;

  it(`sets aside a workbook with a cell over ${maxCellCharacters} characters`, async () => {
    const long = "长".repeat(maxCellCharacters + 1);
    const inline = worksheet(sheetData([header, ["甲公司", long, 1]]));
    expect(await read(craftedWorkbook({ "xl/worksheets/sheet1.xml": inline }))).toEqual({
      rows: [],
      reason: "workbook_cell_too_long",
    });
    const shared = craftedWorkbook({
      "xl/sharedStrings.xml": `<sst ${main}><si><t>${long}</t></si></sst>`,
      "xl/worksheets/sheet1.xml": worksheet(sheetData([header, ["甲公司", { sst: 0 }, 1]])),
    });
    expect(await read(shared)).toEqual({ rows: [], reason: "workbook_cell_too_long" });
    // Rich text: the runs of one cell count together.
    const run = `<r><t>${"x".repeat(20_000)}</t></r>`;
    const runs = worksheet(
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is>${run}${run}</is></c></row></sheetData>`,
    );
    expect(await read(craftedWorkbook({ "xl/worksheets/sheet1.xml": runs }))).toEqual({
      rows: [],
      reason: "workbook_cell_too_long",
    });
  });

  it(`reads a cell of exactly ${maxCellCharacters} characters`, async () => {
    const full = "长".repeat(maxCellCharacters);
    const sheet = worksheet(sheetData([header, ["甲公司", full, 1]]));
    expect(await read(craftedWorkbook({ "xl/worksheets/sheet1.xml": sheet }))).toEqual({
      rows: [1],
      reason: null,
    });
  });

  it(`sets aside a row with a cell past column ${maxColumns} (XFD)`, async () => {
    const past = worksheet(
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c><c r="XFE1"><v>1</v></c></row></sheetData>`,
    );
    expect(await read(craftedWorkbook({ "xl/worksheets/sheet1.xml": past }))).toEqual({
      rows: [],
      reason: "too_many_columns",
    });
    const unreferenced = `<c t="inlineStr"><is><t>y</t></is></c>`.repeat(maxColumns + 1);
    const wide = worksheet(
      `${sheetData([header])}`.replace(
        "</sheetData>",
        `<row r="2">${unreferenced}</row></sheetData>`,
      ),
    );
    expect(await read(craftedWorkbook({ "xl/worksheets/sheet1.xml": wide }))).toEqual({
      rows: [],
      reason: "too_many_columns",
    });
    const last = worksheet(
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c><c r="XFD1"><v>1</v></c></row></sheetData>`,
    );
    expect(await read(craftedWorkbook({ "xl/worksheets/sheet1.xml": last }))).toEqual({
      rows: [0],
      reason: null,
    });
  });

  it("sets aside a shared-strings table past its memory bound, while reading it", async () => {
    const limits = { ...workbookLimits, maxSharedStringBytes: 1024 * 1024 };
    // 40,000 distinct strings: 40,000 × (32 + 2 × 6) bytes ≈ 1.7 MB held.
    const strings = Array.from({ length: 40_000 }, (_, i) => `<si><t>${100_000 + i}</t></si>`);
    const book = craftedWorkbook({
      "xl/sharedStrings.xml": `<sst ${main}>${strings.join("")}</sst>`,
    });
    expect(await read(book, limits)).toEqual({ rows: [], reason: "shared_strings_too_large" });
    const fewer = craftedWorkbook({
      "xl/sharedStrings.xml": `<sst ${main}>${strings.slice(0, 10_000).join("")}</sst>`,
    });
    expect(await read(fewer, limits)).toEqual({ rows: [0], reason: null });
    // What Excel declares is believed when it is too large: refused before reading on.
    const declared = craftedWorkbook({
      "xl/sharedStrings.xml": `<sst ${main} uniqueCount="40000">${strings.slice(0, 10).join("")}</sst>`,
    });
    expect(await read(declared, limits)).toEqual({ rows: [], reason: "shared_strings_too_large" });
  });
});

describe("reasons", () => {
  it("name the bound in Chinese and English", () => {
    expect(rejectReasons.inflated_too_large.zh).toContain("压缩炸弹");
    expect(rejectReasons.inflated_too_large.zh).toContain("100 倍");
    expect(rejectReasons.inflated_too_large.zh).toContain("4096 MB");
    expect(rejectReasons.too_many_sheets.zh).toContain("工作表超过 255 个");
    expect(rejectReasons.xml_too_deep.zh).toContain("XML 嵌套超过 64 层");
    expect(rejectReasons.xml_token_too_long.zh).toContain("超过 3200 万个字符");
    expect(rejectReasons.workbook_cell_too_long.zh).toContain("超过 32767 个字符");
    expect(rejectReasons.shared_strings_too_large.zh).toContain("512 MB");
    expect(rejectReasons.too_many_columns.zh).toContain("16384 列");
    for (const code of [
      "inflated_too_large",
      "too_many_sheets",
      "xml_too_deep",
      "xml_token_too_long",
      "workbook_cell_too_long",
      "shared_strings_too_large",
    ] as const)
      expect(rejectReasons[code].en).toMatch(/not read/);
  });
});

describe("a run over crafted workbooks", () => {
  const crafted: Record<string, { bytes: () => Buffer; reason: RejectReason }> = {
    // 200 sheets on one 3 MB part of 20,000 rows: 4 million rows from 250 KB.
    "构造-多表.xlsx": {
      bytes: () =>
        craftedWorkbook({
          "xl/workbook.xml": workbookListing(200),
          "xl/worksheets/sheet1.xml": worksheet(sheetData([header, ...demandRows(20_000)])),
        }),
      reason: "inflated_too_large",
    },
    // 9 million nested elements in 27 KB.
    "构造-嵌套.xlsx": {
      bytes: () => craftedWorkbook({ "xl/worksheets/sheet1.xml": `${"<a>".repeat(9_000_000)}` }),
      reason: "xml_too_deep",
    },
    // 18 million nested elements, padded to 1.2 MB so their 90 MB stay under the ratio.
    "构造-深嵌套.xlsx": {
      bytes: () =>
        craftedWorkbook(
          { "xl/worksheets/sheet1.xml": `<worksheet ${main}>${"<row>".repeat(18_000_000)}` },
          1_100_000,
        ),
      reason: "xml_too_deep",
    },
    // One 17-million-character job title.
    "构造-长单元格.xlsx": {
      bytes: () =>
        craftedWorkbook({
          "xl/worksheets/sheet1.xml": worksheet(
            sheetData([header, ["长文本公司", "x".repeat(17_000_000), 3]]),
          ),
        }),
      reason: "workbook_cell_too_long",
    },
    "构造-宽行.xlsx": {
      bytes: () =>
        craftedWorkbook({
          "xl/worksheets/sheet1.xml": worksheet(
            sheetData([header]).replace(
              "</sheetData>",
              `<row r="2">${`<c t="inlineStr"><is><t>y</t></is></c>`.repeat(20_000)}</row></sheetData>`,
            ),
          ),
        }),
      reason: "too_many_columns",
    },
  };

  it("sets each aside with its reason in Chinese, in seconds and under 1.5 GB, and reads the rest", () => {
    const place = countySmallIn(scratchDir("crafted-run"));
    for (const [name, { bytes }] of Object.entries(crafted))
      writeFileSync(join(place.data, "surveys", "2024H1", name), bytes());
    // A V8 heap over 1.4 GB fails the run; /usr/bin/time, where there is one, gives the
    // peak of the whole process, DuckDB's memory included.
    const node = [
      "--max-old-space-size=1400",
      ...cliArgv("run", "--data", place.data, "--out", place.out, "--db", place.db),
    ];
    const timed = existsSync("/usr/bin/time");
    const started = performance.now();
    const result = timed
      ? spawnSync("/usr/bin/time", ["-f", "peak %M", process.execPath, ...node], {
          encoding: "utf8",
        })
      : spawnSync(process.execPath, node, { encoding: "utf8" });
    const seconds = (performance.now() - started) / 1000;
    expect(result.status, result.stderr.slice(-2000)).toBe(3);
    expect(seconds).toBeLessThan(60);
    if (timed) {
      const peakKb = Number(/peak (\d+)/.exec(result.stderr)?.[1]);
      expect(peakKb).toBeLessThan(1.5 * 1024 * 1024);
    }
    const rejects = readFileSync(join(place.out, "rejects.csv"), "utf8");
    for (const [name, { reason }] of Object.entries(crafted)) {
      expect(rejects).toContain(`surveys/2024H1/${name},,,,,${rejectReasons[reason].zh}`);
      expect(result.stderr).toContain(`${name}: ${rejectReasons[reason].zh}`);
    }
    // Every other file is read as before, and no crafted text reaches a page.
    const { inputs } = JSON.parse(readFileSync(join(place.out, "summary.json"), "utf8")) as {
      inputs: { file: string; error?: string; rowsRead: number; rowsLoaded: number }[];
    };
    for (const [name, { reason }] of Object.entries(crafted))
      expect(inputs.find((f) => f.file === `surveys/2024H1/${name}`)).toMatchObject({
        error: reason,
        rowsRead: 0,
      });
    expect(inputs.find((f) => f.file === "surveys/2024H1/需求.csv")).toMatchObject({
      rowsRead: 6,
      rowsLoaded: 5,
    });
    expect(inputs.filter((f) => !f.file.includes("构造") && f.error !== undefined)).toEqual([]);
    expect(readFileSync(join(place.out, "chains", "bio.html"), "utf8")).not.toContain("xxxxxxxxxx");
  }, 240_000);
});
