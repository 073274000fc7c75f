import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "../../../src/report/sheets/cells.ts";
import { toCsv } from "../../../src/report/sheets/csv.ts";

describe("neutraliseFormula", () => {
  it.each([
    ["=1+2", "'=1+2"],
    ["+86 138", "'+86 138"],
    ["-3", "'-3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["南乐县", "南乐县"],
    ["a=1", "a=1"],
    ["", ""],
  ])("%j becomes %j", (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("starts with a BOM, ends lines with CRLF and quotes what needs quoting", () => {
    const csv = toCsv([
      ["文件", "值"],
      ['a,"b"', 3],
      [null, "x\ny"],
    ]);
    expect(csv).toBe('\uFEFF文件,值\r\n"a,""b""",3\r\n,"x\ny"\r\n');
  });

  it("never leaves a field that a spreadsheet would run, and reads back otherwise unchanged", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1 }),
        (rows) => {
          const parsed = Papa.parse<string[]>(toCsv(rows).slice(1), {
            newline: "\r\n",
            delimiter: ",",
          }).data;
          rows.forEach((row, r) => {
            row.forEach((value, c) => {
              const field = parsed[r]?.[c];
              expect(field).toBe(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
            });
          });
        },
      ),
    );
  });
});
