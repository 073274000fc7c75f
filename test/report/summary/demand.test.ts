import { beforeAll, describe, expect, it } from "vitest";
import { type DemandDetails, queryDemandDetails } from "../../../src/report/queries/demand.ts";
import { buildSummary } from "../../../src/report/summary/build.ts";
import type { Summary } from "../../../src/report/summary/schema.ts";
import { positionGroups } from "../../../src/report/view/positions.ts";
import { execute } from "../../../src/warehouse/sql.ts";
import { createReportTables, fixtureContext, scriptName } from "../../helpers/report-fixture.ts";
import { withWarehouse } from "../../helpers/warehouse.ts";

let demand: DemandDetails;
let summary: Summary;

// The fixture's bio 2024H1 (d1 南乐生物科技 研发工程师 master/intermediate 2; d2 技术员), and
// two more rows for 研发工程师: the same enterprise asking for a bachelor (d7), and a row that
// names no enterprise with d1's requirement (d8). The summary is built before they are added
// (the gap tables do not count them); it only gives each level's shortage.
beforeAll(async () => {
  await withWarehouse(async (db) => {
    await createReportTables(db);
    summary = await buildSummary(fixtureContext(db));
    await execute(
      db,
      `insert into demand by name
       select * from (values
         (7, 'surveys/2024H1/企业需求.xlsx', 'Sheet1', 7, '2024H1', '南乐生物科技有限公司',
          '研发工程师', '发酵', 'bachelor', 'none', 1, '410923'),
         (8, 'surveys/2024H1/企业需求.xlsx', 'Sheet1', 8, '2024H1', null,
          '研发工程师', '发酵', 'master', 'intermediate', 3, '410923'))
         t(demand_id, file, sheet, row_number, wave, employer, position, field, education, title,
           headcount, region_code)`,
    );
    await execute(
      db,
      `insert into demand_chain by name
       select * from (values (7, 'bio', 'chain', 'assigned'), (8, 'bio', 'chain', 'assigned'))
         t(demand_id, chain_id, route, status)`,
    );
    demand = await queryDemandDetails(db);
  });
});

const bio2024H1 = <T extends { chain_id: string; wave: string }>(rows: readonly T[]) =>
  rows.filter((row) => row.chain_id === "bio" && row.wave === "2024H1");

describe("demand breakdowns", () => {
  it("sums each requirement and counts its enterprises, a blank one as one", () => {
    expect(
      bio2024H1(demand.lines).map((l) => [l.position, l.education, l.headcount, l.employers]),
    ).toEqual([
      ["技术员", "bachelor", 5, 1],
      ["研发工程师", "bachelor", 1, 1],
      ["研发工程师", "master", 5, 2],
    ]);
  });

  it("counts an enterprise once per position however many requirements it gives", () => {
    expect(bio2024H1(demand.positions).map((p) => [p.position, p.employers])).toEqual([
      ["技术员", 1],
      ["研发工程师", 2],
    ]);
    const bio = summary.chains.find((c) => c.id === "bio");
    if (!bio) throw new Error("no bio");
    const groups = positionGroups(bio, "2024H1", demand, {
      bands: { severe: 0.5, shortage: 1, tight: 2 },
      minCellSize: 1,
    });
    const group = groups.find((g) => g.position === "研发工程师");
    expect(group).toMatchObject({ headcount: 6, employers: 2 });
    expect(group?.lines.map((l) => l.employers).sort()).toEqual([1, 2]);
  });

  it("sums positions and headcount by enterprise, place and urgency", () => {
    expect(bio2024H1(demand.employers).map((e) => [e.employer, e.positions, e.headcount])).toEqual([
      ["", 1, 3],
      [`${scriptName}有限公司`, 1, 5],
      ["南乐生物科技有限公司", 2, 3],
    ]);
    const headcount = (rows: readonly { headcount: number }[]) =>
      rows.reduce((sum, row) => sum + row.headcount, 0);
    expect(headcount(bio2024H1(demand.places))).toBe(11);
    expect(headcount(bio2024H1(demand.urgency))).toBe(11);
    expect(bio2024H1(demand.places).find((p) => p.region_code === "410922")?.headcount).toBe(5);
  });
});
