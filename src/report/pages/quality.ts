import { html } from "../html/html.ts";
import { notes, page, pageNav } from "../html/layout.ts";
import type { PageOptions } from "../html/page-options.ts";
import { rejects } from "../sections/rejects/index.ts";
import type { ReportModel, RunSection } from "../sections/section.ts";
import { unassigned } from "../sections/unassigned/index.ts";
import { unresolved } from "../sections/unresolved/index.ts";
import { sectionHtml } from "./sections.ts";

/**
 * quality.html: rows set aside by reason and by file, values not understood, demand rows in
 * no chain, and the way to rejects.csv.
 */
export const qualitySections: readonly RunSection[] = [rejects, unresolved, unassigned];

export async function renderQuality(model: ReportModel, o: PageOptions): Promise<string> {
  const { text } = o;
  const body = html`<header>
${pageNav(o)}
<h1>${text.quality}</h1>
<p class="meta">${text.generatedAt}: ${o.generatedAt} · ${text.waves}: ${model.summary.waves.join(", ") || "—"}</p>
<p class="lead">${text.qualityIntro}</p>
<p class="downloads"><a href="rejects.csv">${text.rejectsLink}</a></p>
</header>
<main>
${await sectionHtml(model, qualitySections, 0, o)}
</main>
${notes(o)}`;
  return page(text, `${text.quality} · ${text.siteTitle}`, body);
}
