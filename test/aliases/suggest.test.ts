import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { similarity } from "../../src/aliases/similarity.ts";
import { MAX_SUGGESTIONS, MIN_SCORE, suggester } from "../../src/aliases/suggest.ts";
import { createRegionResolver } from "../../src/regions/index.ts";
import type { Chain } from "../../src/workspace/config.ts";

const chains: Chain[] = [
  {
    id: "new-energy",
    name: "新能源",
    aliases: ["新能源产业"],
    sectors: ["电气机械和器材制造业"],
    keywords: [],
  },
  {
    id: "food",
    name: "食品加工",
    aliases: [],
    sectors: ["食品制造业", "农副食品加工业"],
    keywords: [],
  },
];
const suggest = suggester({
  chains,
  regions: createRegionResolver({ locality: "410923" }),
  locality: "410923",
});
const canonicals = (kind: Parameters<typeof suggest>[0], raw: string, side = "demand" as const) =>
  suggest(kind, side, raw).map((s) => s.canonical);

describe("similarity", () => {
  it("is 1 for the same text (as the vocabularies compare it) and 0 for nothing shared", () => {
    expect(similarity("硕士", "碩士")).toBe(1);
    expect(similarity("MBA", "ｍｂａ")).toBe(1);
    expect(similarity("硕士", "教授")).toBe(0);
    expect(similarity("", "硕士")).toBe(0);
  });

  it("ranks nearer spellings higher", () => {
    expect(similarity("千口乡", "千口镇")).toBeGreaterThan(similarity("千口乡", "杨村乡"));
    expect(similarity("制造业", "食品制造业")).toBeGreaterThan(similarity("制造业", "食品加工"));
  });

  it("is symmetric and between 0 and 1", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const s = similarity(a, b);
        expect(s).toBe(similarity(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("suggester", () => {
  it("suggests ladder keys by their spellings", () => {
    expect(canonicals("education", "硕博连读")).toEqual(["master", "doctorate"]);
    expect(suggest("education", "demand", "硕博连读")[0]).toEqual({
      canonical: "master",
      label: "硕士",
      score: 0.36,
    });
    expect(canonicals("skill", "八级工")).toHaveLength(MAX_SUGGESTIONS);
  });

  it("suggests chains by name and alias, sectors from chains.json", () => {
    expect(canonicals("chain", "战略性新兴产业")).toEqual(["new-energy"]);
    expect(canonicals("sector", "制造业")[0]).toBe("食品制造业");
    expect(canonicals("sector", "教育")).toEqual([]);
  });

  it("gives an ambiguous place its candidates, and a misspelt town the locality's towns", () => {
    expect(suggest("region", "demand", "朝阳区")).toEqual([
      { canonical: "110105", label: "北京市朝阳区", score: 1 },
      { canonical: "220104", label: "吉林省长春市朝阳区", score: 1 },
    ]);
    expect(suggest("region", "demand", "千口乡")[0]).toEqual({
      canonical: "410923105",
      label: "河南省濮阳市南乐县千口镇",
      score: 0.61,
    });
  });

  it("is deterministic, at most three, none below the threshold, best first", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("education", "title", "skill", "urgency", "chain", "sector", "category"),
        fc.string({
          unit: fc.constantFrom(..."硕博士本科高级工程师紧缺食品制造业新能源产业"),
          maxLength: 6,
        }),
        (kind, raw) => {
          const a = suggest(kind, "demand", raw);
          expect(suggest(kind, "demand", raw)).toEqual(a);
          expect(a.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
          for (const s of a)
            expect(s.score).toBeGreaterThanOrEqual(Math.floor(MIN_SCORE * 100) / 100);
          for (let i = 1; i < a.length; i++) {
            expect(a[i - 1]?.score).toBeGreaterThanOrEqual(a[i]?.score ?? 0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
