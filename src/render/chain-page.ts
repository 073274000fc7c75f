import { peopleCell } from "../output/suppress.ts";
import type { EmployerDemand } from "../summary/employers.ts";
import type { ChainSummary, Summary } from "../summary/schema.ts";
import {
  demandByEducation,
  demandByRegion,
  employers,
  gapsOfWave,
  supplyByEducation,
  supplyByProvince,
  supplyByTitle,
} from "./chain-sections.ts";
import { type PageOptions, waveTotals } from "./figures.ts";
import { formatCell } from "./format.ts";
import { html, type SafeHtml } from "./html.ts";
import { page } from "./layout.ts";

/** chains/<id>.html: headline figures, then demand, supply, the gap per wave, provinces. */
export async function renderChainPage(
  summary: Summary,
  chain: ChainSummary,
  employerList: readonly EmployerDemand[],
  o: PageOptions,
): Promise<string> {
  const { text, lang } = o;
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

  function headlines(s: Summary, c: ChainSummary, opts: PageOptions): SafeHtml {
    const latest = s.waves.at(-1);
    const figure = (label: string, value: string, gap = false) =>
      gap
        ? html`<div class="gap"><dt>${label}</dt><dd>${value}</dd></div>`
        : html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    const items = [
      figure(text.people, formatCell(peopleCell(c.supply.people, opts.minCellSize), lang)),
    ];
    if (latest) {
      const totals = waveTotals(c, latest, opts.minCellSize);
      items.push(
        figure(`${text.positions} · ${latest}`, formatCell(totals.positions, lang)),
        figure(`${text.headcount} · ${latest}`, formatCell(totals.headcount, lang)),
        figure(`${text.matched} · ${latest}`, formatCell(totals.matched, lang)),
        figure(`${text.gap} · ${latest}`, formatCell(totals.gap, lang), true),
      );
    }
    return html`<section><h2>${text.headlines}</h2><dl class="figures">${items}</dl></section>`;
  }
}

export function notes(o: PageOptions): SafeHtml {
  return html`<footer class="note"><p>${o.text.suppressionNote(o.minCellSize)}</p><p>${o.text.gapNote}</p><p>${o.text.matchedBasis}</p></footer>`;
}
