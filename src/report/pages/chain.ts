import { html, type SafeHtml } from "../html/html.ts";
import { notes, page, pageNav } from "../html/layout.ts";
import type { PageOptions } from "../html/page-options.ts";
import {
  demandByEducation,
  demandByTitle,
  demandEmployers,
  demandPart,
  demandTowns,
  demandUrgency,
} from "../sections/demand/index.ts";
import { fields } from "../sections/fields/index.ts";
import { gap } from "../sections/gap/index.ts";
import { headline } from "../sections/headline/index.ts";
import { recruit } from "../sections/recruit/index.ts";
import type { ChainSection, ReportModel } from "../sections/section.ts";
import { shortage } from "../sections/shortage/index.ts";
import {
  supplyByEducation,
  supplyByTitle,
  supplyCategories,
  supplyCities,
  supplyPart,
  supplyProvinces,
} from "../sections/supply/index.ts";
import { waves } from "../sections/waves/index.ts";
import { sectionHtml } from "./sections.ts";

/**
 * chains/<id>.html, in this order: headline figures and a paragraph; the gap; where to
 * recruit; the gap by discipline; shortage by position; wave over wave; then demand and
 * supply broken down.
 */
export const chainSections: readonly ChainSection[] = [
  headline,
  gap,
  recruit,
  fields,
  shortage,
  waves,
  demandPart,
  demandByEducation,
  demandByTitle,
  demandUrgency,
  demandTowns,
  demandEmployers,
  supplyPart,
  supplyByEducation,
  supplyByTitle,
  supplyCategories,
  supplyProvinces,
  supplyCities,
];

/** The page of the model's `index`-th chain. */
export async function renderChainPage(
  model: ReportModel,
  index: number,
  o: PageOptions,
): Promise<string> {
  const { text } = o;
  const { summary } = model;
  const chain = model.chains[index]?.chain;
  if (!chain) throw new Error(`no chain ${index} in the report model`);
  const body: SafeHtml = html`<header>
${pageNav(o)}
<h1>${chain.name}</h1>
<p class="meta">${text.generatedAt}: ${o.generatedAt} · ${text.waves}: ${summary.waves.join(", ") || "—"}</p>
</header>
<main>
${await sectionHtml(model, chainSections, index, o)}
</main>
${notes(o)}`;
  return page(text, `${chain.name} · ${text.siteTitle}`, body);
}
