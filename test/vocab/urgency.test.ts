import { describe, expect, it } from "vitest";
import { resolveUrgency } from "../../src/vocab/urgency.ts";

describe("resolveUrgency", () => {
  it.each([
    ["非常紧缺", "very-urgent"],
    ["特别紧缺", "very-urgent"],
    ["急需", "very-urgent"],
    ["急需紧缺", "very-urgent"],
    ["非常緊缺", "very-urgent"],
    ["紧缺", "urgent"],
    ["较紧缺", "urgent"],
    ["比较紧急", "urgent"],
    ["一般", "normal"],
    ["不紧缺", "normal"],
    ["不急需", "normal"],
    ["高", "very-urgent"],
    ["中", "urgent"],
    ["低", "normal"],
    ["Urgent", "urgent"],
  ])("%s is %s", (raw, key) => {
    expect(resolveUrgency(raw)).toBe(key);
  });

  it("treats blank and placeholders as normal", () => {
    for (const raw of ["", null, undefined, "\u3000", "-", "无"])
      expect(resolveUrgency(raw)).toBe("normal");
  });

  it("takes the most urgent of two grades", () => {
    expect(resolveUrgency("紧缺，急需")).toBe("very-urgent");
  });

  it("returns null for garbage", () => {
    for (const raw of ["abc", "3", "高中"]) expect(resolveUrgency(raw)).toBeNull();
  });
});
