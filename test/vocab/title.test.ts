import { describe, expect, it } from "vitest";
import { resolveTitle } from "../../src/vocab/title.ts";

describe("resolveTitle", () => {
  it.each([
    ["正高级", "senior"],
    ["正高", "senior"],
    ["教授", "senior"],
    ["研究员", "senior"],
    ["教授级高级工程师", "senior"],
    ["教授级高工", "senior"],
    ["研究员级高级工程师", "senior"],
    ["正高级工程师", "senior"],
    ["正高级经济师", "senior"],
    ["主任医师", "senior"],
    ["农业技术推广研究员", "senior"],
    ["副高级", "vice-senior"],
    ["副高", "vice-senior"],
    ["副教授", "vice-senior"],
    ["副研究员", "vice-senior"],
    ["高级工程师", "vice-senior"],
    ["高工", "vice-senior"],
    ["高级经济师", "vice-senior"],
    ["高级会计师", "vice-senior"],
    ["高级农艺师", "vice-senior"],
    ["副主任医师", "vice-senior"],
    ["高级讲师", "vice-senior"],
    ["高级职称", "vice-senior"],
    ["中级", "intermediate"],
    ["工程师", "intermediate"],
    ["讲师", "intermediate"],
    ["助理研究员", "intermediate"],
    ["经济师", "intermediate"],
    ["会计师", "intermediate"],
    ["农艺师", "intermediate"],
    ["主治医师", "intermediate"],
    ["中级职称", "intermediate"],
    ["初级", "junior"],
    ["助理工程师", "junior"],
    ["技术员", "junior"],
    ["助教", "junior"],
    ["助理经济师", "junior"],
    ["无", "none"],
    ["不限", "none"],
    ["无职称", "none"],
    ["", "none"],
  ])("%s is %s", (raw, key) => {
    expect(resolveTitle(raw)).toBe(key);
  });

  it("gets the traps right", () => {
    expect(resolveTitle("高级工程师")).toBe("vice-senior");
    expect(resolveTitle("教授级高级工程师")).toBe("senior");
    expect(resolveTitle("正高级工程师")).toBe("senior");
    expect(resolveTitle("研究员")).toBe("senior");
    expect(resolveTitle("副研究员")).toBe("vice-senior");
    expect(resolveTitle("助理研究员")).toBe("intermediate");
    expect(resolveTitle("工程师")).toBe("intermediate");
    expect(resolveTitle("助理工程师")).toBe("junior");
    expect(resolveTitle("副教授")).toBe("vice-senior");
    expect(resolveTitle("副主任医师")).toBe("vice-senior");
  });

  it("strips 及以上 and reads traditional and full-width forms", () => {
    expect(resolveTitle("中级及以上")).toBe("intermediate");
    expect(resolveTitle("副高以上职称")).toBe("vice-senior");
    expect(resolveTitle("高級工程師")).toBe("vice-senior");
    expect(resolveTitle("助理研究員")).toBe("intermediate");
    expect(resolveTitle("\u3000工程师（中级）\u3000")).toBe("intermediate");
  });

  it("reads two titles by side, and as unresolved without one", () => {
    expect(resolveTitle("工程师/高级工程师", "demand")).toBe("intermediate");
    expect(resolveTitle("工程师/高级工程师", "roster")).toBe("vice-senior");
    expect(resolveTitle("工程师/高级工程师")).toBeNull();
    expect(resolveTitle("高级工程师、高级经济师")).toBe("vice-senior");
  });

  it("lets a named title beat 不限 in the same cell", () => {
    expect(resolveTitle("职称不限，工程师优先")).toBe("intermediate");
  });

  it("does not read skill levels as titles", () => {
    for (const raw of ["高级技师", "技师", "高级工", "中级工"])
      expect(resolveTitle(raw)).toBeNull();
  });

  it("returns null for garbage", () => {
    for (const raw of ["abc", "教师", "经理", "本科"]) expect(resolveTitle(raw)).toBeNull();
  });
});
