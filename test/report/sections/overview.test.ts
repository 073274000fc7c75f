import { describe, expect, it } from "vitest";
import { chainRowNames } from "../../../src/report/sections/overview/html.ts";
import type { Summary } from "../../../src/report/summary/schema.ts";

describe("chainRowNames", () => {
  it("names each heat-map row by its chain, a repeated name with its id", () => {
    const summary = {
      chains: [
        { id: "bio", name: "生物基材料" },
        { id: "food", name: "食品加工" },
        { id: "bio2", name: "生物基材料" },
      ],
    } as unknown as Summary;
    expect(chainRowNames(summary)).toEqual(["生物基材料", "食品加工", "生物基材料 (bio2)"]);
  });
});
