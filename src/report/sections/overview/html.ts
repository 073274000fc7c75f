import { levelLabel } from "../../../messages/report.ts";
import { demandEducationKeys } from "../../../vocab/ladders.ts";
import { heatMapSpec } from "../../charts/heatmap.ts";
import { chartFigure } from "../../html/chart.ts";
import { formatCell, formatRatio } from "../../html/format.ts";
import { html, type SafeHtml } from "../../html/html.ts";
import type { PageOptions } from "../../html/page-options.ts";
import { bandBadge } from "../../html/shortage-badge.ts";
import { sourceNote } from "../../html/source-note.ts";
import type { Summary } from "../../summary/schema.ts";
import { ranks } from "../../view/breakdown.ts";
import { chainShortage } from "../../view/shortage.ts";
import { gapCell, peopleCell } from "../../view/suppress.ts";
import { waveTotals } from "../../view/totals.ts";
import { previousWave } from "../../view/waves.ts";
import { shortageMethod } from "../shortage/html.ts";
import { signed } from "../waves/html.ts";

/** The href of a chain's page, from the index. Chain ids are [a-z0-9-], encoded all the same. */
export function chainHref(id: string): string {
  return `chains/${encodeURIComponent(id)}.html`;
}

/**
 * Every chain at a glance for the latest wave: demand, people, matched, gap, ratio and band,
 * the change since the previous wave, and the rank by demand now and then.
 */
export function chainOverview(summary: Summary, o: PageOptions): SafeHtml {
  const { text, lang, minCellSize } = o;
  const wave = summary.waves.at(-1);
  if (!wave) return html`<p class="note">${text.noData}</p>`;
  const previous = previousWave(summary.waves, wave);
  const headcount = (w: string | null) =>
    summary.chains.map((c): [string, number] => [
      c.id,
      w ? (c.waves[w]?.demand.headcount ?? 0) : 0,
    ]);
  const rankNow = ranks(headcount(wave));
  const rankBefore = previous ? ranks(headcount(previous)) : null;
  const td = (value: string) => html`<td class="num">${value}</td>`;
  const rows = summary.chains.map((chain) => {
    const t = waveTotals(chain, wave, minCellSize);
    const before = previous ? (chain.waves[previous]?.demand.headcount ?? 0) : null;
    const ratio = chainShortage(chain, wave, o);
    return html`<tr><th scope="row"><a href="${chainHref(chain.id)}">${chain.name}</a></th>${td(formatCell(t.headcount, lang))}${td(
      formatCell(peopleCell(chain.supply.people, minCellSize), lang),
    )}${td(formatCell(t.matched, lang))}<td class="${t.gap === 0 ? "num" : "num gap"}">${formatCell(t.gap, lang)}</td>${td(
      ratio ? formatRatio(ratio.shown) : "—",
    )}<td>${ratio ? bandBadge(ratio, text) : "—"}</td>${td(before === null ? "—" : signed(t.headcount - before))}${td(
      String(rankNow.get(chain.id) ?? "—"),
    )}${td(rankBefore ? String(rankBefore.get(chain.id) ?? "—") : "—")}</tr>
`;
  });
  const th = (label: string) => html`<th scope="col" class="num">${label}</th>`;
  return html`<div class="scroll"><table class="overview">
<thead><tr><th scope="col">${text.chain}</th>${th(text.headcount)}${th(text.people)}${th(text.matched)}${th(
    text.gap,
  )}${th(text.ratio)}<th scope="col">${text.shortageLevel}</th>${th(text.headcountChange)}${th(
    text.rank,
  )}${th(text.previousRank)}</tr></thead>
<tbody>
${rows}</tbody>
</table></div>
${sourceNote(o, [wave], true)}
${shortageMethod(o)}`;
}

/**
 * The chains as the index's heat maps name their rows: chain names may repeat, so a name met
 * again takes its id, "生物基材料 (bio2)", and each row stays its own.
 */
export function chainRowNames(summary: Summary): string[] {
  return summary.chains.map((c, i) =>
    summary.chains.findIndex((d) => d.name === c.name) === i ? c.name : `${c.name} (${c.id})`,
  );
}

/** The gap of every chain at every education level, latest wave, as a heat map. */
export async function gapHeatMap(summary: Summary, o: PageOptions): Promise<SafeHtml> {
  const { text, minCellSize } = o;
  const wave = summary.waves.at(-1);
  if (!wave || summary.chains.length === 0) return html``;
  const columns = demandEducationKeys.map((key) => levelLabel(text, "education", key, "demand"));
  const rowNames = chainRowNames(summary);
  const cells = summary.chains.flatMap((chain, i) =>
    demandEducationKeys.map((key, j) => {
      const cell = chain.waves[wave]?.gap.byEducation[key] ?? { demand: 0, matched: 0, gap: 0 };
      return {
        row: rowNames[i] ?? chain.id,
        column: columns[j] ?? key,
        cell: gapCell(cell.demand, cell.matched, minCellSize),
      };
    }),
  );
  const spec = heatMapSpec({
    description: text.heatmap(wave),
    cells,
    rows: rowNames,
    columns,
    rowTitle: text.chain,
    columnTitle: text.education,
    valueTitle: text.gap,
  });
  return chartFigure(
    spec,
    {
      id: "gap-heatmap",
      caption: text.heatmapNote,
      source: sourceNote(o, [wave], true),
    },
    o,
  );
}
