import type { TopLevelSpec } from "vega-lite";
import { isWide } from "../../text/width.ts";
import { chartConfig, schemaUrl } from "./theme.ts";

/**
 * One bar: `value` is what is drawn (null when a small count is hidden: no bar at all) and
 * `label` what is written on it ("12", "<3", "3–4"). A chart gets no hidden number, so
 * neither the SVG nor its aria labels can give one away.
 */
export type Bar = { category: string; series: string; value: number | null; label: string };

export type BarsOptions = {
  description: string;
  bars: readonly Bar[];
  /** Axis categories in ladder order; all are shown even where every bar is hidden. */
  categories: readonly string[];
  series: readonly string[];
  colors: readonly string[];
  categoryTitle: string;
  valueTitle: string;
  /** What the series are ("wave", "measure"): read out by screen readers. */
  seriesTitle: string;
};

function values(bars: readonly Bar[]) {
  return bars.map((bar) => ({ ...bar, labelAt: bar.value ?? 0 }));
}

/** Vertical bars per category, one per series side by side, each labelled with its figure. */
export function groupedBars(options: BarsOptions): TopLevelSpec {
  const { categories, series } = options;
  return {
    $schema: schemaUrl,
    description: options.description,
    width: Math.max(
      240,
      categories.length * Math.max(series.length, 1) * 22 + categories.length * 16,
    ),
    height: 220,
    data: { values: values(options.bars) },
    encoding: {
      x: {
        field: "category",
        type: "nominal",
        title: options.categoryTitle,
        sort: [...categories],
        scale: { domain: [...categories] },
        axis: { labelAngle: 0 },
      },
      xOffset: {
        field: "series",
        type: "nominal",
        title: options.seriesTitle,
        sort: [...series],
        scale: { domain: [...series] },
      },
    },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          y: {
            field: "value",
            type: "quantitative",
            title: options.valueTitle,
            axis: { format: "d", tickMinStep: 1 },
          },
          color: {
            field: "series",
            type: "nominal",
            title: options.seriesTitle,
            scale: { domain: [...series], range: [...options.colors] },
            legend: series.length > 1 ? { title: null } : null,
          },
        },
      },
      {
        mark: { type: "text", baseline: "bottom", dy: -2, aria: false },
        encoding: {
          y: { field: "labelAt", type: "quantitative" },
          text: { field: "label", type: "nominal" },
        },
      },
    ],
    config: chartConfig,
  };
}

/** Horizontal bars in the given order (largest first), each labelled at its end. */
export function rankedBars(
  options: Omit<BarsOptions, "series" | "colors" | "seriesTitle"> & {
    color: string;
    /** Widest label in pixels as vega estimates it (0.8 em a letter); longer ones get "…". */
    labelLimit?: number;
  },
): TopLevelSpec {
  const { categories } = options;
  return {
    $schema: schemaUrl,
    description: options.description,
    padding: { left: labelAllowance(categories), top: 5, right: 5, bottom: 5 },
    width: 360,
    height: { step: 22 },
    data: { values: values(options.bars) },
    encoding: {
      y: {
        field: "category",
        type: "nominal",
        title: null,
        sort: [...categories],
        scale: { domain: [...categories] },
        axis: { labelLimit: options.labelLimit ?? 260 },
      },
    },
    layer: [
      {
        mark: { type: "bar", color: options.color },
        encoding: {
          x: {
            field: "value",
            type: "quantitative",
            title: options.valueTitle,
            axis: { format: "d", tickMinStep: 1 },
          },
        },
      },
      {
        mark: { type: "text", align: "left", baseline: "middle", dx: 3, aria: false },
        encoding: {
          x: { field: "labelAt", type: "quantitative" },
          text: { field: "label", type: "nominal" },
        },
      },
    ],
    config: chartConfig,
  };
}

/**
 * Extra room on the left for axis labels in Chinese: vega measures text without a canvas by
 * estimate (0.8 em a character), but a CJK character is a full em wide, so long names would
 * be cut at the edge of the SVG.
 */
export function labelAllowance(labels: readonly string[], fontSize = 11): number {
  let widest = 0;
  for (const label of labels) {
    let wide = 0;
    for (const char of label) if (isWide(char)) wide += 1;
    widest = Math.max(widest, wide);
  }
  return 5 + Math.ceil(widest * fontSize * 0.25);
}
