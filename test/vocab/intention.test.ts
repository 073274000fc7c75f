import { describe, expect, it } from "vitest";
import { resolveIntention } from "../../src/vocab/intention.ts";

describe("resolveIntention", () => {
  it.each([
    ["全职回归", "full-time-return"],
    ["全職回歸", "full-time-return"],
    ["返乡创业", "full-time-return"],
    ["柔性合作", "flexible"],
    ["兼职", "flexible"],
    ["项目合作", "project"],
    ["項目合作", "project"],
    ["暂无", "none"],
    ["无", "none"],
    ["暂不回归", "none"],
    ["不考虑", "none"],
    ["否", "none"],
    ["", "none"],
  ])("%s is %s", (raw, key) => {
    expect(resolveIntention(raw)).toBe(key);
  });

  it("takes the strongest of several commitments", () => {
    expect(resolveIntention("全职回归或柔性合作")).toBe("full-time-return");
    expect(resolveIntention("柔性合作、项目合作")).toBe("flexible");
  });

  it("does not guess between a refusal and a commitment", () => {
    expect(resolveIntention("暂无，项目合作")).toBeNull();
  });

  it("returns null for garbage", () => {
    for (const raw of ["abc", "是", "有"]) expect(resolveIntention(raw)).toBeNull();
  });
});
