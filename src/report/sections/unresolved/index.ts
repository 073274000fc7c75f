import type { ReportText } from "../../../messages/report.ts";
import { html } from "../../html/html.ts";
import { dataTable } from "../../html/table.ts";
import type { RunSection } from "../section.ts";
import { queryUnresolved, type UnresolvedRow } from "./query.ts";

/**
 * A roster's place as written may be where someone lives (现居住地): on a page it is hidden,
 * as personal values are in rejects.csv; `talentmap unresolved` lists it for the analyst.
 */
export function shownRaw(kind: string, side: string, raw: string, text: ReportText): string {
  if (raw === "") return "—";
  return side === "roster" && kind === "location" ? text.hiddenValue : raw;
}

/** Values that mapped to no code (and disciplines not recognised), most rows first. */
export const unresolved: RunSection<UnresolvedRow[], UnresolvedRow[]> = {
  id: "unresolved",
  query: queryUnresolved,
  view: (_, __, queried) => queried,
  html: (rows, o) => {
    const { text, lang } = o;
    const table =
      rows.length === 0
        ? html`<p class="note">${text.none}</p>`
        : dataTable({
            headers: [text.kind, text.value, text.status, text.file, text.rows],
            rows: rows.map((u) => ({
              heads: [
                `${text.unresolvedKinds[u.kind] ?? u.kind} · ${text.sides[u.side] ?? u.side}`,
                shownRaw(u.kind, u.side, u.raw, text),
                text.statuses[u.status] ?? u.status,
                u.files.split(";").join(", "),
              ],
              cells: [u.rows],
            })),
            lang,
          });
    return html`<section id="unresolved"><h2>${text.unresolvedValues}</h2><p class="note">${text.unresolvedIntro}</p>${table}</section>`;
  },
};
