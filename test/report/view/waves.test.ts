import { describe, expect, it } from "vitest";
import type { PositionGroup } from "../../../src/report/view/positions.ts";
import { shortage } from "../../../src/report/view/shortage.ts";
import { compareWaves, previousWave } from "../../../src/report/view/waves.ts";

const bands = { severe: 0.5, shortage: 1, tight: 2 };

function group(position: string, headcount: number, available: number): PositionGroup {
  const s = shortage(available, headcount, bands, 1);
  return { position, headcount, employers: 1, lines: [], shortage: s };
}

describe("wave over wave", () => {
  it("finds the previous wave", () => {
    expect(previousWave(["2024H1", "2024H2", "2025H1"], "2025H1")).toBe("2024H2");
    expect(previousWave(["2024H1"], "2024H1")).toBeNull();
  });

  it("ranks positions by headcount with last wave's rank, and sorts shortages into new, eased, gone", () => {
    const before = [
      group("研发工程师", 10, 2), // shortage (0.2)
      group("化验员", 6, 12), // ample
      group("操作工", 6, 1), // severe, not reported now
      group("销售", 2, 1), // shortage (0.5), eases now
    ];
    const now = [
      group("化验员", 8, 2), // severe now: new shortage
      group("研发工程师", 8, 4), // still short: not new
      group("销售", 3, 6), // ample now: eased
      group("电工", 1, 0), // new position, short: new shortage
    ];
    const c = compareWaves(now, before);
    expect(
      c.positions.map((p) => [
        p.rank,
        p.position,
        p.headcount,
        p.previousHeadcount,
        p.previousRank,
      ]),
    ).toEqual([
      [1, "化验员", 8, 6, 2],
      [1, "研发工程师", 8, 10, 1],
      [3, "销售", 3, 2, 4],
      [4, "电工", 1, null, null],
    ]);
    expect(c.newShortages.map((g) => g.position)).toEqual(["化验员", "电工"]);
    expect(c.eased.map((e) => e.now.position)).toEqual(["销售"]);
    expect(c.notReported.map((g) => g.position)).toEqual(["操作工"]);
  });

  it("counts a hidden ratio as short when its worst band is", () => {
    const hidden = { ...group("钳工", 4, 2), shortage: shortage(2, 4, bands, 3) };
    expect(hidden.shortage.bands).toEqual(["severe", "shortage"]);
    expect(compareWaves([hidden], []).newShortages).toHaveLength(1);
  });
});
