import type { EmployerDemand } from "../summary/employers.ts";
import type { ChainSummary, Summary } from "../summary/schema.ts";
import {
  demandByEducation,
  demandByRegion,
  employers,
  gapsOfWave,
  headlines,
  supplyByEducation,
  supplyByProvince,
  supplyByTitle,
} from "./chain-sections.ts";
import type { PageOptions } from "./figures.ts";
import { html, type SafeHtml } from "./html.ts";
import { notes, page } from "./layout.ts";

/** chains/<id>.html: headline figures, then demand, supply, the gap per wave, provinces. */
export async function renderChainPage(
  summary: Summary,
  chain: ChainSummary,
  employerList: readonly EmployerDemand[],
  o: PageOptions,
): Promise<string> {
  const { text } = o;
  const waves = summary.waves;
  const gaps: SafeHtml[] = [];
  for (const wave of [...waves].reverse()) gaps.push(await gapsOfWave(chain, wave, o));
  const body = html`<header>
<nav><a href="../index.html">${text.backToIndex}</a></nav>
<h1>${chain.name}</h1>
<p class="meta">${text.generatedAt}: ${o.generatedAt} · ${text.waves}: ${waves.join(", ") || "—"}</p>
</header>
<main>
${headlines(summary, chain, o)}
${await demandByEducation(chain, waves, o)}
${await supplyByEducation(chain, o)}
${supplyByTitle(chain, o)}
${gaps}
${await supplyByProvince(chain, o)}
${demandByRegion(chain, waves, o)}
${employers(employerList, o)}
</main>
${notes(o)}`;
  return page(text, `${chain.name} · ${text.siteTitle}`, body);
}
