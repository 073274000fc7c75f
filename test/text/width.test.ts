import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth, isWide } from "../../src/text/width.ts";

describe("displayWidth", () => {
  it("counts CJK, full-width forms and the supplementary planes as two columns", () => {
    expect(displayWidth("南乐县")).toBe(6);
    expect(displayWidth("abc 12")).toBe(6);
    expect(displayWidth("（有限）公司")).toBe(12);
    expect(displayWidth("한국")).toBe(4);
    expect(displayWidth("𠀀a")).toBe(3);
    expect(isWide("é")).toBe(false);
    expect(isWide("—")).toBe(false);
    expect(isWide("　")).toBe(true);
  });

  it("lies between one and two columns a character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const chars = [...text].length;
        const width = displayWidth(text);
        expect(width).toBeGreaterThanOrEqual(chars);
        expect(width).toBeLessThanOrEqual(2 * chars);
      }),
    );
  });
});
