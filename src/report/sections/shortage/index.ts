import type { ChainView } from "../../view/chain-view.ts";
import type { ChainSection } from "../section.ts";
import { shortageByPosition } from "./html.ts";
import { catalogueSheet, shortageSheet } from "./sheets.ts";

/**
 * Shortage per position of the latest wave; in the workbook, the 紧缺人才需求目录 in its usual
 * layout and the positions with their ratio and band.
 */
export const shortage: ChainSection<ChainView> = {
  id: "shortage",
  view: (chain) => chain,
  html: shortageByPosition,
  sheets: {
    catalogue: {
      name: (o) => o.text.sheets.catalogue,
      title: (o, model) => {
        const latest = model.summary.waves.at(-1);
        return latest ? `${o.text.sheets.catalogue} · ${latest}` : o.text.sheets.catalogue;
      },
      rows: (views, _, o) => catalogueSheet(views, o),
    },
    shortage: {
      name: (o) => o.text.sheets.shortage,
      rows: (views, _, o) => shortageSheet(views, o),
    },
  },
};
