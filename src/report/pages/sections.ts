import { html, type SafeHtml } from "../html/html.ts";
import type { PageOptions } from "../html/page-options.ts";
import type { AnySection, ReportModel } from "../sections/section.ts";

/**
 * A page's sections drawn one after the other, a line apart, from the views the model holds:
 * `index` picks the chain (0 for the run's pages, whose sections have one view). In order, so
 * the charts of a page are numbered and written as the page shows them.
 */
export async function sectionHtml(
  model: ReportModel,
  sections: readonly AnySection[],
  index: number,
  o: PageOptions,
): Promise<SafeHtml[]> {
  const parts: SafeHtml[] = [];
  for (const [i, section] of sections.entries()) {
    const view = model.views.get(section.id)?.[index];
    if (view === undefined) throw new Error(`report section ${section.id} has no view ${index}`);
    const drawn = await section.html(view, o);
    parts.push(i === 0 ? drawn : html`\n${drawn}`);
  }
  return parts;
}
