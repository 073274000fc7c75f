import { describe, expect, it } from "vitest";
import { buildSummary } from "../../../src/report/summary/build.ts";
import { checkSummary } from "../../../src/report/summary/consistency.ts";
import type { Summary } from "../../../src/report/summary/schema.ts";
import { createReportTables, fixtureContext } from "../../helpers/report-fixture.ts";
import { withWarehouse } from "../../helpers/warehouse.ts";

describe("byField in summary.json", () => {
  it("is left out for a warehouse made before the fields stage", async () => {
    await withWarehouse(async (db) => {
      await createReportTables(db);
      const summary = await buildSummary(fixtureContext(db));
      const text = JSON.stringify(summary);
      expect(text).not.toContain("byField");
      expect(summary.chains.length).toBeGreaterThan(0);
    });
  });
});

describe("checkSummary on fields", () => {
  const zero = { demand: 0, matched: 0, gap: 0 };
  const summary = (
    byField: Record<string, number>,
    gapByField: Record<string, typeof zero>,
    supplyByField: Record<string, number> = {},
  ) =>
    ({
      chains: [
        {
          id: "c",
          supply: {
            people: 2,
            byEducation: { doctorate: 2 },
            byTitle: { none: 2 },
            byProvince: { "310000": 2 },
            byField: supplyByField,
          },
          waves: {
            "2024H1": {
              demand: {
                headcount: 3,
                byEducation: { master: 3 },
                byTitle: { none: 3 },
                byRegion: { "410923": 3 },
                byField,
              },
              gap: {
                byEducation: { master: { demand: 3, matched: 2, gap: 1 } },
                byTitle: { none: { demand: 3, matched: 2, gap: 1 } },
                byField: gapByField,
              },
            },
          },
        },
      ],
    }) as unknown as Summary;

  it("passes figures that agree", () => {
    const ok = summary(
      { "0805": 3, "0817": 3 },
      { "0805": { demand: 3, matched: 2, gap: 1 }, "0817": { demand: 3, matched: 0, gap: 3 } },
      { "0805": 2 },
    );
    expect(checkSummary(ok)).toEqual([]);
  });

  it("reports a discipline missing on one side, a sum that does not hold, too many people", () => {
    expect(checkSummary(summary({ "0805": 3 }, {}))).toEqual([
      "chain c wave 2024H1: field_gaps 0805 demand undefined ≠ field_levels 3",
    ]);
    expect(
      checkSummary(summary({ "0805": 3 }, { "0805": { demand: 3, matched: 2, gap: 2 } })),
    ).toEqual(["chain c wave 2024H1: field_gaps 0805 matched 2 + gap 2 ≠ demand 3"]);
    expect(checkSummary(summary({}, {}, { "0805": 3 }))).toEqual([
      "chain c: 3 people hold 0805, more than the chain's 2",
    ]);
  });
});
