import { describe, expect, it } from "vitest";
import { buildSummary, isoSeconds } from "../../../src/report/summary/build.ts";
import { summarySchema } from "../../../src/report/summary/schema.ts";
import { summaryJson } from "../../../src/report/summary/write.ts";
import { execute } from "../../../src/warehouse/sql.ts";
import { createReportTables, fixtureContext, scriptName } from "../../helpers/report-fixture.ts";
import { withWarehouse } from "../../helpers/warehouse.ts";

const zeroGap = { demand: 0, matched: 0, gap: 0 };
const noDemandWave = {
  demand: {
    positions: 0,
    headcount: 0,
    byEducation: { doctorate: 0, master: 0, bachelor: 0, associate: 0, vocational: 0, none: 0 },
    byTitle: { senior: 0, "vice-senior": 0, intermediate: 0, junior: 0, none: 0 },
    byRegion: {},
  },
  gap: {
    byEducation: {
      doctorate: zeroGap,
      master: zeroGap,
      bachelor: zeroGap,
      associate: zeroGap,
      vocational: zeroGap,
      none: zeroGap,
    },
    byTitle: {
      senior: zeroGap,
      "vice-senior": zeroGap,
      intermediate: zeroGap,
      junior: zeroGap,
      none: zeroGap,
    },
  },
};

/** Worked out by hand from the fixture's comment, not copied from a run. */
const expected = {
  schemaVersion: 1,
  generatedAt: "2026-11-21T02:00:00Z",
  waves: ["2024H1", "2024H2"],
  inputs: [
    {
      file: "rosters/在外人才.csv",
      kind: "roster",
      wave: null,
      rowsRead: 8,
      rowsLoaded: 7,
      rowsRejected: 1,
    },
    {
      file: "surveys/2024H1/企业需求.xlsx",
      kind: "demand",
      wave: "2024H1",
      rowsRead: 6,
      rowsLoaded: 3,
      rowsRejected: 3,
    },
    {
      file: "surveys/2024H2/坏文件.xlsx",
      kind: "demand",
      wave: "2024H2",
      rowsRead: 0,
      rowsLoaded: 0,
      rowsRejected: 0,
      error: "无法打开工作簿",
    },
    {
      file: "surveys/2024H2/重点企业.xlsx",
      kind: "demand",
      wave: "2024H2",
      rowsRead: 3,
      rowsLoaded: 3,
      rowsRejected: 0,
    },
  ],
  people: { rowsLoaded: 7, distinct: 6 },
  unassigned: { demandRows: 2, people: 1 },
  chains: [
    {
      id: "bio",
      name: "生物基材料",
      supply: {
        people: 4,
        byEducation: {
          doctorate: 1,
          master: 1,
          bachelor: 1,
          associate: 0,
          vocational: 0,
          unknown: 1,
        },
        byTitle: { senior: 1, "vice-senior": 1, intermediate: 0, junior: 0, none: 2 },
        byProvince: { "120000": 1, "310000": 2, overseas: 1 },
      },
      waves: {
        "2024H1": {
          demand: {
            positions: 2,
            headcount: 7,
            byEducation: {
              doctorate: 0,
              master: 2,
              bachelor: 5,
              associate: 0,
              vocational: 0,
              none: 0,
            },
            byTitle: { senior: 0, "vice-senior": 0, intermediate: 2, junior: 0, none: 5 },
            byRegion: { "410922": 5, "410923": 2 },
          },
          gap: {
            byEducation: {
              doctorate: zeroGap,
              master: { demand: 2, matched: 2, gap: 0 },
              bachelor: { demand: 5, matched: 1, gap: 4 },
              associate: zeroGap,
              vocational: zeroGap,
              none: zeroGap,
            },
            byTitle: {
              senior: zeroGap,
              "vice-senior": zeroGap,
              intermediate: { demand: 2, matched: 2, gap: 0 },
              junior: zeroGap,
              none: { demand: 5, matched: 2, gap: 3 },
            },
          },
        },
        "2024H2": {
          demand: {
            positions: 1,
            headcount: 3,
            byEducation: {
              doctorate: 3,
              master: 0,
              bachelor: 0,
              associate: 0,
              vocational: 0,
              none: 0,
            },
            byTitle: { senior: 0, "vice-senior": 3, intermediate: 0, junior: 0, none: 0 },
            byRegion: { "410923": 3 },
          },
          gap: {
            byEducation: {
              doctorate: { demand: 3, matched: 1, gap: 2 },
              master: zeroGap,
              bachelor: zeroGap,
              associate: zeroGap,
              vocational: zeroGap,
              none: zeroGap,
            },
            byTitle: {
              senior: zeroGap,
              "vice-senior": { demand: 3, matched: 2, gap: 1 },
              intermediate: zeroGap,
              junior: zeroGap,
              none: zeroGap,
            },
          },
        },
      },
    },
    {
      id: "xss",
      name: scriptName,
      supply: {
        people: 2,
        byEducation: {
          doctorate: 0,
          master: 1,
          bachelor: 0,
          associate: 1,
          vocational: 0,
          unknown: 0,
        },
        byTitle: { senior: 0, "vice-senior": 1, intermediate: 0, junior: 1, none: 0 },
        byProvince: { "310000": 1, "410000": 1 },
      },
      waves: {
        "2024H1": noDemandWave,
        "2024H2": {
          demand: {
            positions: 1,
            headcount: 4,
            byEducation: {
              doctorate: 0,
              master: 0,
              bachelor: 0,
              associate: 4,
              vocational: 0,
              none: 0,
            },
            byTitle: { senior: 0, "vice-senior": 0, intermediate: 0, junior: 0, none: 4 },
            byRegion: { unknown: 4 },
          },
          gap: {
            byEducation: {
              doctorate: zeroGap,
              master: zeroGap,
              bachelor: zeroGap,
              associate: { demand: 4, matched: 2, gap: 2 },
              vocational: zeroGap,
              none: zeroGap,
            },
            byTitle: {
              senior: zeroGap,
              "vice-senior": zeroGap,
              intermediate: zeroGap,
              junior: zeroGap,
              none: { demand: 4, matched: 2, gap: 2 },
            },
          },
        },
      },
    },
    {
      id: "food",
      name: "食品加工",
      supply: {
        people: 0,
        byEducation: {
          doctorate: 0,
          master: 0,
          bachelor: 0,
          associate: 0,
          vocational: 0,
          unknown: 0,
        },
        byTitle: { senior: 0, "vice-senior": 0, intermediate: 0, junior: 0, none: 0 },
        byProvince: {},
      },
      waves: { "2024H1": noDemandWave, "2024H2": noDemandWave },
    },
  ],
};

describe("buildSummary", () => {
  it("counts exactly what the hand-worked fixture says", async () => {
    await withWarehouse(async (db) => {
      await createReportTables(db);
      const summary = await buildSummary(fixtureContext(db));
      expect(summary).toEqual(expected);
      expect(summarySchema.safeParse(summary).success).toBe(true);
    });
  });

  it("lists every ladder key in order, supply education ending in unknown, demand's in none", async () => {
    await withWarehouse(async (db) => {
      await createReportTables(db);
      const summary = await buildSummary(fixtureContext(db));
      for (const chain of summary.chains) {
        expect(Object.keys(chain.supply.byEducation)).toEqual([
          "doctorate",
          "master",
          "bachelor",
          "associate",
          "vocational",
          "unknown",
        ]);
        expect(Object.keys(chain.supply.byTitle)).toEqual([
          "senior",
          "vice-senior",
          "intermediate",
          "junior",
          "none",
        ]);
        expect(Object.keys(chain.waves)).toEqual(summary.waves);
        for (const wave of Object.values(chain.waves)) {
          expect(Object.keys(wave.demand.byEducation)).toEqual([
            "doctorate",
            "master",
            "bachelor",
            "associate",
            "vocational",
            "none",
          ]);
          expect(Object.keys(wave.demand.byTitle)).toEqual(Object.keys(chain.supply.byTitle));
          expect(Object.keys(wave.gap.byEducation)).toEqual(Object.keys(wave.demand.byEducation));
          expect(Object.keys(wave.gap.byTitle)).toEqual(Object.keys(wave.demand.byTitle));
        }
      }
    });
  });

  it("writes the same text twice but for generatedAt", async () => {
    await withWarehouse(async (db) => {
      await createReportTables(db);
      const first = summaryJson(await buildSummary(fixtureContext(db)));
      const ctx = { ...fixtureContext(db), now: () => new Date("2027-01-02T03:04:05.999Z") };
      const second = summaryJson(await buildSummary(ctx));
      expect(second).toContain('"generatedAt": "2027-01-02T03:04:05Z"');
      const strip = (text: string) => text.replace(/"generatedAt": "[^"]+"/, "");
      expect(strip(second)).toBe(strip(first));
      expect(
        first.startsWith(
          '{\n  "schemaVersion": 1,\n  "generatedAt": "2026-11-21T02:00:00Z",\n  "waves"',
        ),
      ).toBe(true);
      expect(first.endsWith("}\n")).toBe(true);
    });
  });

  it("fails loudly when supply_levels disagrees with person_chain", async () => {
    await withWarehouse(async (db) => {
      await createReportTables(db);
      // As if the gaps stage counted people cumulatively (at or above each level).
      await execute(
        db,
        "update supply_levels set people = people + 1 where chain_id = 'bio' and level = 'master'",
      );
      await expect(buildSummary(fixtureContext(db))).rejects.toThrow(
        /supply_levels education sums to 5 people/,
      );
    });
  });

  it("drops milliseconds from generatedAt", () => {
    expect(isoSeconds(new Date("2026-11-21T02:00:00.123Z"))).toBe("2026-11-21T02:00:00Z");
  });
});
