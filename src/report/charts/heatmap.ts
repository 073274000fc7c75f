import type { TopLevelSpec } from "vega-lite";
import { type Cell, cellValue } from "../view/suppress.ts";
import { labelAllowance } from "./bars.ts";
import { chartConfig, colors, schemaUrl, shadeColor, textOnShade } from "./theme.ts";

export type HeatCell = { row: string; column: string; cell: Cell };

export type HeatMapOptions = {
  description: string;
  cells: readonly HeatCell[];
  rows: readonly string[];
  columns: readonly string[];
  rowTitle: string;
  columnTitle: string;
  valueTitle: string;
};

/** A grid of figures coloured by size (gap by chain and level); hidden figures are grey. */
export function heatMapSpec(options: HeatMapOptions): TopLevelSpec {
  const values = options.cells.map((c) => {
    const value = cellValue(c.cell);
    return {
      row: c.row,
      column: c.column,
      value,
      shade: value ?? 0,
      label: String(c.cell),
      aria: `${c.row} · ${c.column}: ${String(c.cell)}`,
      state: value === null ? "hidden" : value === 0 ? "zero" : "shown",
    };
  });
  const max = Math.max(1, ...values.map((v) => v.value ?? 0));
  return {
    $schema: schemaUrl,
    description: options.description,
    padding: { left: labelAllowance(options.rows), top: 5, right: 5, bottom: 5 },
    width: { step: 76 },
    height: { step: 34 },
    data: { values },
    encoding: {
      x: {
        field: "column",
        type: "nominal",
        title: options.columnTitle,
        sort: [...options.columns],
        scale: { domain: [...options.columns] },
        axis: { orient: "top", labelAngle: 0, domain: false, ticks: false },
      },
      y: {
        field: "row",
        type: "nominal",
        title: options.rowTitle,
        sort: [...options.rows],
        scale: { domain: [...options.rows] },
        axis: { domain: false, ticks: false },
      },
    },
    layer: [
      {
        mark: { type: "rect", stroke: "#fff", strokeWidth: 2 },
        encoding: {
          description: { field: "aria", type: "nominal" },
          color: shadeColor({
            zeroState: "zero",
            title: options.valueTitle,
            max,
            range: [colors.gapLight, colors.gap],
            legend: { format: "d", orient: "right" },
          }),
        },
      },
      {
        mark: { type: "text", fontSize: 11, aria: false },
        encoding: {
          text: { field: "label", type: "nominal" },
          color: textOnShade(max),
        },
      },
    ],
    config: chartConfig,
  };
}
