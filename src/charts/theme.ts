import type { Config } from "vega-lite";

/** Fonts that carry Chinese on Linux, Windows and macOS, so a chart never shows tofu boxes. */
export const cjkFont =
  '"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif';

export const colors = {
  demand: "#4c78a8",
  matched: "#54a24b",
  gap: "#e45756",
  supply: "#54a24b",
  supplyLight: "#d9f0d3",
  supplyDark: "#1b7837",
  gapLight: "#fde0dd",
  hidden: "#cbd2d9",
  empty: "#f5f7fa",
  bar: "#4c78a8",
  /** One per wave, oldest lightest. */
  waves: ["#9ecae9", "#6baed6", "#4c78a8", "#2f5f8a", "#1d3f66", "#0b2545"],
} as const;

/** Every spec names the schema it validates against. */
export const schemaUrl = "https://vega.github.io/schema/vega-lite/v6.json";

export const chartConfig: Config = {
  font: cjkFont,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: "normal" },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: "top" },
  text: { fontSize: 10 },
};
