import { describe, expect, it } from "vitest";
import { rankedCells } from "../../../src/report/view/suppress.ts";
import { townOf } from "../../../src/report/view/towns.ts";

describe("townOf", () => {
  it("takes the town a region names, as written", () => {
    expect(townOf("南乐县城关镇")).toBe("城关镇");
    expect(townOf("城关镇")).toBe("城关镇");
    expect(townOf("河南省濮阳市南乐县元村镇")).toBe("元村镇");
    expect(townOf("南乐县西邵乡")).toBe("西邵乡");
    expect(townOf("朝阳区三里屯街道")).toBe("三里屯街道");
    expect(townOf("南乐县")).toBeNull();
    expect(townOf("")).toBeNull();
  });
});

describe("rankedCells", () => {
  it("ranks shown counts first and hidden ones by key, leaving out zeros", () => {
    expect(
      rankedCells(
        [
          ["b", 2],
          ["a", 1],
          ["c", 5],
          ["d", 0],
          ["e", 3],
        ],
        3,
      ),
    ).toEqual([
      { key: "c", cell: 5 },
      { key: "e", cell: 3 },
      { key: "a", cell: "<3" },
      { key: "b", cell: "<3" },
    ]);
  });
});
