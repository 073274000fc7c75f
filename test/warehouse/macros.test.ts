import type { DuckDBConnection } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWarehouse, type Warehouse } from "../../src/warehouse/connect.ts";
import { installMacros } from "../../src/warehouse/macros.ts";
import { queryRows, quoteLiteral } from "../../src/warehouse/sql.ts";

let warehouse: Warehouse;
let db: DuckDBConnection;

beforeAll(async () => {
  warehouse = await openWarehouse();
  db = warehouse.connection;
  await installMacros(db);
});
afterAll(() => warehouse.close());

/**
 * Applies one macro to many values in a single query, as the stages do: one vector holding
 * good and bad values side by side, results in input order.
 */
async function applyMacro(expression: string, values: readonly (string | null)[]) {
  const rows = values
    .map((v, i) => `(${i}, ${v === null ? "null::varchar" : `${quoteLiteral(v)}::varchar`})`)
    .join(", ");
  const result = await queryRows<{ r: unknown }>(
    db,
    `select ${expression.replaceAll("$v", "v")} as r from (values ${rows}) t(i, v) order by i`,
  );
  return result.map((row) => row.r);
}

// GB 11643: weights 2^(17-i) mod 11, check = "10X98765432"[sum % 11].
const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body: string): string {
  const sum = [...body].reduce((acc, ch, i) => acc + Number(ch) * (idWeights[i] as number), 0);
  return "10X98765432"[sum % 11] as string;
}

// GB 32100: 31-character alphabet (no I, O, S, V, Z).
const creditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const creditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCheck(body: string): string {
  const sum = [...body].reduce(
    (acc, ch, i) => acc + creditAlphabet.indexOf(ch) * (creditWeights[i] as number),
    0,
  );
  return creditAlphabet[(31 - (sum % 31)) % 31] as string;
}

describe("clean_cell", () => {
  it("folds full-width, ideographic and zero-width spaces, trims, and makes blank NULL", async () => {
    const out = await applyMacro("clean_cell($v)", [
      "  ３人\u3000",
      "南乐\u3000\u3000县",
      "\u200b甲公司\u00a0",
      "ＡＢＣ１２３",
      "   ",
      "\u3000",
      "",
      null,
    ]);
    expect(out).toEqual(["3人", "南乐 县", "甲公司", "ABC123", null, null, null, null]);
  });
});

describe("parse_headcount", () => {
  it("reads counts as docs/domain.md writes them and nothing else", async () => {
    const cases: [string | null, number | null][] = [
      ["3", 3],
      ["3人", 3],
      ["３名", 3],
      [" 3 ", 3],
      ["3 个", 3],
      ["3\u3000人", 3],
      ["12位", 12],
      ["3.0", 3],
      ["０３", 3],
      ["0", 0], // zero parses; the zero_headcount check rejects it separately
      ["若干", null],
      ["-1", null],
      ["2-3", null],
      ["2~3人", null],
      ["三", null],
      ["3.5", null],
      ["3個", 3], // traditional measure word
      ["-3", null],
      ["-3人", null],
      ["1,000", null],
      ["3人以上", null],
      ["", null],
      ["   ", null],
      [null, null],
    ];
    const out = await applyMacro(
      "parse_headcount($v)",
      cases.map(([v]) => v),
    );
    expect(out).toEqual(cases.map(([, n]) => n));
  });

  it("reads any count up to six digits, with or without a unit, full-width or not", async () => {
    const toFullWidth = (s: string) =>
      s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 999_999 }),
            fc.constantFrom("", "人", "名", "个", "位", " 人"),
            fc.boolean(),
          ),
          { minLength: 1, maxLength: 50 },
        ),
        async (items) => {
          const values = items.map(([n, unit, wide]) => {
            const text = `${n}${unit}`;
            return wide ? toFullWidth(text) : text;
          });
          expect(await applyMacro("parse_headcount($v)", values)).toEqual(items.map(([n]) => n));
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe("id_number_ok", () => {
  it("accepts the GB 11643 example and rejects near misses", async () => {
    const out = await applyMacro("id_number_ok($v)", [
      "11010519491231002X",
      "110105194912310021", // wrong check digit
      "11010519491231002x", // lower-case x: callers upper-case first
      "1101051949123100", // too short
      "11010519491231002X1", // too long
      " 11010519491231002X",
    ]);
    expect(out).toEqual([true, false, false, false, false, false]);
  });

  it("answers false, not an error, for malformed values in the same batch as good ones", async () => {
    // A 15-digit old-style ID, letters, blanks: a roster holds them next to valid numbers.
    const values = [
      "11010519491231002X",
      "410923850312001",
      "ABCDEFGHIJKLMNOPQR",
      "x",
      "",
      "身份证号码不详",
      "1101051949123１002X",
      null,
    ];
    expect(await applyMacro("id_number_ok($v)", values)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      null,
    ]);
    expect(
      await applyMacro("$v is not null and not id_number_ok(upper(replace($v, ' ', '')))", values),
    ).toEqual([false, true, true, true, true, true, true, false]);
  });

  it("accepts exactly the body with its own check character", async () => {
    const candidates = "0123456789X";
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.stringMatching(/^\d{17}$/), { minLength: 1, maxLength: 20 }),
        async (bodies) => {
          const values = bodies.flatMap((body) => [...candidates].map((c) => body + c));
          const out = await applyMacro("id_number_ok($v)", values);
          const expected = bodies.flatMap((body) =>
            [...candidates].map((c) => c === idCheck(body)),
          );
          expect(out).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("credit_code_ok", () => {
  it("accepts a real code and rejects near misses", async () => {
    expect(creditCheck("91350100M000100Y4")).toBe("3");
    const out = await applyMacro("credit_code_ok($v)", [
      "91350100M000100Y43",
      "91350100M000100Y44", // wrong check
      "91350100m000100Y43", // lower case: callers upper-case first
      "9135010OM000100Y43", // O is not in the alphabet, and 3-8 are digits
      "91350100M000100Y4", // too short
      "91350100M000100Y433",
      "ABCDEFGHIJKLMNOPQR",
      "",
      null,
    ]);
    expect(out).toEqual([true, false, false, false, false, false, false, false, null]);
  });

  it("accepts exactly the body with its own check character", async () => {
    const alphabetChar = fc.constantFrom(...creditAlphabet);
    const body = fc
      .tuple(
        fc.array(alphabetChar, { minLength: 2, maxLength: 2 }),
        fc.stringMatching(/^\d{6}$/),
        fc.array(alphabetChar, { minLength: 9, maxLength: 9 }),
      )
      .map(([head, region, org]) => head.join("") + region + org.join(""));
    await fc.assert(
      fc.asyncProperty(fc.array(body, { minLength: 1, maxLength: 10 }), async (bodies) => {
        // Every character of the alphabet as the 18th, and letters outside it (I, O, S, V, Z).
        const lastChars = `${creditAlphabet}IOSVZ`;
        const values = bodies.flatMap((b) => [...lastChars].map((c) => b + c));
        const out = await applyMacro("credit_code_ok($v)", values);
        expect(out).toEqual(bodies.flatMap((b) => [...lastChars].map((c) => c === creditCheck(b))));
      }),
      { numRuns: 25 },
    );
  });
});

describe("parse_date_text", () => {
  it("reads the ways analysts write dates, and nothing else", async () => {
    const cases: [string | null, string | null][] = [
      ["45366", "2024-03-15"], // Excel serial
      ["45366.75", "2024-03-15"], // serial with a time of day
      ["2024-03-15", "2024-03-15"],
      ["2024/3/15", "2024-03-15"],
      ["2024.3", "2024-03-01"],
      ["2024年3月", "2024-03-01"],
      ["1985年3月12日", "1985-03-12"],
      ["1985.03.12", "1985-03-12"],
      [" 2024-03-15 ", "2024-03-15"],
      ["２０２４－０３－１５", "2024-03-15"],
      ["2024-02-29", "2024-02-29"],
      ["2024-02-30", null],
      ["2023-02-29", null],
      ["2024-13-01", null],
      ["2024-00-10", null],
      ["2024年", null],
      ["2024", null],
      ["3月", null],
      // The whole cell must be a date: trailing digits are not dropped (tester's finding).
      ["2024-123", null],
      ["2024-03-150", null],
      ["2024/3/15/1", null],
      ["2024.3.15号", "2024-03-15"],
      ["2024-03-15 08:30:00", "2024-03-15"],
      ["2024-03-15T08:30", "2024-03-15"],
      ["2024 年 3 月", "2024-03-01"],
      ["2024年03月", "2024-03-01"],
      // 出生年月 typed as digits.
      ["198503", "1985-03-01"],
      ["19850312", "1985-03-12"],
      ["198513", null],
      ["19850230", null],
      ["1985031", null],
      ["1985031200", null],
      ["garbage", null],
      ["不详", null],
      ["", null],
      [null, null],
    ];
    const out = await applyMacro(
      "parse_date_text($v)::varchar",
      cases.map(([v]) => v),
    );
    expect(out).toEqual(cases.map(([, d]) => d));
  });

  it("gives the same day for every spelling of a date, and the first of the month for year-month", async () => {
    const epoch = Date.UTC(1899, 11, 30);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z") }),
          { minLength: 1, maxLength: 20 },
        ),
        async (dates) => {
          const values: string[] = [];
          const expected: string[] = [];
          for (const date of dates) {
            if (Number.isNaN(date.getTime())) continue;
            const y = date.getUTCFullYear();
            const m = date.getUTCMonth() + 1;
            const d = date.getUTCDate();
            const iso = date.toISOString().slice(0, 10);
            const day = Date.UTC(y, m - 1, d);
            const serial = (day - epoch) / 86_400_000;
            const mm = String(m).padStart(2, "0");
            const dd = String(d).padStart(2, "0");
            const monthStart = `${y}-${mm}-01`;
            values.push(
              String(serial),
              iso,
              `${y}/${m}/${d}`,
              `${y}.${mm}.${dd}`,
              `${y}年${m}月${d}日`,
              `${y}年${m}月`,
              `${y}.${m}`,
              `${y}${mm}`,
              `${y}${mm}${dd}`,
            );
            expected.push(iso, iso, iso, iso, iso, monthStart, monthStart, monthStart, iso);
          }
          if (values.length === 0) return;
          expect(await applyMacro("parse_date_text($v)::varchar", values)).toEqual(expected);
        },
      ),
      { numRuns: 20 },
    );
  });
});
