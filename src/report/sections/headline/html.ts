import { levelLabel, type ParagraphFigures } from "../../../messages/report.ts";
import { demandEducationKeys } from "../../../vocab/ladders.ts";
import { formatCell, formatRatio } from "../../html/format.ts";
import { html, type SafeHtml } from "../../html/html.ts";
import type { PageOptions } from "../../html/page-options.ts";
import { sumBy } from "../../view/breakdown.ts";
import type { ChainView } from "../../view/chain-view.ts";
import { bandText } from "../../view/shortage.ts";
import { gapCell, peopleCell, rankedCells } from "../../view/suppress.ts";
import { waveTotals } from "../../view/totals.ts";
import { signed } from "../waves/html.ts";

/** Headline figures of the latest wave, and the paragraph written from them. */
export function headlines(v: ChainView, o: PageOptions): SafeHtml {
  const { text, lang, minCellSize } = o;
  const figure = (label: string, value: string, cls = "") =>
    html`<div class="${cls}"><dt>${label}</dt><dd>${value}</dd></div>`;
  const items = [
    figure(text.people, formatCell(peopleCell(v.chain.supply.people, minCellSize), lang)),
  ];
  const wave = v.latest;
  if (wave) {
    const totals = waveTotals(v.chain, wave, minCellSize);
    const before = v.previous ? v.chain.waves[v.previous]?.demand.headcount : undefined;
    items.push(
      figure(`${text.positions} · ${wave}`, formatCell(totals.positions, lang)),
      figure(`${text.headcount} · ${wave}`, formatCell(totals.headcount, lang)),
      figure(`${text.matched} · ${wave}`, formatCell(totals.matched, lang)),
      figure(`${text.gap} · ${wave}`, formatCell(totals.gap, lang), "gap"),
    );
    if (v.ratio) {
      items.push(
        figure(text.ratio, formatRatio(v.ratio.shown)),
        figure(text.shortageLevel, bandText(v.ratio, text), `band-${v.ratio.bands[0]}`),
      );
    }
    if (before !== undefined) {
      items.push(figure(text.headcountChange, signed(totals.headcount - before)));
    }
  }
  const paragraph = wave
    ? html`<p class="lead">${text.paragraph(paragraphFigures(v, wave, o))}</p>`
    : "";
  return html`<section id="headlines"><h2>${text.headlines}</h2>${paragraph}<dl class="figures">${items}</dl></section>`;
}

export function paragraphFigures(v: ChainView, wave: string, o: PageOptions): ParagraphFigures {
  const { text, lang, minCellSize } = o;
  const entry = v.chain.waves[wave];
  const totals = waveTotals(v.chain, wave, minCellSize);
  const employers = v.demand.employers.filter((row) => row.wave === wave);
  const before = v.previous ? v.chain.waves[v.previous]?.demand.headcount : undefined;
  const gapLevels = demandEducationKeys
    .map((key) => ({ key, cell: entry?.gap.byEducation[key] }))
    .filter((e) => (e.cell?.gap ?? 0) > 0)
    .sort((a, b) => (b.cell?.gap ?? 0) - (a.cell?.gap ?? 0))
    .slice(0, 2)
    .map(({ key, cell }) => {
      const shown = gapCell(cell?.demand ?? 0, cell?.matched ?? 0, minCellSize);
      const label = levelLabel(text, "education", key, "demand");
      return lang === "zh" ? `${label}（${shown} 人）` : `${label} (${shown})`;
    });
  const employer = sumBy(
    employers,
    (r) => r.employer,
    (r) => r.headcount,
  )[0];
  const province = rankedCells(Object.entries(v.chain.supply.byProvince), minCellSize).find(
    (p) => typeof p.cell === "number" && p.key !== "unknown" && p.key !== "overseas",
  );
  return {
    chain: v.chain.name,
    wave,
    enterprises: employers.length,
    positions: totals.positions,
    headcount: totals.headcount,
    change: before === undefined ? null : totals.headcount - before,
    people: formatCell(peopleCell(v.chain.supply.people, minCellSize), lang),
    matched: formatCell(totals.matched, lang),
    gap: formatCell(totals.gap, lang),
    ratio: v.ratio ? formatRatio(v.ratio.shown) : "—",
    band: v.ratio ? bandText(v.ratio, text) : "—",
    gapLevels,
    topEmployer: employer ? { name: employer[0], headcount: employer[1] } : null,
    topProvince: province
      ? { name: o.places.province(province.key, text), people: formatCell(province.cell, lang) }
      : null,
  };
}
