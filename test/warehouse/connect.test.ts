import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultMemoryLimit, openWarehouse } from "../../src/warehouse/connect.ts";
import { queryRows } from "../../src/warehouse/sql.ts";

const scratch = mkdtempSync(join(tmpdir(), "talentmap-connect-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function setting(options: Parameters<typeof openWarehouse>[1], name: string) {
  const warehouse = await openWarehouse(":memory:", options);
  try {
    const [row] = await queryRows<{ v: string }>(
      warehouse.connection,
      `select current_setting('${name}')::varchar as v`,
    );
    return row?.v;
  } finally {
    warehouse.close();
  }
}

describe("openWarehouse", () => {
  it("caps DuckDB's memory (800MB unless TALENTMAP_MEMORY_LIMIT or the caller says)", async () => {
    const saved = process.env.TALENTMAP_MEMORY_LIMIT;
    try {
      delete process.env.TALENTMAP_MEMORY_LIMIT;
      expect(defaultMemoryLimit).toBe("800MB");
      expect(await setting({}, "memory_limit")).toMatch(/^7\d\d\.\d MiB$/);
      process.env.TALENTMAP_MEMORY_LIMIT = "2GB";
      expect(await setting({}, "memory_limit")).toMatch(/^1\.8 GiB$/);
      expect(await setting({ memoryLimit: "1GB" }, "memory_limit")).toMatch(/^953\.\d MiB$/);
    } finally {
      if (saved === undefined) delete process.env.TALENTMAP_MEMORY_LIMIT;
      else process.env.TALENTMAP_MEMORY_LIMIT = saved;
    }
  });

  it("spills an in-memory warehouse to the system's temporary folder, not the working one", async () => {
    expect(await setting({}, "temp_directory")).toContain(tmpdir());
  });

  it("removes what a killed run spilled (personal rows) when it next opens the warehouse for writing", async () => {
    const db = join(scratch, "w.duckdb");
    const spill = join(scratch, "w.duckdb.tmp");
    mkdirSync(spill, { recursive: true });
    const stale = join(spill, "duckdb_temp_storage_S32K-0.tmp");
    const other = join(spill, "notes.txt");
    writeFileSync(stale, "张三,13800000001");
    writeFileSync(other, "kept");
    (await openWarehouse(db)).close();
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(other)).toBe(true);
    // A read-only open (export, unresolved) leaves the folder to the run that writes.
    writeFileSync(stale, "x");
    (await openWarehouse(db, { readOnly: true })).close();
    expect(existsSync(stale)).toBe(true);
  });
});
