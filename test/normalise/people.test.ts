import type { DuckDBConnection } from "@duckdb/node-api";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignPersonKeys, identifiedRows, rowPersonKey } from "../../src/normalise/people.ts";
import { clusterPeople } from "../../src/people/identity.ts";
import { personKey } from "../../src/people/pseudonym.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { withWarehouse } from "../helpers/warehouse.ts";
import { createInputTables, type RosterRow } from "./fixtures.ts";

const secret = Buffer.alloc(32, 1);

/** The person key of each roster row, in row order. */
async function keysOf(db: DuckDBConnection, roster: RosterRow[], key = secret) {
  await createInputTables(db, [], roster);
  const identified = identifiedRows(key);
  await db.run(
    `create or replace temp table roster_resolved as select * from ${identified.sql}`,
    identified.params,
  );
  await assignPersonKeys(db);
  const rows = await queryRows<{ person_key: string }>(
    db,
    `select ${rowPersonKey("r", "c")} as person_key
    from roster_resolved r left join roster_cluster c using (rid) order by rid`,
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

describe("assignPersonKeys: one person, counted once (docs/domain.md identities)", () => {
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

describe("assignPersonKeys at scale: only rows sharing an identifier are clustered in JavaScript", () => {
  // Small pools, so rows share ID numbers, phones and names with birth months often, and
  // conflicting ID numbers on one phone occur.
  const row = fc.record({
    id_number: fc.option(
      fc.constantFrom("11010519491231002X", "410923198503120011", "41092319900101002X"),
      { nil: undefined },
    ),
    phone: fc.option(fc.constantFrom("13800000001", "13800000002", "03935561234"), {
      nil: undefined,
    }),
    name: fc.option(fc.constantFrom("张三", "李四"), { nil: undefined }),
    birth: fc.option(fc.constantFrom("1985-03", "1990-01"), { nil: undefined }),
  });

  it("gives the people and keys of clustering every row, in row order, as the reference", async () => {
    const samples = fc.sample(fc.array(row, { minLength: 1, maxLength: 25 }), {
      numRuns: 40,
      seed: 7,
    });
    for (const roster of samples) {
      const keys = await withWarehouse((db) => keysOf(db, roster));
      const column = (value: (r: (typeof roster)[number]) => string | null) => roster.map(value);
      const cluster = clusterPeople({
        idNumber: column((r) => r.id_number ?? null),
        phone: column((r) => r.phone ?? null),
        nameBirth: column((r) => (r.name && r.birth ? `${r.name}|${r.birth}` : null)),
      });
      // The reference key: the smallest identity of the person's rows, as docs/domain.md's
      // strongest-identifier rule orders them.
      const own = roster.map((r, i) =>
        r.id_number
          ? `id:${r.id_number}`
          : r.phone
            ? `~phone:${r.phone}`
            : r.name && r.birth
              ? `~~nb:${r.name}|${r.birth}`
              : `~~~row:rosters/名册.csv::${i + 2}`,
      );
      const anchor = new Map<number, string>();
      cluster.forEach((root, i) => {
        const current = anchor.get(root);
        if (current === undefined || (own[i] as string) < current)
          anchor.set(root, own[i] as string);
      });
      expect(keys).toEqual(
        [...cluster].map((root) => personKey(secret, anchor.get(root) as string)),
      );
    }
  });
});
