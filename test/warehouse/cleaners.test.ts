import type { DuckDBConnection } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanText } from "../../src/text/clean.ts";
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

/** Applies an SQL expression over `v` to many values in one query, results in input order. */
async function apply(expression: string, values: readonly string[]): Promise<unknown[]> {
  if (values.length === 0) return [];
  const rows = values.map((v, i) => `(${i}, ${quoteLiteral(v)}::varchar)`).join(", ");
  const out = await queryRows<{ r: unknown }>(
    db,
    `select ${expression} as r from (values ${rows}) t(i, v) order by i`,
  );
  return out.map((row) => row.r);
}

/** Any text DuckDB can hold (well-formed Unicode, no NUL). */
const anyText = fc
  .string({ unit: "binary", maxLength: 20 })
  .filter((s) => !/\p{Surrogate}/u.test(s) && !s.includes("\0"));

/** Text as cells carry it: ASCII, full-width forms, ideographs, spaces of every kind, zero-width marks. */
const cellText = fc.string({
  unit: fc.oneof(
    fc.constantFrom("a", "Z", "3", "-", "人", "名", "南", "乐", "县", "碩", ".", "年", "月"),
    fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c)),
    fc.constantFrom(" ", "\t", "\n", "\r\n", "\u3000", "\u00a0", "\u2002", "\u202f", "\u205f"),
    fc.constantFrom("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"),
  ),
  maxLength: 16,
});

const many = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: 1, maxLength: 40 });

describe("the SQL cleaners, as properties", () => {
  it("never throw, whatever the text", async () => {
    await fc.assert(
      fc.asyncProperty(many(anyText), async (values) => {
        for (const macro of ["clean_cell", "parse_headcount", "parse_date_text"]) {
          await apply(`${macro}(v)`, values);
        }
        await apply("credit_code_ok(upper(replace(v, ' ', '')))", values);
        await apply("id_number_ok(upper(replace(v, ' ', '')))", values);
      }),
      { numRuns: 30 },
    );
  });

  it("clean_cell is idempotent and leaves no edge space or zero-width mark", async () => {
    await fc.assert(
      fc.asyncProperty(many(fc.oneof(anyText, cellText)), async (values) => {
        const once = (await apply("clean_cell(v)", values)) as (string | null)[];
        const twice = await apply("clean_cell(clean_cell(v))", values);
        expect(twice).toEqual(once);
        for (const text of once) {
          if (text === null) continue;
          expect(text).toBe(text.trim());
          expect(text).not.toMatch(/[\u200b-\u200d\u2060\ufeff\u3000\u00a0]|\s\s/);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("clean_cell agrees with the NFKC-based cleanText on cell text, and is stable under NFKC", async () => {
    await fc.assert(
      fc.asyncProperty(many(cellText), async (values) => {
        const sql = await apply("clean_cell(v)", values);
        expect(sql).toEqual(values.map((v) => cleanText(v) || null));
        expect(
          await apply(
            "clean_cell(v)",
            values.map((v) => v.normalize("NFKC")),
          ),
        ).toEqual(sql);
      }),
      { numRuns: 40 },
    );
  });

  it("parse_headcount and parse_date_text read a value and its NFKC form alike", async () => {
    const digits = fc.constantFrom(..."0123456789０１２３４５６７８９");
    const count = fc
      .tuple(
        fc.string({ unit: digits, minLength: 1, maxLength: 4 }),
        fc.constantFrom("", "人", "名", " 人", "\u3000名", "个"),
      )
      .map(([n, unit]) => n + unit);
    const date = fc
      .tuple(
        fc.string({ unit: digits, minLength: 4, maxLength: 4 }),
        fc.constantFrom("-", "/", ".", "年", "－", "／", "．"),
        fc.string({ unit: digits, minLength: 1, maxLength: 2 }),
        fc.constantFrom("", "月", "-15", "／１５", "月15日"),
      )
      .map((parts) => parts.join(""));
    await fc.assert(
      fc.asyncProperty(many(count), many(date), async (counts, dates) => {
        const nfkc = (values: string[]) => values.map((v) => v.normalize("NFKC"));
        expect(await apply("parse_headcount(v)", nfkc(counts))).toEqual(
          await apply("parse_headcount(v)", counts),
        );
        expect(await apply("parse_date_text(v)::varchar", nfkc(dates))).toEqual(
          await apply("parse_date_text(v)::varchar", dates),
        );
      }),
      { numRuns: 30 },
    );
  });
});
