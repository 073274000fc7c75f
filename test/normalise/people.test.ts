import type { DuckDBConnection } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { assignPersonKeys } from "../../src/normalise/people.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { withWarehouse } from "../helpers/warehouse.ts";
import { createInputTables, type RosterRow } from "./fixtures.ts";

const secret = Buffer.alloc(32, 1);

/** The person key of each roster row, in row order. */
async function keysOf(db: DuckDBConnection, roster: RosterRow[], key = secret) {
  await createInputTables(db, [], roster);
  await assignPersonKeys(db, key);
  const rows = await queryRows<{ person_key: string }>(
    db,
    "select person_key from roster_person order by ord",
  );
  return rows.map((r) => r.person_key);
}

/** Rows grouped by person: [[0, 2], [1]]. */
function groups(keys: readonly string[]): number[][] {
  const byKey = new Map<string, number[]>();
  keys.forEach((k, i) => {
    byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  return [...byKey.values()];
}

describe("assignPersonKeys: one person, counted once (DOMAIN.md identities)", () => {
  it("joins rows sharing an ID number, whatever its case or spaces", async () => {
    await withWarehouse(async (db) => {
      const keys = await keysOf(db, [
        { name: "张三", id_number: "11010519491231002X" },
        { name: "张叁", id_number: "110105 19491231002x" },
        { name: "李四", id_number: "410923198503120011" },
      ]);
      expect(groups(keys)).toEqual([[0, 1], [2]]);
    });
  });

  it("joins rows sharing a phone, with or without +86 and separators", async () => {
    await withWarehouse(async (db) => {
      const keys = await keysOf(db, [
        { name: "王五", phone: "138-0000-0001" },
        { name: "王 五", phone: "+86 138 0000 0001" },
        { name: "王五", phone: "008613800000001" },
        { name: "赵六", phone: "13800000002" },
      ]);
      expect(groups(keys)).toEqual([[0, 1, 2], [3]]);
    });
  });

  it("joins rows sharing a name and a birth month, however the date is written", async () => {
    await withWarehouse(async (db) => {
      const keys = await keysOf(db, [
        { name: "孙七", birth: "1985-03" },
        { name: "孙 七", birth: "1985/3/15" },
        { name: "孙七", birth: "1985年3月" },
        { name: "孙七", birth: "1986-03" },
        { name: "孙七" },
        { name: "孙七" },
      ]);
      // No birth date: a name alone is never enough.
      expect(groups(keys)).toEqual([[0, 1, 2], [3], [4], [5]]);
    });
  });

  it("keeps two ID numbers on one office landline two people", async () => {
    await withWarehouse(async (db) => {
      const keys = await keysOf(db, [
        { name: "周八", id_number: "11010519491231002X", phone: "0393-5561234" },
        { name: "吴九", id_number: "410923198503120011", phone: "0393-5561234" },
      ]);
      expect(groups(keys)).toEqual([[0], [1]]);
    });
  });

  it("is transitive: ID, then phone, then name and birth", async () => {
    await withWarehouse(async (db) => {
      const keys = await keysOf(db, [
        { name: "郑十", id_number: "11010519491231002X" },
        { name: "郑十", id_number: "11010519491231002X", phone: "13900000001" },
        { name: "郑拾", phone: "13900000001", birth: "1990-01" },
        { name: "郑拾", birth: "1990-01-20" },
        { name: "郑十一", phone: "13900000009" },
      ]);
      expect(groups(keys)).toEqual([[0, 1, 2, 3], [4]]);
    });
  });

  it("gives keyed hashes: stable per secret, different across secrets, holding nothing personal", async () => {
    const roster: RosterRow[] = [
      { name: "张三", id_number: "11010519491231002X", phone: "13800000001", birth: "1949-12" },
      { name: "李四", phone: "13800000002" },
    ];
    const a = await withWarehouse((db) => keysOf(db, roster));
    const b = await withWarehouse((db) => keysOf(db, roster));
    const c = await withWarehouse((db) => keysOf(db, roster, Buffer.alloc(32, 2)));
    expect(a).toEqual(b);
    expect(c[0]).not.toBe(a[0]);
    for (const key of a) {
      expect(key).toMatch(/^[0-9a-f]{24}$/);
      for (const value of ["11010519491231002X", "13800000001", "13800000002", "1949"]) {
        expect(key).not.toContain(value.toLowerCase());
      }
    }
  });
});
