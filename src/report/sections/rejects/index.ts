import { html } from "../../html/html.ts";
import { dataTable } from "../../html/table.ts";
import { sumBy } from "../../view/breakdown.ts";
import type { RunSection } from "../section.ts";
import { reasonLabel } from "./labels.ts";
import { queryRejectsView, type RejectsView } from "./query.ts";
import { rejectsTable } from "./sheet.ts";

/**
 * Rows and files set aside: counted by reason and by file on the quality page, each one in
 * rejects.csv and the workbook's last sheet (personal values hidden). Counts of rows, not of
 * people: shown exactly.
 */
export const rejects: RunSection<RejectsView, RejectsView> = {
  id: "rejects",
  query: queryRejectsView,
  view: (_, __, queried) => queried,
  html: (v, o) => {
    const { text, lang } = o;
    const byReason = sumBy(
      v.counts,
      (r) => r.reason_code,
      (r) => r.n,
    );
    const byFile = sumBy(
      v.counts,
      (r) => r.file,
      (r) => r.n,
    );
    const reasons = dataTable({
      headers: [text.reason, text.rows],
      rows: byReason.map(([code, n]) => ({ heads: [reasonLabel(code, text)], cells: [n] })),
      lang,
    });
    const files = dataTable({
      headers: [text.file, text.rows],
      rows: byFile.map(([file, n]) => ({ heads: [file], cells: [n] })),
      lang,
    });
    return html`<section id="rejects"><h2>${text.rejectsByReason}</h2><div class="pair">${reasons}${files}</div>
<p class="downloads"><a href="rejects.csv">${text.rejectsLink}</a></p></section>`;
  },
  sheets: {
    rejects: {
      name: (o) => o.text.sheets.rejects,
      rows: ([v], _, o) => rejectsTable(v?.rows ?? [], o.text),
    },
  },
  files: {
    "rejects.csv": {
      name: () => "rejects.csv",
      rows: ([v], _, o) => rejectsTable(v?.rows ?? [], o.text),
    },
  },
};
