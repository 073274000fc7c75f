import { describe, expect, it } from "vitest";
import { heatMapSpec } from "../../../src/report/charts/heatmap.ts";
import { renderSvg } from "../../../src/report/charts/render.ts";
import { colors } from "../../../src/report/charts/theme.ts";
import { tileMapSpec } from "../../../src/report/charts/tilemap.ts";

/** The fill of each drawn tile (vega writes a rect mark as a path with its fill). */
function tileFills(svg: string): string[] {
  const marks = /<g[^>]*class="mark-rect[^"]*"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? "";
  return [...marks.matchAll(/<path[^>]*fill="([^"]+)"/g)].map((m) => m[1] ?? "");
}

describe("heat map", () => {
  const spec = heatMapSpec({
    description: "gap",
    cells: [
      { row: "bio", column: "博士", cell: "<3" },
      { row: "bio", column: "硕士", cell: 0 },
      { row: "xss", column: "博士", cell: 8 },
      { row: "xss", column: "硕士", cell: 1 },
    ],
    rows: ["bio", "xss"],
    columns: ["博士", "硕士"],
    rowTitle: "产业链",
    columnTitle: "学历",
    valueTitle: "缺口",
  });

  it("draws a hidden figure as a grey tile with its text, a zero as a pale one", async () => {
    const svg = await renderSvg(spec);
    const fills = tileFills(svg);
    // Every cell keeps its tile: a hidden one too (its shade is 0, not null).
    expect(fills).toHaveLength(4);
    expect(fills[0]).toBe(colors.hidden);
    expect(fills[1]).toBe(colors.empty);
    expect(fills.slice(2)).not.toContain(colors.hidden);
    expect(fills.slice(2)).not.toContain(colors.empty);
    expect(svg).toContain(">&lt;3</text>");
    // Light text on the darker half of the scale only.
    expect(svg).toMatch(/fill="#fff"[^>]*>8<\/text>/);
    expect(svg).toMatch(/fill="#1f2933"[^>]*>1<\/text>/);
  });
});

describe("tile map", () => {
  const spec = tileMapSpec({
    description: "people",
    cells: new Map<string, number | string>([
      ["310000", "<3"],
      ["120000", 6],
    ]),
    lang: "zh",
    valueTitle: "人数",
  });

  it("greys a hidden province, shades a shown one, leaves the rest pale", async () => {
    const values = (spec as { data: { values: Record<string, unknown>[] } }).data.values;
    const of = (name: string) => values.find((v) => v.name === name);
    expect(of("上海")).toMatchObject({ value: null, shade: 0, label: "<3", state: "hidden" });
    expect(of("天津")).toMatchObject({ value: 6, shade: 6, label: "6", state: "shown" });
    expect(of("北京")).toMatchObject({ value: 0, label: "", state: "empty" });
    const fills = tileFills(await renderSvg(spec));
    expect(fills).toHaveLength(values.length);
    expect(fills.filter((fill) => fill === colors.hidden)).toHaveLength(1);
    expect(fills.filter((fill) => fill === colors.empty)).toHaveLength(values.length - 2);
  });
});
