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

/**
 * The fill of a map's tile (heat map cell, province tile) by its figure: grey where the count
 * is hidden, pale where it is zero (the data's `state`: "hidden", or `zeroState`), else a shade
 * of `range` by `shade`, which is 0 for a hidden figure, as a null would drop the mark.
 */
export function shadeColor(options: {
  zeroState: string;
  title: string;
  max: number;
  range: readonly [string, string];
  legend: Record<string, string>;
}) {
  return {
    condition: [
      { test: "datum.state === 'hidden'", value: colors.hidden },
      { test: `datum.state === '${options.zeroState}'`, value: colors.empty },
    ],
    field: "shade",
    type: "quantitative" as const,
    title: options.title,
    scale: { domain: [0, options.max], range: [...options.range] },
    legend: options.legend,
  };
}

/** Text on a shaded tile: white on the darker half of the scale, else dark. */
export function textOnShade(max: number) {
  return {
    condition: { test: `datum.value !== null && datum.value > ${max / 2}`, value: "#fff" },
    value: "#1f2933",
  };
}
