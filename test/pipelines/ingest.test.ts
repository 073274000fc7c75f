import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../pipelines/ingest.ts";
import { runStage } from "../../pipelines/stage.ts";
import type { Lang } from "../../src/messages/lang.ts";
import { rejectReasons } from "../../src/messages/rejects.ts";
import { openWarehouse } from "../../src/warehouse/connect.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { loadWorkspace } from "../../src/workspace/load.ts";
import {
  expectedDemandValues,
  expectedFiles,
  expectedRejects,
  expectedRosterValues,
} from "../fixtures/messy/expected.ts";
import { writeMessyWorkspace } from "../fixtures/messy/make.ts";
import { testContext } from "../helpers/context.ts";

const dir = mkdtempSync(join(tmpdir(), "talentmap-messy-"));
beforeAll(() => writeMessyWorkspace(dir));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs ingest alone over the messy corpus and hands the warehouse to `fn`. */
type Query = (sql: string) => Promise<Record<string, unknown>[]>;

async function ingested<T>(lang: Lang, fn: (q: Query) => Promise<T>): Promise<T> {
  const warehouse = await openWarehouse();
  try {
    const ctx = { ...testContext(warehouse.connection, { lang }), workspace: loadWorkspace(dir) };
    await runStage(ingest, ctx);
    return await fn((sql) => queryRows(warehouse.connection, sql));
  } finally {
    warehouse.close();
  }
}

describe("ingest over the messy corpus (figures worked out by hand)", () => {
  it("accounts for every file: read = loaded + rejected, bad files set aside with a reason", async () => {
    const files = await ingested("zh", (q) =>
      q(
        `select file, format, encoding, sheets, rows_read as "rowsRead", rows_loaded as "rowsLoaded",
          rows_rejected as "rowsRejected", error from input_files order by file`,
      ),
    );
    expect(files).toEqual([...expectedFiles].sort((a, b) => (a.file < b.file ? -1 : 1)));
    for (const f of files)
      expect(f.rowsRead, String(f.file)).toBe(Number(f.rowsLoaded) + Number(f.rowsRejected));
  });

  it("lists each failed check with the row Excel shows and the header as written", async () => {
    const rejects = await ingested("zh", (q) =>
      q(
        "select file, sheet, row_number, column_name, reason_code, reason, value from rejects order by all",
      ),
    );
    expect(
      rejects.map((r) => [r.file, r.sheet, r.row_number, r.column_name, r.reason_code]),
    ).toEqual(
      [...expectedRejects].sort((a, b) => {
        const key = (x: typeof a) =>
          `${x[0]}\u0000${x[1] ?? ""}\u0000${String(x[2] ?? 0).padStart(6, "0")}\u0000${x[3] ?? ""}`;
        return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
      }),
    );
    const headcount = rejects.find(
      (r) => r.file === "surveys/2024H1/01-utf8.csv" && r.row_number === 8,
    );
    expect(headcount?.value).toBe("若干");
    expect(headcount?.reason).toBe("需求人数“若干”不是有效人数：请填写正整数（如 3 或 3人）");
    // Personal values never appear, even in a reject.
    const id = rejects.find((r) => r.reason_code === "bad_id_number");
    expect(JSON.stringify(id)).not.toContain("4109231985031500");
    const bomb = rejects.find((r) => r.reason_code === "zip_bomb");
    expect(bomb?.reason).toBe(rejectReasons.zip_bomb.zh);
  });

  it("gives the reasons in English with --lang en", async () => {
    const reasons = await ingested("en", (q) =>
      q(
        "select reason_code, reason from rejects where reason_code in ('password_protected', 'zero_headcount')",
      ),
    );
    expect(new Set(reasons.map((r) => r.reason))).toEqual(
      new Set([rejectReasons.password_protected.en, rejectReasons.zero_headcount.en]),
    );
  });

  it("loads values cleaned, counts parsed, and text otherwise as written", async () => {
    const [demand, roster, births] = await ingested("zh", async (q) => [
      await q("select * from demand_rows"),
      await q("select * from roster_rows"),
      await q(
        "select row_number, parse_date_text(birth)::varchar as d from roster_rows where file = 'rosters/01-gbk.csv' order by 1",
      ),
    ]);
    for (const [file, row, column, value] of expectedDemandValues) {
      const found = demand.find((r) => r.file === file && r.row_number === row);
      expect(found?.[column], `${file} row ${row} ${column}`).toEqual(value);
    }
    for (const [file, row, column, value] of expectedRosterValues) {
      const found = roster.find((r) => r.file === file && r.row_number === row);
      expect(found?.[column], `${file} row ${row} ${column}`).toEqual(value);
    }
    // 198503 and 19850312 typed as 出生年月 are dates.
    expect(births).toEqual([
      { row_number: 2, d: "1985-03-01" },
      { row_number: 3, d: "1985-03-12" },
      { row_number: 6, d: null },
    ]);
  });
});
