import { formatCell } from "../../html/format.ts";
import { html } from "../../html/html.ts";
import type { Summary } from "../../summary/schema.ts";
import { peopleCell } from "../../view/suppress.ts";
import { waveTotals } from "../../view/totals.ts";
import { chainHref } from "../overview/html.ts";
import type { RunSection } from "../section.ts";

/** Each chain's people, and its demand, matched and gap in every wave. */
export const history: RunSection<Summary> = {
  id: "history",
  view: (_, model) => model.summary,
  html: (summary, o) => {
    const { text, lang, minCellSize } = o;
    const waves = summary.waves;
    const show = (cell: number | string) => html`<td class="num">${formatCell(cell, lang)}</td>`;
    const chainRows = summary.chains.map((chain) => {
      const perWave = waves.map((wave) => {
        const t = waveTotals(chain, wave, minCellSize);
        return [show(t.headcount), show(t.matched), show(t.gap)];
      });
      return html`<tr><th scope="row"><a href="${chainHref(chain.id)}">${chain.name}</a></th>${show(peopleCell(chain.supply.people, minCellSize))}${perWave}</tr>
`;
    });
    const table = html`<div class="scroll"><table>
<thead>
<tr><th scope="col" rowspan="2">${text.chain}</th><th scope="col" rowspan="2" class="num">${text.people}</th>${waves.map(
      (wave) => html`<th scope="colgroup" colspan="3">${wave}</th>`,
    )}</tr>
<tr>${waves.map(
      () =>
        html`<th scope="col" class="num">${text.headcount}</th><th scope="col" class="num">${text.matched}</th><th scope="col" class="num">${text.gap}</th>`,
    )}</tr>
</thead>
<tbody>
${chainRows}</tbody>
</table></div>`;
    return html`<section><h2>${text.chains}: ${text.waves}</h2>${table}</section>`;
  },
};
