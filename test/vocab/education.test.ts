import { describe, expect, it } from "vitest";
import { resolveEducation } from "../../src/vocab/education.ts";

const both = (raw: string) => [resolveEducation(raw, "demand"), resolveEducation(raw, "roster")];

describe("resolveEducation", () => {
  it.each([
    ["博士", "doctorate"],
    ["博士研究生", "doctorate"],
    ["博士后", "doctorate"],
    ["PhD", "doctorate"],
    ["Ph.D.", "doctorate"],
    ["Doctor", "doctorate"],
    ["硕士", "master"],
    ["硕士研究生", "master"],
    ["研究生", "master"],
    ["MBA", "master"],
    ["EMBA", "master"],
    ["Master's degree", "master"],
    ["本科", "bachelor"],
    ["大学本科", "bachelor"],
    ["学士", "bachelor"],
    ["全日制本科", "bachelor"],
    ["专升本", "bachelor"],
    ["Bachelor", "bachelor"],
    ["大专", "associate"],
    ["专科", "associate"],
    ["高职", "associate"],
    ["高职高专", "associate"],
    ["中专", "vocational"],
    ["中职", "vocational"],
    ["高中", "vocational"],
    ["技校", "vocational"],
    ["职高", "vocational"],
  ])("%s is %s on both sides", (raw, key) => {
    expect(both(raw)).toEqual([key, key]);
  });

  it.each([
    ["本科及以上", "bachelor"],
    ["本科以上", "bachelor"],
    ["本科或以上", "bachelor"],
    ["硕士及以上学历", "master"],
    ["大专以上学历", "associate"],
    ["博士（含博士后）", "doctorate"],
  ])("reads the minimum form %s as %s", (raw, key) => {
    expect(resolveEducation(raw, "demand")).toBe(key);
  });

  it("resolves traditional and full-width spellings", () => {
    expect(both("碩士")).toEqual(["master", "master"]);
    expect(both("大學本科")).toEqual(["bachelor", "bachelor"]);
    expect(both("博士後")).toEqual(["doctorate", "doctorate"]);
    expect(both("學士學位")).toEqual(["bachelor", "bachelor"]);
    expect(both("ＭＢＡ")).toEqual(["master", "master"]);
    expect(both("\u3000本　科\u3000")).toEqual(["bachelor", "bachelor"]);
  });

  it("reads two levels as the lower on a demand and the higher on a roster", () => {
    expect(both("本科/硕士")).toEqual(["bachelor", "master"]);
    expect(both("硕士、博士")).toEqual(["master", "doctorate"]);
    expect(both("大专，本科优先")).toEqual(["associate", "bachelor"]);
  });

  it("gives none on a demand and unknown on a roster for blanks and placeholders", () => {
    for (const raw of [
      "",
      "   ",
      "\u3000",
      null,
      undefined,
      "-",
      "/",
      "——",
      "无",
      "（无）",
      "N/A",
    ]) {
      expect(resolveEducation(raw, "demand")).toBe("none");
      expect(resolveEducation(raw, "roster")).toBe("unknown");
    }
  });

  it("reads no-requirement as none on a demand and as unresolved on a roster", () => {
    for (const raw of ["不限", "无要求", "学历不限", "不限学历"]) {
      expect(both(raw)).toEqual(["none", null]);
    }
  });

  it("lets a named level beat a 不限 elsewhere in the cell", () => {
    expect(both("专业不限，本科及以上")).toEqual(["bachelor", "bachelor"]);
  });

  it("puts below-the-ladder levels with none / unknown", () => {
    expect(both("初中")).toEqual(["none", "unknown"]);
    expect(both("小学")).toEqual(["none", "unknown"]);
  });

  it("reads a ceiling on a demand as no minimum, and the level on a roster", () => {
    expect(both("大专及以下")).toEqual(["none", "associate"]);
    expect(both("高中以下")).toEqual(["none", "vocational"]);
    // The 以下 of an age limit is not a ceiling on education.
    expect(both("本科以上，35岁以下")).toEqual(["bachelor", "bachelor"]);
  });

  it("does not read a short English term inside a longer word", () => {
    expect(both("emba")).toEqual(["master", "master"]);
    expect(both("xmba")).toEqual([null, null]);
  });

  it("returns null for garbage", () => {
    for (const raw of ["abc", "3", "优秀", "工程师", "若干"])
      expect(both(raw)).toEqual([null, null]);
  });
});
