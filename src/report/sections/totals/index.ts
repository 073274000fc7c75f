import { formatCell } from "../../html/format.ts";
import { html } from "../../html/html.ts";
import type { Summary } from "../../summary/schema.ts";
import { peopleCell } from "../../view/suppress.ts";
import type { RunSection } from "../section.ts";

/** The run's totals: roster rows, distinct people, demand rows and people in no chain. */
export const totals: RunSection<Summary> = {
  id: "totals",
  view: (_, model) => model.summary,
  html: (summary, o) => {
    const { text, lang, minCellSize } = o;
    const figure = (label: string, cell: number | string) =>
      html`<div><dt>${label}</dt><dd>${formatCell(cell, lang)}</dd></div>`;
    const figures = html`<dl class="figures">${[
      figure(text.rosterRows, summary.people.rowsLoaded),
      figure(text.distinctPeople, peopleCell(summary.people.distinct, minCellSize)),
      figure(`${text.unassigned}: ${text.unassignedDemandRows}`, summary.unassigned.demandRows),
      figure(
        `${text.unassigned}: ${text.unassignedPeople}`,
        peopleCell(summary.unassigned.people, minCellSize),
      ),
    ]}</dl>`;
    return html`<section><h2>${text.totals}</h2>${figures}</section>`;
  },
};
