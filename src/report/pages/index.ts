import { html } from "../html/html.ts";
import { notes, page, pageNav } from "../html/layout.ts";
import type { PageOptions } from "../html/page-options.ts";
import { fieldCategories } from "../sections/field-categories/index.ts";
import { history } from "../sections/history/index.ts";
import { inputs } from "../sections/inputs/index.ts";
import { heatmap, overview } from "../sections/overview/index.ts";
import type { ReportModel, RunSection } from "../sections/section.ts";
import { totals } from "../sections/totals/index.ts";
import { sectionHtml } from "./sections.ts";

export { chainHref } from "../sections/overview/html.ts";

/**
 * index.html: every chain at a glance, the gap heat maps (by education level, by discipline
 * category), the history by wave, the totals, the inputs.
 */
export const indexSections: readonly RunSection[] = [
  overview,
  heatmap,
  fieldCategories,
  history,
  totals,
  inputs,
];

export async function renderIndex(model: ReportModel, o: PageOptions): Promise<string> {
  const { text } = o;
  const waves = model.summary.waves;
  const downloads = html`<p class="downloads">${text.exportsLinks}: <a href="gaps.xlsx">gaps.xlsx</a> · <a href="gaps.csv">gaps.csv</a> · <a href="rejects.csv">rejects.csv</a> · <a href="unassigned.csv">unassigned.csv</a> · <a href="summary.json">summary.json</a></p>`;
  const body = html`<header>
${pageNav(o)}
<h1>${text.siteTitle}</h1>
<p class="meta">${text.generatedAt}: ${o.generatedAt} · ${text.waves}: ${waves.join(", ") || "—"}</p>
${downloads}
</header>
<main>
${await sectionHtml(model, indexSections, 0, o)}
</main>
${notes(o)}`;
  return page(text, text.siteTitle, body);
}
