import { html } from "../html/html.ts";
import { notes, page, pageNav } from "../html/layout.ts";
import type { PageOptions } from "../html/page-options.ts";
import type { FieldDetails } from "../queries/field-details.ts";
import { demandByLadder, demandByTown, demandByUrgency, employers } from "../sections/demand.ts";
import { fieldGaps } from "../sections/fields.ts";
import { gapPerLevel } from "../sections/gap.ts";
import { headlines } from "../sections/headline.ts";
import { recruit } from "../sections/recruit.ts";
import { shortageByPosition } from "../sections/shortage.ts";
import { supplyByCategory, supplyByLadder, supplyMap, topCities } from "../sections/supply.ts";
import { waveOverWave } from "../sections/waves.ts";
import type { Summary } from "../summary/schema.ts";
import type { ChainView } from "../view/chain-view.ts";

/**
 * chains/<id>.html: headline figures and a paragraph; the gap; where to recruit; the gap by
 * discipline; shortage by position; wave over wave; then demand and supply broken down.
 */
export async function renderChainPage(
  summary: Summary,
  v: ChainView,
  o: PageOptions,
  fields: FieldDetails | null = null,
): Promise<string> {
  const { text } = o;
  const body = html`<header>
${pageNav(o)}
<h1>${v.chain.name}</h1>
<p class="meta">${text.generatedAt}: ${o.generatedAt} · ${text.waves}: ${summary.waves.join(", ") || "—"}</p>
</header>
<main>
${headlines(v, o)}
${await gapPerLevel(v, o)}
${recruit(v, o)}
${await fieldGaps(v.chain, v.latest, fields, o)}
${shortageByPosition(v, o)}
${waveOverWave(v, o)}
<h2 class="part">${text.demand}</h2>
${await demandByLadder(v, "education", o)}
${await demandByLadder(v, "title", o)}
${await demandByUrgency(v, o)}
${await demandByTown(v, o)}
${await employers(v, o)}
<h2 class="part">${text.people}</h2>
${await supplyByLadder(v, "education", o)}
${await supplyByLadder(v, "title", o)}
${await supplyByCategory(v, o)}
${await supplyMap(v, o)}
${await topCities(v, o)}
</main>
${notes(o)}`;
  return page(text, `${v.chain.name} · ${text.siteTitle}`, body);
}
