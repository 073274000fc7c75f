import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stages } from "../../pipelines/pipeline.ts";
import { restoreHidden, runStage, type Stage, tableOwners } from "../../pipelines/stage.ts";
import { tablesDoc } from "../../pipelines/tables/doc.ts";
import type { TableSpec } from "../../pipelines/tables/table.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { testContext } from "../helpers/context.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

const earlier: TableSpec = {
  name: "earlier_table",
  grain: "one per thing",
  columns: { id: "INTEGER", label: "VARCHAR" },
};
const later: TableSpec = { name: "later_table", grain: "one per thing", columns: { n: "BIGINT" } };

const writer: Stage = {
  name: "writer",
  reads: [],
  writes: [earlier],
  run: async (ctx) => {
    await ctx.db.run("create table earlier_table as select 1::integer as id, 'a' as label");
  },
};

/** A stage that reads `earlier_table`, declaring it or not. */
const reader = (declares: boolean): Stage => ({
  name: "reader",
  reads: declares ? ["earlier_table"] : [],
  writes: [later],
  run: async (ctx) => {
    await ctx.db.run(
      "create or replace table later_table as select count(*) as n from earlier_table",
    );
  },
});

const tableNames = async (ctx: ReturnType<typeof testContext>) =>
  (
    await queryRows<{ name: string }>(
      ctx.db,
      "select table_name as name from information_schema.tables order by 1",
    )
  ).map((row) => row.name);

describe("stages keep their contract", () => {
  it("a stage that reads another stage's table it does not declare is refused, and the table is put back", async () => {
    await withWarehouse(async (db) => {
      const ctx = testContext(db);
      const owners = tableOwners([writer, reader(false)]);
      await runStage(writer, ctx, { owners, checkReads: true });
      await expect(runStage(reader(false), ctx, { owners, checkReads: true })).rejects.toThrow(
        "stage reader reads table earlier_table (written by writer), which it does not declare among its reads",
      );
      expect(await tableNames(ctx)).toEqual(["earlier_table"]);
    });
  });

  it("the same stage declaring the table runs", async () => {
    await withWarehouse(async (db) => {
      const ctx = testContext(db);
      const owners = tableOwners([writer, reader(true)]);
      await runStage(writer, ctx, { owners, checkReads: true });
      await runStage(reader(true), ctx, { owners, checkReads: true });
      expect(await tableNames(ctx)).toEqual(["earlier_table", "later_table"]);
    });
  });

  it("a table written with other columns or types than declared is refused", async () => {
    await withWarehouse(async (db) => {
      const ctx = testContext(db);
      const drifted: Stage = {
        ...writer,
        run: async (c) => {
          await c.db.run("create table earlier_table as select 1::bigint as id, 'a' as label");
        },
      };
      await expect(runStage(drifted, ctx)).rejects.toThrow(
        "stage writer wrote earlier_table as (id BIGINT, label VARCHAR), but declares (id INTEGER, label VARCHAR)",
      );
    });
  });

  it("a stage that does not make a declared table is refused", async () => {
    await withWarehouse(async (db) => {
      const lazy: Stage = { ...writer, run: async () => {} };
      await expect(runStage(lazy, testContext(db))).rejects.toThrow(
        "stage writer did not create its table earlier_table",
      );
    });
  });

  it("tables a killed run left aside are put back before the next run", async () => {
    await withWarehouse(async (db) => {
      const ctx = testContext(db);
      await db.run("create table earlier_table__undeclared as select 1 as id");
      await restoreHidden(ctx);
      expect(await tableNames(ctx)).toEqual(["earlier_table"]);
    });
  });

  it("no two stages write one table", () => {
    expect(() => tableOwners([writer, { ...writer, name: "again" }])).toThrow(
      "table earlier_table is written by both writer and again",
    );
    expect(tableOwners(stages).size).toBe(stages.flatMap((s) => s.writes).length);
  });

  it("docs/tables.md is the stages' declarations (npx tsx scripts/tables-doc.ts)", () => {
    const page = readFileSync(join(import.meta.dirname, "..", "..", "docs", "tables.md"), "utf8");
    expect(page).toBe(tablesDoc(stages));
  });
});
