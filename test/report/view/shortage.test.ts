import { describe, expect, it } from "vitest";
import {
  availableByLevel,
  bandOf,
  qualifies,
  shortage,
  tighter,
} from "../../../src/report/view/shortage.ts";

const bands = { severe: 0.5, shortage: 1, tight: 2 };

describe("shortage bands", () => {
  it("bands the supply/demand ratio with exclusive upper bounds", () => {
    expect([0, 0.49, 0.5, 0.99, 1, 1.99, 2, 7].map((r) => bandOf(r, bands))).toEqual([
      "severe",
      "severe",
      "shortage",
      "shortage",
      "tight",
      "tight",
      "ample",
      "ample",
    ]);
    expect(bandOf(1.5, { severe: 1, shortage: 2, tight: 3 })).toBe("shortage");
  });

  it("publishes the ratio to two decimals, and a hidden count as a bound and a band range", () => {
    expect(shortage(5, 4, bands, 3)).toEqual({
      demand: 4,
      available: 5,
      ratio: 1.25,
      shown: 1.25,
      bands: ["tight", "tight"],
    });
    expect(shortage(0, 4, bands, 3).bands).toEqual(["severe", "severe"]);
    // 1 or 2 people for 3 positions: 0.33 or 0.67, so severe–shortage, shown as <1.
    const hidden = shortage(1, 3, bands, 3);
    expect([hidden.shown, hidden.bands]).toEqual(["<1", ["severe", "shortage"]]);
    expect(shortage(2, 3, bands, 3).shown).toBe("<1");
    // The same 2 of 3 when nothing is hidden.
    expect(shortage(2, 3, bands, 1)).toMatchObject({
      shown: 0.67,
      bands: ["shortage", "shortage"],
    });
    // 1 or 2 for 40: severe either way.
    expect(shortage(2, 40, bands, 3).bands).toEqual(["severe", "severe"]);
  });

  it("takes the tighter of two shortages, band by band", () => {
    const a = shortage(1, 3, bands, 3);
    const b = shortage(9, 3, bands, 3);
    expect(tighter(a, b).bands).toEqual(["severe", "shortage"]);
    expect(tighter(b, a).shown).toBe("<1");
  });
});

describe("availableByLevel", () => {
  // The fixture's bio chain, 2024H2 (test/helpers/report-fixture.ts), worked by hand:
  // people doctorate 1, master 1, bachelor 1, unknown 1; demand doctorate 3, matched 1.
  it("gives each level the people at or above it that the levels above left", () => {
    const supply = {
      doctorate: 1,
      master: 1,
      bachelor: 1,
      associate: 0,
      vocational: 0,
      unknown: 1,
    };
    const gap = {
      doctorate: { demand: 3, matched: 1, gap: 2 },
      master: { demand: 0, matched: 0, gap: 0 },
      bachelor: { demand: 0, matched: 0, gap: 0 },
      associate: { demand: 0, matched: 0, gap: 0 },
      vocational: { demand: 0, matched: 0, gap: 0 },
      none: { demand: 0, matched: 0, gap: 0 },
    };
    expect(availableByLevel("education", supply, gap)).toEqual({
      doctorate: 1,
      master: 1,
      bachelor: 2,
      associate: 2,
      vocational: 2,
      // unknown people count only for `none`
      none: 3,
    });
    // titles: senior 1, vice-senior 1, none 2; demand vice-senior 3, matched 2
    const title = availableByLevel(
      "title",
      { senior: 1, "vice-senior": 1, intermediate: 0, junior: 0, none: 2 },
      {
        senior: { demand: 0, matched: 0, gap: 0 },
        "vice-senior": { demand: 3, matched: 2, gap: 1 },
      },
    );
    expect(title).toEqual({ senior: 1, "vice-senior": 2, intermediate: 0, junior: 0, none: 2 });
  });

  it("makes a ratio below 1 exactly a level with a gap", () => {
    const supply = {
      doctorate: 2,
      master: 0,
      bachelor: 5,
      associate: 1,
      vocational: 0,
      unknown: 3,
    };
    const cells = {
      doctorate: { demand: 1, matched: 1, gap: 0 },
      master: { demand: 2, matched: 1, gap: 1 },
      bachelor: { demand: 4, matched: 4, gap: 0 },
      associate: { demand: 3, matched: 2, gap: 1 },
      vocational: { demand: 0, matched: 0, gap: 0 },
      none: { demand: 5, matched: 3, gap: 2 },
    };
    const available = availableByLevel("education", supply, cells);
    for (const [level, cell] of Object.entries(cells)) {
      if (cell.demand === 0) continue;
      expect((available[level] ?? 0) / cell.demand < 1, level).toBe(cell.gap > 0);
    }
  });
});

describe("qualifies", () => {
  it("accepts a person at or above the minimum, and anyone for none", () => {
    expect(qualifies("education", "doctorate", "bachelor")).toBe(true);
    expect(qualifies("education", "bachelor", "bachelor")).toBe(true);
    expect(qualifies("education", "associate", "bachelor")).toBe(false);
    expect(qualifies("education", "unknown", "vocational")).toBe(false);
    expect(qualifies("education", "unknown", "none")).toBe(true);
    expect(qualifies("title", "none", "junior")).toBe(false);
    expect(qualifies("title", "senior", "vice-senior")).toBe(true);
  });
});
