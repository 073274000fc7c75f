import type { DuckDBConnection } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { buildPeople, buildPersonConflicts } from "../../src/normalise/choose.ts";
import { queryRows, quoteLiteral } from "../../src/warehouse/sql.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

type Resolved = {
  person: string;
  row: number;
  education?: string;
  title?: string;
  skill?: string;
  province?: string;
  location?: string | null;
  category?: string | null;
  intention?: string | null;
  contacted?: string | null;
  entered?: string | null;
};

const lit = (v: string | null | undefined, type = "varchar") =>
  v === null || v === undefined ? `null::${type}` : `${quoteLiteral(v)}::${type}`;

/** roster_resolved as normalise makes it, then people and person_conflicts from it. */
async function choose(db: DuckDBConnection, rows: Resolved[]) {
  const values = rows.map(
    (r) => `(${lit(r.person)}, 'rosters/a.csv', null::varchar, ${r.row}, null::varchar,
      ${lit(r.education ?? "unknown")}, ${lit(r.title ?? "none")}, ${lit(r.skill ?? "none")},
      ${lit(r.province ?? "unknown")}, ${lit(r.location)}, ${lit(r.category)}, ${lit(r.intention)},
      null::varchar, null::varchar, null::varchar, ${lit(r.contacted, "date")}, ${lit(r.entered, "date")})`,
  );
  await db.run(`create or replace temp table resolved as select * from (values ${values.join(", ")})
    t(person_key, file, sheet, row_number, employer, education, title, skill, province,
      location_code, category, intention, chain_named, sector, field, contacted, entered)`);
  // As normalise leaves them: every row with the key it would have alone, and the rows of
  // people with several grouped by an integer pid beside their key.
  await db.run(`create or replace temp table roster_resolved as
    select row_number() over () as rid, * rename (person_key as own_key) from resolved`);
  await db.run(`create or replace temp table roster_cluster as
    select rid, dense_rank() over (order by own_key) as pid, own_key as person_key
    from roster_resolved qualify count(*) over (partition by own_key) > 1`);
  await buildPeople(db);
  await buildPersonConflicts(db);
  return {
    people: await queryRows(
      db,
      "select person_key, education, title, skill, province, location_code, category, intention, rows from people order by person_key",
    ),
    conflicts: await queryRows(
      db,
      `select person_key, field, "values", kept, sources from person_conflicts order by all`,
    ),
  };
}

describe("one value per person when their rows disagree", () => {
  it("keeps the most recently contacted row's value and lists the conflict", async () => {
    await withWarehouse(async (db) => {
      const { people, conflicts } = await choose(db, [
        { person: "p", row: 2, education: "master", contacted: "2023-05-01" },
        { person: "p", row: 3, education: "bachelor", contacted: "2024-05-01" },
      ]);
      expect(people[0]).toMatchObject({ education: "bachelor", rows: 2 });
      expect(conflicts).toEqual([
        {
          person_key: "p",
          field: "education",
          values: "bachelor;master",
          kept: "bachelor",
          sources: "rosters/a.csv:2;rosters/a.csv:3",
        },
      ]);
    });
  });

  it("takes a row's later date, contact or entry: a recent entry beats an old contact", async () => {
    await withWarehouse(async (db) => {
      const { people } = await choose(db, [
        { person: "p", row: 2, title: "senior", contacted: "2022-01-01", entered: "2020-01-01" },
        { person: "p", row: 3, title: "intermediate", entered: "2024-06-01" },
      ]);
      expect(people[0]).toMatchObject({ title: "intermediate" });
    });
  });

  it("keeps the higher level when no date tells the rows apart", async () => {
    await withWarehouse(async (db) => {
      const { people, conflicts } = await choose(db, [
        { person: "p", row: 2, education: "bachelor", title: "senior" },
        { person: "p", row: 3, education: "master", title: "vice-senior" },
        { person: "q", row: 4, skill: "senior-worker", entered: "2024-01-01" },
        { person: "q", row: 5, skill: "technician", entered: "2024-01-01" },
      ]);
      // Per attribute: the higher education of one row, the higher title of the other.
      expect(people[0]).toMatchObject({ person_key: "p", education: "master", title: "senior" });
      expect(people[1]).toMatchObject({ person_key: "q", skill: "technician" });
      expect(conflicts.map((c) => [c.person_key, c.field, c.kept])).toEqual([
        ["p", "education", "master"],
        ["p", "title", "senior"],
        ["q", "skill", "technician"],
      ]);
    });
  });

  it("does not count a blank cell as a disagreement, nor let it hide a value", async () => {
    await withWarehouse(async (db) => {
      const { people, conflicts } = await choose(db, [
        { person: "p", row: 2, education: "master", province: "310000", location: "310000" },
        { person: "p", row: 3, contacted: "2024-01-01", intention: "flexible" },
      ]);
      expect(people[0]).toMatchObject({
        education: "master",
        province: "310000",
        location_code: "310000",
        intention: "flexible",
      });
      expect(conflicts).toEqual([]);
    });
  });

  it("lists places that differ, but not a province and a city inside it", async () => {
    await withWarehouse(async (db) => {
      const { people, conflicts } = await choose(db, [
        { person: "p", row: 2, province: "320000", location: "320000", contacted: "2024-02-01" },
        { person: "p", row: 3, province: "320000", location: "320100" },
        { person: "q", row: 4, province: "310000", location: "310000", contacted: "2024-01-01" },
        { person: "q", row: 5, province: "overseas", location: null, contacted: "2024-03-01" },
      ]);
      expect(people.map((p) => [p.person_key, p.province, p.location_code])).toEqual([
        ["p", "320000", "320000"],
        ["q", "overseas", null],
      ]);
      expect(conflicts).toEqual([
        {
          person_key: "q",
          field: "location",
          values: "310000;overseas",
          kept: "overseas",
          sources: "rosters/a.csv:4;rosters/a.csv:5",
        },
      ]);
    });
  });

  it("gives a person with no known value unknown and none, and one row per person", async () => {
    await withWarehouse(async (db) => {
      const { people } = await choose(db, [
        { person: "p", row: 2 },
        { person: "p", row: 3 },
        { person: "q", row: 4, education: "doctorate" },
      ]);
      expect(people).toEqual([
        {
          person_key: "p",
          education: "unknown",
          title: "none",
          skill: "none",
          province: "unknown",
          location_code: null,
          category: null,
          intention: null,
          rows: 2,
        },
        {
          person_key: "q",
          education: "doctorate",
          title: "none",
          skill: "none",
          province: "unknown",
          location_code: null,
          category: null,
          intention: null,
          rows: 1,
        },
      ]);
    });
  });
});
