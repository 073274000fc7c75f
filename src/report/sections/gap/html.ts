import { ladderTitle, levelLabel } from "../../../messages/report.ts";
import { demandEducationKeys, type Ladder, titleKeys } from "../../../vocab/ladders.ts";
import { gapSpec } from "../../charts/specs.ts";
import { chartFigure } from "../../html/chart.ts";
import { formatRatio } from "../../html/format.ts";
import { html, type SafeHtml } from "../../html/html.ts";
import type { PageOptions } from "../../html/page-options.ts";
import { noData, section } from "../../html/section.ts";
import { bandBadge } from "../../html/shortage-badge.ts";
import { sourceNote } from "../../html/source-note.ts";
import { dataTable } from "../../html/table.ts";
import type { GapCell } from "../../summary/schema.ts";
import type { ChainView } from "../../view/chain-view.ts";
import { levelShortages } from "../../view/positions.ts";
import type { Shortage } from "../../view/shortage.ts";
import { gapCell, peopleCell } from "../../view/suppress.ts";

/** The gap per level on both ladders for the latest wave: demand against matched people. */
export async function gapPerLevel(v: ChainView, o: PageOptions): Promise<SafeHtml> {
  const { text, minCellSize } = o;
  const wave = v.latest;
  const entry = wave ? v.chain.waves[wave] : undefined;
  if (!wave || !entry || entry.demand.headcount === 0) {
    return section(text.gapPerLevel(wave ?? "—"), noData(o));
  }
  const ladders: [Ladder, readonly string[], Record<string, GapCell>][] = [
    ["education", demandEducationKeys, entry.gap.byEducation],
    ["title", titleKeys, entry.gap.byTitle],
  ];
  const parts: SafeHtml[] = [];
  for (const [ladder, keys, cells] of ladders) {
    const title = text.gapChart(ladder, wave);
    const shortages: Map<string, Shortage> = levelShortages(v.chain, wave, ladder, o);
    const figure = await chartFigure(
      gapSpec(v.chain, wave, ladder, o),
      { id: `gap-${ladder}`, caption: title, source: sourceNote(o, [wave], true) },
      o,
    );
    const table = dataTable({
      headers: [
        ladderTitle(text, ladder),
        text.demand,
        text.matched,
        text.gap,
        text.ratio,
        text.shortageLevel,
      ],
      rows: keys.map((key) => {
        const cell = cells[key] ?? { demand: 0, matched: 0, gap: 0 };
        const s = shortages.get(key);
        return {
          heads: [levelLabel(text, ladder, key, "demand")],
          cells: [
            cell.demand,
            peopleCell(cell.matched, minCellSize),
            gapCell(cell.demand, cell.matched, minCellSize),
            s ? formatRatio(s.shown) : "—",
            s ? bandBadge(s, text) : "—",
          ],
        };
      }),
      lang: o.lang,
    });
    parts.push(html`<h3>${title}</h3><div class="pair">${figure}${table}</div>`);
  }
  return section(text.gapPerLevel(wave), parts, "gap");
}
