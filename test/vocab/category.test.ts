import { describe, expect, it } from "vitest";
import { categoryLabels, resolveCategories, resolveCategory } from "../../src/vocab/category.ts";

describe("resolveCategory", () => {
  it("resolves every canonical label to itself", () => {
    for (const label of categoryLabels) expect(resolveCategory(label)).toBe(label);
  });

  it.each([
    ["党政干部", "党政人才"],
    ["黨政人才", "党政人才"],
    ["高层次人才卡持有人", "高层次人才"],
    ["企业家", "经商人才"],
    ["科技副总经理", "科技副总"],
    ["柔性引進人才", "柔性引进"],
    ["专技人才", "专业技术人才"],
    ["高技能人才", "技能人才"],
    ["乡土人才", "农村实用人才"],
  ])("%s is %s", (raw, label) => {
    expect(resolveCategory(raw)).toBe(label);
  });

  it("returns the first of several categories, and all of them from resolveCategories", () => {
    expect(resolveCategory("高层次人才、柔性引进")).toBe("高层次人才");
    expect(resolveCategories("高层次人才、柔性引进、高层次")).toEqual(["高层次人才", "柔性引进"]);
  });

  it("returns null for blank and unknown categories", () => {
    for (const raw of ["", null, "-", "其他", "abc"]) expect(resolveCategory(raw)).toBeNull();
  });
});
