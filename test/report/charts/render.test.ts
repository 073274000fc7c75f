import { describe, expect, it } from "vitest";
import { groupedBars } from "../../../src/report/charts/bars.ts";
import { renderSvg } from "../../../src/report/charts/render.ts";

const spec = groupedBars({
  description: "test chart",
  bars: [
    { category: "博士", series: "需求", value: 3, label: "3" },
    { category: "硕士", series: "需求", value: null, label: "<3" },
    { category: "<script>alert(1)</script>", series: "需求", value: 1, label: "1" },
  ],
  categories: ["博士", "硕士", "<script>alert(1)</script>"],
  series: ["需求"],
  colors: ["#4c78a8"],
  categoryTitle: "学历",
  valueTitle: "人数",
  seriesTitle: "指标",
});

describe("renderSvg", () => {
  it("renders marks to an SVG string without a browser", async () => {
    const svg = await renderSvg(spec);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("role-mark");
    expect(svg.match(/<path[^>]*aria-roledescription="bar"/g)).toHaveLength(2);
    expect(svg).toContain(">&lt;3</text>");
    expect(svg).toContain("Noto Sans CJK SC");
  });

  it("keeps every level on the axis even where its bar is hidden", async () => {
    const svg = await renderSvg(spec);
    expect(svg).toContain(">硕士</text>");
  });

  it("escapes text from the data", async () => {
    const svg = await renderSvg(spec);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;");
  });

  it("references no URL but the SVG namespaces", async () => {
    const svg = await renderSvg(spec);
    const urls = svg.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
    expect(new Set(urls)).toEqual(
      new Set(["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"]),
    );
  });
});
