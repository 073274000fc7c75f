import { beforeAll, describe, expect, it } from "vitest";
import { type DemandDetails, queryDemandDetails } from "../../../src/report/queries/demand.ts";
import { type PeopleGroupRow, queryPeopleGroups } from "../../../src/report/queries/people.ts";
import { recruitPool } from "../../../src/report/sections/recruit/view.ts";
import { buildSummary } from "../../../src/report/summary/build.ts";
import type { Summary } from "../../../src/report/summary/schema.ts";
import { positionGroups } from "../../../src/report/view/positions.ts";
import { createReportTables, fixtureContext } from "../../helpers/report-fixture.ts";
import { withWarehouse } from "../../helpers/warehouse.ts";

let summary: Summary;
let people: PeopleGroupRow[];
let demand: DemandDetails;

beforeAll(async () => {
  await withWarehouse(async (db) => {
    await createReportTables(db);
    summary = await buildSummary(fixtureContext(db));
    people = await queryPeopleGroups(db);
    demand = await queryDemandDetails(db);
  });
});

const published = { bands: { severe: 0.5, shortage: 1, tight: 2 }, minCellSize: 3 };

describe("where to recruit", () => {
  // bio's people (test/helpers/report-fixture.ts): p1 doctorate 上海 full-time-return,
  // p2 master 上海 flexible, p3 bachelor 天津, p4 unknown education overseas.
  it("counts the people who qualify for a level, by province and city, with their intentions", () => {
    const doctorate = recruitPool(people, "bio", "doctorate", 2, 5);
    expect(doctorate.people).toBe(1);
    expect(doctorate.provinces).toEqual([
      {
        code: "310000",
        people: 1,
        byIntention: { "full-time-return": 1, flexible: 0, project: 0, none: 0, "": 0 },
      },
    ]);
    expect(doctorate.cities.map((c) => c.code)).toEqual(["310115"]);
    // Anyone qualifies for `none`, the unknown-education person too.
    const any = recruitPool(people, "bio", "none", 1, 5);
    expect(any.people).toBe(4);
    expect(any.provinces.map((p) => [p.code, p.people])).toEqual([
      ["310000", 2],
      ["120000", 1],
      ["overseas", 1],
    ]);
    expect(recruitPool(people, "bio", "master", 1, 1).provinces).toHaveLength(1);
  });
});

describe("position groups", () => {
  it("takes a line's education shortage, tightened by its title's when it asks for one", () => {
    const bio = summary.chains.find((c) => c.id === "bio");
    if (!bio) throw new Error("no bio");
    // 2024H2: 首席科学家 needs a doctorate (1 person left for 3) and vice-senior (2 for 3).
    const [group] = positionGroups(bio, "2024H2", demand, published);
    expect(group).toMatchObject({ position: "首席科学家", headcount: 3, employers: 1 });
    expect(group?.shortage.shown).toBe("<1");
    expect(group?.shortage.bands).toEqual(["severe", "shortage"]);
    // 2024H1: 技术员 (bachelor, no title) and 研发工程师 (master, intermediate); exact counts.
    const h1 = positionGroups(bio, "2024H1", demand, { ...published, minCellSize: 1 });
    expect(h1.map((g) => [g.position, g.shortage.shown, g.shortage.bands[0]])).toEqual([
      // bachelor: people at or above 3, the master level took 2 → 1 for 5 = 0.2
      ["技术员", 0.2, "severe"],
      // master 2 of 2 → 1; intermediate: 2 titled people at or above for 2 → 1
      ["研发工程师", 1, "tight"],
    ]);
  });
});
