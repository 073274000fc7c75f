import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellValue, gapCell, peopleCell } from "../../../src/report/view/suppress.ts";

describe("peopleCell", () => {
  it("hides 1 … k−1 and shows 0 and k upwards", () => {
    expect([0, 1, 2, 3, 10].map((n) => peopleCell(n, 3))).toEqual([0, "<3", "<3", 3, 10]);
    expect(peopleCell(4, 5)).toBe("<5");
    expect(peopleCell(1, 1)).toBe(1);
    expect(cellValue("<3")).toBeNull();
    expect(cellValue(7)).toBe(7);
  });
});

describe("gapCell", () => {
  it("is the gap when matched is shown, else a range that holds the true gap", () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.integer({ min: 1, max: 6 }), (a, b, k) => {
        const demand = Math.max(a, b);
        const matched = Math.min(a, b);
        const cell = gapCell(demand, matched, k);
        const gap = demand - matched;
        if (typeof peopleCell(matched, k) === "number") {
          expect(cell).toBe(gap);
        } else if (typeof cell === "number") {
          expect(cell).toBe(gap);
        } else {
          const [low, high] = cell.split("–").map(Number);
          expect(low).toBeLessThanOrEqual(gap);
          expect(high).toBeGreaterThanOrEqual(gap);
          // The range is the same for every hidden matched value: it gives none away.
          for (let m = 1; m <= Math.min(k - 1, demand); m++)
            expect(gapCell(demand, m, k)).toBe(cell);
        }
      }),
    );
  });
});
