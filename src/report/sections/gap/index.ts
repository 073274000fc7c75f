import { ladders } from "../../../vocab/ladders.ts";
import type { ChainView } from "../../view/chain-view.ts";
import type { ChainSection, SectionTable } from "../section.ts";
import { gapPerLevel } from "./html.ts";
import { gapPivotTable, gapsCsvTable, gapsSheetTable } from "./sheets.ts";

/**
 * The gap per level on both ladders. Its tables are summary.json's gaps of every chain and
 * wave: the long form (gaps.csv for scripts, a sheet for people) and a pivot per ladder.
 */
export const gap: ChainSection<ChainView> = {
  id: "gap",
  view: (chain) => chain,
  html: gapPerLevel,
  sheets: {
    gaps: {
      name: (o) => o.text.sheets.gaps,
      rows: (_, model, o) => gapsSheetTable(model.summary, o.minCellSize, o.text),
    },
    ...Object.fromEntries(
      ladders.map((ladder): [string, SectionTable<ChainView>] => [
        `pivot-${ladder}`,
        {
          name: (o) => o.text.sheets.pivot(ladder),
          rows: (_, model, o) => gapPivotTable(model.summary, ladder, o.minCellSize, o.text),
        },
      ]),
    ),
  },
  files: {
    "gaps.csv": {
      name: () => "gaps.csv",
      rows: (_, model, o) => gapsCsvTable(model.summary, o.minCellSize),
    },
  },
};
