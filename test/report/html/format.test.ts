import { describe, expect, it } from "vitest";
import { formatCell, formatRatio } from "../../../src/report/html/format.ts";

describe("formatCell", () => {
  it("groups thousands and rounds to whole numbers, in either language", () => {
    expect(formatCell(1234567, "zh")).toBe("1,234,567");
    expect(formatCell(1234567, "en")).toBe("1,234,567");
    expect(formatCell(2.6, "en")).toBe("3");
    expect(formatCell(0, "zh")).toBe("0");
    expect(formatCell(-1500, "zh")).toBe("-1,500");
  });

  it("shows a hidden count's text as it is", () => {
    expect(formatCell("<3", "zh")).toBe("<3");
    expect(formatCell("3–4", "en")).toBe("3–4");
  });
});

describe("formatRatio", () => {
  it("gives two decimals, or the bound as written", () => {
    expect(formatRatio(0.888)).toBe("0.89");
    expect(formatRatio(12)).toBe("12.00");
    expect(formatRatio("<0.2")).toBe("<0.2");
  });
});
