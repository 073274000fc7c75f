import { formatCell } from "../../html/format.ts";
import { html } from "../../html/html.ts";
import { dataTable } from "../../html/table.ts";
import { peopleCell } from "../../view/suppress.ts";
import type { RunSection } from "../section.ts";
import { queryUnassigned, type UnassignedRow } from "./query.ts";
import { unassignedTable } from "./sheet.ts";

/**
 * A province's survey can leave tens of thousands of rows in no chain: listed whole, the page
 * grew to 10 MB. It shows the first rows; unassigned.csv has all of them.
 */
export const unassignedOnPage = 500;

/** Demand rows in no chain, and how many people are in none. */
export type UnassignedView = { rows: UnassignedRow[]; people: number };

/** Demand rows in no chain (enterprises' rows, nothing personal): the first on the page, all in unassigned.csv. */
export const unassigned: RunSection<UnassignedView, UnassignedRow[]> = {
  id: "unassigned",
  query: queryUnassigned,
  view: (_, model, rows) => ({ rows, people: model.summary.unassigned.people }),
  html: (v, o) => {
    const { text, lang } = o;
    const table =
      v.rows.length === 0
        ? html`<p class="note">${text.none}</p>`
        : dataTable({
            headers: [
              text.file,
              text.row,
              text.employer,
              text.position,
              text.sector,
              text.chainAsWritten,
              text.status,
              text.headcount,
            ],
            rows: v.rows.slice(0, unassignedOnPage).map((u) => ({
              heads: [
                u.sheet ? `${u.file} · ${u.sheet}` : u.file,
                String(u.row_number),
                u.employer,
                u.position,
                u.sector,
                u.chain_raw,
                text.statuses[u.status] ?? u.status,
              ],
              cells: [u.headcount],
            })),
            lang,
          });
    const total = v.rows.length;
    const cut =
      total > unassignedOnPage
        ? html`<p class="note">${text.unassignedShown(formatCell(unassignedOnPage, lang), formatCell(total, lang))}</p>`
        : "";
    return html`<section id="unassigned"><h2>${text.unassignedRows}</h2><p class="note">${text.unassignedIntro}</p>${table}${cut}
<p class="downloads"><a href="unassigned.csv">${text.unassignedLink}</a></p>
<p class="note">${text.unassigned}: ${text.unassignedPeople} ${String(peopleCell(v.people, o.minCellSize))}</p></section>`;
  },
  files: {
    "unassigned.csv": {
      name: () => "unassigned.csv",
      rows: ([v], _, o) => unassignedTable(v?.rows ?? [], o.text),
    },
  },
};
