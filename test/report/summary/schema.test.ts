import { describe, expect, it } from "vitest";
import { type Summary, summarySchema } from "../../../src/report/summary/schema.ts";

const zero = { demand: 0, matched: 0, gap: 0 };

function valid(): Summary {
  return {
    schemaVersion: 1,
    generatedAt: "2026-11-21T02:00:00Z",
    waves: ["2024H2"],
    inputs: [
      {
        file: "rosters/a.csv",
        kind: "roster",
        wave: null,
        rowsRead: 1,
        rowsLoaded: 1,
        rowsRejected: 0,
      },
    ],
    people: { rowsLoaded: 1, distinct: 1 },
    unassigned: { demandRows: 0, people: 0 },
    chains: [
      {
        id: "bio",
        name: "生物基材料",
        supply: {
          people: 1,
          byEducation: {
            doctorate: 1,
            master: 0,
            bachelor: 0,
            associate: 0,
            vocational: 0,
            unknown: 0,
          },
          byTitle: { senior: 0, "vice-senior": 0, intermediate: 0, junior: 0, none: 1 },
          byProvince: { "310000": 1 },
        },
        waves: {
          "2024H2": {
            demand: {
              positions: 0,
              headcount: 0,
              byEducation: {
                doctorate: 0,
                master: 0,
                bachelor: 0,
                associate: 0,
                vocational: 0,
                none: 0,
              },
              byTitle: { senior: 0, "vice-senior": 0, intermediate: 0, junior: 0, none: 0 },
              byRegion: {},
            },
            gap: {
              byEducation: {
                doctorate: zero,
                master: zero,
                bachelor: zero,
                associate: zero,
                vocational: zero,
                none: zero,
              },
              byTitle: {
                senior: zero,
                "vice-senior": zero,
                intermediate: zero,
                junior: zero,
                none: zero,
              },
            },
          },
        },
      },
    ],
  };
}

function chain0(summary: Summary) {
  const chain = summary.chains[0];
  if (!chain) throw new Error("fixture has a chain");
  return chain;
}

describe("summarySchema", () => {
  it("accepts the contract", () => {
    expect(summarySchema.safeParse(valid()).success).toBe(true);
  });

  it("accepts the optional error of a file set aside whole", () => {
    const summary = valid();
    summary.inputs.push({
      file: "surveys/2024H2/x.xlsx",
      kind: "demand",
      wave: "2024H2",
      rowsRead: 0,
      rowsLoaded: 0,
      rowsRejected: 0,
      error: "damaged",
    });
    expect(summarySchema.safeParse(summary).success).toBe(true);
  });

  it("rejects a missing ladder level", () => {
    const summary = valid();
    const { vocational: _, ...rest } = chain0(summary).supply.byEducation;
    (chain0(summary).supply as { byEducation: unknown }).byEducation = rest;
    expect(summarySchema.safeParse(summary).success).toBe(false);
  });

  it("rejects demand's none in supply education and a stray key", () => {
    const summary = valid();
    (chain0(summary).supply.byEducation as Record<string, number>).none = 0;
    expect(summarySchema.safeParse(summary).success).toBe(false);
    const other = valid() as Record<string, unknown>;
    other.extra = 1;
    expect(summarySchema.safeParse(other).success).toBe(false);
  });

  it("rejects a chain missing a wave, milliseconds in generatedAt, a negative count", () => {
    const noWave = valid();
    noWave.waves.push("2025H1");
    expect(summarySchema.safeParse(noWave).success).toBe(false);
    const millis = valid();
    millis.generatedAt = "2026-11-21T02:00:00.000Z";
    expect(summarySchema.safeParse(millis).success).toBe(false);
    const negative = valid();
    chain0(negative).supply.people = -1;
    expect(summarySchema.safeParse(negative).success).toBe(false);
  });

  it("rejects a bad province key and a schemaVersion other than 1", () => {
    const province = valid();
    chain0(province).supply.byProvince = { 上海: 1 };
    expect(summarySchema.safeParse(province).success).toBe(false);
    const version = { ...valid(), schemaVersion: 2 };
    expect(summarySchema.safeParse(version).success).toBe(false);
  });

  it("accepts byField on supply, demand and gap, and summaries without it", () => {
    const summary = valid();
    const chain = chain0(summary);
    chain.supply.byField = { "0805": 1 };
    const wave = chain.waves["2024H2"];
    if (!wave) throw new Error("fixture has a wave");
    wave.demand.byField = { "0805": 2, "0817": 2 };
    wave.gap.byField = {
      "0805": { demand: 2, matched: 1, gap: 1 },
      "0817": { demand: 2, matched: 0, gap: 2 },
    };
    const parsed = summarySchema.parse(summary);
    expect(Object.keys(parsed.chains[0]?.supply ?? {})).toEqual([
      "people",
      "byEducation",
      "byTitle",
      "byProvince",
      "byField",
    ]);
    expect(summarySchema.safeParse(valid()).success).toBe(true);
    expect("byField" in (summarySchema.parse(valid()).chains[0]?.supply ?? {})).toBe(false);
  });

  it("rejects a byField key that is no discipline code, and a gap cell with a stray key", () => {
    const name = valid();
    chain0(name).supply.byField = { 材料科学与工程: 1 };
    expect(summarySchema.safeParse(name).success).toBe(false);
    const category = valid();
    chain0(category).supply.byField = { "08": 1 };
    expect(summarySchema.safeParse(category).success).toBe(false);
    const cell = valid();
    const wave = chain0(cell).waves["2024H2"];
    if (!wave) throw new Error("fixture has a wave");
    (wave.gap as Record<string, unknown>).byField = {
      "0805": { demand: 1, matched: 1, gap: 0, x: 1 },
    };
    expect(summarySchema.safeParse(cell).success).toBe(false);
  });
});
