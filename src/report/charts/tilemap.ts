import type { TopLevelSpec } from "vega-lite";
import { chinaGrid } from "../view/china-grid.ts";
import { type Cell, cellValue } from "../view/suppress.ts";
import { chartConfig, colors, schemaUrl, shadeColor, textOnShade } from "./theme.ts";

export type TileMapOptions = {
  description: string;
  /** People per province code; codes not given are 0. */
  cells: ReadonlyMap<string, Cell>;
  lang: "zh" | "en";
  valueTitle: string;
};

const step = 52;

/**
 * Provinces as tiles, coloured by people; a hidden count ("<3") is a grey tile with its text,
 * an empty province a pale one. Labels carry the figure, so the chart reads in grey print.
 */
export function tileMapSpec(options: TileMapOptions): TopLevelSpec {
  const values = chinaGrid.map((cell) => {
    const shown = options.cells.get(cell.code) ?? 0;
    const value = cellValue(shown);
    return {
      col: cell.col,
      row: cell.row,
      name: options.lang === "zh" ? cell.zh : cell.en,
      value,
      shade: value ?? 0,
      label: shown === 0 ? "" : String(shown),
      aria: `${options.lang === "zh" ? cell.zh : cell.en}: ${String(shown)}`,
      state: value === null ? "hidden" : value === 0 ? "empty" : "shown",
    };
  });
  const cols = [...Array(9).keys()];
  const rows = [...Array(8).keys()];
  const max = Math.max(1, ...values.map((v) => v.value ?? 0));
  return {
    $schema: schemaUrl,
    description: options.description,
    width: cols.length * step,
    height: rows.length * step,
    data: { values },
    encoding: {
      x: { field: "col", type: "ordinal", axis: null, scale: { domain: cols, paddingInner: 0.08 } },
      y: { field: "row", type: "ordinal", axis: null, scale: { domain: rows, paddingInner: 0.08 } },
    },
    layer: [
      {
        mark: { type: "rect", cornerRadius: 3 },
        encoding: {
          color: shadeColor({
            zeroState: "empty",
            title: options.valueTitle,
            max,
            range: [colors.supplyLight, colors.supplyDark],
            legend: { orient: "bottom-left", direction: "horizontal", format: "d" },
          }),
          description: { field: "aria", type: "nominal" },
        },
      },
      {
        mark: { type: "text", dy: -7, fontSize: options.lang === "zh" ? 11 : 8, aria: false },
        encoding: {
          text: { field: "name", type: "nominal" },
          color: textOnShade(max),
        },
      },
      {
        mark: { type: "text", dy: 8, fontSize: 11, fontWeight: "bold", aria: false },
        encoding: {
          text: { field: "label", type: "nominal" },
          color: textOnShade(max),
        },
      },
    ],
    config: chartConfig,
  };
}
