import { html } from "../../html/html.ts";
import type { Summary } from "../../summary/schema.ts";
import type { RunSection } from "../section.ts";
import { chainOverview, gapHeatMap } from "./html.ts";
import { chainsSheet } from "./sheet.ts";

/** Every chain at a glance, latest wave (产业链一览, also the workbook's first sheet). */
export const overview: RunSection<Summary> = {
  id: "overview",
  view: (_, model) => model.summary,
  html: (summary, o) => {
    const latest = summary.waves.at(-1);
    return html`<section id="overview"><h2>${o.text.chainOverview}${latest ? ` · ${latest}` : ""}</h2>${chainOverview(summary, o)}</section>`;
  },
  sheets: {
    chains: {
      name: (o) => o.text.sheets.chains,
      rows: ([summary], _, o) => (summary ? chainsSheet(summary, o) : null),
    },
  },
};

/** The latest wave's gap, chain × education level, as a heat map. */
export const heatmap: RunSection<Summary> = {
  id: "heatmap",
  view: (_, model) => model.summary,
  html: async (summary, o) => {
    const latest = summary.waves.at(-1);
    return html`<section id="heatmap"><h2>${latest ? o.text.heatmap(latest) : o.text.gap}</h2>${await gapHeatMap(summary, o)}</section>`;
  },
};
