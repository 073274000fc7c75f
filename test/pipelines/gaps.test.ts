import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gaps } from "../../pipelines/gaps.ts";
import { demandEducationKeys, ladderRanks, supplyEducationKeys } from "../../src/vocab/ladders.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { testContext } from "../helpers/context.ts";
import { fillDeclaredTable } from "../helpers/tables.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

type Demand = Record<string, number>;
type Supply = Record<string, number>;

/** Builds the tables the gaps stage reads: one chain, one wave, people by education only. */
async function cascade(db: Parameters<typeof testContext>[0], demand: Demand, supply: Supply) {
  const demandRows = Object.entries(demand).filter(([, n]) => n > 0);
  const people = Object.entries(supply).flatMap(([level, n]) =>
    Array.from({ length: n }, (_, i) => [`${level}-${i}`, level]),
  );
  await fillDeclaredTable(db, "chain_list", `select 'c' as chain_id, 'C' as name, 1 as ord`);
  await fillDeclaredTable(db, "input_files", `select 'f.csv' file, 'demand' kind, '2024H1' wave`);
  await fillDeclaredTable(
    db,
    "demand",
    `select * from (values ${demandRows.map(([level, n], i) => `(${i + 1}, '2024H1', '${level}', 'none', ${n})`).join(", ") || "(0, '2024H1', 'none', 'none', 0)"}) t(demand_id, wave, education, title, headcount)`,
  );
  await fillDeclaredTable(
    db,
    "demand_chain",
    `select demand_id, 'c' chain_id, 'sector' route, 'assigned' status from demand`,
  );
  await fillDeclaredTable(
    db,
    "people",
    `select * from (values ${people.map(([key, level]) => `('${key}', '${level}', 'none')`).join(", ") || "('x', 'unknown', 'none')"}) t(person_key, education, title) where ${people.length > 0}`,
  );
  await fillDeclaredTable(
    db,
    "person_chain",
    `select person_key, 'c' chain_id, 'chain' route from people`,
  );
  await gaps.run(testContext(db));
  const rows = await queryRows<{ level: string; demand: number; matched: number; gap: number }>(
    db,
    "select level, demand, matched, gap from gaps where ladder = 'education' order by rank",
  );
  return Object.fromEntries(rows.map((row) => [row.level, row]));
}

/** Maximum bipartite matching by augmenting paths: the brute-force truth for small inputs. */
function bruteForceMatched(demand: Demand, supply: Supply): number {
  const ranks = ladderRanks("education");
  const slots = Object.entries(demand).flatMap(([level, n]) =>
    Array<number>(n).fill(ranks.get(level) as number),
  );
  const people = Object.entries(supply).flatMap(([level, n]) => Array<string>(n).fill(level));
  const fits = (person: string, slotRank: number) =>
    person === "unknown"
      ? slotRank === ranks.get("none")
      : (ranks.get(person) as number) <= slotRank;
  const owner = new Array<number>(slots.length).fill(-1);
  const tryPerson = (p: number, seen: boolean[]): boolean => {
    for (let s = 0; s < slots.length; s++) {
      if (seen[s] || !fits(people[p] as string, slots[s] as number)) continue;
      seen[s] = true;
      if (owner[s] === -1 || tryPerson(owner[s] as number, seen)) {
        owner[s] = p;
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (let p = 0; p < people.length; p++)
    if (tryPerson(p, new Array(slots.length).fill(false))) matched++;
  return matched;
}

describe("gaps", () => {
  it("walks the ladder from the top, as worked by hand", async () => {
    await withWarehouse(async (db) => {
      // 2 doctors, 1 master, 3 unknown. Demand: 1 doctorate, 4 master, 2 bachelor, 2 none.
      // doctorate takes 1 of 2 doctors; master takes the other doctor and the master (2 of 4);
      // bachelor finds nobody left; none takes 2 of the 3 unknown.
      const result = await cascade(
        db,
        { doctorate: 1, master: 4, bachelor: 2, none: 2 },
        { doctorate: 2, master: 1, unknown: 3 },
      );
      expect(result.doctorate).toEqual({ level: "doctorate", demand: 1, matched: 1, gap: 0 });
      expect(result.master).toEqual({ level: "master", demand: 4, matched: 2, gap: 2 });
      expect(result.bachelor).toEqual({ level: "bachelor", demand: 2, matched: 0, gap: 2 });
      expect(result.associate).toEqual({ level: "associate", demand: 0, matched: 0, gap: 0 });
      expect(result.none).toEqual({ level: "none", demand: 2, matched: 2, gap: 0 });
      expect(Object.keys(result)).toEqual([...demandEducationKeys]);
    });
  });

  it("unknown people fill only demand that asks for nothing", async () => {
    await withWarehouse(async (db) => {
      const result = await cascade(db, { vocational: 3 }, { unknown: 5 });
      expect(result.vocational).toMatchObject({ demand: 3, matched: 0, gap: 3 });
    });
  });

  it("never matches more than supply or demand at or above a level, and as many as any assignment", async () => {
    const counts = (keys: readonly string[]) =>
      fc.record(
        Object.fromEntries(keys.map((key) => [key, fc.nat({ max: 3 })])) as Record<
          string,
          fc.Arbitrary<number>
        >,
      );
    await withWarehouse(async (db) => {
      await fc.assert(
        fc.asyncProperty(
          counts(demandEducationKeys),
          counts(supplyEducationKeys),
          async (demand, supply) => {
            const result = await cascade(db, demand, supply);
            const ranks = ladderRanks("education");
            let matchedAbove = 0;
            let demandAbove = 0;
            for (const level of demandEducationKeys) {
              const row = result[level];
              expect(row?.demand).toBe(demand[level]);
              expect((row?.matched ?? 0) + (row?.gap ?? 0)).toBe(demand[level]);
              matchedAbove += row?.matched ?? 0;
              demandAbove += demand[level] ?? 0;
              const supplyAbove = Object.entries(supply)
                .filter(([key]) => (ranks.get(key) as number) <= (ranks.get(level) as number))
                .reduce((sum, [, n]) => sum + n, 0);
              expect(matchedAbove).toBeLessThanOrEqual(Math.min(supplyAbove, demandAbove));
            }
            expect(matchedAbove).toBe(bruteForceMatched(demand, supply));
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
