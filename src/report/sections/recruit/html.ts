import { levelLabel } from "../../../messages/report.ts";
import { formatCell } from "../../html/format.ts";
import { html, type SafeHtml } from "../../html/html.ts";
import type { PageOptions } from "../../html/page-options.ts";
import { section } from "../../html/section.ts";
import { dataTable } from "../../html/table.ts";
import { topPlaces } from "../../view/chain-view.ts";
import { peopleCell } from "../../view/suppress.ts";
import { intentionOrder, type RecruitPlace, type RecruitView } from "./view.ts";

/**
 * Where to recruit: for the latest wave's largest gaps, the provinces and cities where most
 * of the roster people who qualify are, and what they intend. Places under the minimum cell
 * size are left out; each intention count is suppressed on its own.
 */
export function recruitHtml(v: RecruitView, o: PageOptions): SafeHtml {
  const { text, minCellSize, lang } = o;
  if (v.pools.length === 0) {
    return section(text.recruit, html`<p class="note">${text.noGap}</p>`, "recruit");
  }
  const table = (
    label: string,
    places: readonly RecruitPlace[],
    name: (code: string) => string,
  ) => {
    const shown = places.filter((p) => typeof peopleCell(p.people, minCellSize) === "number");
    if (shown.length === 0) return html`<p class="note">${text.noData}</p>`;
    return dataTable({
      headers: [label, text.people, ...intentionOrder.map((k) => text.intentions[k] ?? k)],
      rows: shown.map((p) => ({
        heads: [name(p.code)],
        cells: [
          p.people,
          ...intentionOrder.map((k) => peopleCell(p.byIntention[k] ?? 0, minCellSize)),
        ],
      })),
      lang,
    });
  };
  const parts = v.pools.map(
    (pool) => html`<h3>${text.recruitLevel(
      levelLabel(text, "education", pool.level, "demand"),
      formatCell(pool.gap, lang),
      formatCell(peopleCell(pool.people, minCellSize), lang),
    )}</h3>
<div class="pair">${table(text.province, pool.provinces, (c) => o.places.province(c, text))}${table(
      text.city,
      pool.cities,
      (c) => o.places.region(c, text),
    )}`,
  );
  return section(
    text.recruit,
    html`<p class="note">${text.recruitIntro(topPlaces, minCellSize)}</p>${parts}`,
    "recruit",
  );
}
