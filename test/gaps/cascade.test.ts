import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gaps } from "../../pipelines/gaps.ts";
import { cascadeSql } from "../../src/gaps/cascade.ts";
import { demandEducationKeys, supplyEducationKeys, titleKeys } from "../../src/vocab/ladders.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { testContext } from "../helpers/context.ts";
import { fillDeclaredTable } from "../helpers/tables.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

type Row = { key: string; level: string; demand: number; matched: number; gap: number };

describe("cascadeSql", () => {
  it("walks each partition on its own, as worked by hand", async () => {
    await withWarehouse(async (db) => {
      // Two walks over the same supply key: a (doctorate 1, master 2, bachelor 0, none 1),
      // b (bachelor 4). Supply of x: 1 doctor, 1 master, 2 bachelors, 1 unknown.
      // a: doctorate 1 of {D} → 1/0; master 2 of {M} (D taken) → 1/1; none 1 of {B, B, U} → 1/0.
      // b: bachelor 4 of {D, M, B, B} → 4/0.
      await db.run(`create table d as select * from (values
        ('a', 'x', 'doctorate', 1, 1), ('a', 'x', 'master', 2, 2), ('a', 'x', 'bachelor', 3, 0),
        ('a', 'x', 'none', 6, 1), ('b', 'x', 'bachelor', 3, 4), ('b', 'x', 'none', 6, 0)
        ) t(key, s_key, level, rank, demand)`);
      await db.run(`create table s as select * from (values
        ('x', 1, 1), ('x', 2, 1), ('x', 3, 2), ('x', 6, 1)) t(s_key, rank, people)`);
      const rows = await queryRows<Row>(
        db,
        `select key, level, demand, matched, gap from (${cascadeSql({
          demand: "(select key, s_key, level, rank, demand from d)",
          supply: "s",
          keys: ["key", "s_key"],
          supplyKeys: ["s_key"],
        })})`,
      );
      expect(rows.map((r) => [r.key, r.level, r.demand, r.matched, r.gap])).toEqual([
        ["a", "doctorate", 1, 1, 0],
        ["a", "master", 2, 1, 1],
        ["a", "bachelor", 0, 0, 0],
        ["a", "none", 1, 1, 0],
        ["b", "bachelor", 4, 4, 0],
        ["b", "none", 0, 0, 0],
      ]);
    });
  });

  it("gives what the gaps stage gives, for any demand and supply", async () => {
    const levels = (keys: readonly string[]) =>
      fc.array(fc.tuple(fc.constantFrom(...keys), fc.integer({ min: 1, max: 4 })), {
        maxLength: 6,
      });
    await withWarehouse(async (db) => {
      await fc.assert(
        fc.asyncProperty(
          levels(demandEducationKeys),
          levels(titleKeys),
          levels(supplyEducationKeys),
          fc.array(fc.constantFrom(...titleKeys), { maxLength: 8 }),
          async (education, title, people, titles) => {
            await stageTables(db, education, title, people, titles);
            await gaps.run(testContext(db));
            const expected = await queryRows(db, "select * from gaps order by all");
            const actual = await queryRows(
              db,
              `select * from (${cascadeSql({
                demand:
                  "(select chain_id, wave, ladder, level, rank, headcount as demand from demand_levels)",
                supply: "(select chain_id, ladder, rank, people from supply_levels)",
                keys: ["chain_id", "wave", "ladder"],
                supplyKeys: ["chain_id", "ladder"],
              })}) order by all`,
            );
            expect(actual).toEqual(expected);
          },
        ),
        { numRuns: 25 },
      );
    });
  });
});

/** One chain, two waves: demand rows alternate between the waves; people get a title each. */
async function stageTables(
  db: Parameters<typeof testContext>[0],
  education: [string, number][],
  title: [string, number][],
  people: [string, number][],
  titles: string[],
) {
  const demand = [
    ...education.map(([level, n]) => [level, "none", n] as const),
    ...title.map(([level, n]) => ["none", level, n] as const),
  ].map(([e, t, n], i) => `(${i + 1}, '${i % 2 ? "2024H2" : "2024H1"}', '${e}', '${t}', ${n})`);
  const persons = people.flatMap(([level, n], i) =>
    Array.from({ length: n }, (_, j) => `('p${i}-${j}', '${level}', '${titles[j] ?? "none"}')`),
  );
  await fillDeclaredTable(db, "chain_list", "select 'c' as chain_id, 'C' as name, 1 as ord");
  await fillDeclaredTable(
    db,
    "input_files",
    `select * from (values
    ('a.csv', 'demand', '2024H1'), ('b.csv', 'demand', '2024H2')) t(file, kind, wave)`,
  );
  await fillDeclaredTable(
    db,
    "demand",
    `select * from (values
    ${[...demand, "(0, '2024H1', 'none', 'none', 0)"].join(", ")})
    t(demand_id, wave, education, title, headcount) where demand_id > 0`,
  );
  await db.run(`create or replace table demand_chain as
    select demand_id, 'c' chain_id, 'sector' route, 'assigned' status from demand`);
  await fillDeclaredTable(
    db,
    "people",
    `select * from (values
    ${[...persons, "('-', 'unknown', 'none')"].join(", ")}) t(person_key, education, title)
    where person_key <> '-'`,
  );
  await fillDeclaredTable(
    db,
    "person_chain",
    "select person_key, 'c' chain_id, 'chain' route from people",
  );
}
