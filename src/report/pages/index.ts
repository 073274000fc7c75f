import { formatCell } from "../html/format.ts";
import { html } from "../html/html.ts";
import { notes, page, pageNav } from "../html/layout.ts";
import type { PageOptions } from "../html/page-options.ts";
import type { FieldDetails } from "../queries/field-details.ts";
import { fieldCategoryHeatMap } from "../sections/index-fields.ts";
import { chainHref, chainOverview, gapHeatMap } from "../sections/overview.ts";
import type { Summary } from "../summary/schema.ts";
import { peopleCell } from "../view/suppress.ts";
import { waveTotals } from "../view/totals.ts";

export { chainHref };

/**
 * index.html: every chain at a glance, the gap heat maps (by education level, by discipline
 * category), the history by wave, the inputs.
 */
export async function renderIndex(
  summary: Summary,
  o: PageOptions,
  fields: FieldDetails | null = null,
): Promise<string> {
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
  const history = html`<div class="scroll"><table>
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

  const figure = (label: string, cell: number | string) =>
    html`<div><dt>${label}</dt><dd>${formatCell(cell, lang)}</dd></div>`;
  const totals = html`<dl class="figures">${[
    figure(text.rosterRows, summary.people.rowsLoaded),
    figure(text.distinctPeople, peopleCell(summary.people.distinct, minCellSize)),
    figure(`${text.unassigned}: ${text.unassignedDemandRows}`, summary.unassigned.demandRows),
    figure(
      `${text.unassigned}: ${text.unassignedPeople}`,
      peopleCell(summary.unassigned.people, minCellSize),
    ),
  ]}</dl>`;

  const inputs = html`<div class="scroll"><table>
<thead><tr><th scope="col">${text.file}</th><th scope="col">${text.kind}</th><th scope="col">${text.wave}</th><th scope="col" class="num">${text.rowsRead}</th><th scope="col" class="num">${text.rowsLoaded}</th><th scope="col" class="num">${text.rowsRejected}</th><th scope="col">${text.fileError}</th></tr></thead>
<tbody>
${summary.inputs.map(
  (input) =>
    html`<tr><th scope="row">${input.file}</th><td>${text.kinds[input.kind] ?? input.kind}</td><td>${input.wave ?? "—"}</td>${show(input.rowsRead)}${show(input.rowsLoaded)}${show(input.rowsRejected)}<td>${input.error ?? ""}</td></tr>
`,
)}</tbody>
</table></div>`;

  const downloads = html`<p class="downloads">${text.exportsLinks}: <a href="gaps.xlsx">gaps.xlsx</a> · <a href="gaps.csv">gaps.csv</a> · <a href="rejects.csv">rejects.csv</a> · <a href="unassigned.csv">unassigned.csv</a> · <a href="summary.json">summary.json</a></p>`;
  const latest = waves.at(-1);
  const body = html`<header>
${pageNav(o)}
<h1>${text.siteTitle}</h1>
<p class="meta">${text.generatedAt}: ${o.generatedAt} · ${text.waves}: ${waves.join(", ") || "—"}</p>
${downloads}
</header>
<main>
<section id="overview"><h2>${text.chainOverview}${latest ? ` · ${latest}` : ""}</h2>${chainOverview(summary, o)}</section>
<section id="heatmap"><h2>${latest ? text.heatmap(latest) : text.gap}</h2>${await gapHeatMap(summary, o)}</section>
${await fieldCategoryHeatMap(summary, fields, o)}
<section><h2>${text.chains}: ${text.waves}</h2>${history}</section>
<section><h2>${text.totals}</h2>${totals}</section>
<section><h2>${text.inputs}</h2>${inputs}</section>
</main>
${notes(o)}`;
  return page(text, text.siteTitle, body);
}
