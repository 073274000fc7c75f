import { describe, expect, it } from "vitest";
import { resolveSkill } from "../../src/vocab/skill.ts";

describe("resolveSkill", () => {
  it.each([
    ["高级技师", "senior-technician"],
    ["技师", "technician"],
    ["高级工", "senior-worker"],
    ["中级工", "intermediate-worker"],
    ["初级工", "junior-worker"],
    ["一级", "senior-technician"],
    ["二级", "technician"],
    ["三级", "senior-worker"],
    ["四级", "intermediate-worker"],
    ["五级", "junior-worker"],
    ["高级工（三级）", "senior-worker"],
    ["国家职业资格二级", "technician"],
    ["３级", "senior-worker"],
    ["高級技師", "senior-technician"],
    ["高级", "senior-worker"],
    ["中级及以上", "intermediate-worker"],
    ["技师及以上", "technician"],
    ["", "none"],
    ["无", "none"],
    ["不限", "none"],
  ])("%s is %s", (raw, key) => {
    expect(resolveSkill(raw)).toBe(key);
  });

  it("counts the national levels down from the top: 一级 is the highest", () => {
    expect(resolveSkill("一级/高级技师")).toBe("senior-technician");
    expect(resolveSkill("五级/初级工")).toBe("junior-worker");
  });

  it("reads two levels by side, and as unresolved without one", () => {
    expect(resolveSkill("技师/高级技师", "demand")).toBe("technician");
    expect(resolveSkill("技师/高级技师", "roster")).toBe("senior-technician");
    expect(resolveSkill("技师/高级技师")).toBeNull();
  });

  it("does not read titles as skill levels", () => {
    for (const raw of ["高级工程师", "工程师", "主任技师", "高级经济师"]) {
      expect(resolveSkill(raw)).toBeNull();
    }
  });

  it("returns null for garbage", () => {
    for (const raw of ["abc", "熟练", "本科"]) expect(resolveSkill(raw)).toBeNull();
  });
});
