import { describe, expect, it } from "vitest";
import { queryColumnRows, queryRows } from "../../src/warehouse/sql.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

describe("queryColumnRows", () => {
  it("gives the rows queryRows gives, in the same order", async () => {
    await withWarehouse(async (db) => {
      const sql = `select i, 'row ' || i as label, cast(i * 1000000000 as bigint) as big,
                          case when i % 2 = 0 then null else i end as odd, i::double / 4 as quarter
                   from range(5) t(i) order by i desc`;
      const rows = await queryColumnRows(db, sql);
      expect(rows).toEqual(await queryRows(db, sql));
      expect(rows[0]).toEqual({ i: 4, label: "row 4", big: 4000000000, odd: null, quarter: 1 });
    });
  });

  it("takes parameters, and gives no rows for an empty result", async () => {
    await withWarehouse(async (db) => {
      expect(await queryColumnRows(db, "select $1::varchar as v where false", ["x"])).toEqual([]);
      expect(await queryColumnRows(db, "select $1::varchar as v", ["x"])).toEqual([{ v: "x" }]);
    });
  });

  it("refuses a count past what a number holds exactly, and a list", async () => {
    await withWarehouse(async (db) => {
      await expect(queryColumnRows(db, "select 9007199254740993::bigint as n")).rejects.toThrow(
        RangeError,
      );
      await expect(queryColumnRows(db, "select [1, 2] as l")).rejects.toThrow(/not a scalar/);
    });
  });
});
